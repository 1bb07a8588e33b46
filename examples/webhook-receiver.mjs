#!/usr/bin/env node
// A sharegraph webhook receiver in plain Node (20+): node:http and node:crypto, no framework, no dependencies.
//
//   WEBHOOK_SECRET=whsec_... node examples/webhook-receiver.mjs [port]
//
// Create the subscription first (the secret is shown once), e.g. with curl:
//   mutation { createWebhookSubscription(input: { url: "https://hooks.example.org/sharegraph",
//     eventTypes: [ILL_REQUEST_CHANGED, HOLDINGS_CHANGED] }) { subscription { id } secret userErrors { message } } }
//
// Every delivery is checked as the Standard Webhooks spec says (https://www.standardwebhooks.com):
// HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<raw body>" with the secret's base64 key, compared in
// constant time with each "v1,<base64>" of webhook-signature, and a timestamp within 5 minutes (replays of
// old captures are refused). A verified event is printed as one JSON line on stdout
//   {"webhookId":"msg_…","type":"ILL_REQUEST_CHANGED","timestamp":"…","data":{…}}
// and answered 204; sharegraph sends an event again until it gets a 2xx, so a repeated webhook-id (a
// retry whose answer was lost, or a replay) is acknowledged and not printed twice. Anything else is
// answered 400 or 401 with the reason on stderr. Exit codes: 2 usage error (no or malformed secret).

import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';

const TOLERANCE_SECONDS = 5 * 60;
const MAX_BODY_BYTES = 1024 * 1024;

const secret = process.env.WEBHOOK_SECRET ?? '';
if (!/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(secret)) {
  console.error('webhook-receiver: set WEBHOOK_SECRET to the whsec_… secret createWebhookSubscription returned');
  process.exit(2);
}
const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4100);

/** Why the delivery is not authentic, or null when it is. */
function problemWith(headers, body) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures) return 'missing webhook-id, webhook-timestamp or webhook-signature';
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(Date.now() / 1000 - seconds) > TOLERANCE_SECONDS) return `webhook-timestamp ${timestamp} is not within 5 minutes of now`;
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
  for (const versioned of signatures.split(' ')) {
    const [version, signature] = versioned.split(',');
    if (version !== 'v1' || !signature) continue;
    const given = Buffer.from(signature, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return null;
  }
  return 'no signature matches: wrong secret, or the body was changed';
}

const seen = new Set(); // webhook-ids already handled (a real receiver keeps them in its database)

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const problem = problemWith(req.headers, body);
    if (problem) {
      console.error(`webhook-receiver: refused a delivery: ${problem}`);
      return void res.writeHead(401, { 'content-type': 'text/plain' }).end(problem);
    }
    const webhookId = req.headers['webhook-id'];
    let event;
    try {
      event = JSON.parse(body.toString('utf8'));
    } catch {
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end('the body is not JSON');
    }
    if (!seen.has(webhookId)) {
      seen.add(webhookId);
      console.log(JSON.stringify({ webhookId, type: event.type, timestamp: event.timestamp, data: event.data }));
    }
    res.writeHead(204).end(); // answer quickly: the sender waits a few seconds at most; do slow work after
  });
});

server.listen(port, () => console.error(`webhook-receiver: listening on port ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
