/** The supplier's lending rules on a loan's actions: the longest due date SHIP may set, and RENEW as often as they allow. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, BOOK_ISBN, createIllFixture, LENDERS, REQUESTER, staffOf } from '../../../test/support/ill-fixture.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Db } from '../../db/database.js';
import { illHistory, illRequests, illRota } from './ill.tables.js';
import { performIllAction } from './ill-actions.service.js';
import { createIllRequest } from './ill-requests.service.js';
import { setLendingRules } from './ill-rules.service.js';

let t: TestDatabase;
let db: Db;
let codeOf: (memberId: number) => string;
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  db = t.database.db;
  const { memberIds } = await createIllFixture(db);
  codeOf = (memberId) => [...memberIds].find(([, id]) => id === memberId)![0];
  // every lender: 21-day loans, one renewal (so whichever the rota asks first, the same rules hold)
  for (const memberCode of LENDERS) expect((await setLendingRules(db, ADMIN, { memberCode, loanPeriodDays: 21, renewals: 1 })).userErrors).toEqual([]);
});
afterAll(() => t?.close());

const NOW = new Date('2027-03-10T02:00:00Z');
const requester = staffOf(REQUESTER);

/** A loan placed, agreed by its first supplier; with that supplier's staff. */
async function agreedLoan() {
  const placed = await createIllRequest(db, requester, { requesterCode: REQUESTER, serviceType: 'LOAN', serviceLevel: 'NORMAL', isbn: BOOK_ISBN });
  expect(placed.userErrors).toEqual([]);
  const request = placed.request!;
  const [asked] = await db.select().from(illRota).where(and(eq(illRota.requestId, request.id), eq(illRota.outcome, 'ASKED')));
  const supplier = staffOf(codeOf(asked.memberId));
  expect((await performIllAction(db, supplier, { requestId: request.id, action: 'WILL_SUPPLY' }, { now: NOW })).userErrors).toEqual([]);
  return { id: request.id, supplier };
}

describe("a loan under the supplier's lending rules", () => {
  it("refuses a due date past the supplier's loan period, naming the latest allowed, and changes nothing", async () => {
    const { id, supplier } = await agreedLoan();
    const r = await performIllAction(db, supplier, { requestId: id, action: 'SHIP', details: { dueDate: '2027-04-01' } }, { now: NOW });
    expect(r.request).toBeNull();
    expect(r.userErrors).toEqual([expect.objectContaining({ field: ['details', 'dueDate'], code: 'INVALID_VALUE', message: expect.stringContaining('lends for at most 21 days: dueDate may be 2027-03-31 at the latest') })]);
    expect((await db.select().from(illRequests).where(eq(illRequests.id, id)))[0]).toMatchObject({ state: 'WILL_SUPPLY', dueDate: null, version: 2 });
    expect((await performIllAction(db, supplier, { requestId: id, action: 'SHIP', details: { dueDate: '2027-03-31' } }, { now: NOW })).request).toMatchObject({ state: 'SHIPPED', dueDate: '2027-03-31' });
  });

  it('renews by the loan period as often as the rules allow, then refuses saying why', async () => {
    const { id, supplier } = await agreedLoan();
    await performIllAction(db, supplier, { requestId: id, action: 'SHIP', details: { dueDate: '2027-03-31' } }, { now: NOW });
    expect((await performIllAction(db, requester, { requestId: id, action: 'RECEIVE' }, { now: NOW })).userErrors).toEqual([]);
    const renewed = await performIllAction(db, requester, { requestId: id, action: 'RENEW', note: 'reader needs it longer' }, { now: new Date('2027-03-25T02:00:00Z') });
    expect(renewed.userErrors).toEqual([]);
    expect(renewed.request).toMatchObject({ state: 'RECEIVED', dueDate: '2027-04-21' }); // 2027-03-31 + 21 days
    const [entry] = await db.select().from(illHistory).where(and(eq(illHistory.requestId, id), eq(illHistory.action, 'RENEW')));
    expect(entry).toMatchObject({ fromState: 'RECEIVED', toState: 'RECEIVED', side: 'REQUESTER', details: { dueDate: '2027-04-21', previousDueDate: '2027-03-31', renewal: 1 } });

    const again = await performIllAction(db, requester, { requestId: id, action: 'RENEW' }, { now: new Date('2027-04-15T02:00:00Z') });
    expect(again.request).toBeNull();
    expect(again.userErrors).toEqual([expect.objectContaining({ field: ['action'], code: 'ACTION_NOT_ALLOWED', message: expect.stringContaining('allow 1 renewal and this loan has had 1') })]);
    expect((await db.select().from(illRequests).where(eq(illRequests.id, id)))[0]).toMatchObject({ dueDate: '2027-04-21', version: 5 });
  });

  it('a renewal is the requester’s: the supplier asking for one is FORBIDDEN', async () => {
    const { id, supplier } = await agreedLoan();
    await performIllAction(db, supplier, { requestId: id, action: 'SHIP', details: { dueDate: '2027-03-20' } }, { now: NOW });
    await performIllAction(db, requester, { requestId: id, action: 'RECEIVE' }, { now: NOW });
    await expect(performIllAction(db, supplier, { requestId: id, action: 'RENEW' }, { now: NOW })).rejects.toThrow(/this action is for the requester/);
  });
});
