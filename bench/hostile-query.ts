/**
 * `npx tsx bench/hostile-query.ts`: how much a hostile query delays a normal request running beside it.
 *
 * A normal client asks "who holds ISBN X" (the first example query) one request after another, alone
 * and then while a hostile client sends one of the shapes below back to back, each a new text (a
 * comment numbered per request), so neither the server's nor Apollo's caches help. Printed for each:
 * the normal request's p50 / p99 / max, the hostile request's own time and what it was answered, and
 * the server's CPU time per hostile request sent alone (what each one holds the event loop for on a
 * quiet machine, the most it can delay a request beside it; wall times inflate on a busy machine).
 *
 *  - issue-4.6MB: the issue's `{ records(first:1){ totalCount } … }` repeated 150,000 times (4.65 MB),
 *  - over-tokens: the same field repeated within the length limit but past the token limit,
 *  - same-field-max: the same field repeated as often as the same-place limit lets through (validated
 *    and run: its copies merge into one field),
 *  - fragments-max: as many distinct fragments spread together as that limit lets through,
 *  - long-list: a mutation with a list literal just under the token limit (validated, then refused
 *    UNAUTHENTICATED: the hostile client has no token).
 *
 *  1. drops and creates BENCH_DATABASE_URL's database and loads the demo data (as `npm start` does),
 *  2. builds dist/ if it is stale and starts the real server (`node dist/cli.js serve`) as a child process,
 *  3. runs each phase for BENCH_SECONDS and prints a table, then one JSON line with the figures.
 *
 * Environment: BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_hostile; dropped
 * and created each run), BENCH_SECONDS (5 per phase), BENCH_BUILD (auto | always | skip).
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { openDatabase } from '../src/db/database.js';
import { parse } from 'graphql';
import { countOverlaps, DOCUMENT_LIMITS } from '../src/graphql/document-check.js';
import { seedDemoData } from '../src/modules/seed/index.js';
import { intEnv, recreateDatabase } from './bench-env.js';
import { ensureBuilt, startServerProcess } from './server-process.js';
import { percentile, round } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

const NORMAL = `query WhoHolds($isbn: String!) { holdings(first: 10, filter: { isbn: $isbn, lendable: true }) { totalCount edges { node { callNumber available member { code name } record { title } } } } }`;

/** Each hostile shape, as a function of the request's number (so every text is new to the server). */
const HOSTILE: Record<string, (n: number) => string> = {
  'issue-4.6MB': (n) => `# ${n}\n{ ${'records(first:1){ totalCount } '.repeat(150_000)} }`,
  'over-tokens': (n) => `# ${n}\n{ ${'records(first:1){ totalCount } '.repeat(Math.ceil(DOCUMENT_LIMITS.maxTokens / 9) + 1)} }`,
  'same-field-max': (n) => `# ${n}\n${sameField(largestAccepted(sameField))}`,
  'fragments-max': (n) => `# ${n}\n${fragments(largestAccepted(fragments))}`,
  'long-list': (n) => {
    const items = Math.floor((DOCUMENT_LIMITS.maxTokens - 30) / 2);
    return `# ${n}\nmutation { deleteHoldings(input: { memberCode: "CN-110000-PKU", localIds: [${Array.from({ length: items }, (_, i) => `"L${i}"`).join(',')}] }) { deletedLocalIds } }`;
  },
};

function sameField(k: number): string {
  return `{ ${'records(first:1){ totalCount } '.repeat(k)} }`;
}

function fragments(k: number): string {
  const names = Array.from({ length: k }, (_, i) => `F${i}`);
  return `{ ${names.map((f) => `...${f}`).join(' ')} } ${names.map((f) => `fragment ${f} on Query { __typename }`).join(' ')}`;
}

/** The most copies the same-place limit lets through (validation compares every pair of them). */
function largestAccepted(shape: (k: number) => string): number {
  let k = 1;
  while (countOverlaps(parse(shape(k + 1))) <= DOCUMENT_LIMITS.maxOverlaps) k++;
  return k;
}

/**
 * A hostile shape's request bodies, built once: each request's number is written into the text's
 * leading comment (`# 000000042`), so every text is still new to the server while this process, which
 * also times the normal client, spends nothing per request building a 4.6 MB text (building and
 * stringifying it each time held this event loop for milliseconds and showed up as the server's delay).
 */
