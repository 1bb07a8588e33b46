/** ILL requests through the services, without HTTP: placing, routing, actions, refusals, and no lost update. */
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, BOOK_ISBN, createIllFixture, JOURNAL_ISSN, LENDERS, NON_LENDER, OWN_BOOK_ISBN, REQUESTER, staffOf, type IllFixture } from '../../../test/support/ill-fixture.js';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Db } from '../../db/database.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { illCharges, illFeeTiers, illHistory, illRequests, illRota } from './ill.tables.js';
import { performIllAction, type PerformIllActionInput } from './ill-actions.service.js';
import { createIllRequest, findIllRequestByPeer } from './ill-requests.service.js';
import type { CreateIllRequestInput } from './ill.types.js';

let t: TestDatabase;
let db: Db;
let f: IllFixture;
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  db = t.database.db;
  f = await createIllFixture(db);
  await db.insert(illFeeTiers).values([
    { memberId: null, serviceType: 'LOAN', serviceLevel: 'NORMAL', amount: '20.00', currency: 'CNY' },
    { memberId: null, serviceType: 'COPY', serviceLevel: 'NORMAL', amount: '5.00', currency: 'CNY' },
  ]);
});
afterAll(() => t?.close());

const requester = staffOf(REQUESTER);
const loan = (more: Partial<CreateIllRequestInput> = {}): CreateIllRequestInput => ({ requesterCode: REQUESTER, serviceType: 'LOAN', serviceLevel: 'NORMAL', isbn: BOOK_ISBN, patronReference: 'R-0042', ...more });
const codeOf = (id: number | null) => [...f.memberIds].find(([, v]) => v === id)?.[0] ?? null;
const rotaOf = (requestId: number) => db.select().from(illRota).where(eq(illRota.requestId, requestId)).orderBy(asc(illRota.position));
const historyOf = (requestId: number) => db.select().from(illHistory).where(eq(illHistory.requestId, requestId)).orderBy(asc(illHistory.id));
const rowOf = async (requestId: number) => (await db.select().from(illRequests).where(eq(illRequests.id, requestId)))[0];

async function placed(more: Partial<CreateIllRequestInput> = {}) {
  const r = await createIllRequest(db, requester, loan(more));
  expect(r.userErrors).toEqual([]);
  return r.request!;
}

/** Acts as the staff of the member on that side now. */
async function act(requestId: number, action: PerformIllActionInput['action'], details: PerformIllActionInput['details'] = null, side: 'REQUESTER' | 'SUPPLIER' = 'SUPPLIER') {
  const row = await rowOf(requestId);
  const viewer = side === 'REQUESTER' ? requester : staffOf(codeOf(row.supplierMemberId)!);
  return performIllAction(db, viewer, { requestId, action, details, note: `${action} by ${viewer.memberCode}` });
}

