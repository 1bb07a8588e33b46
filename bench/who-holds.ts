/**
 * `npm run bench`: "who holds this ISBN?" through the GraphQL API versus the best single SQL statement.
 *
 *  1. loads the synthetic consortium into BENCH_DATABASE_URL (bench/load.ts; reused when already there),
 *  2. builds dist/ if it is stale and starts the real server (`node dist/cli.js serve`) as a child process,
 *  3. runs the load driver in a process of its own (bench/driver.ts): GraphQL and SQL alternately, 3 runs each,
 *  4. prints a table, and as the last line of stdout one JSON object with the medians and their ratio.
 *
 * Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench), BENCH_MEMBERS (200),
 * BENCH_RECORDS (200000), BENCH_HOLDINGS (1000000), BENCH_SECONDS (20 per run), BENCH_WARMUP_SECONDS (3),
 * BENCH_RUNS (3), BENCH_CONCURRENCY (16), BENCH_BUILD (auto | always | skip), BENCH_CPU_PROF (a folder:
 * profile the server with node --cpu-prof into it).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DriverConfig, DriverOutput } from './driver.js';
import { ensureBenchData } from './load.js';
import { ensureBuilt, startServerProcess, type ServerProcess } from './server-process.js';
import { median, round, type RunResult } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

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
      seconds: intEnv('BENCH_SECONDS', 20),
      warmupSeconds: intEnv('BENCH_WARMUP_SECONDS', 3, 0),
      concurrency,
      runs: intEnv('BENCH_RUNS', 3),
      sequenceLength: 500_000,
    });
  } finally {
    await server?.stop();
  }
  const runSeconds = (Date.now() - runStarted) / 1000;

  const bySide = (side: RunResult['side']) => output.runs.filter((r) => r.side === side);
  const summary = (side: RunResult['side']) => {
    const runs = bySide(side);
    return { rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50Ms)), p99: median(runs.map((r) => r.p99Ms)), errors: runs.reduce((n, r) => n + r.errors, 0) };
  };
  const g = summary('graphql');
  const s = summary('sql');
  const rows = [
    ['run', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms'],
    ...output.runs.map((r) => [`${r.side === 'graphql' ? 'GraphQL' : 'SQL'} #${r.run}`, String(r.requests), String(r.errors), r.rps.toFixed(0), r.p50Ms.toFixed(2), r.p99Ms.toFixed(2)]),
    ['GraphQL median', '', String(g.errors), g.rps.toFixed(0), g.p50.toFixed(2), g.p99.toFixed(2)],
    ['SQL median', '', String(s.errors), s.rps.toFixed(0), s.p50.toFixed(2), s.p99.toFixed(2)],
  ];
  const lines = [
    '',
    `who-holds: ${sizes.members} members, ${sizes.records.toLocaleString('en')} records, ${sizes.holdings.toLocaleString('en')} holdings; ` +
      `concurrency ${concurrency}, ${output.runs.length / 2} runs of ${intEnv('BENCH_SECONDS', 20)} s per side; SQL baseline "${output.sqlVariant}"`,
    `data: ${load.loaded ? `loaded in ${load.seconds.toFixed(1)} s` : `reused (${load.seconds.toFixed(1)} s)`}; build: ${build.built ? `${build.seconds.toFixed(1)} s` : 'up to date'}; ` +
      `server + driver: ${runSeconds.toFixed(1)} s; total ${((Date.now() - started) / 1000).toFixed(1)} s`,
    '',
    table(rows),
    '',
    `GraphQL / SQL throughput ratio: ${(g.rps / s.rps).toFixed(3)}   (PostGraphile 5: 0.10–0.13, minimal Apollo: 0.21–0.34 on this machine; goal >= 0.2)`,
    cpuProfDir ? `server CPU profile written to ${cpuProfDir}` : '',
  ];
  process.stdout.write(`${lines.join('\n').trimEnd()}\n`);
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
