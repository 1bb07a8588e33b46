/**
 * Many members loading overlapping MARC files at the same moment get the clusters they would get
 * loading them one after the other: one cluster per book, never one per member (clustering decides
 * under advisory locks in the database, src/modules/records/cluster-locks.ts). Runs on PGlite and, with
 * TEST_DATABASE_URL, on the server, where the imports' batches really run side by side on several
 * connections. Several processes: test/scenarios/concurrent-import.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/modules/imports/index.js';
import { addMember, loadBooks } from '../support/marc-books.js';
import { clusterPartition, expectedPartition, memberBooks, numbersInSeveralClusters } from '../support/concurrent-books.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const MEMBERS = 12;
// the first two members also load 150 more books (the same ones): batches with more match keys than
// one lock each (the clustering lock taken exclusively), beside the others' small batches
const EXTRA = { members: 2, books: 150 };
const codes = (ns: string) => Array.from({ length: MEMBERS }, (_, m) => `CN-T-C${ns}${String(m).padStart(2, '0')}`);

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  for (const ns of ['S', 'C']) for (const code of codes(ns)) await addMember(t.database.db, code);
});
afterAll(() => t?.close());

describe('concurrent MARC imports', () => {
  it('cluster the same as the same files loaded one after the other', async () => {
    const db = t.database.db;
    // round S: one member after the other
    const serial: ImportSummary[] = [];
    for (const [m, code] of codes('S').entries()) serial.push(await loadBooks(db, code, memberBooks('S', m, EXTRA)));
    // round C: the same files (other numbers and titles), all at once
    const concurrent = await Promise.all(codes('C').map((code, m) => loadBooks(db, code, memberBooks('C', m, EXTRA))));

    const expected = expectedPartition(MEMBERS, EXTRA);
    expect(await clusterPartition(db, codes('S'))).toEqual(expected);
    expect(await clusterPartition(db, codes('C'))).toEqual(expected);
    expect(await numbersInSeveralClusters(db, codes('C'))).toEqual([]);
    // and every load says so: as many new clusters in all as there are books, the rest merged
    const total = (runs: typeof serial, key: 'created' | 'merged' | 'read') => runs.reduce((n, r) => n + r[key], 0);
    expect(total(concurrent, 'created')).toBe(expected.length);
    expect(total(concurrent, 'created')).toBe(total(serial, 'created'));
    expect(total(concurrent, 'merged')).toBe(total(concurrent, 'read') - expected.length);
    expect(concurrent.every((r) => r.rejected.length === 0)).toBe(true);
  });

  it('loading the same files again at once updates in place: no cluster added or split', async () => {
    const db = t.database.db;
    const before = await clusterPartition(db, codes('C'));
    const again = await Promise.all(codes('C').map((code, m) => loadBooks(db, code, memberBooks('C', m, EXTRA))));
    expect(again.every((r) => r.created === 0 && r.merged === 0 && r.updated === r.read)).toBe(true);
    expect(await clusterPartition(db, codes('C'))).toEqual(before);
  });
});
