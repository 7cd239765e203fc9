// Runs one TaskRouter operation through the official Twilio Node SDK (twilio, pinned in
// package.json) and prints the SDK's answer as JSON. The SDK builds https://taskrouter.twilio.com/...;
// a RequestClient of its own rewrites only the scheme and host of each URL to the loopback base the
// test gives (a capturing server, or the sandbox's /twilio), so the SDK's own code still builds the
// path, query, form body and Authorization header, and nothing leaves 127.0.0.1.
//
// usage: node oracle.js <base URL> <operation> <args as JSON>
// The credentials come from TWILIO_ORACLE_ACCOUNT_SID and TWILIO_ORACLE_AUTH_TOKEN, never from argv.
"use strict";
const twilio = require("twilio");

const [base, operation, rawArgs] = process.argv.slice(2);
const args = JSON.parse(rawArgs || "{}");

class LoopbackClient extends twilio.RequestClient {
  request(opts) {
    const url = new URL(opts.uri);
    return super.request(Object.assign({}, opts, { uri: base + url.pathname + url.search }));
  }
}

const client = twilio(process.env.TWILIO_ORACLE_ACCOUNT_SID, process.env.TWILIO_ORACLE_AUTH_TOKEN,
  { httpClient: new LoopbackClient() });
const ws = client.taskrouter.v1.workspaces(args.workspaceSid);

const calls = {
  create_worker: () => ws.workers.create(args.fields),
  fetch_worker: () => ws.workers(args.sid).fetch(),
  update_worker: () => ws.workers(args.sid).update(args.fields),
  delete_worker: () => ws.workers(args.sid).remove(),
  list_workers: () => ws.workers.list(args.fields),
  list_activities: () => ws.activities.list(args.fields),
};

const call = calls[operation];
if (!call) {
  console.error("oracle.js: unknown operation " + operation);
  process.exit(2);
}
call().then(
  (answer) => {
    const plain = (a) => (a && typeof a.toJSON === "function" ? a.toJSON() : a);
    process.stdout.write(JSON.stringify(Array.isArray(answer) ? answer.map(plain) : plain(answer)) + "\n");
  },
  (error) => {
    console.error("oracle.js: " + operation + " failed: " + JSON.stringify(error && error.message ? error.message : error));
    process.exit(1);
  }
);
