/**
 * `npm run bench:import`: a member's MARC load end to end (read, map, cluster, holdings, provenance),
 * as a user runs it: `node --import tsx src/cli.ts import marc FILE --member CODE --json` in a process
 * of its own, on the embedded database (PGlite, a fresh DATA_DIR under the OS temp directory) and on
 * the PostgreSQL server (a fresh database, dropped and created per run).
 *
 *  1. generates the load files once (bench/marc-import-data.ts; cached under os.tmpdir()): per size N,
 *     the member's file of N records (CNMARC in GB18030 and MARC 21 in UTF-8, record by record, every
 *     record with an ISBN and 1-3 items in 905/952) and a second member's file of N/5 of the same books
 *     (own 001s and items, a fifth without ISBN),
 *  2. per run: a fresh database, `seed` (the demo data: the members exist), the second member's file
 *     loaded first (not timed), their writes settled (`sync`, and a CHECKPOINT on the server: see
 *     settle()), then the member's file (timed: wall time of the command, its peak RSS
 *     through /usr/bin/time -v, else VmHWM polled from /proc), so ~20 % of the timed records merge into
 *     clusters that already exist,
 *  3. prints a table and, as the last line of stdout, one JSON object: records/s on PGlite and on
 *     PostgreSQL (N = the first size), the peak RSS on PostgreSQL for the two sizes and their ratio
 *     (memory stays flat when the load streams: the goal is a ratio ≤ 1.25), and the import process's
 *     CPU seconds (user + system; on a busy machine steadier than its wall time).
 *
 * Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_import),
 * BENCH_IMPORT_SIZES (100000,200000: PostgreSQL runs; the first is the rate's size and PGlite's),
 * BENCH_IMPORT_PGLITE (1; 0 skips PGlite), BENCH_CPU_PROF (a folder: the timed imports run with
 * node --cpu-prof into it), BENCH_KEEP (1: keep the PGlite folders).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFile, type BenchFile } from './marc-import-data.js';
import postgres from 'postgres';
import { recreateDatabase } from './bench-env.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MEMBER = 'CN-110000-PKU';
const OTHER = 'CN-110000-THU';
const TIME = '/usr/bin/time';
const log = (m: string) => process.stderr.write(`[bench:import] ${m}\n`);

interface Summary {
  read: number;
  created: number;
  merged: number;
  updated: number;
  deleted: number;
  holdings: number;
  rejected: unknown[];
}

interface RunResult {
  backend: 'pglite' | 'postgres';
  records: number;
  seconds: number;
  recordsPerS: number;
  peakRssMb: number;
  /** user + system CPU seconds of the import process (null without /usr/bin/time): steadier than wall time on a busy machine */
  cpuSeconds: number | null;
  /** PostgreSQL only: CPU seconds of the server processes serving the bench database during the import (null when they cannot be seen in /proc) */
  dbCpuSeconds: number | null;
  summary: Summary;
}

function sizesEnv(): number[] {
  const raw = process.env.BENCH_IMPORT_SIZES || '100000,200000';
  const sizes = raw.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.length < 1 || sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`BENCH_IMPORT_SIZES must be integers ≥ 10, got "${raw}"`);
  return sizes;
}

function childEnv(target: { databaseUrl: string } | { dataDir: string }): NodeJS.ProcessEnv {
  const { TEST_DATABASE_URL: _t, DATABASE_URL: _d, NODE_ENV: _n, DATA_DIR: _dd, ...env } = process.env;
  return {
    ...env,
    JWT_SECRET: env.JWT_SECRET || 'bench-import-secret-bench-import-secret-0001',
    DEMO_DATA: 'true',
    ...('databaseUrl' in target ? { DATABASE_URL: target.databaseUrl, DATA_DIR: path.join(tmpdir(), 'sharegraph-bench-import-unused') } : { DATA_DIR: target.dataDir }),
  };
}

/**
 * CPU seconds spent by the PostgreSQL server's processes for one database (their process titles,
 * "postgres: user DATABASE host(port) …", name it), polled from /proc every 100 ms while the import
 * runs: with the import process's own CPU it tells where the time goes (our code or the database's
 * statements, index upkeep, TOAST), independent of how busy the machine is. Only when the server runs
 * on this machine and /proc is readable; else null. A backend's last < 100 ms may be missed.
 */
