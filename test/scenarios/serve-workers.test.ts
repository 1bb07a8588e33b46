/**
 * Scenario (npm run test:scenarios, on the PostgreSQL server of TEST_DATABASE_URL): `serve` with
 * WORKERS=2 runs two worker processes that both answer, recomputes stale search keys once (in the
 * primary, not in every worker), sums the workers' metrics, and stops all of them on SIGTERM with the
 * final "sharegraph stopped" line.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { SEARCH_KEY_VERSION } from '../../src/lib/search-text.js';
import { members } from '../../src/modules/members/index.js';
import { markSearchKeysCurrent } from '../../src/modules/records/index.js';
import { cliProcesses } from '../support/cli-processes.js';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';

/** One POST on a connection of its own (no keep-alive), so the primary hands each to the next worker. */
function post(url: string, requestId: string, query: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url.replace('localhost', '127.0.0.1'), { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'x-request-id': requestId } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

interface LogLine {
  msg: string;
  worker?: number;
  pid?: number;
  requestId?: string;
}

const lines = (log: string): LogLine[] =>
  log
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('serve with worker processes on a PostgreSQL server', () => {
  const name = `sg_test_workers_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl || 'postgres://invalid', { max: 1, onnotice: () => {} });
  const cli = cliProcesses();
  let databaseUrl = '';

  beforeAll(async () => {
    if (!serverUrl) return;
    await admin.unsafe(`CREATE DATABASE ${name} LOCALE 'C.UTF-8' TEMPLATE template0`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    const database = await openDatabase({ url: databaseUrl, poolMax: 1 });
    try {
      await database.migrate();
      await database.db.insert(members).values({ code: 'CN-WORKERS-1', name: 'Workers test library', type: 'UNIVERSITY' });
      // keys of an older version: `serve` recomputes them in the background, which must happen once
      await markSearchKeysCurrent(database.db);
      await database.db.execute(sql`UPDATE app_meta SET value = ${String(SEARCH_KEY_VERSION - 1)} WHERE key = 'search_key_version'`);
    } finally {
      await database.close();
    }
  });

  afterAll(async () => {
    cli.cleanup();
    if (serverUrl) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('has a server to run on', () => {
    expect(serverUrl, 'npm run test:scenarios needs TEST_DATABASE_URL (a PostgreSQL server)').toMatch(/^postgres(ql)?:\/\//);
  });

  it('answers from two workers, runs the background job once, and stops them all', async () => {
    const { child, url, log } = await cli.serve({ DATABASE_URL: databaseUrl, WORKERS: '2', LOG_LEVEL: 'debug' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const workerPids = lines(log()).filter((l) => l.msg === 'worker ready').map((l) => l.pid!);
    expect(workerPids).toHaveLength(2);
    expect(new Set(workerPids).size).toBe(2);
    expect(workerPids).not.toContain(child.pid);

    // four requests, each on a new connection: handed to the workers in turn
    for (let i = 1; i <= 4; i++) {
      const res = await post(url, `workers-test-${i}`, '{ members(first: 5) { edges { node { code } } } }');
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ data: { members: { edges: [{ node: { code: 'CN-WORKERS-1' } }] } } });
    }
    await vi.waitFor(() => expect(lines(log()).filter((l) => l.msg === 'graphql' && l.requestId?.startsWith('workers-test-'))).toHaveLength(4), { timeout: 10_000 });
    const answeredBy = new Set(lines(log()).filter((l) => l.msg === 'graphql' && l.requestId?.startsWith('workers-test-')).map((l) => l.worker));
    expect(answeredBy.size).toBe(2);

    // /metrics, whichever worker answers it, counts the requests of both
    const metrics = await (await fetch(url.replace('/graphql', '/metrics').replace('localhost', '127.0.0.1'))).text();
    expect(metrics).toMatch(/^sharegraph_graphql_requests_total\{operation="anonymous",type="query",outcome="ok"\} 4$/m);

    // /readyz answers from a worker
    expect((await fetch(url.replace('/graphql', '/readyz').replace('localhost', '127.0.0.1'))).status).toBe(200);

    // the search keys were recomputed, by one process
    await vi.waitFor(() => expect(lines(log()).filter((l) => l.msg.startsWith('search keys follow version'))).toHaveLength(1), { timeout: 30_000 });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const all = lines(log());
    const keyLines = all.filter((l) => l.msg.startsWith('search keys follow version'));
    expect(keyLines).toHaveLength(1);
    expect(keyLines[0].worker, 'the primary recomputes the keys, not a worker').toBeUndefined();
    expect(all.at(-1)?.msg).toBe('sharegraph stopped');
    for (const pid of workerPids) expect(alive(pid), `worker ${pid} still running`).toBe(false);
  });
});
