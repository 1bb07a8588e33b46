/**
 * `npm run bench:webhooks`: events through the outbox to a local receiver with 1,000 webhook
 * subscriptions, on the PostgreSQL server (issue 12).
 *
 *  1. recreates BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_webhooks),
 *     migrates it, and subscribes BENCH_WEBHOOK_SUBSCRIPTIONS (1,000) URLs of one local receiver (a
 *     node:http server in this process answering 204) to every member's RECORDS_SPLIT events;
 *  2. starts BENCH_WEBHOOK_DISPATCHERS (2) dispatchers as `serve` runs them, each on a database handle
 *     of its own (as two server processes have: its own sessions and lease name) with its own event bus,
 *     WEBHOOK_CONCURRENCY (16) subscriptions at once each;
 *  3. throughput: commits BENCH_WEBHOOK_BURST (10) events at once and times until every delivery
 *     (events × subscriptions) has reached the receiver: deliveries/s and events/s (each event delivered
 *     to every subscription);
 *  4. delay: commits BENCH_WEBHOOK_PACED (10) events one every BENCH_WEBHOOK_GAP_MS (10,000) ms and takes,
 *     for every delivery, the time from the event's commit (the transaction's COMMIT returning) to its
 *     arrival at the receiver: p50, p99 and max.
 * Every delivery is checked to arrive exactly once and signed (webhook-signature present). The receiver,
 * the dispatchers and the writer share this process and the machine's cores with PostgreSQL.
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { pino } from 'pino';
import { SYSTEM_VIEWER } from '../src/auth/viewer.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { createOutboundClient } from '../src/lib/outbound/index.js';
import { createEventBus, recordEvent } from '../src/modules/events/index.js';
import { createWebhookDispatcher, createWebhookSubscription } from '../src/modules/webhooks/index.js';
import { dropUnlessKept, intEnv, recreateDatabase } from './bench-env.js';
import { percentile, round } from './stats.js';

const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_webhooks';
const SUBSCRIPTIONS = intEnv('BENCH_WEBHOOK_SUBSCRIPTIONS', 1_000);
const DISPATCHERS = intEnv('BENCH_WEBHOOK_DISPATCHERS', 2);
const CONCURRENCY = intEnv('WEBHOOK_CONCURRENCY', 16);
const BURST = intEnv('BENCH_WEBHOOK_BURST', 10);
const PACED = intEnv('BENCH_WEBHOOK_PACED', 10);
const GAP_MS = intEnv('BENCH_WEBHOOK_GAP_MS', 10_000);
const log = (m: string) => process.stderr.write(`[webhooks] ${m}\n`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

interface Arrival {
  at: number;
  signed: boolean;
}

async function main(): Promise<void> {
  log(`load average before: ${load()} (${os.cpus().length} cores)`);
  await recreateDatabase(URL_);
  const writer = await openDatabase({ url: URL_, poolMax: 4 });
  await writer.migrate();

  const arrivals = new Map<string, Arrival>();
  let duplicates = 0;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      if (arrivals.has(id)) duplicates++;
      else arrivals.set(id, { at: performance.now(), signed: String(req.headers['webhook-signature'] ?? '').startsWith('v1,') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const port = (receiver.address() as AddressInfo).port;

  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    const r = await createWebhookSubscription(writer.db, SYSTEM_VIEWER, { url: `http://127.0.0.1:${port}/hooks/${i}`, eventTypes: ['RECORDS_SPLIT'], memberCode: null }, { allowedHosts: ['127.0.0.1'] });
    if (r.userErrors.length) throw new Error(r.userErrors[0].message);
  }
  log(`${SUBSCRIPTIONS} subscriptions, ${DISPATCHERS} dispatchers × ${CONCURRENCY} at once`);

  const outbound = createOutboundClient({ allowedHosts: ['127.0.0.1'], timeoutMs: 5_000, maxBytes: 1_000_000, maxRedirects: 0 });
  const quiet = pino({ level: 'warn' });
  const handles: Database[] = [];
  const stops: (() => Promise<void>)[] = [];
  for (let i = 0; i < DISPATCHERS; i++) {
    const database = await openDatabase({ url: URL_, poolMax: CONCURRENCY + 4 });
    const bus = await createEventBus(database, quiet);
    const d = createWebhookDispatcher(database, { outbound, bus, log: quiet, concurrency: CONCURRENCY, timeoutMs: 5_000 });
    d.start();
    handles.push(database);
    stops.push(async () => {
      await d.stop();
      await bus.close();
      await database.close();
    });
  }

  const committed = new Map<number, number>();
  const commit = async (n: number) => {
    const id = await writer.db.transaction((tx) => recordEvent(tx, { type: 'RECORDS_SPLIT', memberCodes: ['CN-BENCH'], data: { from: `UmVjb3JkOj${n}`, into: [], reason: 'bench' } }));
    committed.set(id, performance.now());
    return id;
  };
  const waitFor = async (count: number) => {
    const deadline = performance.now() + 600_000;
    while (arrivals.size < count) {
      if (performance.now() > deadline) throw new Error(`only ${arrivals.size} of ${count} deliveries arrived within 10 minutes`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  try {
    // throughput: a burst
    const start = performance.now();
    await Promise.all(Array.from({ length: BURST }, (_, i) => commit(i)));
    await waitFor(BURST * SUBSCRIPTIONS);
    const seconds = (performance.now() - start) / 1000;
    const burst = { events: BURST, deliveries: BURST * SUBSCRIPTIONS, seconds: round(seconds), deliveriesPerSecond: round((BURST * SUBSCRIPTIONS) / seconds, 0), eventsPerSecond: round(BURST / seconds) };
    log(`burst: ${burst.deliveries} deliveries in ${burst.seconds} s: ${burst.deliveriesPerSecond} deliveries/s, ${burst.eventsPerSecond} events/s (each to ${SUBSCRIPTIONS} subscriptions); load ${load()}`);

    // delay: paced events, commit to arrival
    const pacedIds: number[] = [];
    for (let i = 0; i < PACED; i++) {
      pacedIds.push(await commit(1_000 + i));
      await new Promise((r) => setTimeout(r, GAP_MS));
    }
    await waitFor((BURST + PACED) * SUBSCRIPTIONS);
    const delays: number[] = [];
    for (const [webhookId, arrival] of arrivals) {
      const eventId = Number(webhookId.split('_')[1]);
      if (pacedIds.includes(eventId)) delays.push(arrival.at - committed.get(eventId)!);
    }
    delays.sort((a, b) => a - b);
    const paced = { events: PACED, gapMs: GAP_MS, deliveries: delays.length, p50Ms: round(percentile(delays, 50), 1), p99Ms: round(percentile(delays, 99), 1), maxMs: round(delays.at(-1)!, 1) };
    log(`paced: ${paced.deliveries} deliveries, commit to arrival p50 ${paced.p50Ms} ms, p99 ${paced.p99Ms} ms, max ${paced.maxMs} ms; load ${load()}`);
    await new Promise((r) => setTimeout(r, 1_000)); // a duplicate would arrive now
    const unsigned = [...arrivals.values()].filter((a) => !a.signed).length;
    const result = { subscriptions: SUBSCRIPTIONS, dispatchers: DISPATCHERS, concurrency: CONCURRENCY, burst, paced, duplicates, unsigned, loadAverage: load() };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (duplicates > 0 || unsigned > 0) process.exitCode = 1;
  } finally {
    for (const stop of stops) await stop();
    receiver.close();
    await writer.close();
    await dropUnlessKept(URL_, log);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
