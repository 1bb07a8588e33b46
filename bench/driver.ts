/**
 * The load driver, run as its own process (node --import tsx bench/driver.ts) so that it never shares
 * an event loop with the server. Configuration comes in BENCH_DRIVER_CONFIG (JSON, see DriverConfig);
 * progress goes to stderr and the results, one JSON object, are the last line of stdout.
 *
 * Each workload (bench/workloads.ts: plain who-holds, the same with a named fragment, the examples'
 * read queries mixed) walks a pre-generated sequence of requests drawn from the data, on both sides at
 * the same concurrency for the same time: GraphQL (undici Pool, keep-alive, one connection per worker)
 * and its SQL (postgres.js, prepared statements, pool of the same size). Before any timing, both sides
 * must give the same answers. Runs alternate G, S per workload, round after round.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { Pool } from 'undici';
import { percentile, type RunResult } from './stats.js';
import { BENCH_SEED } from './prng.js';
import { WHO_HOLDS_SQL_NAME } from './who-holds-sql.js';
import { canonical, exampleQueries, pickData, requests, type Request, type WorkloadName } from './workloads.js';

export { WHO_HOLDS_QUERY } from './workloads.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface DriverConfig {
  graphqlUrl: string;
  databaseUrl: string;
  seconds: number;
  warmupSeconds: number;
  concurrency: number;
  runs: number;
  sequenceLength: number;
  workloads: WorkloadName[];
}

export interface DriverOutput {
  runs: RunResult[];
  sqlVariant: string;
  isbnsInData: number;
  sequenceLength: number;
  /** the examples in the mixed workload, by operation name */
  examples: string[];
}

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string }[];
}

const log = (m: string) => process.stderr.write(`[driver] ${m}\n`);

function readConfig(): DriverConfig {
  const raw = process.env.BENCH_DRIVER_CONFIG;
  if (!raw) throw new Error('BENCH_DRIVER_CONFIG is not set: run this through `npm run bench`');
  return JSON.parse(raw) as DriverConfig;
}

async function main(): Promise<void> {
  const config = readConfig();
  const sql = postgres(config.databaseUrl, { max: config.concurrency, onnotice: () => {} }); // prepare: true is postgres.js' default
  const url = new URL(config.graphqlUrl);
  const pool = new Pool(url.origin, { connections: config.concurrency, pipelining: 1, keepAliveTimeout: 60_000 });
  try {
    const data = await pickData(sql);
    const examples = exampleQueries(ROOT);
    const sequences = new Map<WorkloadName, Request[]>();
    for (const [i, name] of config.workloads.entries()) {
      sequences.set(name, requests(name, data, examples, name === 'mixed' ? Math.min(config.sequenceLength, 20_000) : config.sequenceLength, (BENCH_SEED ^ 0x6666) + i));
    }
    log(`${data.isbns.length.toLocaleString('en')} ISBNs, ${data.issns.length.toLocaleString('en')} ISSNs in the data; workloads ${config.workloads.join(', ')}; ` +
      `mixed: ${examples.map((e) => `${e.file} (${e.operation})`).join(', ')}; who-holds SQL baseline "${WHO_HOLDS_SQL_NAME}"`);

    const graphql = async (r: Request): Promise<unknown> => {
      const { statusCode, body } = await pool.request({
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: r.query, variables: r.variables, operationName: r.operation }),
      });
      const json = (await body.json()) as GraphQLResponse;
      if (statusCode !== 200 || json.errors?.length || !json.data) {
        throw new Error(`GraphQL ${statusCode} for ${r.operation} ${JSON.stringify(r.variables)}: ${JSON.stringify(json).slice(0, 300)}`);
      }
      return json.data;
    };
    const sqlSide = (r: Request): Promise<unknown> => r.sql(sql);

    for (const [name, sequence] of sequences) await checkSameAnswers(name, sequence.slice(0, name === 'mixed' ? 100 : 50), graphql, sqlSide);

    const timed = async (workload: WorkloadName, side: RunResult['side'], run: number, seconds: number, op: (r: Request) => Promise<unknown>): Promise<RunResult> => {
      const sequence = sequences.get(workload)!;
      const latencies: number[] = [];
      let errors = 0;
      let firstError: unknown = null;
      let next = 0;
      // the driver's own CPU over the run: what sending and reading each side's requests costs this process
      const cpu0 = process.cpuUsage();
      const started = performance.now();
      const deadline = started + seconds * 1000;
      await Promise.all(
        Array.from({ length: config.concurrency }, async () => {
          while (performance.now() < deadline) {
            const request = sequence[next++ % sequence.length];
            const t0 = performance.now();
            try {
              await op(request);
              latencies.push(performance.now() - t0);
            } catch (err) {
              errors++;
              firstError ??= err;
            }
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const driverCpuUs = (cpu.user + cpu.system) / Math.max(1, latencies.length);
      const sorted = Float64Array.from(latencies).sort();
      const result: RunResult = {
        workload, side, run, seconds: elapsed, requests: latencies.length, errors,
        rps: latencies.length / elapsed, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99),
        driverCpuUs,
      };
      if (run > 0) log(`${workload.padEnd(8)} ${side.padEnd(7)} run ${run}: ${result.rps.toFixed(0)} rps, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${errors} errors, driver CPU ${driverCpuUs.toFixed(0)} µs a request`);
      if (firstError) log(`first ${workload} ${side} error: ${String((firstError as Error).message ?? firstError)}`);
      return result;
    };

    if (config.warmupSeconds > 0) {
      log(`warming up both sides of each workload (${config.warmupSeconds} s each)`);
      for (const name of config.workloads) {
        await timed(name, 'graphql', 0, config.warmupSeconds, graphql);
        await timed(name, 'sql', 0, config.warmupSeconds, sqlSide);
      }
    }
    const runs: RunResult[] = [];
    for (let run = 1; run <= config.runs; run++) {
      for (const name of config.workloads) {
        runs.push(await timed(name, 'graphql', run, config.seconds, graphql));
        runs.push(await timed(name, 'sql', run, config.seconds, sqlSide));
      }
    }
    const output: DriverOutput = { runs, sqlVariant: WHO_HOLDS_SQL_NAME, isbnsInData: data.isbns.length, sequenceLength: config.sequenceLength, examples: examples.map((e) => e.operation) };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } finally {
    await pool.close();
    await sql.end({ timeout: 5 });
  }
}

/** Both sides must give the same answer before their speed is compared. */
async function checkSameAnswers(name: WorkloadName, sample: Request[], graphql: (r: Request) => Promise<unknown>, sqlSide: (r: Request) => Promise<unknown>): Promise<void> {
  for (const r of sample) {
    const data = await graphql(r);
    const fromGraphql = canonical(r.fromGraphql ? r.fromGraphql(data) : data);
    const fromSql = canonical(await sqlSide(r));
    if (fromGraphql !== fromSql) {
      throw new Error(`${name}: GraphQL and SQL disagree for ${r.operation} ${JSON.stringify(r.variables)}:\n  graphql ${fromGraphql.slice(0, 1500)}\n  sql     ${fromSql.slice(0, 1500)}`);
    }
  }
  log(`${name}: GraphQL and SQL give the same answers for ${sample.length} requests`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`[driver] ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
