/**
 * The load driver, run as its own process (node --import tsx bench/driver.ts) so that it never shares
 * an event loop with the server. Configuration comes in BENCH_DRIVER_CONFIG (JSON, see DriverConfig);
 * progress goes to stderr and the results, one JSON object, are the last line of stdout.
 *
 * Both sides walk the same pre-generated sequence of ISBNs that exist in the data, at the same
 * concurrency, for the same time: GraphQL (undici Pool, keep-alive, one connection per worker) and
 * one prepared SQL statement (postgres.js, pool of the same size). Runs alternate G, S, G, S, …
 */
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { Pool } from 'undici';
import { percentile, type RunResult } from './stats.js';
import { BENCH_SEED, Rng } from './prng.js';
import { WHO_HOLDS_SQL, WHO_HOLDS_SQL_NAME, type WhoHoldsRow } from './who-holds-sql.js';

export interface DriverConfig {
  graphqlUrl: string;
  databaseUrl: string;
  seconds: number;
  warmupSeconds: number;
  concurrency: number;
  runs: number;
  sequenceLength: number;
}

export interface DriverOutput {
  runs: RunResult[];
  sqlVariant: string;
  isbnsInData: number;
  sequenceLength: number;
}

export const WHO_HOLDS_QUERY =
  'query WhoHolds($isbn: String!) { records(first: 1, filter: { isbn: $isbn }) { edges { node { title holdings(first: 10) { edges { node { available lendable member { code name } } } } } } } }';

interface WhoHoldsResponse {
  data?: {
    records: { edges: { node: { title: string; holdings: { edges: { node: { available: number; lendable: boolean; member: { code: string; name: string } } }[] } } }[] };
  } | null;
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
    // the sequence: ISBNs drawn (seeded) from those in the data, fixed before any timing
    const all = (await sql<{ value: string }[]>`SELECT value FROM record_identifiers WHERE scheme = 'isbn' ORDER BY value`).map((r) => r.value);
    if (all.length === 0) throw new Error('no ISBNs in the bench database');
    const rng = new Rng(BENCH_SEED ^ 0x6666);
    const sequence = Array.from({ length: config.sequenceLength }, () => rng.pick(all));
    log(`${sequence.length.toLocaleString('en')} ISBNs drawn from ${all.length.toLocaleString('en')}; SQL baseline: "${WHO_HOLDS_SQL_NAME}"`);

    const graphql = async (isbn: string): Promise<WhoHoldsResponse> => {
      const { statusCode, body } = await pool.request({
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: WHO_HOLDS_QUERY, variables: { isbn }, operationName: 'WhoHolds' }),
      });
      const json = (await body.json()) as WhoHoldsResponse;
      if (statusCode !== 200 || json.errors?.length || json.data?.records.edges.length !== 1) {
        throw new Error(`GraphQL ${statusCode} for ${isbn}: ${JSON.stringify(json).slice(0, 300)}`);
      }
      return json;
    };
    const sqlSide = (isbn: string): Promise<WhoHoldsRow[]> => WHO_HOLDS_SQL(sql, isbn);

    await checkSameAnswers(sequence.slice(0, 50), graphql, sqlSide);

    const timed = async (side: RunResult['side'], run: number, seconds: number, op: (isbn: string) => Promise<unknown>): Promise<RunResult> => {
      const latencies: number[] = [];
      let errors = 0;
      let firstError: unknown = null;
      let next = 0;
      const started = performance.now();
      const deadline = started + seconds * 1000;
      await Promise.all(
        Array.from({ length: config.concurrency }, async () => {
          while (performance.now() < deadline) {
            const isbn = sequence[next++ % sequence.length];
            const t0 = performance.now();
            try {
              await op(isbn);
              latencies.push(performance.now() - t0);
            } catch (err) {
              errors++;
              firstError ??= err;
            }
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      const sorted = Float64Array.from(latencies).sort();
      const result: RunResult = {
        side, run, seconds: elapsed, requests: latencies.length, errors,
        rps: latencies.length / elapsed, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99),
      };
      if (run > 0) log(`${side.padEnd(7)} run ${run}: ${result.rps.toFixed(0)} rps, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${errors} errors`);
      if (firstError) log(`first ${side} error: ${String((firstError as Error).message ?? firstError)}`);
      return result;
    };

    if (config.warmupSeconds > 0) {
      log(`warming up both sides (${config.warmupSeconds} s each)`);
      await timed('graphql', 0, config.warmupSeconds, graphql);
      await timed('sql', 0, config.warmupSeconds, sqlSide);
    }
    const runs: RunResult[] = [];
    for (let run = 1; run <= config.runs; run++) {
      runs.push(await timed('graphql', run, config.seconds, graphql));
      runs.push(await timed('sql', run, config.seconds, sqlSide));
    }
    const output: DriverOutput = { runs, sqlVariant: WHO_HOLDS_SQL_NAME, isbnsInData: all.length, sequenceLength: sequence.length };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } finally {
    await pool.close();
    await sql.end({ timeout: 5 });
  }
}

/** Both sides must give the same answer before their speed is compared. */
async function checkSameAnswers(isbns: string[], graphql: (isbn: string) => Promise<WhoHoldsResponse>, sqlSide: (isbn: string) => Promise<WhoHoldsRow[]>): Promise<void> {
  for (const isbn of isbns) {
    const g = await graphql(isbn);
    const node = g.data?.records.edges[0]?.node;
    const fromGraphql = JSON.stringify([node?.title, node?.holdings.edges.map((e) => [e.node.available, e.node.lendable, e.node.member.code, e.node.member.name])]);
    const rows = await sqlSide(isbn);
    const fromSql = JSON.stringify([rows[0]?.title, rows.filter((r) => r.code !== null).map((r) => [r.available, r.lendable, r.code, r.name])]);
    if (fromGraphql !== fromSql) throw new Error(`GraphQL and SQL disagree for ISBN ${isbn}:\n  graphql ${fromGraphql}\n  sql     ${fromSql}`);
  }
  log(`GraphQL and SQL give the same answers for ${isbns.length} ISBNs`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`[driver] ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
