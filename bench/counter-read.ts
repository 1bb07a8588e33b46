/**
 * Read speed of readCounterReport on a large synthetic COUNTER R5.1 Title Report, built in memory
 * (nothing is written to disk): N body rows × 12 months, as TSV and as the same report in JSON.
 * Shape: N / 10 titles × 2 attribute sets (YOP 2021, 2022; Controlled, Regular) × 5 metrics
 * (Total/Unique_Item_Investigations, Total/Unique_Item_Requests, No_License); every count 0–5,000.
 * Checks that both forms read clean into the same item count and totals, then prints, per form, the
 * best of 3 reads: rows/s and MB/s by wall time and by the process's CPU time (user + system: GC
 * threads count, other processes do not, so it moves less on a shared machine), the input size, and
 * the load average before and after.
 *
 *   npx tsx bench/counter-read.ts             # 100,000 rows
 *   npx tsx bench/counter-read.ts --rows 250000
 */
import { loadavg } from 'node:os';
import { readCounterReport } from '../src/importers/counter/index.js';
import type { CounterReadResult } from '../src/importers/counter/index.js';
import { Rng } from './prng.js';

const args = process.argv.slice(2);
const at = args.indexOf('--rows');
const ROWS = at >= 0 && Number(args[at + 1]) > 0 ? Math.ceil(Number(args[at + 1]) / 10) * 10 : 100_000;
const RUNS = 3;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`);
const HEADINGS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) => `${m}-2022`);
const METRICS = ['Total_Item_Investigations', 'Total_Item_Requests', 'Unique_Item_Investigations', 'Unique_Item_Requests', 'No_License'];
const YOPS = ['2021', '2022'];

interface Title {
  n: number;
  counts: number[][][]; // [yop][metric][month]
}

function titles(): Title[] {
  const rng = new Rng(0xc0_2022);
  return Array.from({ length: ROWS / 10 }, (_, n) => ({
    n,
    counts: YOPS.map(() => METRICS.map(() => MONTHS.map(() => rng.int(0, 5000)))),
  }));
}

const issn = (n: number) => `${String(1000 + (n % 9000))}-${String(n % 10000).padStart(4, '0')}`;

function buildTsv(ts: Title[]): string {
  const header = [
    'Report_Name\tTitle Report', 'Report_ID\tTR', 'Release\t5.1', 'Institution_Name\tBench Consortium',
    'Institution_ID\tISNI:1234123412341234', 'Metric_Types\t', 'Report_Filters\t',
    'Report_Attributes\tAttributes_To_Show=YOP|Access_Type|Access_Method', 'Exceptions\t',
    'Reporting_Period\tBegin_Date=2022-01-01; End_Date=2022-12-31', 'Created\t2023-01-15T09:00:00Z',
    'Created_By\tBench Publisher', 'Registry_Record\thttps://registry.countermetrics.org/platform/bench', '',
    ['Title', 'Publisher', 'Publisher_ID', 'Platform', 'DOI', 'Proprietary_ID', 'ISBN', 'Print_ISSN', 'Online_ISSN', 'URI',
      'Data_Type', 'YOP', 'Access_Type', 'Access_Method', 'Metric_Type', 'Reporting_Period_Total', ...HEADINGS].join('\t'),
  ];
  const parts: string[] = [header.join('\n'), '\n'];
  for (const t of ts) {
    const ids = `Journal of Bench Studies ${t.n}\tBench Publisher\tISNI:4321432143214321\tBench Platform\t10.9999/bench.${t.n}\tBP:${t.n}\t\t\t${issn(t.n)}\thttps://doi.org/10.9999/bench.${t.n}\tJournal`;
    YOPS.forEach((yop, y) => {
      METRICS.forEach((metric, m) => {
        const c = t.counts[y][m];
        parts.push(`${ids}\t${yop}\tControlled\tRegular\t${metric}\t${c.reduce((s, x) => s + x, 0)}\t${c.join('\t')}\n`);
      });
    });
  }
  return parts.join('');
}

