/**
 * Admin merge and split of clusters without HTTP: holdings move along, audited with a reason, old IDs
 * keep resolving. The services are the records module's (clusters.service.ts); the test lives beside
 * the clusters resolver because only a module above both records and holdings may hand them the
 * holdings module's `sourceHoldings` (records may not import holdings: lint:deps).
 */
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, loadBooks, type Book } from '../../../test/support/marc-books.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { auditLog, holdings, members, recordIdentifiers, records, recordSources } from '../../db/schema.js';
import { sourceHoldings } from '../holdings/index.js';
import { mergeRecords as merge, resolveRecordId, splitRecord as split } from '../records/index.js';

const admin: Viewer = { role: 'admin', sub: 'catalogue-office', memberCode: null };
const A = 'CN-T-CLUA';
const B = 'CN-T-CLUB';
// the same work, catalogued by two members with different ISBNs (print run and reprint) and titles
const A_BOOKS: Book[] = [
  { id: 'a-red', title: 'The Red Chamber', isbn: '9780306406157', year: 1990 },
  { id: 'a-tale', title: 'A Tale of Two Rivers', isbn: '9787111000006', year: 2001 },
];
const B_BOOKS: Book[] = [
  { id: 'b-red', title: 'Red Chamber Dream (reprint)', isbn: '9780262033848', year: 1991 },
  { id: 'b-other', title: 'Something Else Entirely', year: 1999 },
];

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await addMember(db(), A);
  await addMember(db(), B);
  await loadBooks(db(), A, A_BOOKS);
  await loadBooks(db(), B, B_BOOKS);
});
afterAll(() => t?.close());

const db = () => t.database.db;
async function source(localId: string) {
  const [s] = await db().select({ id: recordSources.id, recordId: recordSources.recordId }).from(recordSources).where(eq(recordSources.localId, localId));
  return s;
}
/** Which member codes hold the record, one entry per holding. */
async function holders(recordId: number) {
  const rows = await db().select({ code: members.code }).from(holdings).innerJoin(members, eq(members.id, holdings.memberId)).where(eq(holdings.recordId, recordId)).orderBy(asc(members.code));
  return rows.map((r) => r.code);
}
const byIsbn = async (isbn: string) =>
  (await db().select({ id: recordIdentifiers.recordId }).from(recordIdentifiers).where(and(eq(recordIdentifiers.scheme, 'isbn'), eq(recordIdentifiers.value, isbn)))).map((r) => r.id);
// as the clusters resolver calls them: holdings move through the holdings module
const mergeRecords = (d: Db, v: Viewer, target: number, others: number[], reason: string) => merge(d, v, target, others, reason, sourceHoldings);
const splitRecord = (d: Db, v: Viewer, recordId: number, sources: number[], reason: string) => split(d, v, recordId, sources, reason, sourceHoldings);
const audits = (action: string, entityId: number) =>
  db().select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(entityId))));

