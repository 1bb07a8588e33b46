/** Holdings writes through the service, without HTTP: idempotent upserts, all-or-nothing batches, deletes. */
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { SYSTEM_VIEWER, type Viewer } from '../../auth/viewer.js';
import { auditLog, holdings, members, recordIdentifiers } from '../../db/schema.js';
import { deleteHoldings, upsertHoldings } from './holdings.service.js';

const MEMBER = 'CN-110000-PKU';
const staff: Viewer = { role: 'member', sub: 'pku-cataloguer', memberCode: MEMBER };

let t: TestDatabase;
let isbns: string[];
beforeAll(async () => {
  t = await openTestDatabase({ seed: true });
  const rows = await t.database.db.selectDistinct({ value: recordIdentifiers.value }).from(recordIdentifiers).where(eq(recordIdentifiers.scheme, 'isbn')).orderBy(recordIdentifiers.value).limit(2);
  isbns = rows.map((r) => r.value);
});
afterAll(() => t?.close());

const db = () => t.database.db;
async function memberHoldings(localIdPrefix: string) {
  const [pku] = await db().select().from(members).where(eq(members.code, MEMBER));
  const rows = await db().select().from(holdings).where(eq(holdings.memberId, pku.id));
  return rows.filter((h) => h.localId.startsWith(localIdPrefix));
}
const audits = async (action: string) => (await db().select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, MEMBER))))[0].n;

describe('upsertHoldings', () => {
  it('writes a row once and updates it in place when sent again, auditing each call', async () => {
    const before = await audits('upsertHoldings');
    const first = await upsertHoldings(db(), staff, MEMBER, [{ localId: ' svc-1 ', isbn: isbns[0], location: 'Main stacks', copies: 2 }]);
    expect(first.userErrors).toEqual([]);
    expect(first.holdings[0]).toMatchObject({ localId: 'svc-1', location: 'Main stacks', copies: 2, available: 2, lendable: true });
    const again = await upsertHoldings(db(), staff, MEMBER, [{ localId: 'svc-1', isbn: isbns[0], location: 'Reading room', copies: 3, available: 1, lendable: false }]);
    expect(again.userErrors).toEqual([]);
    expect(again.holdings[0]).toMatchObject({ id: first.holdings[0].id, location: 'Reading room', copies: 3, available: 1, lendable: false });
    expect(await memberHoldings('svc-')).toHaveLength(1);
    expect(await audits('upsertHoldings')).toBe(before + 2);
  });

  it('writes nothing when any row is wrong, and says which row and field', async () => {
    const before = await audits('upsertHoldings');
    const r = await upsertHoldings(db(), staff, MEMBER, [
      { localId: 'svc-2', isbn: isbns[1] },
      { localId: 'svc-3', isbn: '9780000000002' }, // a valid ISBN no record has
      { localId: 'svc-2', isbn: isbns[1] },
    ]);
    expect(r.holdings).toEqual([]);
    expect(r.userErrors.map((e) => [e.field, e.code])).toEqual(
      expect.arrayContaining([
        [['holdings', '2', 'localId'], 'DUPLICATE_LOCAL_ID'],
        [['holdings', '1', 'isbn'], 'UNKNOWN_RECORD'],
      ]),
    );
    expect((await memberHoldings('svc-')).map((h) => h.localId)).toEqual(['svc-1']);
    expect(await audits('upsertHoldings')).toBe(before);
  });

  it('refuses an unknown member', async () => {
    // an admin: member staff naming another member are refused before that (src/auth/policy.test.ts)
    const r = await upsertHoldings(db(), SYSTEM_VIEWER, 'XX-NOBODY', [{ localId: 'svc-9', isbn: isbns[0] }]);
    expect(r.userErrors).toEqual([expect.objectContaining({ field: ['memberCode'], code: 'UNKNOWN_MEMBER' })]);
  });
});

describe('deleteHoldings', () => {
  it('deletes what the member has and lists what it had not', async () => {
    await upsertHoldings(db(), staff, MEMBER, [{ localId: 'svc-del', isbn: isbns[1] }]);
    const r = await deleteHoldings(db(), staff, MEMBER, ['svc-del', ' svc-del ', 'svc-never']);
    expect(r).toEqual({ deletedLocalIds: ['svc-del'], notFoundLocalIds: ['svc-never'], userErrors: [] });
    expect((await memberHoldings('svc-del'))).toEqual([]);
    expect((await deleteHoldings(db(), staff, MEMBER, ['svc-del'])).notFoundLocalIds).toEqual(['svc-del']);
  });
});
