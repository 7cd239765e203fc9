// Runs one operation through the official LiveChat JS SDK (@livechat/lc-sdk-js, pinned in
// package.json) and prints the SDK's answer as JSON. LiveChatOracleTest starts a capturing
// server on 127.0.0.1 and makes the SDK reach it through HTTPS_PROXY (the SDK always builds
// https://<apiUrl>/v3.4/..., and axios sends such a request as plain HTTP to an http:// proxy).
//
// usage: node oracle.js <apiUrl host:port> <operation> <args as JSON>
// The token comes from LC_ORACLE_TOKEN, never from argv; its region is the part before ':',
// the way lc-sdk-go's example derives it (the JS SDK leaves that to its caller).
"use strict";
const sdk = require("@livechat/lc-sdk-js");

const [apiUrl, operation, rawArgs] = process.argv.slice(2);
const args = JSON.parse(rawArgs || "{}");
const token = process.env.LC_ORACLE_TOKEN || "";
const tokenGetter = () => ({
  accessToken: token,
  region: token.split(":")[0],
  organizationID: "",
});
const options = { apiUrl };
const configuration = new sdk.Configuration.Web("switchboard-oracle", tokenGetter, options);
const agent = new sdk.Agent.Web("switchboard-oracle", tokenGetter, options);

const calls = {
  create_bot: () => configuration.createBot(args.fields),
  delete_bot: () => configuration.deleteBot(args.id),
  update_bot: () => configuration.updateBot(args.id, args.fields),
  list_bots: () => configuration.listBots(args.all),
  get_bot: () => configuration.getBot(args.id),
  set_routing_status: () => agent.setRoutingStatus(args.status, args.agent_id),
  list_routing_statuses: () => agent.listRoutingStatuses(args.group_ids),
};

const call = calls[operation];
if (!call) {
  console.error("oracle.js: unknown operation " + operation);
  process.exit(2);
}
call().then(
  (answer) => {
    process.stdout.write(JSON.stringify(answer === undefined ? null : answer) + "\n");
  },
  (error) => {
    console.error("oracle.js: " + operation + " failed: " + JSON.stringify(error && error.message ? error.message : error));
    process.exit(1);
  }
);
