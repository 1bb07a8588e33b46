/**
 * Scenario (npm run test:scenarios, on the PostgreSQL server of TEST_DATABASE_URL): members load
 * overlapping MARC files with `sharegraph import marc`, each command a process of its own, all at the
 * same moment, and get the clusters the same commands give run one after the other. Only the
 * database can make them agree (advisory locks, src/modules/records/cluster-locks.ts): the processes
 * share nothing else. The in-process version runs in `npm test` (test/import/concurrent-import.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { clusterPartition, expectedPartition, memberBooks, numbersInSeveralClusters } from '../support/concurrent-books.js';
import { addMember, marcFile } from '../support/marc-books.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const MEMBERS = 8;
// the first two members' files are bulk loads too: 1,242 records, two batches of the bulk kind
const EXTRA = { members: 2, books: 1200 };
const codes = (ns: string) => Array.from({ length: MEMBERS }, (_, m) => `CN-T-P${ns}${String(m).padStart(2, '0')}`);

let t: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'sharegraph-concurrent-'));
beforeAll(async () => {
  expect(process.env.TEST_DATABASE_URL, 'npm run test:scenarios needs TEST_DATABASE_URL (a PostgreSQL server)').toMatch(/^postgres(ql)?:\/\//);
  t = await openTestDatabase();
  for (const ns of ['S', 'C']) {
    for (const [m, code] of codes(ns).entries()) {
      await addMember(t.database.db, code);
      writeFileSync(path.join(dir, `${code}.mrc`), marcFile(memberBooks(ns, m, EXTRA)));
    }
  }
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `sharegraph import marc FILE --member CODE --json` on the test database; its JSON summary. */
async function importAs(code: string): Promise<{ read: number; created: number; merged: number; rejected: unknown[] }> {
  const r = await runCli(['import', 'marc', path.join(dir, `${code}.mrc`), '--member', code, '--json'], { DATABASE_URL: t.url!, DATA_DIR: dir });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

describe('concurrent imports from several processes', () => {
  it(`${MEMBERS} import commands at once cluster as the same commands run one after the other`, { timeout: 900_000 }, async () => {
    const serial = [];
    for (const code of codes('S')) serial.push(await importAs(code));
    const concurrent = await Promise.all(codes('C').map(importAs));

    const db = t.database.db;
    const expected = expectedPartition(MEMBERS, EXTRA);
    expect(await clusterPartition(db, codes('S'))).toEqual(expected);
    expect(await clusterPartition(db, codes('C'))).toEqual(expected);
    expect(await numbersInSeveralClusters(db, codes('C'))).toEqual([]);
    const created = (runs: { created: number }[]) => runs.reduce((n, r) => n + r.created, 0);
    expect(created(concurrent)).toBe(expected.length);
    expect(created(serial)).toBe(expected.length);
  });
});
