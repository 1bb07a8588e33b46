/**
 * `npx tsx bench/counter-store.ts`: stores one large synthetic COUNTER TR report on the PostgreSQL
 * server (a fresh database, migrated, one member) and times storeCounterReport, twice: the first
 * load, then the same report again (a re-load replaces: deletes the months' facts and writes them
 * anew). Shape: BENCH_COUNTER_ITEMS titles (100,000) × 2 metric types × BENCH_COUNTER_MONTHS months
 * (12), every count > 0, so facts = items × 2 × months (2,400,000 by default). Prints the times, the
 * facts per second and the process's peak RSS; the last line of stdout is one JSON object.
 *
 * Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_counter),
 * BENCH_COUNTER_ITEMS, BENCH_COUNTER_MONTHS, BENCH_COUNTER_METRICS (1 or 2).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { SYSTEM_VIEWER } from '../src/auth/viewer.js';
import { openDatabase } from '../src/db/database.js';
import type { CounterItem, CounterReadResult } from '../src/importers/counter/counter-types.js';
import { members } from '../src/modules/members/index.js';
import { storeCounterReport } from '../src/modules/usage/index.js';
import { intEnv, recreateDatabase } from './bench-env.js';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_counter';
const ITEMS = intEnv('BENCH_COUNTER_ITEMS', 100_000);
const MONTHS = Math.min(intEnv('BENCH_COUNTER_MONTHS', 12), 12);
const METRICS = ['Total_Item_Requests', 'Unique_Item_Requests'].slice(0, Math.min(intEnv('BENCH_COUNTER_METRICS', 2), 2));
const log = (m: string) => process.stderr.write(`[bench:counter] ${m}\n`);

/** An ISSN with a right check digit for the 7 digits of n. */
function issn(n: number): string {
  const d = String(n % 10_000_000).padStart(7, '0');
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(d[i]) * (8 - i);
  const c = (11 - (sum % 11)) % 11;
  return `${d.slice(0, 4)}-${d.slice(4)}${c === 10 ? 'X' : c}`;
}

function syntheticReport(): CounterReadResult {
  const months = Array.from({ length: MONTHS }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-01`);
  const items: CounterItem[] = [];
  for (let n = 0; n < ITEMS; n++) {
    for (const metricType of METRICS) {
      items.push({
        row: items.length + 15, customerId: null, institutionName: null, platform: 'Bench Platform', database: null, title: `Journal ${n}`, item: null, publisher: 'Bench Publisher',
        ids: { doi: `10.9999/bench.${n}`, proprietary: `bench:${n}`, isbn: null, printIssn: null, onlineIssn: issn(n + 1), linkingIssn: null, uri: null },
        dataType: 'Journal', sectionType: null, accessType: 'Controlled', accessMethod: 'Regular', yop: null, metricType,
        counts: months.map((month, i) => ({ month, count: 1 + ((n * 7 + i) % 50) })),
      });
    }
  }
  return {
    format: 'tsv', rowsRead: items.length, rejected: [], items,
    header: {
      release: '5.1', reportId: 'TR', reportName: 'Title Report', institutionName: 'Bench Library', institutionIds: [{ type: 'ISIL', value: 'CN-BENCH-1' }], customerId: null,
      begin: months[0], end: months.at(-1)!, created: null, createdBy: 'Bench Provider', filters: {}, attributes: {}, exceptions: [],
    },
  };
}

await recreateDatabase(url);
const database = await openDatabase({ url, poolMax: 2, statementTimeoutMs: 600_000 });
try {
  await database.migrate();
  await database.db.insert(members).values({ code: 'CN-BENCH-1', name: 'Bench Library', type: 'UNIVERSITY' });
  const read = syntheticReport();
  log(`report: ${ITEMS} titles × ${METRICS.length} metrics × ${MONTHS} months`);
  const times: number[] = [];
  let facts = 0;
  for (const run of ['first load', 're-load (replaces)']) {
    const started = performance.now();
    const s = await storeCounterReport(database.db, SYSTEM_VIEWER, read, { fileName: 'bench.tsv', raw: '', via: 'cli', actor: 'bench', onProgress: (m) => log(`  ${m}`) });
    const secs = (performance.now() - started) / 1000;
    times.push(secs);
    facts = s.factsStored;
    log(`${run}: ${s.factsStored} facts in ${secs.toFixed(1)} s (${Math.round(s.factsStored / secs)} facts/s)`);
  }
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  log(`peak RSS ${rssMb} MB`);
  process.stdout.write(`${JSON.stringify({ items: ITEMS, months: MONTHS, metrics: METRICS.length, facts, firstLoadSeconds: Number(times[0].toFixed(1)), reloadSeconds: Number(times[1].toFixed(1)), peakRssMb: rssMb })}\n`);
} finally {
  await database.close();
}
