/**
 * `npm run bench:ill`: building an ILL rota (buildRota) on 200,000 records and 1,000,000 holdings, on
 * the PostgreSQL server (issue 11: p99 under 50 ms).
 *
 *  1. creates BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_ill) with the
 *     synthetic consortium of bench/load.ts (BENCH_MEMBERS 100 members, 200,000 records, 1,000,000
 *     holdings), or reuses it when it already holds that data set;
 *  2. writes ILL history set-based in SQL: BENCH_ILL_REQUESTS (5,000) requests over the last 365 days
 *     between random members (70 % filled), three rota entries each, a charge per filled request, and
 *     200 requests placed today (their first entries ASKED, for the daily capacities); lending rules
 *     (a consortium-wide row: books lend, the reference room excluded, 40 a day; 30 members
 *     overriding it) and 5 members closed today;
 *  3. times BENCH_ROTAS (3,000) rotas for random (record, requester, service type) after 200 warm-up
 *     calls, one after another on one connection, and prints p50/p95/p99 in ms, the mean rota length,
 *     the plan of one call (EXPLAIN ANALYZE) and the machine's load average before and after.
 * BENCH_KEEP=1 keeps the database (a later run reuses the catalogue and rewrites the ILL data).
 */
import 'reflect-metadata';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { buildRota } from '../src/modules/ill/index.js';
import { dropUnlessKept, intEnv } from './bench-env.js';
import { ensureBenchData } from './load.js';
import { Rng } from './prng.js';
import { percentile, round } from './stats.js';

const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_ill';
const MEMBERS = intEnv('BENCH_MEMBERS', 100);
const REQUESTS = intEnv('BENCH_ILL_REQUESTS', 5000);
const ROTAS = intEnv('BENCH_ROTAS', 3000);
const log = (m: string) => process.stderr.write(`[ill] ${m}\n`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

async function writeIllData(db: Database['db']): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => db.execute(q);
  await run(sql`TRUNCATE ill_charges, ill_history, ill_rota, ill_requests, ill_closures, ill_fee_tiers, ill_lending_rules RESTART IDENTITY`);
  // history: random pairs (requester <> supplier), spread over the last year; 70 % filled within 1–5 days
  await run(sql`INSERT INTO ill_requests (requester_member_id, supplier_member_id, service_type, state, title, created_at, delivered_at, record_id)
    SELECT q.requester, q.supplier, q.kind, CASE WHEN q.filled THEN 'COMPLETED' ELSE 'UNFILLED' END, 'bench request ' || q.n, q.at,
           CASE WHEN q.filled THEN q.at + (1 + q.n % 5) * interval '1 day' END, 1 + (q.n * 7919) % 200000
    FROM (
      SELECT n, 1 + (n * 37) % ${MEMBERS} AS requester, 1 + (n * 37 + 1 + (n * 13) % (${MEMBERS} - 1)) % ${MEMBERS} AS supplier,
             CASE WHEN n % 4 = 0 THEN 'COPY' ELSE 'LOAN' END AS kind, n % 10 < 7 AS filled,
             now() - ((n * 104729) % 365) * interval '1 day' - (n % 24) * interval '1 hour' AS at
      FROM generate_series(1, ${REQUESTS}) n
    ) q`);
  await run(sql`INSERT INTO ill_requests (requester_member_id, supplier_member_id, service_type, state, title, created_at)
    SELECT 1 + (n * 53) % ${MEMBERS}, 1 + (n * 53 + 7) % ${MEMBERS}, 'LOAN', 'REQUESTED', 'bench today ' || n, now() FROM generate_series(1, 200) n`);
  await run(sql`INSERT INTO ill_rota (request_id, position, member_id, score, reason, outcome)
    SELECT r.id, p, CASE WHEN p = 1 THEN r.supplier_member_id ELSE 1 + (r.supplier_member_id + p * 11) % ${MEMBERS} END, 100 - p, 'bench',
           CASE WHEN p = 1 THEN CASE WHEN r.delivered_at IS NULL AND r.state = 'REQUESTED' THEN 'ASKED' WHEN r.delivered_at IS NULL THEN 'CANNOT_SUPPLY' ELSE 'SUPPLIED' END ELSE 'PENDING' END
    FROM ill_requests r CROSS JOIN generate_series(1, 3) p`);
  await run(sql`INSERT INTO ill_charges (request_id, payer_member_id, payee_member_id, amount, currency, charged_at)
    SELECT id, requester_member_id, supplier_member_id, CASE WHEN service_type = 'LOAN' THEN 20 ELSE 10 END, 'CNY', delivered_at FROM ill_requests WHERE delivered_at IS NOT NULL`);
  await run(sql`INSERT INTO ill_lending_rules (member_id, loan_period_days, renewals, lendable_formats, excluded_locations, supplies_loans, supplies_copies, daily_capacity)
    VALUES (NULL, 30, 1, ARRAY['BOOK'], ARRAY['参考阅览室'], true, true, 40)`);
  await run(sql`INSERT INTO ill_lending_rules (member_id, lendable_formats, excluded_locations, supplies_copies, daily_capacity)
    SELECT m, CASE WHEN m % 3 = 0 THEN ARRAY['BOOK', 'SERIAL'] END, CASE WHEN m % 3 = 1 THEN ARRAY['参考阅览室', '密集书库'] END,
           CASE WHEN m % 5 = 0 THEN false END, CASE WHEN m % 2 = 0 THEN 3 END
    FROM generate_series(2, 60, 2) m`);
  await run(sql`INSERT INTO ill_closures (member_id, starts_on, ends_on, reason)
    SELECT m, current_date - 3, current_date + 3, 'bench closure' FROM generate_series(5, 25, 5) m`);
  await run(sql`ANALYZE ill_requests, ill_rota, ill_charges, ill_lending_rules, ill_closures`);
}

