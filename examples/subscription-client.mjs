#!/usr/bin/env node
// Be told when something changes for my library, instead of polling: a sharegraph subscription client in
// plain Node (20+). It speaks graphql-ws over WebSocket (packages `graphql-ws` and `ws`; in your own
// project: npm install graphql-ws ws).
//
//   SHAREGRAPH_TOKEN=<member staff token> node examples/subscription-client.mjs [memberCode] [--count N]
//   SHAREGRAPH_API_KEY=sgk_… SHAREGRAPH_URL=wss://sharegraph.example.org/graphql node examples/subscription-client.mjs CN-110000-PKU
//
// Subscribes to illRequestChanged, holdingsChanged and importFinished for the member (default: the
// token's own member) and prints one line per event as it commits:
//   time, event, and what changed (the ILL request's action and states, the holdings counts, the load's status).
// Each kind of event comes over its own subscription, so two events of different kinds committed close together
// may print in either order (the time on each line is when it committed).
// "listening …" goes to stderr once the server has accepted the connection. --count N stops after N events.
// Exit codes: 0 stopped (Ctrl-C, or --count reached), 1 refused or connection lost, 2 usage error.

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const URL_ = (process.env.SHAREGRAPH_URL || 'ws://localhost:4000/graphql').replace(/^http/, 'ws');

const USAGE = `Usage: node examples/subscription-client.mjs [memberCode] [--count N]
  memberCode  ISIL of the member whose changes you want (default: your token's member; analysts and admins: every member's)
  --count N   stop after N events
Credentials: $SHAREGRAPH_TOKEN (a bearer token) or $SHAREGRAPH_API_KEY (sgk_…)
Endpoint: $SHAREGRAPH_URL (default ws://localhost:4000/graphql; http(s):// is turned into ws(s)://)`;

const SUBSCRIPTIONS = {
  illRequestChanged: `subscription ($m: String) { illRequestChanged(memberCode: $m) { occurredAt action fromState state requesterCode supplierCode request { id title } } }`,
  holdingsChanged: `subscription ($m: String) { holdingsChanged(memberCode: $m) { occurredAt memberCode via created updated deleted localIdsCount } }`,
  importFinished: `subscription ($m: String) { importFinished(memberCode: $m) { occurredAt memberCode format status warningCount } }`,
};

/** One line per event: what a person watching a terminal wants to read. */
const LINES = {
  illRequestChanged: (e) => `ILL ${e.action} ${e.fromState ?? '-'} -> ${e.state}  ${e.requesterCode} -> ${e.supplierCode ?? '-'}  ${e.request ? `${e.request.id} ${e.request.title}` : '(request not visible)'}`,
  holdingsChanged: (e) => `HOLDINGS ${e.memberCode} via ${e.via}: ${e.created} created, ${e.updated} updated, ${e.deleted} deleted (${e.localIdsCount} localIds)`,
  importFinished: (e) => `IMPORT ${e.memberCode} ${e.format} ${e.status}, ${e.warningCount} warnings`,
};

function usage(problem) {
  if (problem) console.error(`subscription-client: ${problem}`);
  console.error(USAGE);
  process.exit(2);
}

function parseArgs(args) {
  if (args.includes('-h') || args.includes('--help')) usage();
  let memberCode = null;
  let count = Infinity;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--count') {
      count = Number(args[++i]);
      if (!Number.isInteger(count) || count < 1) usage('--count takes a whole number of events, 1 or more');
    } else if (args[i].startsWith('-')) usage(`unknown option ${args[i]}`);
    else if (memberCode === null) memberCode = args[i];
    else usage(`one member code only (got ${memberCode} and ${args[i]})`);
  }
  return { memberCode, count };
}

const { memberCode, count } = parseArgs(process.argv.slice(2));
const connectionParams = process.env.SHAREGRAPH_API_KEY
  ? { apiKey: process.env.SHAREGRAPH_API_KEY }
  : process.env.SHAREGRAPH_TOKEN
    ? { authorization: `Bearer ${process.env.SHAREGRAPH_TOKEN}` }
    : usage('set SHAREGRAPH_TOKEN or SHAREGRAPH_API_KEY: events are for member staff, analysts and admins');

const client = createClient({
  url: URL_,
  webSocketImpl: WebSocket,
  connectionParams,
  lazy: false,
  // a network hiccup: reconnect (events committed meanwhile are not replayed; the `events` query has them);
  // refused credentials (4403): stop
  retryAttempts: 5,
  shouldRetry: (event) => event?.code !== 4403,
  on: {
    connected: () => console.error(`listening for ${memberCode ?? "your member's"} changes at ${URL_} (Ctrl-C to stop)`),
  },
});

let seen = 0;
let failed = false;
const stop = async (code) => {
  await client.dispose();
  process.exit(code);
};
process.once('SIGINT', () => void stop(0));

function describe(error) {
  if (Array.isArray(error)) return error.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
  if (error && typeof error.code === 'number') return `connection closed (${error.code}${error.reason ? `: ${error.reason}` : ''})`;
  return error instanceof Error ? error.message : String(error);
}

for (const [field, query] of Object.entries(SUBSCRIPTIONS)) {
  client.subscribe(
    { query, variables: { m: memberCode } },
    {
      next(result) {
        if (result.errors) {
          console.error(`subscription-client: ${field}: ${describe(result.errors)}`);
          failed = true;
          return;
        }
        const event = result.data[field];
        console.log(`${event.occurredAt}  ${LINES[field](event)}`);
        if (++seen >= count) void stop(0);
      },
      error(error) {
        console.error(`subscription-client: ${field}: ${describe(error)}`);
        void stop(1);
      },
      complete() {
        // the server ended it: refused (the errors are printed above) or shutting down
        if (failed) void stop(1);
      },
    },
  );
}
