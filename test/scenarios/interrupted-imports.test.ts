/**
 * Scenario (npm run test:scenarios, on the PostgreSQL server of TEST_DATABASE_URL): kill -9 during a
 * MARC load, of the CLI running `import marc` and of a server answering `importMarcRecords`. Another
 * server then lists the load through `imports` as INTERRUPTED, with counts equal to what the
 * catalogue holds of it (its sources, the member's records and holdings), and the whole batches it
 * committed stay.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { holdings, imports, recordSources } from '../../src/db/schema.js';
import { memberByCode } from '../../src/modules/members/index.js';
import { cliProcesses } from '../support/cli-processes.js';
import { addMember, marcFile, type Book } from '../support/marc-books.js';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';
const name = `sg_test_crash_${randomBytes(4).toString('hex')}`;
const url = (() => {
  const u = new URL(serverUrl || 'postgres://localhost/x');
  u.pathname = `/${name}`;
  return u.toString();
})();
const { dataDir, run, start, serve, cleanup } = cliProcesses();
let admin: ReturnType<typeof postgres>;
let database: Database;

beforeAll(async () => {
  expect(serverUrl, 'npm run test:scenarios needs TEST_DATABASE_URL (a PostgreSQL server)').toMatch(/^postgres(ql)?:\/\//);
  admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE 'C.UTF-8'`);
  expect((await run(['migrate'], { DATABASE_URL: url })).code).toBe(0);
  database = await openDatabase({ url, poolMax: 2 });
  for (const code of ['CN-T-KILLCLI', 'CN-T-KILLAPI']) await addMember(database.db, code);
});
afterAll(async () => {
  cleanup();
  await database?.close();
  await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin?.end();
});

/** Distinct ISBN-less books, each a cluster of its own. */
const books = (prefix: string, n: number): Book[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, title: `${prefix} book ${i}`, author: `Author ${i % 97}`, year: 1950 + (i % 70) }));
const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.on('exit', () => resolve())));

/** Waits until the member's load has committed at least `records` records (whole batches), and returns its id. */
async function loadUnderWay(memberCode: string, records: number): Promise<number> {
  const member = (await memberByCode(database.db, memberCode))!;
  for (let i = 0; i < 1200; i++) {
    const [row] = await database.db.select().from(imports).where(eq(imports.memberId, member.id));
    if (row && row.created >= records) {
      expect(row.status).toBe('RUNNING');
      return row.id;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the load of ${memberCode} never committed ${records} records`);
}

async function gql(serverUrl: string, query: string, token: string) {
  const res = await fetch(serverUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: any; errors?: unknown[] }; // any: result shape
}

/** `imports` and `records` as a second server answers them, and the rows the store holds of the load. */
async function afterTheCrash(memberCode: string, importId: number) {
  const server = await serve({ DATABASE_URL: url });
  try {
    const token = (await run(['token', '--role', 'admin'])).stdout.trim().split('\n').at(-1)!;
    const listed = await gql(server.url, `{ imports(first: 5, filter: { memberCode: "${memberCode}" }) { edges { node { status read created merged updated deleted holdings message finishedAt } } } }`, token);
    const held = await gql(server.url, `{ records(first: 1, filter: { heldBy: "${memberCode}" }) { totalCount } }`, token);
    const member = (await memberByCode(database.db, memberCode))!;
    const [sources] = await database.db.select({ n: count() }).from(recordSources).where(eq(recordSources.importId, importId));
    const [holdingRows] = await database.db.select({ n: count() }).from(holdings).where(eq(holdings.memberId, member.id));
    return { runs: listed.data.imports.edges.map((e: { node: unknown }) => e.node), records: held.data.records.totalCount, sources: sources.n, holdings: holdingRows.n };
  } finally {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
}

describe('kill -9 during a MARC load', () => {
  it('of the CLI: the next reader of imports sees INTERRUPTED, with the counts of what is in the catalogue', async () => {
    const file = path.join(dataDir, 'big.mrc');
    writeFileSync(file, marcFile(books('cli', 60_000)));
    const cli = start(['import', 'marc', file, '--member', 'CN-T-KILLCLI'], { DATABASE_URL: url });
    const importId = await loadUnderWay('CN-T-KILLCLI', 2000);
    cli.child.kill('SIGKILL');
    await exited(cli.child);
    const seen = await afterTheCrash('CN-T-KILLCLI', importId);
    expect(seen.runs).toHaveLength(1);
    const [runRow] = seen.runs;
    expect(runRow).toMatchObject({ status: 'INTERRUPTED', message: expect.stringMatching(/^interrupted: /), merged: 0, updated: 0, deleted: 0 });
    expect(runRow.finishedAt).not.toBeNull();
    expect(runRow.created % 1000).toBe(0); // whole batches only
    expect(runRow.created).toBeGreaterThanOrEqual(2000);
    expect(runRow.created).toBeLessThan(60_000);
    expect(runRow.read).toBe(runRow.created);
    expect({ sources: seen.sources, records: seen.records, holdings: seen.holdings }).toEqual({ sources: runRow.created, records: runRow.created, holdings: runRow.holdings });
    expect(runRow.holdings).toBe(runRow.created);
  });

  it('of a server answering importMarcRecords: the next server lists it INTERRUPTED, with the counts of what is in the catalogue', async () => {
    const first = await serve({ DATABASE_URL: url });
    const token = (await run(['token', '--role', 'member', '--member', 'CN-T-KILLAPI'])).stdout.trim().split('\n').at(-1)!;
    const upload = marcFile(books('api', 25_000)).toString('base64');
    const answer = fetch(first.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation($input: ImportMarcRecordsInput!) { importMarcRecords(input: $input) { importRun { status } } }', variables: { input: { memberCode: 'CN-T-KILLAPI', iso2709Base64: upload } } }),
    }).then(
      () => 'answered',
      () => 'connection lost',
    );
    const importId = await loadUnderWay('CN-T-KILLAPI', 1000);
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(await answer).toBe('connection lost');
    const seen = await afterTheCrash('CN-T-KILLAPI', importId);
    const [runRow] = seen.runs;
    expect(seen.runs).toHaveLength(1);
    expect(runRow).toMatchObject({ status: 'INTERRUPTED', merged: 0, updated: 0, deleted: 0 });
    expect(runRow.created % 1000).toBe(0);
    expect(runRow.created).toBeGreaterThanOrEqual(1000);
    expect(runRow.created).toBeLessThan(25_000);
    expect(runRow.read).toBe(runRow.created);
    expect({ sources: seen.sources, records: seen.records, holdings: seen.holdings }).toEqual({ sources: runRow.created, records: runRow.created, holdings: runRow.holdings });
  });
});
