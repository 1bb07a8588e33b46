/**
 * `SERVERS=base@../copy-of-main,new@. npx tsx bench/server-cpu-ab.ts`: server CPU per who-holds request
 * (as bench/server-cpu.ts measures it) for two or more builds side by side, on a busy machine. Each
 * entry is label@root[@NODE_OPTIONS] (root: a checkout with dist/ built); all servers run at once on
 * the bench data (BENCH_DATABASE_URL), and each round sends N (2000) requests of each spelling to each
 * server in turn (the order flips every round), so every build sees the same machine load. Prints
 * each round and then the mean and median per build and spelling. ROUNDS (6), N, WARMUP (3000),
 * WORKERS (1), PROF (a folder: CPU profiles per label).
 *
 * With the PostgreSQL server on this machine it also prints the CPU its backends spent per request for
 * each build ("pg"): the backends a server opened carry its `application_name` (sharegraph:<pid>:…,
 * src/db/database.ts), so each build's statements are counted apart even with other jobs on the
 * same database; a build's requests are the only ones its backends serve while it is measured.
 */
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { Pool } from 'undici';
import { processTree, treeCpuSeconds } from './proc-cpu.js';
import { startServerProcess } from './server-process.js';
import { pickData, WHO_HOLDS_FRAGMENT_QUERY, WHO_HOLDS_QUERY } from './workloads.js';

const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/sharegraph_bench';
const servers = (process.env.SERVERS ?? '').split(',').filter(Boolean).map((s) => s.split('@'));
if (servers.length === 0) throw new Error('SERVERS=label@root[@node options],… (e.g. base@/tmp/main,new@.)');
const rounds = Number(process.env.ROUNDS ?? 6);
const n = Number(process.env.N ?? 2000);
const concurrency = 16;
process.env.WORKERS ??= '1';
const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
const isbns = (await pickData(sql)).isbns;
await sql.end();
const started: { label: string; s: Awaited<ReturnType<typeof startServerProcess>> }[] = [];
for (const [label, root, opts] of servers) {
  process.env.NODE_OPTIONS = opts ?? '';
  started.push({ label, s: await startServerProcess({ root: path.resolve(root), databaseUrl, poolMax: concurrency, cpuProfDir: process.env.PROF ? `${process.env.PROF}/${label}` : null }) });
}
process.env.NODE_OPTIONS = '';
const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const watch = postgres(databaseUrl, { max: 1, onnotice: () => {} });
/** PostgreSQL backend pids of server i (by the pid in their application_name), read again each round: the pool opens connections as needed */
async function backendsOf(i: number): Promise<number[]> {
  const tree = new Set(processTree(started[i].s.child.pid!));
  const rows = await watch<{ pid: number; app: string }[]>`SELECT pid, application_name AS app FROM pg_stat_activity WHERE application_name LIKE 'sharegraph:%'`;
  return rows.filter((r) => tree.has(Number(r.app.split(':')[1]))).map((r) => r.pid);
}
/** user + system CPU seconds of these backends (null when /proc does not show them: a server elsewhere) */
function backendCpuSeconds(pids: number[]): number | null {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks / TICKS_PER_SECOND;
}
const pools = started.map(({ s }) => new Pool(new URL(s.url).origin, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 }));
let offset = 0;
async function run(i: number, query: string, count: number) {
  const url = new URL(started[i].s.url);
  let next = 0;
  const base = offset;
  offset += count;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const isbn = isbns[((base + next++) * 7919) % isbns.length];
      const { statusCode, body } = await pools[i].request({ path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { isbn }, operationName: 'WhoHolds' }) });
      const text = await body.text();
      if (statusCode !== 200 || text.includes('"errors"')) throw new Error(`${statusCode}: ${text.slice(0, 300)}`);
    }
  }));
}
const spellings = [['plain', WHO_HOLDS_QUERY], ['fragment', WHO_HOLDS_FRAGMENT_QUERY]] as const;
try {
  for (const [, q] of spellings) for (let i = 0; i < started.length; i++) await run(i, q, Number(process.env.WARMUP ?? 3000));
  const per: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, q] of spellings) {
      const order = started.map((_, i) => i);
      if (r % 2) order.reverse();
      for (const i of order) {
        const backends = await backendsOf(i);
        const c0 = treeCpuSeconds(started[i].s.child.pid!);
        const p0 = backendCpuSeconds(backends);
        await run(i, q, n);
        const us = ((treeCpuSeconds(started[i].s.child.pid!) - c0) / n) * 1e6;
        const p1 = backendCpuSeconds(backends);
        (per[`${started[i].label} ${name}`] ??= []).push(us);
        if (p0 !== null && p1 !== null) (per[`${started[i].label} ${name} pg`] ??= []).push(((p1 - p0) / n) * 1e6);
      }
    }
    process.stderr.write(`round ${r + 1}: ${Object.entries(per).map(([k, v]) => `${k} ${v.at(-1)!.toFixed(0)}`).join(' | ')}  load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}\n`);
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  for (const [k, v] of Object.entries(per)) console.log(`${k}: mean ${mean(v).toFixed(0)} median ${med(v).toFixed(0)} µs/request`);
} finally {
  for (const p of pools) await p.close();
  await watch.end();
  for (const { s } of started) await s.stop();
}