describe('createIllRequest', () => {
  it('routes a loan found by ISBN to the first of a rota of the other lending members, in one go', async () => {
    const request = await placed({ isbn: '978-7-111-92000-' + BOOK_ISBN.at(-1) }); // hyphens as readers type them
    expect(request).toMatchObject({ state: 'REQUESTED', recordId: f.bookId, title: '红楼梦', author: '曹雪芹著', isbn: BOOK_ISBN, rotaPosition: 1, patronReference: 'R-0042', closedAt: null });
    const rota = await rotaOf(request.id);
    expect(rota.map((e) => codeOf(e.memberId)).sort()).toEqual([...LENDERS].sort()); // not the requester, not the member that does not lend
    expect(rota.map((e) => e.position)).toEqual([1, 2, 3]);
    expect(rota.map((e) => e.outcome)).toEqual(['ASKED', 'PENDING', 'PENDING']);
    expect(rota.every((e) => e.reason.length > 0)).toBe(true);
    expect(request.supplierMemberId).toBe(rota[0].memberId);
    const history = await historyOf(request.id);
    expect(history).toEqual([expect.objectContaining({ action: 'CREATE', fromState: null, toState: 'REQUESTED', side: 'REQUESTER', actor: requester.sub })]);
  });

  it('finds a journal by ISSN for a copy, which needs the copyright declaration (else nothing is written)', async () => {
    const before = (await db.select({ n: sql<number>`count(*)::int` }).from(illRequests))[0].n;
    const refused = await createIllRequest(db, requester, { requesterCode: REQUESTER, serviceType: 'COPY', issn: JOURNAL_ISSN, articleTitle: 'On rotas', pages: '1-9' });
    expect(refused.request).toBeNull();
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: ['copyrightDeclaration'], code: 'REQUIRED' })]);
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(illRequests))[0].n).toBe(before);
    const copy = await createIllRequest(db, requester, { requesterCode: REQUESTER, serviceType: 'COPY', issn: JOURNAL_ISSN, articleTitle: 'On rotas', pages: '1-9', copyrightDeclaration: true });
    expect(copy.userErrors).toEqual([]);
    expect(copy.request).toMatchObject({ state: 'REQUESTED', recordId: f.journalId, serviceType: 'COPY', copyrightDeclaration: true });
    expect((await rotaOf(copy.request!.id)).map((e) => codeOf(e.memberId)).sort()).toEqual(LENDERS.slice(0, 2).sort());
  });

  it('keeps a request the catalogue cannot route as UNFILLED with the reason, and one nobody else lends the same way', async () => {
    const titleOnly = await placed({ isbn: null, title: 'A book the union catalogue lacks', author: 'Nobody' });
    expect(titleOnly).toMatchObject({ state: 'UNFILLED', recordId: null, supplierMemberId: null, rotaPosition: null });
    expect(titleOnly.unfilledReason).toMatch(/no record in the union catalogue/);
    expect(titleOnly.closedAt).not.toBeNull();
    const own = await placed({ isbn: OWN_BOOK_ISBN });
    expect(own).toMatchObject({ state: 'UNFILLED', recordId: f.ownBookId });
    expect(own.unfilledReason).toMatch(/no other member holds/);
    expect(await rotaOf(own.id)).toEqual([]);
    expect((await historyOf(own.id)).map((h) => [h.action, h.toState])).toEqual([['CREATE', 'UNFILLED']]);
  });

  it('refuses what the caller can fix, naming the field', async () => {
    const errors = async (input: Partial<CreateIllRequestInput>) => (await createIllRequest(db, requester, loan(input))).userErrors.map((e) => [e.field, e.code]);
    expect(await errors({ isbn: BOOK_ISBN.slice(0, 12) + ((Number(BOOK_ISBN.at(-1)) + 1) % 10) })) // a wrong check digit.toEqual([[['isbn'], 'INVALID_ISBN']]);
    expect(await errors({ isbn: null, recordId: toGlobalId('Record', 2_000_000) })).toEqual([[['recordId'], 'UNKNOWN_RECORD']]);
    expect(await errors({ isbn: null, title: '  ' })).toEqual([[['title'], 'REQUIRED']]);
    expect(await errors({ maxCost: '12.345' })).toEqual([[['maxCost'], 'INVALID_MONEY']]);
    expect(await errors({ patronReference: 'Zhang San, card 1234567890, 13800000000, Room 301, Building 5, East Campus' })).toEqual([[['patronReference'], 'INVALID_VALUE']]);
  });

  it("lets member staff place requests for their own member only; admins for any; analysts for none", async () => {
    await expect(createIllRequest(db, staffOf(LENDERS[0]), loan())).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(createIllRequest(db, { role: 'analyst', sub: 'a', memberCode: null }, loan())).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const byOffice = await createIllRequest(db, ADMIN, loan());
    expect(byOffice.request?.state).toBe('REQUESTED');
    expect((await historyOf(byOffice.request!.id))[0].side).toBe('OFFICE');
  });

  it('keeps the partner\'s request ID of an ISO 18626 request, finds it by it, and refuses the same ID twice', async () => {
    const r = await createIllRequest(db, requester, loan(), { origin: 'ISO18626', peerRequestId: 'PEER-1' });
    expect(r.request).toMatchObject({ origin: 'ISO18626', peerRequestId: 'PEER-1' });
    expect((await historyOf(r.request!.id))[0].actor).toBe(`iso18626:${REQUESTER}`);
    expect((await findIllRequestByPeer(db, f.memberIds.get(REQUESTER)!, 'PEER-1'))?.id).toBe(r.request!.id);
    expect(await findIllRequestByPeer(db, f.memberIds.get(LENDERS[0])!, 'PEER-1')).toBeNull();
    const again = await createIllRequest(db, requester, loan(), { origin: 'ISO18626', peerRequestId: 'PEER-1' });
    expect(again.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_PEER_REQUEST']);
  });
});

