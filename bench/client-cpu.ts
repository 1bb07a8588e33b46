/**
 * `npx tsx bench/client-cpu.ts`: what the load driver's side of one who-holds request costs the driver
 * (this process's user + system CPU per answered request, process.cpuUsage), for the HTTP clients the
 * GraphQL side could use and for the SQL side (postgres.js, as bench/driver.ts uses it), each at
 * concurrency 16 against the same server and database. The variants run in turn, ROUNDS (4) times,
 * N (3000) requests each, so that they share the machine's load; the server's CPU per request is
 * printed beside (it should not depend on the client).
 *
 * GraphQL clients: `undici` (Pool.request and body.json(), what bench/driver.ts does), `undici-text`
 * (body.text() and JSON.parse), `node-http` (node:http with a keep-alive Agent), `raw` (a minimal HTTP/1.1
 * client on net.Socket: one prebuilt request string, answers read by Content-Length). Uses the data
 * `npm run bench` loads (BENCH_DATABASE_URL) and starts `node dist/cli.js serve` (WORKERS=1).
 */
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { Pool } from 'undici';
import { treeCpuSeconds } from './proc-cpu.js';
import { startServerProcess } from './server-process.js';
import { WHO_HOLDS_SQL } from './who-holds-sql.js';
import { pickData, WHO_HOLDS_QUERY } from './workloads.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/sharegraph_bench';
const rounds = Number(process.env.ROUNDS ?? 4);
const n = Number(process.env.N ?? 3000);
const concurrency = 16;
process.env.WORKERS ??= '1';

const sql = postgres(databaseUrl, { max: concurrency, onnotice: () => {} });
const isbns = (await pickData(sql)).isbns;
const server = await startServerProcess({ root: ROOT, databaseUrl, poolMax: concurrency, cpuProfDir: null });
const url = new URL(server.url);
const bodyFor = (isbn: string) => JSON.stringify({ query: WHO_HOLDS_QUERY, variables: { isbn }, operationName: 'WhoHolds' });
const check = (data: unknown) => {
  if (!data || typeof data !== 'object' || !('data' in data)) throw new Error(`no data: ${JSON.stringify(data).slice(0, 200)}`);
};

const pool = new Pool(url.origin, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 });
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

/** A minimal keep-alive HTTP/1.1 client: one request at a time per socket, answers framed by Content-Length. */
function rawClient() {
  const sockets: { socket: net.Socket; buffer: Buffer; waiting: ((text: string) => void) | null }[] = [];
  const free: typeof sockets = [];
  const queue: ((s: (typeof sockets)[number]) => void)[] = [];
  const take = () => new Promise<(typeof sockets)[number]>((resolve) => {
    const s = free.pop();
    if (s) return resolve(s);
    if (sockets.length < concurrency) {
      const entry = { socket: net.connect(Number(url.port), url.hostname), buffer: Buffer.alloc(0) as Buffer, waiting: null as ((text: string) => void) | null };
      entry.socket.setNoDelay(true);
      entry.socket.on('data', (chunk: Buffer) => {
        entry.buffer = entry.buffer.length ? Buffer.concat([entry.buffer, chunk]) : chunk;
        const end = entry.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = entry.buffer.toString('latin1', 0, end);
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? Number.NaN);
        if (entry.buffer.length < end + 4 + length) return;
        const text = entry.buffer.toString('utf8', end + 4, end + 4 + length);
        entry.buffer = entry.buffer.subarray(end + 4 + length);
        const done = entry.waiting!;
        entry.waiting = null;
        done(text);
      });
      sockets.push(entry);
      return resolve(entry);
    }
    queue.push(resolve);
  });
  const give = (s: (typeof sockets)[number]) => {
    const next = queue.shift();
    if (next) next(s);
    else free.push(s);
  };
  return {
    async request(body: string): Promise<string> {
      const s = await take();
      const text = await new Promise<string>((resolve) => {
        s.waiting = resolve;
        s.socket.write(`POST ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\naccept: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      });
      give(s);
      return text;
    },
    close: () => sockets.forEach((s) => s.socket.destroy()),
  };
}
// made afresh for each run: the server closes connections idle for 5 s (keepAliveTimeout), which this client does not notice
let raw = rawClient();

const variants: Record<string, (isbn: string) => Promise<void>> = {
  undici: async (isbn) => {
    const { body } = await pool.request({ path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: bodyFor(isbn) });
    check(await body.json());
  },
  'undici-text': async (isbn) => {
    const { body } = await pool.request({ path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: bodyFor(isbn) });
    check(JSON.parse(await body.text()));
  },
  'node-http': (isbn) =>
    new Promise<void>((resolve, reject) => {
      const body = bodyFor(isbn);
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            check(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            resolve();
          } catch (err) {
            reject(err);
          }
        });
      });
      req.on('error', reject);
      req.end(body);
    }),
  raw: async (isbn) => check(JSON.parse(await raw.request(bodyFor(isbn)))),
  'sql (postgres.js)': async (isbn) => void (await WHO_HOLDS_SQL(sql, isbn)),
};

const results: Record<string, { client: number[]; server: number[] }> = {};
let offset = 0;
try {
  for (let r = 0; r <= rounds; r++) {
    for (const [name, op] of Object.entries(variants)) {
      if (process.env.DEBUG) process.stderr.write(`${name}…\n`);
      const count = r === 0 ? 500 : n; // round 0 warms every variant up
      let next = 0;
      const base = offset;
      offset += count;
      const s0 = treeCpuSeconds(server.child.pid!);
      const c0 = process.cpuUsage();
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < count) await op(isbns[((base + next++) * 7919) % isbns.length]);
      }));
      const c = process.cpuUsage(c0);
      if (name === 'raw') {
        raw.close();
        raw = rawClient();
      }
      const s = treeCpuSeconds(server.child.pid!) - s0;
      if (r === 0) continue;
      (results[name] ??= { client: [], server: [] }).client.push((c.user + c.system) / count);
      results[name].server.push((s / count) * 1e6);
    }
    if (r > 0) process.stderr.write(`round ${r}: ${Object.entries(results).map(([k, v]) => `${k} ${v.client.at(-1)!.toFixed(0)}`).join(' | ')} µs  load ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}\n`);
  }
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  for (const [name, v] of Object.entries(results)) {
    console.log(`${name.padEnd(18)} driver CPU ${mean(v.client).toFixed(0).padStart(4)} µs a request${name.startsWith('sql') ? '' : `   (server ${mean(v.server).toFixed(0)} µs)`}`);
  }
} finally {
  raw.close();
  await pool.close();
  agent.destroy();
  await sql.end();
  await server.stop();
}