describe('mergeRecords', () => {
  it('refuses without a reason, or with unknown records, and changes nothing', async () => {
    const red = (await source('a-red')).recordId;
    const reprint = (await source('b-red')).recordId;
    expect(red).not.toBe(reprint); // different ISBNs and titles: two clusters until someone decides
    expect((await mergeRecords(db(), admin, red, [reprint], '  ')).userErrors.map((e) => e.code)).toEqual(['REQUIRED']);
    expect((await mergeRecords(db(), admin, red, [red], 'same book')).userErrors.map((e) => e.code)).toEqual(['REQUIRED']);
    expect((await mergeRecords(db(), admin, red, [reprint, 999_999], 'same book')).userErrors.map((e) => e.code)).toEqual(['UNKNOWN_RECORD']);
    expect((await mergeRecords(db(), admin, 999_999, [reprint], 'same book')).userErrors.map((e) => e.code)).toEqual(['UNKNOWN_RECORD']);
    expect(await holders(reprint)).toEqual([B]);
    expect(await resolveRecordId(db(), reprint)).toBe(reprint);
  });

  it('moves the other record’s sources and holdings onto the target, with its numbers, audited', async () => {
    const red = (await source('a-red')).recordId;
    const reprint = (await source('b-red')).recordId;
    const r = await mergeRecords(db(), admin, red, [reprint], 'same work, reprint catalogued apart');
    expect(r.userErrors).toEqual([]);
    expect(r.record!.id).toBe(red);
    expect(r.record!.isbns).toEqual(['9780262033848', '9780306406157']);
    expect(await holders(red)).toEqual([A, B]);
    expect(await holders(reprint)).toEqual([]);
    expect((await source('b-red')).recordId).toBe(red);
    // either ISBN now finds the one record
    expect(await byIsbn('9780262033848')).toEqual([red]);
    expect(await byIsbn('9780306406157')).toEqual([red]);
    const [entry] = await audits('mergeRecords', red);
    expect(entry).toMatchObject({ actor: 'catalogue-office', role: 'admin', entityType: 'Record', reason: 'same work, reprint catalogued apart', changes: { before: { records: [red, reprint] }, after: { record: red, merged: [reprint] } } });
  });

  it('keeps a merged-away ID resolving to the record it went into, and refuses it as a target', async () => {
    const red = (await source('a-red')).recordId;
    const [gone] = ((await audits('mergeRecords', red))[0].changes.after as { merged: number[] }).merged;
    expect(await db().select().from(records).where(eq(records.id, gone))).toEqual([]);
    expect(await resolveRecordId(db(), gone)).toBe(red);
    expect(await resolveRecordId(db(), 999_999)).toBeNull();
    expect((await mergeRecords(db(), admin, gone, [(await source('b-other')).recordId], 'x')).userErrors.map((e) => e.code)).toEqual(['UNKNOWN_RECORD']);
  });

  it('keeps redirects one hop when the target is merged in turn', async () => {
    const red = (await source('a-red')).recordId;
    const [gone] = ((await audits('mergeRecords', red))[0].changes.after as { merged: number[] }).merged;
    const other = (await source('b-other')).recordId;
    expect((await mergeRecords(db(), admin, other, [red], 'testing chains')).userErrors).toEqual([]);
    expect(await resolveRecordId(db(), red)).toBe(other);
    expect(await resolveRecordId(db(), gone)).toBe(other);
    expect(await holders(other)).toEqual([A, B, B]);
    // undo for the split tests below: move red's sources back out
    const moved = [await source('a-red'), await source('b-red')].map((s) => s.id);
    const back = await splitRecord(db(), admin, other, moved, 'undo the chain test');
    expect(back.userErrors).toEqual([]);
    expect(await holders(back.record!.id)).toEqual([A, B]);
    expect(await holders(other)).toEqual([B]);
  });
});

describe('splitRecord', () => {
  it('moves the named sources and their holdings to a new record, rebuilding both records’ numbers', async () => {
    const cluster = (await source('a-red')).recordId;
    expect((await source('b-red')).recordId).toBe(cluster);
    const r = await splitRecord(db(), admin, cluster, [(await source('b-red')).id], 'the reprint is a different edition after all');
    expect(r.userErrors).toEqual([]);
    expect(r.record).toMatchObject({ title: 'Red Chamber Dream (reprint)', isbns: ['9780262033848'] });
    expect(r.remaining).toMatchObject({ id: cluster, isbns: ['9780306406157'] });
    expect(await holders(r.record!.id)).toEqual([B]);
    expect(await holders(cluster)).toEqual([A]);
    expect(await byIsbn('9780262033848')).toEqual([r.record!.id]);
    const [entry] = await audits('splitRecord', cluster);
    expect(entry).toMatchObject({ actor: 'catalogue-office', reason: 'the reprint is a different edition after all', changes: { after: expect.objectContaining({ newRecord: r.record!.id }) } });
  });

  it('survives the member loading the same record again', async () => {
    const split = (await source('b-red')).recordId;
    const s = await loadBooks(db(), B, B_BOOKS);
    expect(s).toMatchObject({ created: 0, merged: 0, updated: 2 });
    expect((await source('b-red')).recordId).toBe(split);
    expect(await holders(split)).toEqual([B]);
  });

  it('refuses to split out every source, a source of another record, or without a reason', async () => {
    const cluster = (await source('a-red')).recordId;
    const own = (await source('a-red')).id;
    const foreign = (await source('a-tale')).id;
    expect((await splitRecord(db(), admin, cluster, [own], 'all of it')).userErrors.map((e) => e.code)).toEqual(['INVALID_VALUE']);
    expect((await splitRecord(db(), admin, cluster, [foreign], 'not mine')).userErrors.map((e) => e.code)).toEqual(['INVALID_VALUE']);
    expect((await splitRecord(db(), admin, cluster, [own], '')).userErrors.map((e) => e.code)).toEqual(['REQUIRED']);
    expect((await source('a-red')).recordId).toBe(cluster);
    expect(await holders(cluster)).toEqual([A]);
  });
});