function numbered(hostile: (n: number) => string): (n: number) => Buffer {
  const width = 9;
  const template = Buffer.from(JSON.stringify({ query: hostile(0).replace(/^# 0\n/, `# ${'0'.repeat(width)}\n`) }));
  const at = template.indexOf('# ') + 2;
  return (n) => {
    template.write(String(n).padStart(width, '0'), at, 'latin1');
    return template;
  };
}

interface Answer {
  status: number;
  code: string;
  ms: number;
}

async function post(pool: Pool, body: string | Buffer): Promise<Answer> {
  const started = performance.now();
  const res = await pool.request({ path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.body.text();
  const ms = performance.now() - started;
  let code = 'ok';
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    if (parsed.errors?.length) code = parsed.errors[0].extensions?.code ?? 'error';
  } catch {
    code = 'not JSON';
  }
  return { status: res.statusCode, code, ms };
}

/** One process's CPU seconds (user + system) and its parent, from /proc/<pid>/stat (Linux; USER_HZ is 100). */
function procStat(pid: string): { ppid: string; cpu: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: fields[1], cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch {
    return null;
  }
}

/**
 * CPU seconds used by the server: the process and every process under it (`serve` on PostgreSQL runs
 * node:cluster workers, which answer the requests while the primary idles); null off Linux.
 */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined || procStat(String(pid)) === null) return null;
  const parents = new Map<string, string>();
  const cpu = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(entry);
    if (stat) {
      parents.set(entry, stat.ppid);
      cpu.set(entry, stat.cpu);
    }
  }
  const within = (p: string): boolean => p === String(pid) || (parents.has(p) && p !== '1' && within(parents.get(p) as string));
  let total = 0;
  for (const [p, seconds] of cpu) if (within(p)) total += seconds;
  return total;
}

/** The server's CPU per hostile request, sent alone back to back: what each one holds the event loop on a quiet machine. */
async function cpuPerRequest(origin: string, pid: number | undefined, seconds: number, hostile: (n: number) => string): Promise<number | null> {
  const pool = new Pool(origin, { connections: 1, pipelining: 1, keepAliveTimeout: 60_000 });
  const before = cpuSeconds(pid);
  const until = performance.now() + seconds * 1000;
  const bodyOf = numbered(hostile);
  let n = 0;
  while (performance.now() < until) await post(pool, bodyOf(n++));
  const after = cpuSeconds(pid);
  await pool.close();
  return before === null || after === null ? null : round(((after - before) * 1000) / n);
}

interface Phase {
  phase: string;
  normalRequests: number;
  normalP50Ms: number;
  normalP99Ms: number;
  normalMaxMs: number;
  hostileRequests: number;
  hostileBytes: number;
  hostileMedianMs: number | null;
  hostileAnswer: string | null;
  /** server CPU ms per hostile request sent alone */
  hostileCpuMs?: number | null;
}

async function runPhase(origin: string, seconds: number, name: string, hostile: ((n: number) => string) | null): Promise<Phase> {
  const normal = new Pool(origin, { connections: 1, pipelining: 1, keepAliveTimeout: 60_000 });
  const attacker = new Pool(origin, { connections: 1, pipelining: 1, keepAliveTimeout: 60_000 });
  const normalBody = JSON.stringify({ query: NORMAL, variables: { isbn: '9787020002207' } });
  const until = performance.now() + seconds * 1000;
  const normalMs: number[] = [];
  const hostileAnswers: Answer[] = [];
  let hostileBytes = 0;
  const normalLoop = (async () => {
    while (performance.now() < until) {
      const a = await post(normal, normalBody);
      if (a.status !== 200 || a.code !== 'ok') throw new Error(`the normal request failed: ${a.status} ${a.code}`);
      normalMs.push(a.ms);
    }
  })();
  const hostileLoop = (async () => {
    if (!hostile) return;
    const bodyOf = numbered(hostile);
    for (let n = 0; performance.now() < until; n++) {
      const body = bodyOf(n);
      hostileBytes = body.length;
      hostileAnswers.push(await post(attacker, body));
    }
  })();
  await Promise.all([normalLoop, hostileLoop]);
  await Promise.all([normal.close(), attacker.close()]);
  const sorted = [...normalMs].sort((a, b) => a - b);
  const hostileSorted = hostileAnswers.map((a) => a.ms).sort((a, b) => a - b);
  const answers = [...new Set(hostileAnswers.map((a) => `${a.status} ${a.code}`))].join(', ');
  return {
    phase: name,
    normalRequests: sorted.length,
    normalP50Ms: round(percentile(sorted, 50)),
    normalP99Ms: round(percentile(sorted, 99)),
    normalMaxMs: round(sorted[sorted.length - 1]),
    hostileRequests: hostileAnswers.length,
    hostileBytes,
    hostileMedianMs: hostile ? round(percentile(hostileSorted, 50)) : null,
    hostileAnswer: hostile ? answers : null,
  };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_hostile';
  const seconds = intEnv('BENCH_SECONDS', 5);
  log(`fresh database ${new URL(databaseUrl).pathname.slice(1)}: migrating and loading the demo data`);
  await recreateDatabase(databaseUrl);
  const database = await openDatabase({ url: databaseUrl, poolMax: 2 });
  try {
    await database.migrate();
    await seedDemoData(database.db);
  } finally {
    await database.close();
  }
  await ensureBuilt(ROOT);
  const server = await startServerProcess({ root: ROOT, databaseUrl, poolMax: 10 });
  const results: Phase[] = [];
  try {
    const origin = new URL(server.url).origin;
    await runPhase(origin, 1, 'warm-up', null);
    results.push(await runPhase(origin, seconds, 'alone', null));
    for (const [name, shape] of Object.entries(HOSTILE)) {
      log(`beside ${name}`);
      const phase = await runPhase(origin, seconds, name, shape);
      phase.hostileCpuMs = await cpuPerRequest(origin, server.child.pid, seconds, shape);
      results.push(phase);
    }
  } finally {
    await server.stop();
  }
  console.log(`limits: ${DOCUMENT_LIMITS.maxLength} characters, ${DOCUMENT_LIMITS.maxTokens} tokens, ${DOCUMENT_LIMITS.maxOverlaps} same-place pairs; ${seconds} s a phase`);
  console.log('phase            normal: n     p50 ms  p99 ms  max ms | hostile: n   bytes      median ms  server CPU ms  answer');
  for (const r of results) {
    console.log(
      `${r.phase.padEnd(16)} ${String(r.normalRequests).padStart(9)} ${String(r.normalP50Ms).padStart(8)} ${String(r.normalP99Ms).padStart(7)} ${String(r.normalMaxMs).padStart(7)} | ` +
        `${String(r.hostileRequests).padStart(9)} ${String(r.hostileBytes).padStart(9)} ${String(r.hostileMedianMs ?? '').padStart(10)} ${String(r.hostileCpuMs ?? '').padStart(14)}  ${r.hostileAnswer ?? ''}`,
    );
  }
  console.log(JSON.stringify({ limits: DOCUMENT_LIMITS, seconds, phases: results }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
