/**
 * `npm run bench:usage`: the usage analytics of the README at 10 million COUNTER facts, on the server.
 *
 *  1. creates BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_usage) fresh
 *     with the synthetic consortium of `npm run bench` (bench/load.ts: 200 members, 200,000 records,
 *     1,000,000 holdings, for the overlap question);
 *  2. generates the usage set-based in SQL (generate_series), shape:
 *       TR: 200 members × 10 resources × BENCH_TITLES (50) titles × 12 months (2025) × 4 metrics
 *           × 2 access types (Controlled, OA_Gold) = 9,600,000 facts
 *       TR denials: 200 × 10 × 10 titles × 12 × 2 metrics (No_License, Limit_Exceeded) = 480,000
 *       PR: 200 × 10 platforms × 12 × 4 metrics = 96,000            (total 10,176,000 facts)
 *     with one provider, one deal (period 2026, BY_USAGE over the previous period) and 200 entitlements
 *     per resource; then refreshUsageRollups('ALL') and ANALYZE;
 *  3. times each README analytics question through the service functions: its first run after the
 *     server was restarted (BENCH_RESTART_CMD, for a server of one's own: empty buffer cache), else on
 *     a fresh connection (a new backend after DISCARD ALL: no plan or catalogue cache; a shared server
 *     is not restarted, so its buffer cache stays warm), and the median of five later runs;
 *     before that, the collection-overlap summary is rebuilt (refreshCollectionOverlap, timed: what the
 *     first overlap question after a holdings import pays); prints the table, EXPLAIN (ANALYZE,
 *     BUFFERS) of the per-member, denials and overlap statements, and the machine's load average;
 *  4. drops the database (BENCH_KEEP=1 keeps it, and a later run then reuses its usage as it is).
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Viewer } from '../src/auth/viewer.js';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { allianceEvaluation, collectionOverlap, costPerUseOfPeriod, refreshCollectionOverlap, refreshUsageRollups, topTitles, usageDenials, usageTotals } from '../src/modules/usage/index.js';
import { dropUnlessKept, intEnv } from './bench-env.js';
import { ensureBenchData } from './load.js';
import { median, round } from './stats.js';

const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_usage';
const TITLES = intEnv('BENCH_TITLES', 50);
const ANALYST: Viewer = { role: 'analyst', sub: 'bench', memberCode: null };
const log = (m: string) => process.stderr.write(`[usage] ${m}\n`);
/** BENCH_RESTART_CMD: a shell command that restarts the PostgreSQL server of BENCH_DATABASE_URL (e.g. `pg_ctl -D DIR restart -m fast -w` for a server of one's own); run before each question's first run. */
const RESTART = process.env.BENCH_RESTART_CMD?.trim() || null;

