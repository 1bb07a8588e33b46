/**
 * `npm run bench`: the GraphQL API over HTTP versus the best SQL for the same answers, same concurrency.
 * Three workloads (bench/workloads.ts): "who holds this ISBN?" written plainly, the same with a named
 * fragment (as Relay and code generators write it), and the read queries of examples/*.graphql mixed.
 *
 *  1. loads the synthetic consortium into BENCH_DATABASE_URL (bench/load.ts; a fresh database is
 *     created and loaded; one holding this very data set is reused unless BENCH_RELOAD=1),
 *  2. builds dist/ if it is stale and starts the real server (`node dist/cli.js serve`) as a child process,
 *  3. runs the load driver in a process of its own (bench/driver.ts): answers checked equal first, then
 *     GraphQL and SQL alternately for each workload, 3 rounds,
 *  4. prints a table, and as the last line of stdout one JSON object with the medians and the ratios
 *     (`ratio` is the plain who-holds one, as before; `ratio_fragment`, `ratio_mixed`).
 *
 * Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench), BENCH_MEMBERS (200),
 * BENCH_RECORDS (200000), BENCH_HOLDINGS (1000000), BENCH_SECONDS (10 per run and side), BENCH_WARMUP_SECONDS (3),
 * BENCH_RUNS (3), BENCH_CONCURRENCY (16), BENCH_WORKLOADS (plain,fragment,mixed), BENCH_BUILD (auto | always | skip),
 * BENCH_CPU_PROF (a folder: profile the server with node --cpu-prof into it).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DriverConfig, DriverOutput } from './driver.js';
import type { WorkloadName } from './workloads.js';
import { ensureBenchData } from './load.js';
import { ensureBuilt, startServerProcess, type ServerProcess } from './server-process.js';
import { median, round, type RunResult } from './stats.js';
import { intEnv } from './bench-env.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');


function runDriver(config: DriverConfig): Promise<DriverOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/driver.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_DRIVER_CONFIG: JSON.stringify(config) },
    });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code !== 0) return reject(new Error(`the load driver failed (${signal ? `signal ${signal}` : `exit ${code}`})`));
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last) as DriverOutput);
      } catch {
        reject(new Error(`the load driver printed no result: ${last.slice(0, 200)}`));
      }
    });
  });
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/sharegraph_bench';
  const sizes = { members: intEnv('BENCH_MEMBERS', 200), records: intEnv('BENCH_RECORDS', 200_000), holdings: intEnv('BENCH_HOLDINGS', 1_000_000, 0) };
  const concurrency = intEnv('BENCH_CONCURRENCY', 16);
  const seconds = intEnv('BENCH_SECONDS', 10);
  const workloads = (process.env.BENCH_WORKLOADS || 'plain,fragment,mixed').split(',').map((w) => w.trim()) as WorkloadName[];
  for (const w of workloads) if (!['plain', 'fragment', 'mixed'].includes(w)) throw new Error(`BENCH_WORKLOADS: unknown workload "${w}" (plain, fragment, mixed)`);
  if (!workloads.includes('plain')) throw new Error('BENCH_WORKLOADS must include plain (the last line\'s ratio)');
  const cpuProfDir = process.env.BENCH_CPU_PROF ? path.resolve(ROOT, process.env.BENCH_CPU_PROF) : null;
  if (cpuProfDir) fs.mkdirSync(cpuProfDir, { recursive: true });

  const load = await ensureBenchData(databaseUrl, sizes);
  const build = await ensureBuilt(ROOT);
  let server: ServerProcess | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`[bench] ${signal}: stopping the server\n`);
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let output: DriverOutput;
  const runStarted = Date.now();
  try {
    server = await startServerProcess({ root: ROOT, databaseUrl, poolMax: concurrency, cpuProfDir });
    output = await runDriver({
      graphqlUrl: server.url,
      databaseUrl,
      seconds,
      warmupSeconds: intEnv('BENCH_WARMUP_SECONDS', 3, 0),
      concurrency,
      runs: intEnv('BENCH_RUNS', 3),
      sequenceLength: 100_000,
      workloads,
    });
  } finally {
    await server?.stop();
  }
  const runSeconds = (Date.now() - runStarted) / 1000;

  const summary = (workload: WorkloadName, side: RunResult['side']) => {
    const runs = output.runs.filter((r) => r.workload === workload && r.side === side);
    return {
      rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50Ms)), p99: median(runs.map((r) => r.p99Ms)), errors: runs.reduce((n, r) => n + r.errors, 0),
      driverCpuUs: median(runs.map((r) => r.driverCpuUs ?? Number.NaN)),
    };
  };
  const label: Record<WorkloadName, string> = { plain: 'who-holds', fragment: 'who-holds, fragment', mixed: 'examples mixed' };
  // driver µs/req: the load driver's own CPU per request (bench/driver.ts), the client's share of the cost
  const rows = [['run', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms', 'driver µs/req']];
  const ratios = new Map<WorkloadName, number>();
  for (const w of workloads) {
    for (const r of output.runs.filter((x) => x.workload === w)) {
      rows.push([`${label[w]}: ${r.side === 'graphql' ? 'GraphQL' : 'SQL'} #${r.run}`, String(r.requests), String(r.errors), r.rps.toFixed(0), r.p50Ms.toFixed(2), r.p99Ms.toFixed(2), (r.driverCpuUs ?? Number.NaN).toFixed(0)]);
    }
    const g = summary(w, 'graphql');
    const s = summary(w, 'sql');
    rows.push([`${label[w]}: GraphQL median`, '', String(g.errors), g.rps.toFixed(0), g.p50.toFixed(2), g.p99.toFixed(2), g.driverCpuUs.toFixed(0)]);
    rows.push([`${label[w]}: SQL median`, '', String(s.errors), s.rps.toFixed(0), s.p50.toFixed(2), s.p99.toFixed(2), s.driverCpuUs.toFixed(0)]);
    ratios.set(w, g.rps / s.rps);
  }
  const lines = [
    '',
    `${sizes.members} members, ${sizes.records.toLocaleString('en')} records, ${sizes.holdings.toLocaleString('en')} holdings; ` +
      `concurrency ${concurrency}, ${intEnv('BENCH_RUNS', 3)} runs of ${seconds} s per side and workload; who-holds SQL baseline "${output.sqlVariant}"; ` +
      `mixed: ${output.examples.join(', ')} in turn`,
    `data: ${load.loaded ? `loaded in ${load.seconds.toFixed(1)} s` : `reused (${load.seconds.toFixed(1)} s)`}; build: ${build.built ? `${build.seconds.toFixed(1)} s` : 'up to date'}; ` +
      `server + driver: ${runSeconds.toFixed(1)} s; total ${((Date.now() - started) / 1000).toFixed(1)} s`,
    '',
    table(rows),
    '',
    ...workloads.map((w) => `GraphQL / SQL throughput ratio, ${label[w]}: ${ratios.get(w)!.toFixed(3)}`),
    '(goal >= 0.3 for both who-holds spellings; PostGraphile 5: 0.10–0.13, minimal Apollo: 0.21–0.34 on this machine)',
    cpuProfDir ? `server CPU profile written to ${cpuProfDir}` : '',
  ];
  process.stdout.write(`${lines.join('\n').trimEnd()}\n`);
  const g = summary('plain', 'graphql');
  const s = summary('plain', 'sql');
  const ratioOf = (w: WorkloadName) => (ratios.has(w) ? round(ratios.get(w)!, 4) : null);
  const result = {
    records: sizes.records,
    holdings: sizes.holdings,
    graphql_rps: round(g.rps, 1),
    graphql_p50_ms: round(g.p50, 3),
    graphql_p99_ms: round(g.p99, 3),
    sql_rps: round(s.rps, 1),
    sql_p50_ms: round(s.p50, 3),
    sql_p99_ms: round(s.p99, 3),
    ratio: round(g.rps / s.rps, 4),
    ratio_fragment: ratioOf('fragment'),
    ratio_mixed: ratioOf('mixed'),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`[bench] ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