describe('performIllAction', () => {
  it('fills a loan after the first supplier declines: next on the rota, shipped with a charge, received, returned, checked in', async () => {
    const request = await placed({ maxCost: '30' });
    const [first, second] = await rotaOf(request.id);
    const declined = await act(request.id, 'CANNOT_SUPPLY', { reason: 'on loan to a reader' });
    expect(declined.userErrors).toEqual([]);
    expect(declined.request).toMatchObject({ state: 'REQUESTED', supplierMemberId: second.memberId, rotaPosition: 2, version: 2 });
    expect((await rotaOf(request.id)).map((e) => [e.outcome, e.outcomeNote])).toEqual([['CANNOT_SUPPLY', 'on loan to a reader'], ['ASKED', null], ['PENDING', null]]);

    expect((await act(request.id, 'WILL_SUPPLY')).request?.state).toBe('WILL_SUPPLY');
    const noDate = await act(request.id, 'SHIP');
    expect(noDate.userErrors).toEqual([expect.objectContaining({ field: ['details', 'dueDate'], code: 'REQUIRED' })]);
    const shipped = await act(request.id, 'SHIP', { dueDate: '2027-02-01' });
    expect(shipped.request).toMatchObject({ state: 'SHIPPED', dueDate: '2027-02-01', cost: '20.0000' });
    expect(shipped.request!.deliveredAt).not.toBeNull();
    expect(await db.select().from(illCharges).where(eq(illCharges.requestId, request.id))).toEqual([
      expect.objectContaining({ payerMemberId: f.memberIds.get(REQUESTER), payeeMemberId: second.memberId, amount: '20.0000', currency: 'CNY' }),
    ]);
    expect((await act(request.id, 'RECEIVE', null, 'REQUESTER')).request?.state).toBe('RECEIVED');
    expect((await act(request.id, 'RETURN', null, 'REQUESTER')).request?.state).toBe('RETURNED');
    const done = await act(request.id, 'CHECK_IN');
    expect(done.request).toMatchObject({ state: 'COMPLETED', version: 7 });
    expect(done.request!.closedAt).not.toBeNull();
    const history = await historyOf(request.id);
    expect(history.map((h) => [h.action, h.fromState, h.toState, h.side])).toEqual([
      ['CREATE', null, 'REQUESTED', 'REQUESTER'],
      ['CANNOT_SUPPLY', 'REQUESTED', 'REQUESTED', 'SUPPLIER'],
      ['WILL_SUPPLY', 'REQUESTED', 'WILL_SUPPLY', 'SUPPLIER'],
      ['SHIP', 'WILL_SUPPLY', 'SHIPPED', 'SUPPLIER'],
      ['RECEIVE', 'SHIPPED', 'RECEIVED', 'REQUESTER'],
      ['RETURN', 'RECEIVED', 'RETURNED', 'REQUESTER'],
      ['CHECK_IN', 'RETURNED', 'COMPLETED', 'SUPPLIER'],
    ]);
    expect(history[1]).toMatchObject({ actorMemberId: first.memberId, details: { reason: 'on loan to a reader', nextSupplier: codeOf(second.memberId) } });
    expect(history[3].details).toEqual({ dueDate: '2027-02-01', cost: '20.00' });
  });

  it('delivers a copy as a link with an expiry in the future, kept out of the history', async () => {
    const copy = (await createIllRequest(db, requester, { requesterCode: REQUESTER, serviceType: 'COPY', issn: JOURNAL_ISSN, articleTitle: 'On rotas', copyrightDeclaration: true })).request!;
    await act(copy.id, 'WILL_SUPPLY');
    const past = await act(copy.id, 'DELIVER_COPY', { copyUrl: 'https://dd.example.org/c/1', copyExpiresAt: new Date(Date.now() - 1000) });
    expect(past.userErrors.map((e) => [e.field, e.code])).toEqual([[['details', 'copyExpiresAt'], 'INVALID_VALUE']]);
    const notUrl = await act(copy.id, 'DELIVER_COPY', { copyUrl: 'ftp://dd.example.org/c/1', copyExpiresAt: '2099-01-01T00:00:00Z' });
    expect(notUrl.userErrors.map((e) => e.field)).toEqual([['details', 'copyUrl']]);
    const delivered = await act(copy.id, 'DELIVER_COPY', { copyUrl: 'https://dd.example.org/c/1', copyExpiresAt: '2099-01-01T00:00:00Z' });
    expect(delivered.request).toMatchObject({ state: 'DELIVERED', copyUrl: 'https://dd.example.org/c/1', copyExpiresAt: new Date('2099-01-01T00:00:00Z'), cost: '5.0000' });
    expect((await historyOf(copy.id)).at(-1)!.details).toEqual({ copyExpiresAt: '2099-01-01T00:00:00.000Z', cost: '5.00' });
    const received = await act(copy.id, 'RECEIVE', null, 'REQUESTER');
    expect(received.request?.state).toBe('COMPLETED');
  });

  it('ends UNFILLED when the last member of the rota declines', async () => {
    const request = await placed();
    for (let i = 0; i < LENDERS.length; i++) expect((await act(request.id, 'CANNOT_SUPPLY')).userErrors).toEqual([]);
    const row = await rowOf(request.id);
    expect(row).toMatchObject({ state: 'UNFILLED', supplierMemberId: null, rotaPosition: null });
    expect(row.unfilledReason).toMatch(/no member of the rota could supply it \(3 asked\)/);
    expect(row.closedAt).not.toBeNull();
    expect((await rotaOf(request.id)).map((e) => e.outcome)).toEqual(['CANNOT_SUPPLY', 'CANNOT_SUPPLY', 'CANNOT_SUPPLY']);
  });

  it('refuses an action the state does not allow, naming the state and what is allowed, and changes nothing', async () => {
    const request = await placed();
    const r = await act(request.id, 'SHIP', { dueDate: '2027-01-01' });
    expect(r.request).toBeNull();
    expect(r.userErrors).toEqual([{ field: ['action'], code: 'ACTION_NOT_ALLOWED', message: expect.stringMatching(/SHIP is not allowed on a loan request in state REQUESTED; allowed now: WILL_SUPPLY \(supplier\), CANNOT_SUPPLY \(supplier\), CANCEL \(requester\)/) }]);
    expect(await rowOf(request.id)).toEqual(request);
    expect(await historyOf(request.id)).toHaveLength(1);
    const cancelled = await act(request.id, 'CANCEL', { reason: 'reader bought it' }, 'REQUESTER');
    expect(cancelled.request).toMatchObject({ state: 'CANCELLED' });
    const after = await act(request.id, 'CANCEL', null, 'REQUESTER');
    expect(after.userErrors[0].message).toMatch(/allowed now: none \(the request is over\)/);
  });

  it("refuses the other side's action and members not on the request as FORBIDDEN", async () => {
    const request = await placed();
    const supplier = codeOf(request.supplierMemberId)!;
    await expect(performIllAction(db, requester, { requestId: request.id, action: 'WILL_SUPPLY' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(performIllAction(db, staffOf(supplier), { requestId: request.id, action: 'CANCEL' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const later = (await rotaOf(request.id)).find((e) => e.position === 2)!;
    await expect(performIllAction(db, staffOf(codeOf(later.memberId)!), { requestId: request.id, action: 'WILL_SUPPLY' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(performIllAction(db, staffOf(NON_LENDER), { requestId: request.id, action: 'CANCEL' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await rowOf(request.id)).version).toBe(1);
    // the office may act for either side
    expect((await performIllAction(db, ADMIN, { requestId: request.id, action: 'WILL_SUPPLY' })).request?.state).toBe('WILL_SUPPLY');
    expect((await historyOf(request.id)).at(-1)).toMatchObject({ side: 'OFFICE', actor: 'ill-office' });
  });

  it("refuses a charge over the requester's maximum, and details the action does not take", async () => {
    const request = await placed({ maxCost: '15.00' });
    expect((await act(request.id, 'WILL_SUPPLY', { cost: '16' })).userErrors.map((e) => e.code)).toEqual(['COST_OVER_MAXIMUM']);
    expect((await act(request.id, 'WILL_SUPPLY', { dueDate: '2027-01-01' })).userErrors.map((e) => [e.field, e.code])).toEqual([[['details', 'dueDate'], 'INVALID_VALUE']]);
    expect((await act(request.id, 'WILL_SUPPLY')).userErrors).toEqual([]);
    const overFee = await act(request.id, 'SHIP', { dueDate: '2027-01-01' }); // the tier's 20.00 > 15.00
    expect(overFee.userErrors).toEqual([expect.objectContaining({ field: ['details', 'cost'], code: 'COST_OVER_MAXIMUM', message: expect.stringMatching(/20\.00 CNY is more than the requester's maximum of 15\.00 CNY/) })]);
    expect((await rowOf(request.id)).state).toBe('WILL_SUPPLY');
    expect(await db.select().from(illCharges).where(eq(illCharges.requestId, request.id))).toEqual([]);
    const agreed = await act(request.id, 'SHIP', { dueDate: '2027-01-01', cost: '15' });
    expect(agreed.request).toMatchObject({ state: 'SHIPPED', cost: '15.0000' });
  });

  it('an unknown request is a userError', async () => {
    const r = await performIllAction(db, ADMIN, { requestId: 2_000_000, action: 'CANCEL' });
    expect(r.userErrors.map((e) => e.code)).toEqual(['UNKNOWN_ILL_REQUEST']);
  });
});

describe('concurrent actions on one request', () => {
  const outcomes = async (runs: Promise<{ userErrors: unknown[] }>[]) =>
    (await Promise.allSettled(runs)).map((s) => (s.status === 'fulfilled' ? (s.value.userErrors.length === 0 ? 'ok' : 'refused') : String((s.reason as { extensions?: { code?: string } }).extensions?.code ?? s.reason).toLowerCase())).sort();

  it('two CANCELs: exactly one happens, one history entry', async () => {
    const request = await placed();
    const cancel = () => performIllAction(db, requester, { requestId: request.id, action: 'CANCEL' });
    expect(await outcomes([cancel(), cancel()])).toEqual(['ok', 'refused']);
    expect((await historyOf(request.id)).filter((h) => h.action === 'CANCEL')).toHaveLength(1);
    expect(await rowOf(request.id)).toMatchObject({ state: 'CANCELLED', version: 2 });
  });

  it('two SHIPs and two CANNOT_SUPPLYs from one supplier: exactly one of each happens', async () => {
    const request = await placed();
    const supplier = staffOf(codeOf(request.supplierMemberId)!);
    const decline = () => performIllAction(db, supplier, { requestId: request.id, action: 'CANNOT_SUPPLY' });
    expect(await outcomes([decline(), decline()])).toEqual(['forbidden', 'ok']); // the second finds the request with the next supplier
    const next = staffOf(codeOf((await rowOf(request.id)).supplierMemberId)!);
    await performIllAction(db, next, { requestId: request.id, action: 'WILL_SUPPLY' });
    const ship = () => performIllAction(db, next, { requestId: request.id, action: 'SHIP', details: { dueDate: '2027-03-01' } });
    expect(await outcomes([ship(), ship()])).toEqual(['ok', 'refused']);
    const history = await historyOf(request.id);
    expect(history.map((h) => h.action)).toEqual(['CREATE', 'CANNOT_SUPPLY', 'WILL_SUPPLY', 'SHIP']);
    expect(await rowOf(request.id)).toMatchObject({ state: 'SHIPPED', version: 4, rotaPosition: 2 });
    expect(await db.select().from(illCharges).where(eq(illCharges.requestId, request.id))).toHaveLength(1);
  });
});
