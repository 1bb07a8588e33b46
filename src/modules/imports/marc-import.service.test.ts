/**
 * MARC loads through the service, without HTTP: counts that add up, re-loads in place, `replace`
 * loads, and a batch that fails leaves nothing of itself behind.
 */
import { readFileSync } from 'node:fs';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, loadBooks, type Book } from '../../../test/support/marc-books.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { SYSTEM_VIEWER, type Viewer } from '../../auth/viewer.js';
import { holdings, records, recordSources } from '../../db/schema.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { events } from '../events/index.js';
import { memberByCode } from '../members/index.js';
import { imports } from './imports.tables.js';
import { importMarc, type ImportSummary } from './marc-import.service.js';

const M = 'CN-T-IMPM';
const N = 'CN-T-IMPN';
const FIXTURE = new URL('../../../../shared/fixtures/marc/marc21/marc4j-brkrtest.mrc', import.meta.url).pathname;
const BOOKS: Book[] = [
  { id: 'm1', title: 'Gardens of the North', isbn: '9780306406157', year: 1999 },
  { id: 'm2', title: 'Gardens of the North : second printing', isbn: '0-306-40615-2', year: 2000 }, // same ISBN: joins m1
  { id: 'm3', title: 'Winter Rivers', isbn: '9780262033848', year: 2009 },
  { id: 'm4', year: 2010 }, // no title: rejected
];

let t: TestDatabase;
let memberId: number;
beforeAll(async () => {
  t = await openTestDatabase();
  await addMember(db(), M);
  await addMember(db(), N);
  memberId = (await memberByCode(db(), M))!.id;
});
afterAll(() => t?.close());

const db = () => t.database.db;
const adds = (s: ImportSummary) => s.created + s.merged + s.updated + s.deleted + s.rejected.length;
async function mine() {
  const rows = await db()
    .select({ localId: recordSources.localId, recordId: recordSources.recordId, title: records.title })
    .from(recordSources)
    .innerJoin(records, eq(records.id, recordSources.recordId))
    .where(eq(recordSources.memberId, memberId))
    .orderBy(asc(recordSources.localId));
  return rows;
}
const holdingCount = async () => (await db().select({ id: holdings.id }).from(holdings).where(eq(holdings.memberId, memberId))).length;

describe('a first load', () => {
  it('counts every record read as created, merged or rejected, and records the load', async () => {
    const s = await loadBooks(db(), M, BOOKS);
    expect(s).toMatchObject({ read: 4, created: 2, merged: 1, updated: 0, deleted: 0, deletedByReplace: 0 });
    expect(s.rejected).toEqual([{ file: `${M}.mrc`, position: 4, reason: expect.stringContaining('no title') }]);
    expect(adds(s)).toBe(s.read);
    const rows = await mine();
    expect(rows.map((r) => r.localId)).toEqual(['m1', 'm2', 'm3']);
    expect(rows[0].recordId).toBe(rows[1].recordId);
    expect(await holdingCount()).toBe(3);
    const [run] = await db().select().from(imports).where(eq(imports.id, s.importId));
    expect(run).toMatchObject({ memberId, status: 'SUCCEEDED', read: 4, created: 2, merged: 1, updated: 0, deleted: 0, files: [`${M}.mrc`] });
  });

  it('adds up on a real MARC 21 file too', async () => {
    const bytes = readFileSync(FIXTURE);
    const inFile = bytes.filter((b) => b === 0x1d).length; // record terminators
    const s = await importMarc(db(), SYSTEM_VIEWER, [{ name: 'brkrtest.mrc', source: { path: FIXTURE } }], { memberCode: N, format: 'auto', dialect: 'auto', encoding: 'auto', replace: false, via: 'cli', actor: 'test' });
    expect(s.read).toBe(inFile);
    expect(adds(s)).toBe(s.read);
    expect(s.created + s.merged).toBeGreaterThan(0);
  });

  it('refuses an unknown member and a file that is not MARC, writing nothing', async () => {
    const before = (await db().select({ id: imports.id }).from(imports)).length;
    await expect(loadBooks(db(), 'XX-NOBODY', BOOKS)).rejects.toThrow(/no member has code/);
    await expect(importMarc(db(), SYSTEM_VIEWER, [{ name: 'x.pdf', source: { bytes: Buffer.from('%PDF-1.4 not a catalogue') } }], { memberCode: M, format: 'auto', dialect: 'auto', encoding: 'auto', replace: false, via: 'api', actor: 'test' })).rejects.toThrow();
    expect((await db().select({ id: imports.id }).from(imports)).length).toBe(before);
  });

  it("refuses another member's staff, and lets the member's own staff load", async () => {
    const before = (await db().select({ id: imports.id }).from(imports)).length;
    const otherStaff: Viewer = { role: 'member', sub: 'n-cataloguer', memberCode: N };
    await expect(loadBooks(db(), M, BOOKS, {}, otherStaff)).rejects.toThrow(/may not change the data of CN-T-IMPM/);
    expect((await db().select({ id: imports.id }).from(imports)).length).toBe(before);
    const s = await loadBooks(db(), N, [{ id: 'n-own', title: 'Loaded by its own staff' }], {}, otherStaff);
    expect(s).toMatchObject({ read: 1, created: 1 });
  });
});