function buildJson(ts: Title[]): string {
  const items = ts.map((t) => ({
    Title: `Journal of Bench Studies ${t.n}`,
    Publisher: 'Bench Publisher',
    Publisher_ID: { ISNI: ['4321432143214321'] },
    Platform: 'Bench Platform',
    Item_ID: { DOI: `10.9999/bench.${t.n}`, Proprietary: `BP:${t.n}`, Online_ISSN: issn(t.n), URI: `https://doi.org/10.9999/bench.${t.n}` },
    Attribute_Performance: YOPS.map((yop, y) => ({
      Data_Type: 'Journal',
      YOP: yop,
      Access_Type: 'Controlled',
      Access_Method: 'Regular',
      Performance: Object.fromEntries(METRICS.map((metric, m) => [metric, Object.fromEntries(MONTHS.flatMap((month, k) => (t.counts[y][m][k] > 0 ? [[month, t.counts[y][m][k]]] : [])))])),
    })),
  }));
  return JSON.stringify({
    Report_Header: {
      Release: '5.1', Report_ID: 'TR', Report_Name: 'Title Report', Created: '2023-01-15T09:00:00Z', Created_By: 'Bench Publisher',
      Institution_ID: { ISNI: ['1234123412341234'] }, Institution_Name: 'Bench Consortium',
      Registry_Record: 'https://registry.countermetrics.org/platform/bench',
      Report_Attributes: { Attributes_To_Show: ['YOP', 'Access_Type', 'Access_Method'] },
      Report_Filters: { Begin_Date: '2022-01-01', End_Date: '2022-12-31' },
    },
    Report_Items: items,
  });
}

function totals(r: CounterReadResult): string {
  const out: Record<string, number> = {};
  for (const i of r.items) for (const c of i.counts) out[i.metricType] = (out[i.metricType] ?? 0) + c.count;
  return JSON.stringify(Object.entries(out).sort());
}

/** Best of RUNS reads: wall seconds, and CPU seconds of this process (user + system), which a busy machine inflates less. */
function measure(label: string, bytes: Buffer): { result: CounterReadResult; best: number; bestCpu: number } {
  let best = Infinity;
  let bestCpu = Infinity;
  let result: CounterReadResult | null = null;
  for (let run = 0; run < RUNS; run++) {
    if (global.gc) global.gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = readCounterReport(bytes);
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    best = Math.min(best, s);
    bestCpu = Math.min(bestCpu, cpu);
    console.log(`  ${label} run ${run + 1}: ${s.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`);
  }
  if (!result) throw new Error('no run');
  return { result, best, bestCpu };
}

const ts = titles();
const tsv = Buffer.from(buildTsv(ts), 'utf8');
const json = Buffer.from(buildJson(ts), 'utf8');
console.log(`synthetic R5.1 TR: ${ROWS.toLocaleString('en')} rows × 12 months; TSV ${(tsv.length / 1e6).toFixed(1)} MB, JSON ${(json.length / 1e6).toFixed(1)} MB; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const figures: Record<string, number> = { rows: ROWS };
const seen: string[] = [];
for (const [label, bytes] of [['tsv', tsv], ['json', json]] as const) {
  const { result, best, bestCpu } = measure(label, bytes);
  if (result.rejected.length > 0 || result.items.length !== ROWS) {
    throw new Error(`${label}: ${result.items.length} items, ${result.rejected.length} rejected (first: ${JSON.stringify(result.rejected[0])})`);
  }
  seen.push(totals(result));
  const rowsPerS = ROWS / best;
  const mbPerS = bytes.length / 1e6 / best;
  console.log(`${label}: best ${best.toFixed(2)} s wall (${Math.round(rowsPerS).toLocaleString('en')} rows/s, ${mbPerS.toFixed(1)} MB/s), best ${bestCpu.toFixed(2)} s CPU (${Math.round(ROWS / bestCpu).toLocaleString('en')} rows/s, ${(bytes.length / 1e6 / bestCpu).toFixed(1)} MB/s)`);
  figures[`${label}_cpu_s`] = Number(bestCpu.toFixed(2));
  figures[`${label}_mb`] = Number((bytes.length / 1e6).toFixed(1));
  figures[`${label}_s`] = Number(best.toFixed(2));
  figures[`${label}_rows_per_s`] = Math.round(rowsPerS);
  figures[`${label}_mb_per_s`] = Number(mbPerS.toFixed(1));
}
if (seen[0] !== seen[1]) throw new Error(`TSV and JSON totals differ: ${seen[0]} vs ${seen[1]}`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(JSON.stringify(figures));
