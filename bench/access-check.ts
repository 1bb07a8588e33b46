/**
 * `npx tsx bench/access-check.ts`: GraphQL `accessCheck` by IP over HTTP versus the same look-up as
 * one raw SQL statement, at the same concurrency, in one run (like `npm run bench` for who-holds).
 *
 * Data: a consortium of 2,000 members with 10,000 ranges (90 % IPv4 /24, 10 % IPv6 /48; 5 per member),
 * one deal covering one resource, with two licence terms, every member but each tenth entitled; 80 % of
 * the addresses asked about are inside some member's range. Seeded: same data and addresses every run.
 *
 *  1. drops and creates BENCH_DATABASE_URL's database, migrates it and loads the data,
 *  2. builds dist/ if it is stale and starts the real server (`node dist/cli.js serve`) as a child process,
 *  3. checks that both sides give the same answers, then times GraphQL and SQL alternately (undici
 *     keep-alive connections vs postgres.js prepared statements, the same number of each),
 *  4. prints a table and, as the last line of stdout, one JSON object with the medians and their ratio.
 *
 * Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_access; dropped
 * and created each run), BENCH_SECONDS (10 per run and side), BENCH_WARMUP_SECONDS (2), BENCH_RUNS (3),
 * BENCH_CONCURRENCY (16), BENCH_BUILD (auto | always | skip).
 */
import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql as dsql } from 'drizzle-orm';
import postgres from 'postgres';
import { Pool } from 'undici';
import { openDatabase, type Database } from '../src/db/database.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { members } from '../src/modules/members/index.js';
import { resources } from '../src/modules/resources/index.js';
import { agreementPeriods, agreementResources, agreements, licenceTerms } from '../src/modules/agreements/index.js';
import { entitlements, memberIpRanges } from '../src/modules/entitlements/index.js';
import { ensureBuilt, startServerProcess, type ServerProcess } from './server-process.js';
import { median, percentile, round, type RunResult } from './stats.js';
import { Rng } from './prng.js';
import { canonical } from './workloads.js';
import { intEnv, recreateDatabase } from './bench-env.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MEMBERS = 2000;
const RANGES = 10_000;
const DATE = '2026-06-01';
const log = (m: string) => process.stderr.write(`[access-check] ${m}\n`);


const v4 = (i: number) => `10.${(i >> 8) & 255}.${i & 255}.0/24`;
const v6 = (i: number) => `2001:db8:${i.toString(16)}::/48`;
const rangeOf = (i: number) => (i % 10 === 9 ? v6(i) : v4(i));


async function load(database: Database): Promise<number> {
  const db = database.db;
  await database.migrate();
  const memberRows = await db
    .insert(members)
    .values(Array.from({ length: MEMBERS }, (_, i) => ({ code: `ZZ-B${String(i).padStart(5, '0')}`, name: `Bench library ${i}`, type: 'UNIVERSITY', fte: 1000 + i, searchKey: `benchlibrary${i}zzb${String(i).padStart(5, '0')}` })))
    .returning({ id: members.id });
  for (let i = 0; i < RANGES; i += 2000) {
    await db.insert(memberIpRanges).values(Array.from({ length: Math.min(2000, RANGES - i) }, (_, j) => ({ memberId: memberRows[(i + j) % MEMBERS].id, cidr: rangeOf(i + j), range: rangeOf(i + j) })));
  }
  const [resource] = await db.insert(resources).values({ name: 'Bench database', contentType: 'DATABASE' }).returning();
  const [agreement] = await db.insert(agreements).values({ name: 'Bench deal', status: 'ACTIVE' }).returning();
  await db.insert(agreementResources).values({ agreementId: agreement.id, resourceId: resource.id });
  await db.insert(licenceTerms).values([
    { agreementId: agreement.id, term: 'REMOTE_ACCESS', value: 'PERMITTED' },
    { agreementId: agreement.id, term: 'ILL_PRINT', value: 'PERMITTED_WITH_CONDITIONS', note: 'print and post, no electronic transmission' },
  ]);
  const [period] = await db.insert(agreementPeriods).values({ agreementId: agreement.id, startDate: '2026-01-01', endDate: '2026-12-31', totalAmount: '1000000', currency: 'CNY' }).returning();
  await db.insert(entitlements).values(memberRows.filter((_, i) => i % 10 !== 0).map((m) => ({ periodId: period.id, memberId: m.id, accessMethods: ['IP'] })));
  await db.execute(dsql`ANALYZE`);
  return resource.id;
}

function addresses(count: number): string[] {
  const rng = new Rng(0xacce55);
  return Array.from({ length: count }, () => {
    if (rng.chance(0.2)) return `172.16.${rng.int(0, 255)}.${rng.int(1, 254)}`; // nobody's
    const i = rng.int(0, RANGES - 1);
    return i % 10 === 9 ? `2001:db8:${i.toString(16)}::${rng.int(1, 0xffff).toString(16)}` : `10.${(i >> 8) & 255}.${i & 255}.${rng.int(1, 254)}`;
  });
}