function databaseCpuMeter(database: string): { stop(): number | null } {
  const ticksPerS = 100; // USER_HZ on Linux
  const seen = new Map<number, number>(); // pid -> utime + stime (ticks), last read
  const tag = ` ${database} `;
  const poll = () => {
    let pids: string[];
    try {
      pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
    } catch {
      return;
    }
    for (const pid of pids) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmd.startsWith('postgres: ') || !cmd.includes(tag)) continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
        seen.set(Number(pid), Number(f[11]) + Number(f[12])); // utime, stime: fields 14 and 15
      } catch {
        // gone
      }
    }
  };
  poll();
  const timer = setInterval(poll, 100);
  return {
    stop() {
      clearInterval(timer);
      poll();
      if (seen.size === 0) return null;
      return [...seen.values()].reduce((a, b) => a + b, 0) / ticksPerS;
    },
  };
}

/**
 * Before the timed import: what the untimed steps (a previous run, the seed, the overlap load) left to
 * write goes to disk first, so the timed import pays for its own writes only. `sync` flushes the OS's
 * dirty pages (a PGlite folder is hundreds of MB of them); on the server, a CHECKPOINT writes the
 * buffers those steps dirtied (superuser or pg_checkpoint; skipped with a note otherwise).
 */
async function settle(databaseUrl: string | null): Promise<void> {
  if (databaseUrl) {
    const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await client.unsafe('CHECKPOINT');
    } catch (err) {
      log(`CHECKPOINT before the timed import skipped: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      await client.end({ timeout: 5 });
    }
  }
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // no sync(1) here: the figures may then include the untimed steps' writeback
  }
}

/** Runs the CLI; resolves with stdout, wall seconds and peak RSS (MB) of the CLI process. */
function runCli(args: string[], env: NodeJS.ProcessEnv, opts: { label: string; cpuProfDir?: string | null }): Promise<{ stdout: string; seconds: number; peakRssMb: number; cpuSeconds: number | null }> {
  const nodeArgs = [...(opts.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProfDir] : []), '--import', 'tsx', 'src/cli.ts', ...args];
  const viaTime = existsSync(TIME);
  const [command, argv] = viaTime ? [TIME, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let hwmKb = 0;
    const poll = viaTime
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
          } catch {
            // gone
          }
        }, 100);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    let partial = '';
    let timeReport = false; // /usr/bin/time's report ends stderr: not echoed
    child.stderr.on('data', (d: Buffer) => {
      const text = d.toString();
      stderr += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('\tCommand being timed')) timeReport = true;
        if (line.trim() && !timeReport) process.stderr.write(`  [${opts.label}] ${line}\n`);
      }
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      if (code !== 0) return reject(new Error(`${opts.label}: sharegraph ${args.join(' ')} exited ${code}\n${stderr.slice(-2000)}`));
      let cpuSeconds: number | null = null;
      if (viaTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) hwmKb = Number(m[1]);
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
      }
      resolve({ stdout, seconds, peakRssMb: hwmKb / 1024, cpuSeconds });
    });
  });
}

function lastJson<T>(stdout: string): T {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`no JSON summary on the last line of standard output: ${last.slice(0, 200)}`);
  }
}


async function oneRun(backend: 'pglite' | 'postgres', member: BenchFile, other: BenchFile, databaseUrl: string, cpuProfDir: string | null): Promise<RunResult> {
  const label = `${backend} ${member.records.toLocaleString('en')}`;
  let dataDir: string | null = null;
  let env: NodeJS.ProcessEnv;
  if (backend === 'postgres') {
    await recreateDatabase(databaseUrl);
    env = childEnv({ databaseUrl });
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'sharegraph-bench-import-pglite-'));
    env = childEnv({ dataDir });
  }
  try {
    await runCli(['seed'], env, { label });
    const pre = lastJson<Summary>((await runCli(['import', 'marc', other.path, '--member', OTHER, '--json'], env, { label: `${label} ${OTHER}` })).stdout);
    log(`${label}: ${OTHER} loaded first: ${pre.read} records, ${pre.created} clusters, ${pre.holdings} holdings`);
    await settle(backend === 'postgres' ? databaseUrl : null);
    const meter = backend === 'postgres' ? databaseCpuMeter(decodeURIComponent(new URL(databaseUrl).pathname.slice(1))) : null;
    const run = await runCli(['import', 'marc', member.path, '--member', MEMBER, '--json'], env, { label: `${label} ${MEMBER}`, cpuProfDir });
    const dbCpuSeconds = meter ? meter.stop() : null;
    const summary = lastJson<Summary>(run.stdout);
    if (summary.read !== member.records) throw new Error(`${label}: read ${summary.read}, the file has ${member.records}`);
    if (summary.rejected.length) throw new Error(`${label}: ${summary.rejected.length} records rejected: ${JSON.stringify(summary.rejected.slice(0, 3))}`);
    if (summary.merged === 0) throw new Error(`${label}: nothing merged: the overlap file did not cluster`);
    return { backend, records: summary.read, seconds: run.seconds, recordsPerS: summary.read / run.seconds, peakRssMb: run.peakRssMb, cpuSeconds: run.cpuSeconds, dbCpuSeconds, summary };
  } finally {
    if (dataDir && process.env.BENCH_KEEP !== '1') rmSync(dataDir, { recursive: true, force: true });
  }
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_import';
  const sizes = sizesEnv();
  const withPglite = process.env.BENCH_IMPORT_PGLITE !== '0';
  const cpuProfDir = process.env.BENCH_CPU_PROF ? path.resolve(ROOT, process.env.BENCH_CPU_PROF) : null;
  if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });

  const files = new Map<number, { member: BenchFile; other: BenchFile }>();
  for (const n of sizes) {
    const other = await ensureFile('overlap', n);
    const member = await ensureFile('member', n);
    for (const f of [other, member]) log(`${f.path}: ${f.records.toLocaleString('en')} records, ${(f.bytes / 1e6).toFixed(0)} MB${f.generated ? ` (generated in ${f.seconds.toFixed(1)} s)` : ' (cached)'}`);
    files.set(n, { member, other });
  }

  const results: RunResult[] = [];
  if (withPglite) results.push(await oneRun('pglite', files.get(sizes[0])!.member, files.get(sizes[0])!.other, databaseUrl, cpuProfDir));
  for (const n of sizes) results.push(await oneRun('postgres', files.get(n)!.member, files.get(n)!.other, databaseUrl, cpuProfDir));

  const rows = [['backend', 'records', 'seconds', 'records/s', 'CLI CPU s', 'DB CPU s', 'peak RSS MB', 'created', 'merged', 'holdings']];
  for (const r of results) {
    rows.push([r.backend, r.records.toLocaleString('en'), r.seconds.toFixed(1), Math.round(r.recordsPerS).toLocaleString('en'), r.cpuSeconds === null ? '-' : r.cpuSeconds.toFixed(1), r.dbCpuSeconds === null ? '-' : r.dbCpuSeconds.toFixed(1), r.peakRssMb.toFixed(0), r.summary.created.toLocaleString('en'), r.summary.merged.toLocaleString('en'), r.summary.holdings.toLocaleString('en')]);
  }
  console.log(table(rows));
  const pg = results.filter((r) => r.backend === 'postgres');
  const pglite = results.find((r) => r.backend === 'pglite');
  const first = pg.find((r) => r.records === sizes[0])!;
  const last = pg.at(-1)!;
  const ratio = last.peakRssMb / first.peakRssMb;
  console.log(
    `goals: PostgreSQL ≥ 5,000 records/s (${Math.round(first.recordsPerS).toLocaleString('en')}), PGlite ≥ 2,500 (${pglite ? Math.round(pglite.recordsPerS).toLocaleString('en') : 'skipped'}), ` +
      `peak RSS ${last.records.toLocaleString('en')} / ${first.records.toLocaleString('en')} ≤ 1.25 (${ratio.toFixed(2)}); ` +
      `the whole bench took ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(
    JSON.stringify({
      pglite_records_per_s: pglite ? Math.round(pglite.recordsPerS) : null,
      postgres_records_per_s: Math.round(first.recordsPerS),
      postgres_peak_rss_mb_100k: Math.round(first.peakRssMb),
      postgres_peak_rss_mb_200k: Math.round(last.peakRssMb),
      rss_ratio: Math.round(ratio * 100) / 100,
      postgres_cli_cpu_s: first.cpuSeconds === null ? null : Math.round(first.cpuSeconds * 10) / 10,
      postgres_db_cpu_s: first.dbCpuSeconds === null ? null : Math.round(first.dbCpuSeconds * 10) / 10,
      records: first.records,
    }),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`[bench:import] ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