describe('loading again', () => {
  it('updates records in place: same records, new text, no duplicate holdings', async () => {
    const before = await mine();
    const s = await loadBooks(db(), M, [{ ...BOOKS[0], title: 'Gardens of the North (revised)' }, BOOKS[1], BOOKS[2]]);
    expect(s).toMatchObject({ read: 3, created: 0, merged: 0, updated: 3, deleted: 0, rejected: [] });
    const after = await mine();
    expect(after.map((r) => [r.localId, r.recordId])).toEqual(before.map((r) => [r.localId, r.recordId]));
    expect(after[0].title).toBe('Gardens of the North (revised)');
    expect(await holdingCount()).toBe(3);
  });

  it('counts a record sent twice in one file once as read each time, the later winning', async () => {
    const s = await loadBooks(db(), M, [{ ...BOOKS[2], title: 'Winter Rivers, draft' }, { ...BOOKS[2], title: 'Winter Rivers' }]);
    expect(s).toMatchObject({ read: 2, updated: 2, created: 0 });
    expect((await mine()).find((r) => r.localId === 'm3')!.title).toBe('Winter Rivers');
  });

  it('removes a record the member marks deleted, and its holding', async () => {
    const s = await loadBooks(db(), M, [{ id: 'm2', deleted: true }]);
    expect(s).toMatchObject({ read: 1, deleted: 1, created: 0, updated: 0 });
    expect((await mine()).map((r) => r.localId)).toEqual(['m1', 'm3']);
    expect(await holdingCount()).toBe(2);
  });

  it('with replace, removes what the file no longer has and reports it apart from the counts', async () => {
    const s = await loadBooks(db(), M, [BOOKS[2], { id: 'm5', title: 'Summer Lakes', year: 2012 }], { replace: true });
    expect(s).toMatchObject({ read: 2, created: 1, updated: 1, deleted: 0, deletedByReplace: 1 });
    expect(adds(s)).toBe(s.read);
    expect((await mine()).map((r) => r.localId)).toEqual(['m3', 'm5']);
    expect(await holdingCount()).toBe(2);
    const [run] = await db().select().from(imports).where(eq(imports.id, s.importId));
    expect(run.deleted).toBe(1); // the load's row counts what replace removed
    // another member's records are never touched by M's replace
    expect((await db().select({ id: recordSources.id }).from(recordSources).where(eq(recordSources.memberId, (await memberByCode(db(), N))!.id))).length).toBeGreaterThan(0);
  });
});

describe('a batch that fails', () => {
  it('writes nothing of that batch, and the load is recorded as failed', async () => {
    // the database refuses one record of the batch (as a constraint or a lost connection would)
    await db().execute(sql.raw(`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.local_id = 'boom' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`));
    await db().execute(sql.raw(`CREATE TRIGGER refuse_boom BEFORE INSERT ON record_sources FOR EACH ROW EXECUTE FUNCTION refuse_boom()`));
    try {
      const before = await mine();
      const holdingsBefore = await holdingCount();
      await expect(loadBooks(db(), M, [{ ...BOOKS[2], title: 'Winter Rivers, changed' }, { id: 'm6', title: 'Autumn Hills' }, { id: 'boom', title: 'Refused' }])).rejects.toThrow();
      expect(await mine()).toEqual(before); // neither the update of m3 nor the new m6
      expect(await holdingCount()).toBe(holdingsBefore);
      const [run] = await db().select().from(imports).where(and(eq(imports.memberId, memberId))).orderBy(sql`${imports.id} desc`).limit(1);
      // the load says why, in the database's words, not as a dump of the statement and its parameters
      expect(run).toMatchObject({ status: 'FAILED', created: 0, updated: 0, message: 'the database refused a batch: refused by test' });
      // its events: the load ended (FAILED, with the reason); no holdings changed, so no HOLDINGS_CHANGED
      const written = await db().select().from(events).where(sql`${events.data}->>'importRun' = ${toGlobalId('ImportRun', run.id)}`);
      expect(written.map((e) => [e.type, e.data.status, (e.data.summary as { message: string }).message])).toEqual([['IMPORT_FINISHED', 'FAILED', 'the database refused a batch: refused by test']]);
    } finally {
      await db().execute(sql.raw('DROP TRIGGER refuse_boom ON record_sources'));
      await db().execute(sql.raw('DROP FUNCTION refuse_boom()'));
    }
  });
});

describe('a record the database could not store', () => {
  it('is rejected, naming where its NUL byte is, and the rest of the load goes on', async () => {
    const s = await loadBooks(db(), N, [{ id: 'nul-1', title: 'Before the NUL' }, { id: 'nul-2', title: 'A title with a \u0000 in it' }, { id: 'nul-3', title: 'After the NUL' }]);
    expect(s).toMatchObject({ read: 3, created: 2 });
    expect(s.rejected).toEqual([{ file: `${N}.mrc`, position: 2, reason: 'a NUL character (U+0000) in 245$a, which cannot be stored: remove it from the record' }]);
    const [run] = await db().select().from(imports).where(eq(imports.id, s.importId));
    expect(run).toMatchObject({ status: 'SUCCEEDED', read: 3, created: 2, rejected: s.rejected });
  });
});