/** The plan of the statement buildRota sends for `input`, captured through the query logger. */
async function planOf(input: Parameters<typeof buildRota>[1]): Promise<string[]> {
  let captured: { query: string; params: unknown[] } | null = null;
  const database = await openDatabase({ url: URL_, poolMax: 1, logger: { logQuery: (query, params) => void (captured = { query, params }) } });
  const client = postgres(URL_, { max: 1, onnotice: () => {} });
  try {
    await buildRota(database.db, input);
    const { query, params } = captured!;
    const rows = await client.unsafe(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, params as postgres.ParameterOrJSON<never>[]);
    return rows.map((r) => String(r['QUERY PLAN']));
  } finally {
    await client.end({ timeout: 5 });
    await database.close();
  }
}

async function main(): Promise<void> {
  log(`load average before: ${load()} (${os.cpus().length} cores)`);
  await ensureBenchData(URL_, { members: MEMBERS, records: 200_000, holdings: 1_000_000 });
  const database = await openDatabase({ url: URL_, poolMax: 1, statementTimeoutMs: 600_000 });
  try {
    await writeIllData(database.db);
    const [{ records }] = await queryRows<{ records: number }>(database.db, sql`SELECT max(id)::int AS records FROM records`);
    const rng = new Rng(0x111);
    const inputs = Array.from({ length: ROTAS + 200 }, () => ({
      recordId: rng.int(1, Number(records)), requesterMemberId: rng.int(1, MEMBERS), serviceType: (rng.chance(0.25) ? 'COPY' : 'LOAN') as 'LOAN' | 'COPY', serviceLevel: 'NORMAL' as const, on: new Date(),
    }));
    for (const input of inputs.slice(0, 200)) await buildRota(database.db, input); // warm-up: plans, caches
    const times: number[] = [];
    let entries = 0;
    for (const input of inputs.slice(200)) {
      const t = performance.now();
      const rota = await buildRota(database.db, input);
      times.push(performance.now() - t);
      entries += rota.length;
    }
    times.sort((a, b) => a - b);
    log(`plan of one buildRota statement (EXPLAIN ANALYZE):\n${(await planOf(inputs[200])).map((l) => `    ${l}`).join('\n')}`);
    const line = `buildRota x${ROTAS} (${MEMBERS} members, 200,000 records, 1,000,000 holdings, ${REQUESTS + 200} ILL requests): p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms, p99 ${round(percentile(times, 99))} ms, max ${round(times.at(-1)!)} ms; mean rota ${round(entries / ROTAS, 1)} members`;
    process.stdout.write(`${line}\nload average after: ${load()} (${os.cpus().length} cores)\n`);
  } finally {
    await database.close();
  }
  await dropUnlessKept(URL_, log);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
