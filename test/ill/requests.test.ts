/**
 * ILL requests through GraphQL, as member staff use them: whole lifecycles (a loan filled after one
 * supplier declines, a copy delivered, a request cancelled, one unfilled at the end of its rota),
 * refusals (an action the state does not allow, the other side's action), concurrent actions, and
 * what each viewer sees (the list's scope, the patron reference, the copy link, availableActions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { createIllRequest, illFeeTiers, performIllAction } from '../../src/modules/ill/index.js';
import { ADMIN, BOOK_ISBN, createIllFixture, JOURNAL_ISSN, LENDERS, NON_LENDER, REQUESTER, staffOf } from '../support/ill-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const tokens = new Map<string, string>();
const tokenOf = (code: string) => tokens.get(code)!;

beforeAll(async () => {
  t = await startTestApp({ seed: false });
  await createIllFixture(t.database.db);
  await t.database.db.insert(illFeeTiers).values([{ memberId: null, serviceType: 'LOAN', serviceLevel: 'NORMAL', amount: '20.00', currency: 'CNY' }]);
  for (const code of [REQUESTER, ...LENDERS, NON_LENDER]) tokens.set(code, await t.token('member', code));
  tokens.set('admin', await t.token('admin'));
  tokens.set('analyst', await t.token('analyst'));
});
afterAll(() => t?.close());

const REQUEST_FIELDS = `id state serviceType serviceLevel title patronReference version
  requester { code } supplier { code } record { id title }
  rota { member { code } position score reason outcome }
  availableActions history { action fromState toState at side actor note }
  dueDate copy { url expiresAt } cost { amount currency } turnaroundHours createdAt closedAt unfilledReason`;
const CREATE = `mutation($input: CreateIllRequestInput!) { createIllRequest(input: $input) { request { ${REQUEST_FIELDS} } userErrors { field code message } } }`;
const ACT = `mutation($input: PerformActionInput!) { performAction(input: $input) { request { ${REQUEST_FIELDS} } userErrors { field code message } } }`;
const ONE = `query($id: ID!) { illRequest(id: $id) { ${REQUEST_FIELDS} } }`;

interface Req {
  id: string;
  state: string;
  version: number;
  supplier: { code: string } | null;
  rota: { member: { code: string }; position: number; outcome: string }[];
  availableActions: string[];
  history: { action: string; fromState: string | null; toState: string; side: string }[];
  [field: string]: unknown;
}

async function place(input: Record<string, unknown> = {}): Promise<Req> {
  const r = await t.execute(CREATE, { input: { requesterCode: REQUESTER, serviceType: 'LOAN', isbn: BOOK_ISBN, patronReference: 'P-7', ...input } }, tokenOf(REQUESTER));
  expect(r.errors).toBeUndefined();
  expect(r.data!.createIllRequest.userErrors).toEqual([]);
  return r.data!.createIllRequest.request;
}

async function act(request: Req, action: string, as: string, details: Record<string, unknown> | null = null, note: string | null = null) {
  const r = await t.execute(ACT, { input: { requestId: request.id, action, details, note } }, tokenOf(as));
  return r;
}

async function acted(request: Req, action: string, as: string, details: Record<string, unknown> | null = null): Promise<Req> {
  const r = await act(request, action, as, details);
  expect(r.errors).toBeUndefined();
  expect(r.data!.performAction.userErrors).toEqual([]);
  return r.data!.performAction.request;
}

const view = async (id: string, as: string): Promise<Req> => {
  const r = await t.execute(ONE, { id }, tokenOf(as));
  expect(r.errors).toBeUndefined();
  return r.data!.illRequest;
};

describe('lifecycles', () => {
  it('a loan: the first supplier declines, the second fills it, the requester receives and returns it, the supplier checks it in', async () => {
    const placed = await place({ maxCost: '25' });
    expect(placed).toMatchObject({ state: 'REQUESTED', serviceType: 'LOAN', serviceLevel: 'NORMAL', title: '红楼梦', record: { title: '红楼梦' }, patronReference: 'P-7', availableActions: ['CANCEL'] });
    expect(placed.rota.map((e) => e.outcome)).toEqual(['ASKED', 'PENDING', 'PENDING']);
    expect(placed.supplier!.code).toBe(placed.rota[0].member.code);
    const [first, second] = placed.rota.map((e) => e.member.code);
    expect(await view(placed.id, first)).toMatchObject({ availableActions: ['WILL_SUPPLY', 'CANNOT_SUPPLY'], patronReference: null });
    expect((await view(placed.id, second)).availableActions).toEqual([]); // on the rota, not asked yet: sees it, may not act

    const declined = await acted(placed, 'CANNOT_SUPPLY', first, { reason: 'missing from the shelf' });
    expect(declined).toMatchObject({ state: 'REQUESTED', supplier: { code: second } });
    expect((await view(placed.id, first)).availableActions).toEqual([]);
    await acted(placed, 'WILL_SUPPLY', second);
    const shipped = await acted(placed, 'SHIP', second, { dueDate: '2027-01-31' });
    expect(shipped).toMatchObject({ state: 'SHIPPED', dueDate: '2027-01-31', cost: { amount: '20.00', currency: 'CNY' } });
    expect(shipped.turnaroundHours).toEqual(expect.any(Number));
    expect((await view(placed.id, REQUESTER)).availableActions).toEqual(['RECEIVE']);
    await acted(placed, 'RECEIVE', REQUESTER);
    await acted(placed, 'RETURN', REQUESTER);
    const done = await acted(placed, 'CHECK_IN', second);
    expect(done).toMatchObject({ state: 'COMPLETED', availableActions: [] });
    expect(done.closedAt).not.toBeNull();
    expect(done.history.map((h) => `${h.action}:${h.fromState ?? '-'}>${h.toState}:${h.side}`)).toEqual([
      'CREATE:->REQUESTED:REQUESTER', 'CANNOT_SUPPLY:REQUESTED>REQUESTED:SUPPLIER', 'WILL_SUPPLY:REQUESTED>WILL_SUPPLY:SUPPLIER', 'SHIP:WILL_SUPPLY>SHIPPED:SUPPLIER',
      'RECEIVE:SHIPPED>RECEIVED:REQUESTER', 'RETURN:RECEIVED>RETURNED:REQUESTER', 'CHECK_IN:RETURNED>COMPLETED:SUPPLIER',
    ]);
    expect(done.rota.map((e) => e.outcome)).toEqual(['CANNOT_SUPPLY', 'SUPPLIED', 'PENDING']);
  });

  it("a copy: delivered as a link the requester's staff see until it expires; the supplier and other members never see it", async () => {
    const placed = await place({ serviceType: 'COPY', isbn: null, issn: JOURNAL_ISSN, articleTitle: 'Resource sharing in practice', pages: '3-14', copyrightDeclaration: true });
    const supplier = placed.supplier!.code;
    await acted(placed, 'WILL_SUPPLY', supplier);
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const delivered = await acted(placed, 'DELIVER_COPY', supplier, { copyUrl: 'https://docs.example.org/ill/abc', copyExpiresAt: expiresAt });
    expect(delivered.state).toBe('DELIVERED');
    expect((await view(placed.id, REQUESTER)).copy).toEqual({ url: 'https://docs.example.org/ill/abc', expiresAt });
    expect((await view(placed.id, 'admin')).copy).toEqual({ url: 'https://docs.example.org/ill/abc', expiresAt });
    expect((await view(placed.id, supplier)).copy).toEqual({ url: null, expiresAt });
    expect(JSON.stringify((await view(placed.id, supplier)).history)).not.toContain('docs.example.org');
    expect((await acted(placed, 'RECEIVE', REQUESTER)).state).toBe('COMPLETED');

    // one delivered with a link that has expired since (delivered through the service at an earlier time)
    const old = (await createIllRequest(t.database.db, staffOf(REQUESTER), { requesterCode: REQUESTER, serviceType: 'COPY', serviceLevel: 'NORMAL', issn: JOURNAL_ISSN, copyrightDeclaration: true })).request!;
    const then = new Date('2026-01-10T08:00:00Z');
    await performIllAction(t.database.db, ADMIN, { requestId: old.id, action: 'WILL_SUPPLY' }, { now: then });
    const r = await performIllAction(t.database.db, ADMIN, { requestId: old.id, action: 'DELIVER_COPY', details: { copyUrl: 'https://docs.example.org/ill/old', copyExpiresAt: new Date('2026-01-20T00:00:00Z') } }, { now: then });
    expect(r.userErrors).toEqual([]);
    expect((await view(toGlobalId('IllRequest', old.id), REQUESTER)).copy).toEqual({ url: null, expiresAt: '2026-01-20T00:00:00.000Z' });
  });

  it('cancelled by the requester before anything is sent', async () => {
    const placed = await place();
    const cancelled = await acted(placed, 'CANCEL', REQUESTER, { reason: 'the reader found a copy' });
    expect(cancelled).toMatchObject({ state: 'CANCELLED', availableActions: [] });
    expect(cancelled.history.at(-1)).toMatchObject({ action: 'CANCEL', fromState: 'REQUESTED', toState: 'CANCELLED', side: 'REQUESTER' });
  });

  it('unfilled when every member of the rota declines', async () => {
    const placed = await place();
    for (const entry of placed.rota) await acted(placed, 'CANNOT_SUPPLY', entry.member.code);
    const r = await view(placed.id, REQUESTER);
    expect(r).toMatchObject({ state: 'UNFILLED', supplier: null, availableActions: [] });
    expect(r.unfilledReason).toMatch(/no member of the rota could supply it/);
    expect(r.rota.map((e) => e.outcome)).toEqual(['CANNOT_SUPPLY', 'CANNOT_SUPPLY', 'CANNOT_SUPPLY']);
  });
});

describe('refusals', () => {
  it('an action the state does not allow is a userError naming the state, and changes nothing', async () => {
    const placed = await place();
    const r = await act(placed, 'CHECK_IN', placed.supplier!.code);
    expect(r.errors).toBeUndefined();
    expect(r.data!.performAction).toEqual({
      request: null,
      userErrors: [{ field: ['action'], code: 'ACTION_NOT_ALLOWED', message: expect.stringContaining('CHECK_IN is not allowed on a loan request in state REQUESTED; allowed now: WILL_SUPPLY (supplier), CANNOT_SUPPLY (supplier), CANCEL (requester)') }],
    });
    expect(await view(placed.id, REQUESTER)).toMatchObject({ state: 'REQUESTED', version: 1, history: [expect.objectContaining({ action: 'CREATE' })] });
  });

  it("the other side's action is FORBIDDEN; so is any action by a member not on the request, and by analysts", async () => {
    const placed = await place();
    const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0].extensions?.code;
    expect(codeOf(await act(placed, 'WILL_SUPPLY', REQUESTER))).toBe('FORBIDDEN');
    expect(codeOf(await act(placed, 'CANCEL', placed.supplier!.code))).toBe('FORBIDDEN');
    expect(codeOf(await act(placed, 'CANCEL', NON_LENDER))).toBe('FORBIDDEN');
    expect(codeOf(await act(placed, 'CANCEL', 'analyst'))).toBe('FORBIDDEN');
    expect(codeOf(await t.execute(ACT, { input: { requestId: placed.id, action: 'CANCEL' } }))).toBe('UNAUTHENTICATED');
    expect((await view(placed.id, REQUESTER)).version).toBe(1);
  });

  it('a copy without the copyright declaration, and a request for another member, are refused', async () => {
    const r = await t.execute(CREATE, { input: { requesterCode: REQUESTER, serviceType: 'COPY', issn: JOURNAL_ISSN } }, tokenOf(REQUESTER));
    expect(r.data!.createIllRequest).toEqual({ request: null, userErrors: [expect.objectContaining({ field: ['copyrightDeclaration'], code: 'REQUIRED' })] });
    const other = await t.execute(CREATE, { input: { requesterCode: LENDERS[0], serviceType: 'LOAN', isbn: BOOK_ISBN } }, tokenOf(REQUESTER));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('concurrent actions', () => {
  it('two CANCELs sent at once: exactly one succeeds and the history has one CANCEL', async () => {
    const placed = await place();
    const answers = await Promise.all([act(placed, 'CANCEL', REQUESTER), act(placed, 'CANCEL', REQUESTER)]);
    const ok = answers.filter((a) => a.data?.performAction.userErrors.length === 0);
    expect(ok).toHaveLength(1);
    expect(answers.map((a) => a.data?.performAction.userErrors[0]?.code ?? 'ok').sort()).toEqual(['ACTION_NOT_ALLOWED', 'ok']);
    const r = await view(placed.id, REQUESTER);
    expect(r.history.filter((h) => h.action === 'CANCEL')).toHaveLength(1);
    expect(r.version).toBe(2);
  });

  it('WILL_SUPPLY and CANNOT_SUPPLY by the same supplier at once: one of them happens, and the history shows exactly that one', async () => {
    const placed = await place();
    const supplier = placed.supplier!.code;
    const answers = await Promise.all([act(placed, 'WILL_SUPPLY', supplier), act(placed, 'CANNOT_SUPPLY', supplier)]);
    const r = await view(placed.id, REQUESTER);
    const happened = r.history.slice(1).map((h) => h.action);
    const succeeded = answers.filter((a) => !a.errors && a.data!.performAction.userErrors.length === 0).length;
    expect(happened).toHaveLength(succeeded);
    expect(r.version).toBe(1 + succeeded);
    // whichever came first: a decline moves the request on (the later WILL_SUPPLY is then the next supplier's, FORBIDDEN);
    // a WILL_SUPPLY first still lets the supplier decline afterwards, so both may stand, in that order
    expect([['CANNOT_SUPPLY'], ['WILL_SUPPLY', 'CANNOT_SUPPLY']]).toContainEqual(happened);
  });
});

describe('what each viewer sees', () => {
  const LIST = `query($filter: IllRequestFilter, $first: Int, $after: String) { illRequests(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id state requester { code } supplier { code } patronReference rota { member { code } } } } } }`;

  it("lists member staff only the requests their member placed or is on the rota of, in SQL (totalCount agrees)", async () => {
    const all = await t.execute(LIST, { first: 100 }, tokenOf('admin'));
    const total = all.data!.illRequests.totalCount as number;
    expect(total).toBeGreaterThan(5);
    const mine = await t.execute(LIST, { first: 100 }, tokenOf(REQUESTER));
    expect(mine.data!.illRequests.totalCount).toBe(total); // every request in this file is the requester's
    const lender = await t.execute(LIST, { first: 100 }, tokenOf(LENDERS[2]));
    const nodes = lender.data!.illRequests.edges.map((e: { node: { rota: { member: { code: string } }[]; patronReference: string | null } }) => e.node);
    expect(nodes.length).toBe(lender.data!.illRequests.totalCount);
    expect(nodes.every((n: { rota: { member: { code: string } }[] }) => n.rota.some((e) => e.member.code === LENDERS[2]))).toBe(true);
    expect(nodes.every((n: { patronReference: string | null }) => n.patronReference === null)).toBe(true);
    expect((await t.execute(LIST, { first: 100 }, tokenOf(NON_LENDER))).data!.illRequests).toMatchObject({ totalCount: 0, edges: [] });
    expect((await t.execute(LIST, { first: 5 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const other = await t.execute(ONE, { id: mine.data!.illRequests.edges[0].node.id }, tokenOf(NON_LENDER));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('filters by requester, supplier and state, and pages with cursors', async () => {
    const supplier = LENDERS[0];
    const r = await t.execute(LIST, { filter: { supplierCode: supplier, state: 'REQUESTED' }, first: 100 }, tokenOf('analyst'));
    const nodes = r.data!.illRequests.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.every((n: { supplier: { code: string }; state: string }) => n.supplier.code === supplier && n.state === 'REQUESTED')).toBe(true);
    const page1 = await t.execute(LIST, { filter: { requesterCode: REQUESTER }, first: 2 }, tokenOf(REQUESTER));
    expect(page1.data!.illRequests.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.execute(LIST, { filter: { requesterCode: REQUESTER }, first: 2, after: page1.data!.illRequests.pageInfo.endCursor }, tokenOf(REQUESTER));
    const ids = [...page1.data!.illRequests.edges, ...page2.data!.illRequests.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect((await t.execute(LIST, { filter: { requesterCode: 'CN-NO-SUCH' } }, tokenOf('admin'))).data!.illRequests.totalCount).toBe(0);
  });

  it('loads a page in at most six statements, for 2 requests as for 8 (batched relations)', async () => {
    const counts: number[] = [];
    for (const first of [2, 8]) {
      t.statements.length = 0;
      const r = await t.execute(`query($first: Int) { illRequests(first: $first) { edges { node { requester { code } supplier { code } record { title } rota { member { code } } history { action } availableActions } } } }`, { first }, tokenOf('admin'));
      expect(r.errors).toBeUndefined();
      expect(r.data!.illRequests.edges).toHaveLength(first);
      counts.push(t.statements.length);
    }
    // the page, its requesters and suppliers, records, rotas, histories, and the rota members not met yet:
    // one statement each at most, whatever the page size (the last is not needed when every rota member
    // was already loaded as a requester or supplier, so the count may drop, never grow)
    for (const n of counts) expect(n).toBeLessThanOrEqual(6);
    expect(counts[1]).toBeLessThanOrEqual(counts[0]);
  });

  it('serves the state model for a UI to draw', async () => {
    const r = await t.execute(`{ illStateModel(serviceType: COPY) { serviceType initialState states { state terminal transitions { action side to whenRotaExhausted requires optional } } } }`);
    expect(r.errors).toBeUndefined();
    const model = r.data!.illStateModel;
    expect(model).toMatchObject({ serviceType: 'COPY', initialState: 'REQUESTED' });
    expect(model.states.map((s: { state: string }) => s.state)).toEqual(['REQUESTED', 'WILL_SUPPLY', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'UNFILLED']);
    const willSupply = model.states.find((s: { state: string }) => s.state === 'WILL_SUPPLY');
    expect(willSupply.transitions).toContainEqual({ action: 'DELIVER_COPY', side: 'SUPPLIER', to: 'DELIVERED', whenRotaExhausted: null, requires: ['copyUrl', 'copyExpiresAt'], optional: ['cost'] });
    expect(willSupply.transitions).toContainEqual(expect.objectContaining({ action: 'CANNOT_SUPPLY', to: 'REQUESTED', whenRotaExhausted: 'UNFILLED' }));
  });
});
