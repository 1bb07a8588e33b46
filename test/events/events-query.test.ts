/**
 * `events(first, after, filter)` over HTTP: the polling fallback. Oldest first from a cursor; a
 * member's staff see the events naming their member, analysts and admins every one; types and
 * memberCode filter; asking for another member's events is FORBIDDEN, anonymous UNAUTHENTICATED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent, type NewEvent } from '../../src/modules/events/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const [A, B] = ['CN-930001-EA', 'CN-930002-EB'];
const split = (n: number): NewEvent => ({ type: 'RECORDS_SPLIT', memberCodes: [A, B], data: { from: `R${n}`, into: [`S${n}`], reason: null } });
const ill = (codes: string[], n: number): NewEvent => ({
  type: 'ILL_REQUEST_CHANGED', memberCodes: codes, data: { request: `Q${n}`, requesterCode: codes[0], supplierCode: codes[1] ?? null, serviceType: 'LOAN', action: 'CREATE', fromState: null, state: 'REQUESTED' },
});

let app: TestApp;
const ids: number[] = [];
beforeAll(async () => {
  app = await startTestApp({ seed: false });
  // 1: A and B, 2: A only, 3: B only, 4: A and B (another type)
  for (const e of [ill([A, B], 1), ill([A], 2), ill([B], 3), split(4)]) ids.push(await app.database.db.transaction((tx) => recordEvent(tx, e)));
});
afterAll(() => app?.close());

const EVENTS = `query ($first: Int, $after: String, $filter: EventFilter) {
  events(first: $first, after: $after, filter: $filter) { totalCount edges { node { id type timestamp memberCodes data } } pageInfo { hasNextPage endCursor } }
}`;
type Page = { events: { totalCount: number; edges: { node: { id: string; type: string; timestamp: string; memberCodes: string[]; data: Record<string, unknown> } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const idsOf = (p: Page) => p.events.edges.map((e) => Number(e.node.id));

describe('events', () => {
  it("gives a member's staff the events naming their member, oldest first, with the Standard Webhooks data", async () => {
    const r = await app.execute<Page>(EVENTS, {}, await app.token('member', A));
    expect(r.errors).toBeUndefined();
    expect(idsOf(r.data!)).toEqual([ids[0], ids[1], ids[3]]);
    expect(r.data!.events.totalCount).toBe(3);
    expect(r.data!.events.edges[0].node).toMatchObject({
      type: 'ILL_REQUEST_CHANGED', memberCodes: [A, B], data: { request: 'Q1', requesterCode: A, supplierCode: B, action: 'CREATE', state: 'REQUESTED', memberCodes: [A, B] },
    });
    expect(Date.parse(r.data!.events.edges[0].node.timestamp)).not.toBeNaN();
  });

  it('pages with after: only the newer events', async () => {
    const token = await app.token('admin');
    const first = await app.execute<Page>(EVENTS, { first: 2 }, token);
    expect(idsOf(first.data!)).toEqual(ids.slice(0, 2));
    expect(first.data!.events.pageInfo.hasNextPage).toBe(true);
    const next = await app.execute<Page>(EVENTS, { first: 2, after: first.data!.events.pageInfo.endCursor }, token);
    expect(idsOf(next.data!)).toEqual(ids.slice(2, 4));
    expect(next.data!.events.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by types and memberCode for analysts and admins', async () => {
    const analyst = await app.token('analyst');
    expect(idsOf((await app.execute<Page>(EVENTS, { filter: { types: ['RECORDS_SPLIT'] } }, analyst)).data!)).toEqual([ids[3]]);
    expect(idsOf((await app.execute<Page>(EVENTS, { filter: { memberCode: B, types: ['ILL_REQUEST_CHANGED'] } }, analyst)).data!)).toEqual([ids[0], ids[2]]);
    expect(idsOf((await app.execute<Page>(EVENTS, { filter: { memberCode: A } }, await app.token('member', A))).data!)).toEqual([ids[0], ids[1], ids[3]]);
  });

  it("refuses another member's events and anonymous callers", async () => {
    const other = await app.execute<Page>(EVENTS, { filter: { memberCode: B } }, await app.token('member', A));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.events ?? null).toBeNull();
    const anonymous = await app.execute<Page>(EVENTS, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
