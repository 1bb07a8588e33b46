/**
 * `npx tsx bench/subscriptions.ts`: the delay from an event's commit to a subscriber receiving it over
 * WebSocket, on a PostgreSQL server (LISTEN/NOTIFY, the relay's read of the event row, execution, the
 * socket). It
 *  1. creates BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_subs), migrates it,
 *     adds two members;
 *  2. starts the app in this process and opens SUBSCRIBERS subscriptions (default 100) to
 *     illRequestChanged for the first member over as many connections, plus as many for the second
 *     member (they must be skipped, not delivered);
 *  3. commits EVENTS events (default 300) one after the other from a connection of its own, each
 *     waited for by every subscriber of its member, and prints the commit→delivery delay p50/p99 and
 *     events/s. REQUEST=0 selects the event's own fields only (no request loaded per subscriber).
 * Then drops the database unless BENCH_KEEP=1.
 */
import 'reflect-metadata';
import { createClient, type Client } from 'graphql-ws';
import { pino } from 'pino';
import WebSocket from 'ws';
import { createTokenVerifier, issueToken } from '../src/auth/tokens.js';
import { openDatabase } from '../src/db/database.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createApp } from '../src/http/app.js';
import { createMetrics } from '../src/http/metrics.js';
import { recordEvent } from '../src/modules/events/index.js';
import { members } from '../src/modules/members/index.js';
import { dropUnlessKept, intEnv, recreateDatabase } from './bench-env.js';

const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_subs';
const SUBSCRIBERS = intEnv('SUBSCRIBERS', 100);
const EVENTS = intEnv('EVENTS', 300);
/** REQUEST=0: the event's own fields only; by default each subscriber also loads the request (one query per subscriber per event) */
const WITH_REQUEST = process.env.REQUEST !== '0';
const TOKENS = { secret: 'bench-secret-of-at-least-thirty-two-characters', issuer: 'sharegraph', audience: 'sharegraph-api', jwksUrl: null };
const MINE = 'CN-BENCH-1';
const OTHER = 'CN-BENCH-2';
const log = (m: string) => console.log(m);

await recreateDatabase(URL_);
const database = await openDatabase({ url: URL_, poolMax: 8 });
const writer = await openDatabase({ url: URL_, poolMax: 1 });
await database.migrate();
await database.db.insert(members).values([
  { code: MINE, name: 'Bench library', type: 'UNIVERSITY' },
  { code: OTHER, name: 'Other bench library', type: 'UNIVERSITY' },
]);
const { httpServer, apollo } = await createApp({
  database,
  verifyToken: createTokenVerifier(TOKENS),
  limits: { maxDepth: 12, maxCost: 25_000, maxAliases: 30, rateLimitPerMinute: 0 },
  introspection: false,
  metrics: createMetrics(),
  log: pino({ level: 'silent' }),
});
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const address = httpServer.address();
const url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;

let waiting: { left: number; done: () => void } | null = null;
let stray = 0;
const clients: Client[] = [];
const subscribe = async (member: string, onEvent: () => void) => {
  const token = await issueToken(TOKENS, { role: 'member', member, ttlSeconds: 3600 });
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  clients.push(client);
  client.subscribe({ query: `subscription { illRequestChanged { action state ${WITH_REQUEST ? 'request { id }' : ''} } }` }, { next: onEvent, error: (e) => console.error(e), complete: () => {} });
};
for (let i = 0; i < SUBSCRIBERS; i++) {
  await subscribe(MINE, () => {
    if (waiting && --waiting.left === 0) waiting.done();
  });
  await subscribe(OTHER, () => void stray++);
}
const metricsText = async () => (await fetch(url.replace('ws:', 'http:').replace('/graphql', '/metrics'))).text();
for (let i = 0; i < 200 && !new RegExp(`^sharegraph_subscriptions_active ${2 * SUBSCRIBERS}$`, 'm').test(await metricsText()); i++) await new Promise((r) => setTimeout(r, 50));

const delays: number[] = [];
const started = performance.now();
for (let i = 0; i < EVENTS; i++) {
  const delivered = new Promise<void>((done) => (waiting = { left: SUBSCRIBERS, done }));
  const t0 = performance.now();
  await writer.db.transaction((tx) =>
    recordEvent(tx, { type: 'ILL_REQUEST_CHANGED', memberCodes: [MINE], data: { request: toGlobalId('IllRequest', i + 1), requesterCode: MINE, supplierCode: null, serviceType: 'LOAN', action: 'CANCEL', fromState: 'REQUESTED', state: 'CANCELLED' } }),
  );
  await delivered;
  delays.push(performance.now() - t0);
}
const seconds = (performance.now() - started) / 1000;
delays.sort((a, b) => a - b);
const pct = (p: number) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))].toFixed(1);
log(`${EVENTS} events, each to ${SUBSCRIBERS} subscribers${WITH_REQUEST ? ' selecting request { id }' : ' (event fields only)'} (and skipped by ${SUBSCRIBERS} of another member; delivered to them: ${stray})`);
log(`commit (from another connection) -> all ${SUBSCRIBERS} subscribers received: p50 ${pct(50)} ms, p99 ${pct(99)} ms; ${(EVENTS / seconds).toFixed(1)} events/s one after the other`);

await Promise.all(clients.map((c) => c.dispose()));
await apollo.stop();
await writer.close();
await database.close();
await dropUnlessKept(URL_, log);
