// Runs one admins operation through Intercom's official Node SDK (intercom-client, pinned in
// package.json) and prints what the SDK made of the answer as one JSON line: {"data": ...} for a
// success, {"error": {"name", "statusCode", "body"}} for an error status the SDK read.
// IntercomOracleTest points the SDK's baseUrl at a server on 127.0.0.1 (a capturing server, or the
// sandbox's Intercom fake); the SDK's own default Intercom-Version is left as it is.
//
// usage: node oracle.js <baseUrl> <operation> <args as JSON>
// The token comes from IC_ORACLE_TOKEN, never from argv.
"use strict";
const { IntercomClient, IntercomError } = require("intercom-client");

const [baseUrl, operation, rawArgs] = process.argv.slice(2);
const args = JSON.parse(rawArgs || "{}");
// No retries: one call is one request, so the test can compare requests one to one.
const client = new IntercomClient({ token: process.env.IC_ORACLE_TOKEN || "", baseUrl, maxRetries: 0 });

const calls = {
  list: () => client.admins.list(),
  find: () => client.admins.find(args),
  away: () => client.admins.away(args),
};

const call = calls[operation];
if (!call) {
  console.error("oracle.js: unknown operation " + operation);
  process.exit(2);
}
call().then(
  (answer) => {
    process.stdout.write(JSON.stringify({ data: answer === undefined ? null : answer }) + "\n");
  },
  (error) => {
    if (error instanceof IntercomError && error.statusCode !== undefined) {
      process.stdout.write(JSON.stringify({ error: { name: error.constructor.name, statusCode: error.statusCode,
        body: error.body } }) + "\n");
      return;
    }
    console.error("oracle.js: " + operation + " failed: " + String(error && error.stack ? error.stack : error));
    process.exit(1);
  }
);