/** Restarts the server (BENCH_RESTART_CMD) and waits until it answers again: its buffer cache and every backend's caches are then empty (the OS page cache is not). */
async function restartServer(): Promise<void> {
  execSync(RESTART!, { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; ; i++) {
    const probe = postgres(URL_, { max: 1, onnotice: () => {}, connect_timeout: 2 });
    try {
      await probe`SELECT 1`;
      return;
    } catch (err) {
      if (i >= 60) throw err;
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await probe.end({ timeout: 1 });
    }
  }
}

async function timed<T>(what: string, f: () => Promise<T>): Promise<T> {
  const t = Date.now();
  const r = await f();
  log(`${what}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return r;
}

async function generate(db: Database['db']): Promise<void> {
  const run = (q: ReturnType<typeof sql>) => db.execute(q);
  await run(sql`SET session_replication_role = replica`); // no FK triggers for the bulk insert (the rows are generated consistent)
  await run(sql`INSERT INTO resources (name, vendor, platform, content_type) SELECT 'Bench resource ' || r, 'Bench vendor ' || r, 'BenchPlatform' || r, 'JOURNALS' FROM generate_series(1, 10) r`);
  await run(sql`INSERT INTO usage_providers (name, platform, resource_id) SELECT 'Bench provider ' || r.id, r.platform, r.id FROM resources r WHERE r.name LIKE 'Bench resource %'`);
  await run(sql`INSERT INTO agreements (name, vendor, status) SELECT 'Bench deal ' || r.id, r.vendor, 'ACTIVE' FROM resources r WHERE r.name LIKE 'Bench resource %'`);
  await run(sql`INSERT INTO agreement_resources (agreement_id, resource_id) SELECT a.id, r.id FROM agreements a JOIN resources r ON 'Bench deal ' || r.id = a.name`);
  await run(sql`INSERT INTO agreement_periods (agreement_id, start_date, end_date, total_amount, currency, cost_share_method, usage_metric, usage_window)
    SELECT a.id, '2026-01-01', '2026-12-31', 1000000, 'CNY', 'BY_USAGE', 'Unique_Item_Requests', 'PREVIOUS_PERIOD' FROM agreements a WHERE a.name LIKE 'Bench deal %'`);
  await run(sql`INSERT INTO entitlements (period_id, member_id, access_methods, share_amount, list_price)
    SELECT p.id, m.id, '["IP"]'::jsonb, 5000, 8000 + (m.id % 7) * 500 FROM agreement_periods p CROSS JOIN (SELECT id FROM members ORDER BY id LIMIT 200) m`);
  await run(sql`INSERT INTO usage_items (provider_id, kind, key, platform, title, print_issn, resource_id, matched_by)
    SELECT p.id, 'TITLE', 'TITLE:' || p.id || '-' || t, p.platform, 'Bench journal ' || p.id || '-' || t, lpad(p.id::text, 4, '0') || '-' || lpad(t::text, 4, '0'), p.resource_id, 'PRINT_ISSN'
    FROM usage_providers p CROSS JOIN generate_series(1, ${TITLES}) t`);
  await run(sql`INSERT INTO usage_items (provider_id, kind, key, platform, resource_id, matched_by) SELECT p.id, 'PLATFORM', 'PLATFORM:' || p.platform, p.platform, p.resource_id, 'PLATFORM' FROM usage_providers p`);
  await run(sql`INSERT INTO counter_reports (provider_id, member_id, report_id, release, begin_month, end_month, header, format, raw, via, actor)
    SELECT p.id, m.id, rep, '5.1', '2025-01-01', '2025-12-01', '{}'::jsonb, 'json', '', 'cli', 'bench'
    FROM usage_providers p CROSS JOIN (SELECT id FROM members ORDER BY id LIMIT 200) m CROSS JOIN (VALUES ('TR'), ('PR')) r(rep)`);
  await timed('TR facts', () => run(sql`INSERT INTO usage_facts (provider_id, member_id, counter_report_id, report_id, family, counted, month, item_id, metric_type, data_type, access_type, access_method, count)
    SELECT r.provider_id, r.member_id, r.id, 'TR', 'TR', true, mo::date, i.id, mt.metric, 'Journal', at.t, 'Regular',
      ((r.member_id * 37 + i.id * 11 + extract(month FROM mo)::int * 5 + mt.k * 3) % 40) + mt.k
    FROM counter_reports r JOIN usage_items i ON i.provider_id = r.provider_id AND i.kind = 'TITLE'
    CROSS JOIN generate_series('2025-01-01'::date, '2025-12-01'::date, '1 month') mo
    CROSS JOIN (VALUES ('Total_Item_Investigations', 4), ('Total_Item_Requests', 3), ('Unique_Item_Investigations', 2), ('Unique_Item_Requests', 1)) mt(metric, k)
    CROSS JOIN (VALUES ('Controlled'), ('OA_Gold')) at(t)
    WHERE r.report_id = 'TR'`));
  await timed('TR denials', () => run(sql`INSERT INTO usage_facts (provider_id, member_id, counter_report_id, report_id, family, counted, month, item_id, metric_type, data_type, access_type, access_method, count)
    SELECT r.provider_id, r.member_id, r.id, 'TR', 'TR', true, mo::date, i.id, mt.metric, 'Journal', 'Controlled', 'Regular', (r.member_id + i.id + extract(month FROM mo)::int) % 9
    FROM counter_reports r JOIN usage_items i ON i.provider_id = r.provider_id AND i.kind = 'TITLE' AND i.key LIKE ANY (ARRAY['%-1', '%-2', '%-3', '%-4', '%-5', '%-6', '%-7', '%-8', '%-9', '%-10'])
    CROSS JOIN generate_series('2025-01-01'::date, '2025-12-01'::date, '1 month') mo
    CROSS JOIN (VALUES ('No_License'), ('Limit_Exceeded')) mt(metric)
    WHERE r.report_id = 'TR'`));
  await timed('PR facts', () => run(sql`INSERT INTO usage_facts (provider_id, member_id, counter_report_id, report_id, family, counted, month, item_id, metric_type, access_method, count)
    SELECT r.provider_id, r.member_id, r.id, 'PR', 'PR', true, mo::date, i.id, mt.metric, 'Regular', 200 + (r.member_id * 13 + extract(month FROM mo)::int * 7 + mt.k * 29) % 900
    FROM counter_reports r JOIN usage_items i ON i.provider_id = r.provider_id AND i.kind = 'PLATFORM'
    CROSS JOIN generate_series('2025-01-01'::date, '2025-12-01'::date, '1 month') mo
    CROSS JOIN (VALUES ('Total_Item_Investigations', 4), ('Total_Item_Requests', 3), ('Unique_Item_Investigations', 2), ('Unique_Item_Requests', 1)) mt(metric, k)
    WHERE r.report_id = 'PR'`));
  await run(sql`SET session_replication_role = origin`);
}

/**
 * refreshUsageRollups(db, 'ALL') as a bulk load does it: the rollup's key and indexes dropped first and
 * rebuilt after (as bench/load.ts does for its tables), and memory enough for an in-memory hash aggregate.
 */
async function buildRollup(db: Database['db']): Promise<void> {
  const indexes = await queryRows<{ def: string }>(db, sql`SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i WHERE i.indrelid = 'usage_monthly'::regclass AND NOT i.indisprimary`);
  const [pk] = await queryRows<{ name: string; def: string }>(db, sql`SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'usage_monthly'::regclass AND contype = 'p'`);
  await db.execute(sql.raw(`ALTER TABLE usage_monthly DROP CONSTRAINT "${pk.name}"`)); // usage_monthly_items is small: it keeps its indexes
  for (const ix of indexes) await db.execute(sql.raw(`DROP INDEX ${/INDEX (\S+) ON/.exec(ix.def)![1]}`));
  await db.execute(sql`SET work_mem = '2GB'`);
  await timed('rollup (refreshUsageRollups ALL)', () => refreshUsageRollups(db, 'ALL'));
  await db.execute(sql`SET maintenance_work_mem = '1GB'`);
  await timed('rollup key and indexes', async () => {
    await db.execute(sql.raw(`ALTER TABLE usage_monthly ADD CONSTRAINT "${pk.name}" ${pk.def}`));
    for (const ix of indexes) await db.execute(sql.raw(ix.def));
  });
  await db.execute(sql`RESET work_mem`);
  await timed('VACUUM ANALYZE', () => db.execute(sql`VACUUM (ANALYZE) usage_monthly, usage_monthly_items, usage_facts, holdings`)); // the visibility map, for index-only scans
}

interface Question {
  name: string;
  run: (db: Database['db']) => Promise<unknown>;
}

async function main(): Promise<void> {
  const started = Date.now();
  log(`load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
  await ensureBenchData(URL_, { members: 200, records: 200_000, holdings: 1_000_000 });
  let database = await openDatabase({ url: URL_, poolMax: 1, statementTimeoutMs: 3_600_000 });
  const [{ loaded, rolled }] = await queryRows<{ loaded: boolean; rolled: boolean }>(database.db, sql`SELECT EXISTS (SELECT 1 FROM usage_facts) AS loaded, EXISTS (SELECT 1 FROM usage_monthly) AS rolled`);
  if (loaded) log('reusing the usage facts already in the database (a BENCH_KEEP=1 or interrupted run)');
  else await generate(database.db);
  if (!rolled) await buildRollup(database.db);
  // the collection-overlap summary, as the first question after a holdings import would rebuild it (stale after the load)
  const overlap = await timed('collection-overlap summary (refreshCollectionOverlap, if stale)', () => refreshCollectionOverlap(database.db, { onlyIfStale: true }));
  if (overlap.rebuilt) await database.db.execute(sql`VACUUM (ANALYZE) collection_overlap_members, collection_overlap_pairs`);
  const overlapSeconds = overlap.refreshMs / 1000;
  const [{ facts }] = await queryRows<{ facts: string }>(database.db, sql`SELECT count(*)::text AS facts FROM usage_facts`);
  const [{ rollup }] = await queryRows<{ rollup: string }>(database.db, sql`SELECT count(*)::text AS rollup FROM usage_monthly`);
  const [{ resource }] = await queryRows<{ resource: number }>(database.db, sql`SELECT min(id) AS resource FROM resources WHERE name LIKE 'Bench resource %'`);
  const [{ period }] = await queryRows<{ period: number }>(database.db, sql`SELECT min(p.id) AS period FROM agreement_periods p JOIN agreements a ON a.id = p.agreement_id WHERE a.name LIKE 'Bench deal %'`);
  const codes = (await queryRows<{ code: string }>(database.db, sql`SELECT code FROM members ORDER BY id LIMIT 5`)).map((r) => r.code);
  log(`${facts} facts, ${rollup} rollup rows`);
  const r = toGlobalId('Resource', Number(resource));
  const year = { from: '2025-01-01', to: '2025-12-31' };
  const questions: Question[] = [
    { name: 'usageTotals consortium by MONTH (PR, 1 metric)', run: (db) => usageTotals(db, ANALYST, { ...year, metricTypes: ['Unique_Item_Requests'] }, ['MONTH']) },
    { name: 'usageTotals one member by RESOURCE, YEAR', run: (db) => usageTotals(db, ANALYST, { ...year, memberCode: codes[0] }, ['RESOURCE', 'YEAR']) },
    { name: 'usageTotals one resource by TITLE (TR)', run: (db) => usageTotals(db, ANALYST, { ...year, resourceId: r, metricTypes: ['Unique_Item_Requests'] }, ['TITLE']) },
    { name: 'usageTotals one resource by MEMBER, MONTH', run: (db) => usageTotals(db, ANALYST, { ...year, resourceId: r, metricTypes: ['Total_Item_Requests'] }, ['MEMBER']) },
    { name: 'topTitles one resource, 10', run: (db) => topTitles(db, ANALYST, { ...year, resourceId: r }, 10) },
    { name: 'usageDenials one resource, 20', run: (db) => usageDenials(db, ANALYST, { ...year, resourceId: r }, null, 20) },
    { name: 'costPerUse one period (200 members)', run: (db) => costPerUseOfPeriod(db, ANALYST, toGlobalId('AgreementPeriod', Number(period)), null) },
    { name: 'collectionOverlap 5 members (1M holdings)', run: (db) => collectionOverlap(db, ANALYST, codes) },
    { name: 'allianceEvaluation 2026 (10 deals)', run: (db) => allianceEvaluation(db, ANALYST, 2026, 1000, null) },
    { name: '(not in README) topTitles consortium-wide', run: (db) => topTitles(db, ANALYST, year, 10) },
  ];
  const results: { name: string; first: number; median: number }[] = [];
  for (const q of questions) {
    await database.close();
    if (RESTART) await restartServer();
    database = await openDatabase({ url: URL_, poolMax: 1, statementTimeoutMs: 600_000 }); // a new backend
    await database.db.execute(sql`DISCARD ALL`);
    let t = performance.now();
    await q.run(database.db);
    const first = performance.now() - t;
    const later: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      await q.run(database.db);
      later.push(performance.now() - t);
    }
    results.push({ name: q.name, first: round(first / 1000, 3), median: round(median(later) / 1000, 3) });
    log(`${q.name}: first ${(first / 1000).toFixed(3)} s, median ${(median(later) / 1000).toFixed(3)} s`);
  }
  const explain = async (q: ReturnType<typeof sql>) => (await queryRows<{ 'QUERY PLAN': string }>(database.db, sql`EXPLAIN (ANALYZE, BUFFERS) ${q}`)).map((p) => p['QUERY PLAN']).join('\n');
  // the statements usageDenials and collectionOverlap send (usage-analytics.service.ts), with the bench's values
  const denialsPlan = await explain(sql`SELECT b.item_id AS item_id, min(coalesce(i.title, i.database, i.item, i.platform)) AS title, b.member_id AS member_id, b.metric_type AS metric_type, min(b.family) AS family, sum(b.count)::text AS count
    FROM (SELECT provider_id, member_id, item_id, family, metric_type, month, count FROM usage_monthly
      WHERE family = 'TR' AND access_method = 'Regular' AND metric_type = ANY('{No_License,Limit_Exceeded}'::text[]) AND month >= '2025-01-01'::date AND month <= '2025-12-31'::date
        AND item_id IN (SELECT i.id FROM usage_items i JOIN usage_providers p ON p.id = i.provider_id WHERE coalesce(i.resource_id, p.resource_id) = ANY(${`{${Number(resource)}}`}::int[]))) b
    JOIN usage_items i ON i.id = b.item_id JOIN usage_providers p ON p.id = b.provider_id
    GROUP BY b.item_id, b.member_id, b.metric_type ORDER BY sum(b.count) DESC, b.item_id, b.member_id, b.metric_type LIMIT 21`);
  const memberIds = (await queryRows<{ id: number }>(database.db, sql`SELECT id FROM members WHERE code IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))`)).map((m) => Number(m.id));
  const overlapPlan = await explain(sql`WITH m AS (SELECT id, code FROM members WHERE id = ANY(${`{${memberIds.join(',')}}`}::int[]))
      SELECT 'member' AS kind, m.id AS a, NULL::int AS b, m.code AS a_code, NULL::text AS b_code,
          coalesce((SELECT s.records FROM collection_overlap_members s WHERE s.member_id = m.id), 0) AS n,
          coalesce((SELECT s.unique_records FROM collection_overlap_members s WHERE s.member_id = m.id), 0) AS u
        FROM m
      UNION ALL
      SELECT 'pair', ma.id, mb.id, ma.code, mb.code, coalesce((SELECT p.shared FROM collection_overlap_pairs p WHERE p.member_id = ma.id AND p.other_id = mb.id), 0), NULL
        FROM m ma JOIN m mb ON mb.id <> ma.id
      ORDER BY 1, 4, 5`);
  const plan = await queryRows<{ 'QUERY PLAN': string }>(
    database.db,
    sql`EXPLAIN (ANALYZE, BUFFERS) SELECT b.member_id, b.metric_type, sum(b.count) FROM usage_monthly b WHERE b.family = 'PR' AND b.access_method = 'Regular'
      AND b.metric_type IN ('Total_Item_Requests') AND b.month >= '2025-01-01' AND b.month <= '2025-12-31'
      AND b.item_id IN (SELECT i.id FROM usage_items i JOIN usage_providers p ON p.id = i.provider_id WHERE coalesce(i.resource_id, p.resource_id) = ${Number(resource)})
      GROUP BY b.member_id, b.metric_type ORDER BY 1, 2 LIMIT 5001`,
  );
  await database.close();
  process.stdout.write(`\nUsage analytics at ${Number(facts).toLocaleString('en')} facts (${Number(rollup).toLocaleString('en')} rollup rows), PostgreSQL server, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n`);
  process.stdout.write(`| question | first run (${RESTART ? 'after a server restart' : 'new connection'}) s | median of 5 s |\n|---|---:|---:|\n`);
  for (const x of results) process.stdout.write(`| ${x.name} | ${x.first.toFixed(3)} | ${x.median.toFixed(3)} |\n`);
  process.stdout.write(`\nEXPLAIN ANALYZE, one resource by member (per-member rollup):\n${plan.map((p) => p['QUERY PLAN']).join('\n')}\n`);
  process.stdout.write(`\nEXPLAIN ANALYZE, usageDenials one resource by title and member:\n${denialsPlan}\n`);
  process.stdout.write(`\nEXPLAIN ANALYZE, collectionOverlap 5 members (from the summary):\n${overlapPlan}\n`);
  process.stdout.write(`\ncollection-overlap summary: last rebuilt in ${overlapSeconds.toFixed(1)} s (${overlap.rebuilt ? 'by this run' : 'by an earlier run'}; the first question after a holdings write pays it)\n`);
  await dropUnlessKept(URL_, log);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`${JSON.stringify({ facts: Number(facts), rollup: Number(rollup), overlapSummarySeconds: overlapSeconds, firstRun: RESTART ? "after a server restart" : "new connection", results })}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
