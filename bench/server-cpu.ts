/**
 * `npx tsx bench/server-cpu.ts`: the server's CPU time per who-holds request (µs of user + system time
 * of the server's processes, read from /proc, over the requests answered), for the plain and the
 * fragment spelling. On a shared machine this moves far less than requests a second do: it counts
 * what the server spends, not how much CPU it was given.
 *
 * It uses the data `npm run bench` loads (BENCH_DATABASE_URL, loaded if missing), builds dist/ when
 * stale, starts `node dist/cli.js serve` (WORKERS, default 1) and sends BENCH_REQUESTS (20000) requests
 * per spelling at BENCH_CONCURRENCY (16), after BENCH_WARMUP (3000) unmeasured ones; BENCH_CPU_PROF (a folder)
 * writes the server's CPU profiles there (node --cpu-prof). Linux only (/proc).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { Pool } from 'undici';
import { intEnv } from './bench-env.js';
import { ensureBenchData } from './load.js';
import { treeCpuSeconds } from './proc-cpu.js';
import { ensureBuilt, startServerProcess } from './server-process.js';
import { pickData, WHO_HOLDS_FRAGMENT_QUERY, WHO_HOLDS_QUERY } from './workloads.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/sharegraph_bench';
  await ensureBenchData(databaseUrl, { members: intEnv('BENCH_MEMBERS', 200), records: intEnv('BENCH_RECORDS', 200_000), holdings: intEnv('BENCH_HOLDINGS', 1_000_000, 0) });
  await ensureBuilt(ROOT);
  const concurrency = intEnv('BENCH_CONCURRENCY', 16);
  const count = intEnv('BENCH_REQUESTS', 20_000);
  const warmup = intEnv('BENCH_WARMUP', 3_000, 0);
  process.env.WORKERS ??= '1';
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const isbns = (await pickData(sql)).isbns;
  await sql.end();
  const cpuProfDir = process.env.BENCH_CPU_PROF ? path.resolve(ROOT, process.env.BENCH_CPU_PROF) : null;
  const server = await startServerProcess({ root: ROOT, databaseUrl, poolMax: concurrency, cpuProfDir });
  const url = new URL(server.url);
  const pool = new Pool(url.origin, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 });
  try {
    const run = async (query: string, n: number, offset: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < n) {
            const isbn = isbns[(offset + next++ * 7919) % isbns.length];
            const { statusCode, body } = await pool.request({
              path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables: { isbn }, operationName: 'WhoHolds' }),
            });
            const text = await body.text();
            if (statusCode !== 200 || text.includes('"errors"')) throw new Error(`${statusCode}: ${text.slice(0, 300)}`);
          }
        }),
      );
    };
    const results: Record<string, number> = {};
    for (const [name, query] of [['plain', WHO_HOLDS_QUERY], ['fragment', WHO_HOLDS_FRAGMENT_QUERY]] as const) {
      await run(query, warmup, 1);
      const cpu0 = treeCpuSeconds(server.child.pid!);
      const t0 = performance.now();
      await run(query, count, 2);
      const seconds = (performance.now() - t0) / 1000;
      const cpu = treeCpuSeconds(server.child.pid!) - cpu0;
      results[`${name}_us_per_request`] = Math.round((cpu / count) * 1e6);
      results[`${name}_rps`] = Math.round(count / seconds);
      process.stderr.write(`[cpu] ${name}: ${count} requests in ${seconds.toFixed(1)} s, server CPU ${cpu.toFixed(2)} s = ${((cpu / count) * 1e6).toFixed(0)} µs a request\n`);
    }
    process.stdout.write(`${JSON.stringify({ workers: Number(process.env.WORKERS), ...results })}\n`);
  } finally {
    await pool.close();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