/**
 * What any caller, anonymous included, may see of a check: whether access is allowed, and the licence
 * terms that go with it. (Which member an address belongs to, and its entitlement, are not asked: what a
 * caller may see of those is the authorization policy's business, not this bench's.)
 */
const QUERY = 'query Check($input: AccessCheckInput!) { accessCheck(input: $input) { allowed terms { type value } } }';

/** The fields QUERY asks for. */
interface Visible {
  allowed: boolean;
  terms: { type: string; value: string }[];
}

const visible = (a: Answer): Visible => ({ allowed: a.allowed, terms: a.terms });

/** The whole decision, as the SQL side works it out (the reason tallies the addresses checked). */
interface Answer {
  allowed: boolean;
  reason: string | null;
  member: { code: string } | null;
  entitlement: { period: { endDate: string } } | null;
  terms: { type: string; value: string }[];
}

/**
 * The same decision as one statement: the members whose ranges hold the address (GiST), their
 * entitlements to the resource through granting deals (current period first, else the latest), and
 * that agreement's terms. The reason follows from which of these came back empty, as decide() does.
 */
async function accessBySql(sql: postgres.Sql, resourceId: number, ip: string, date: string): Promise<Answer> {
  const [row] = await sql<{ first_member: string | null; code: string | null; current: boolean | null; end_date: string | null; terms: { type: string; value: string }[] | null }[]>`
    WITH who AS (SELECT DISTINCT member_id FROM member_ip_ranges WHERE range >>= ${ip}::inet),
    pick AS (
      SELECT e.member_id, p.agreement_id, p.end_date, (p.start_date <= ${date}::date AND p.end_date >= ${date}::date) AS current
      FROM entitlements e
      JOIN agreement_periods p ON p.id = e.period_id
      JOIN agreements a ON a.id = p.agreement_id
      JOIN agreement_resources ar ON ar.agreement_id = a.id
      WHERE e.member_id IN (SELECT member_id FROM who) AND ar.resource_id = ${resourceId} AND a.status IN ('ACTIVE', 'CLOSED')
      ORDER BY current DESC, CASE WHEN NOT (p.start_date <= ${date}::date AND p.end_date >= ${date}::date) THEN p.end_date END DESC, ar.resource_id, e.member_id, p.start_date
      LIMIT 1)
    SELECT (SELECT m.code FROM members m WHERE m.id = (SELECT min(member_id) FROM who)) AS first_member,
      m.code, pick.current, to_char(pick.end_date, 'YYYY-MM-DD') AS end_date,
      (SELECT json_agg(json_build_object('type', t.term, 'value', t.value) ORDER BY t.term) FROM licence_terms t WHERE t.agreement_id = pick.agreement_id) AS terms
    FROM (SELECT 1) one LEFT JOIN pick ON true LEFT JOIN members m ON m.id = pick.member_id`;
  if (row.first_member === null) return { allowed: false, reason: 'IP_NOT_IN_RANGE', member: null, entitlement: null, terms: [] };
  if (row.code === null) return { allowed: false, reason: 'NO_ENTITLEMENT', member: { code: row.first_member }, entitlement: null, terms: [] };
  return {
    allowed: row.current === true,
    reason: row.current ? null : 'OUTSIDE_PERIOD',
    member: { code: row.code },
    entitlement: { period: { endDate: row.end_date! } },
    terms: row.terms ?? [],
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_access';
  const concurrency = intEnv('BENCH_CONCURRENCY', 16);
  const seconds = intEnv('BENCH_SECONDS', 10);
  const runs = intEnv('BENCH_RUNS', 3);
  const warmup = intEnv('BENCH_WARMUP_SECONDS', 2, 0);

  await recreateDatabase(databaseUrl);
  const database = await openDatabase({ url: databaseUrl, poolMax: 2 });
  let resourceId: number;
  try {
    resourceId = await load(database);
  } finally {
    await database.close();
  }
  log(`${MEMBERS} members, ${RANGES} ranges loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const build = await ensureBuilt(ROOT);
  const gid = toGlobalId('Resource', resourceId);
  const ips = addresses(100_000);

  let server: ServerProcess | null = null;
  const sql = postgres(databaseUrl, { max: concurrency, onnotice: () => {} });
  let pool: Pool | null = null;
  const results: RunResult[] = [];
  let gistIndexUsed = false;
  const outcomes = new Map<string, number>();
  try {
    const explain = await sql.unsafe(`EXPLAIN SELECT DISTINCT member_id FROM member_ip_ranges WHERE range >>= '10.1.2.3'::inet`);
    gistIndexUsed = explain.some((r) => /member_ip_ranges_range_idx/.test(String(Object.values(r)[0])));

    server = await startServerProcess({ root: ROOT, databaseUrl, poolMax: concurrency });
    const url = new URL(server.url);
    pool = new Pool(url.origin, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 });
    const graphql = async (ip: string): Promise<Visible> => {
      const { statusCode, body } = await pool!.request({
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { input: { resourceId: gid, ip, date: DATE } }, operationName: 'Check' }),
      });
      const json = (await body.json()) as { data?: { accessCheck: Visible }; errors?: unknown[] };
      if (statusCode !== 200 || json.errors?.length || !json.data) throw new Error(`GraphQL ${statusCode} for ${ip}: ${JSON.stringify(json).slice(0, 300)}`);
      return json.data.accessCheck;
    };
    const bySql = (ip: string) => accessBySql(sql, resourceId, ip, DATE);

    for (const ip of ips.slice(0, 200)) {
      const g = await graphql(ip);
      const s = await bySql(ip);
      if (canonical(g) !== canonical(visible(s))) throw new Error(`GraphQL and SQL disagree for ${ip}:\n  graphql ${canonical(g)}\n  sql     ${canonical(visible(s))}`);
      const k = s.allowed ? 'ALLOWED' : s.reason!;
      outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    }
    log(`GraphQL and SQL give the same answers for 200 addresses (${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')})`);

    const timed = async (side: RunResult['side'], run: number, secs: number, op: (ip: string) => Promise<unknown>): Promise<RunResult> => {
      const latencies: number[] = [];
      let errors = 0;
      let firstError: unknown = null;
      let next = 0;
      const t0 = performance.now();
      const deadline = t0 + secs * 1000;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < deadline) {
            const ip = ips[next++ % ips.length];
            const a = performance.now();
            try {
              await op(ip);
              latencies.push(performance.now() - a);
            } catch (err) {
              errors++;
              firstError ??= err;
            }
          }
        }),
      );
      const elapsed = (performance.now() - t0) / 1000;
      const sorted = Float64Array.from(latencies).sort();
      const r: RunResult = { workload: 'accessCheck', side, run, seconds: elapsed, requests: latencies.length, errors, rps: latencies.length / elapsed, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
      if (run > 0) log(`${side.padEnd(7)} run ${run}: ${r.rps.toFixed(0)} rps, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, ${errors} errors`);
      if (firstError) log(`first ${side} error: ${String((firstError as Error).message ?? firstError)}`);
      return r;
    };
    if (warmup > 0) {
      await timed('graphql', 0, warmup, graphql);
      await timed('sql', 0, warmup, bySql);
    }
    for (let run = 1; run <= runs; run++) {
      results.push(await timed('graphql', run, seconds, graphql));
      results.push(await timed('sql', run, seconds, bySql));
    }
  } finally {
    await pool?.close();
    await server?.stop();
    await sql.end({ timeout: 5 });
  }

  const summary = (side: RunResult['side']) => {
    const rs = results.filter((r) => r.side === side);
    return { rps: median(rs.map((r) => r.rps)), p50: median(rs.map((r) => r.p50Ms)), p99: median(rs.map((r) => r.p99Ms)), errors: rs.reduce((n, r) => n + r.errors, 0) };
  };
  const g = summary('graphql');
  const s = summary('sql');
  const rows = [
    ['run', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms'],
    ...results.map((r) => [`${r.side === 'graphql' ? 'GraphQL' : 'SQL'} #${r.run}`, String(r.requests), String(r.errors), r.rps.toFixed(0), r.p50Ms.toFixed(2), r.p99Ms.toFixed(2)]),
    ['GraphQL median', '', String(g.errors), g.rps.toFixed(0), g.p50.toFixed(2), g.p99.toFixed(2)],
    ['SQL median', '', String(s.errors), s.rps.toFixed(0), s.p50.toFixed(2), s.p99.toFixed(2)],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  process.stdout.write(
    [
      '',
      `accessCheck by IP: ${MEMBERS} members, ${RANGES} ranges; concurrency ${concurrency}, ${runs} runs of ${seconds} s per side; GiST index used: ${gistIndexUsed}`,
      `build: ${build.built ? `${build.seconds.toFixed(1)} s` : 'up to date'}; total ${((Date.now() - started) / 1000).toFixed(1)} s`,
      '',
      rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n'),
      '',
      `GraphQL / SQL throughput ratio: ${(g.rps / s.rps).toFixed(3)} (goal >= 0.3)`,
      '',
    ].join('\n'),
  );
  process.stdout.write(
    `${JSON.stringify({ members: MEMBERS, ranges: RANGES, gist_index_used: gistIndexUsed, graphql_rps: round(g.rps, 1), graphql_p50_ms: round(g.p50, 3), graphql_p99_ms: round(g.p99, 3), sql_rps: round(s.rps, 1), sql_p50_ms: round(s.p50, 3), sql_p99_ms: round(s.p99, 3), ratio: round(g.rps / s.rps, 4) })}\n`,
  );
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`[access-check] ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
