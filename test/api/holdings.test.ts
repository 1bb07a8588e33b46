/** "Who holds this?" for third parties, and member libraries keeping their holdings up to date. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let pku: string;
beforeAll(async () => {
  t = await startTestApp();
  pku = await t.token('member', 'CN-110000-PKU');
});
afterAll(() => t?.close());

const HOLDINGS = `query($filter: HoldingFilter, $first: Int, $after: String) {
  holdings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id localId location callNumber copies available lendable updatedAt distanceKm member { code location { lat lon } } record { title } } }
  }
}`;
const UPSERT = `mutation($input: UpsertHoldingsInput!) { upsertHoldings(input: $input) { holdings { localId copies available lendable record { title } } userErrors { field message code } } }`;
const DELETE = `mutation($input: DeleteHoldingsInput!) { deleteHoldings(input: $input) { deletedLocalIds notFoundLocalIds userErrors { code } } }`;

type Edge = { node: { localId: string; lendable: boolean; distanceKm: number | null; member: { code: string }; record: { title: string } } };

describe('who holds this', () => {
  it('lists the holders of an ISBN, whatever its form, each with member and availability', async () => {
    const a = await t.execute(HOLDINGS, { filter: { isbn: '7-02-000220-X' }, first: 100 });
    const b = await t.execute(HOLDINGS, { filter: { isbn: '9787020002207' }, first: 100 });
    expect(a.errors).toBeUndefined();
    expect(a.data!.holdings.totalCount).toBe(14);
    expect(b.data).toEqual(a.data);
    for (const e of a.data!.holdings.edges as Edge[]) {
      expect(e.node.record.title).toBe('傲慢与偏见');
      expect(e.node.distanceKm).toBeNull();
    }
  });

  it('with near, orders by distance and fills distanceKm; lendable narrows', async () => {
    const shanghai = { lat: 31.23, lon: 121.47 };
    const r = await t.execute(HOLDINGS, { filter: { isbn: '9787020002207', lendable: true, near: shanghai }, first: 100 });
    const edges = r.data!.holdings.edges as Edge[];
    expect(edges.length).toBeGreaterThanOrEqual(3);
    const distances = edges.map((e) => e.node.distanceKm!);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    expect(edges.every((e) => e.node.lendable)).toBe(true);
    expect(edges[0].node.member.code.startsWith('CN-310000')).toBe(true); // a Shanghai library first
    const beijing = edges.find((e) => e.node.member.code === 'CN-110000-PKU');
    expect(beijing?.node.distanceKm).toBeGreaterThan(1000); // Shanghai–Beijing is ~1,070 km
    expect(beijing?.node.distanceKm).toBeLessThan(1150);
  });

  it('pages through distance-ordered holdings without repeats', async () => {
    const near = { lat: 23.1, lon: 113.3 };
    const all = (await t.execute(HOLDINGS, { filter: { isbn: '9787020002207', near }, first: 100 })).data!.holdings.edges as Edge[];
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await t.execute(HOLDINGS, { filter: { isbn: '9787020002207', near }, first: 4, after }); // any: result shape
      paged.push(...page.data.holdings.edges.map((e: Edge) => e.node.member.code));
      after = page.data.holdings.pageInfo.hasNextPage ? page.data.holdings.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.map((e) => e.node.member.code));
  });

  it('a record shows its holders and counts, and a member its holdings', async () => {
    const r = await t.execute(`{ records(filter: { isbn: "9787020002207" }) { edges { node { holdingsCount lendableCount: holdingsCount(lendable: true) holdings(first: 3) { pageInfo { hasNextPage } edges { node { member { code } } } } } } } }`);
    const node = r.data!.records.edges[0].node;
    expect(node.holdingsCount).toBe(14);
    expect(node.lendableCount).toBeLessThan(14);
    expect(node.holdings.edges).toHaveLength(3);
    expect(node.holdings.pageInfo.hasNextPage).toBe(true);
    const m = await t.execute(`{ member(code: "CN-110000-PKU") { holdingsCount holdings(first: 2) { edges { node { member { code } } } } } }`);
    expect(m.data!.member.holdingsCount).toBeGreaterThan(100);
    expect(m.data!.member.holdings.edges.map((e: Edge) => e.node.member.code)).toEqual(['CN-110000-PKU', 'CN-110000-PKU']);
  });
});

describe('member libraries writing their holdings', () => {
  it('upserts by localId: the second call updates, never duplicates', async () => {
    const input = { memberCode: 'CN-110000-PKU', holdings: [{ localId: 'PKU-NEW-1', isbn: '978-0-14-143951-8', location: '主馆', copies: 2, available: 1 }] };
    const first = await t.execute(UPSERT, { input }, pku);
    expect(first.data!.upsertHoldings).toEqual({ holdings: [{ localId: 'PKU-NEW-1', copies: 2, available: 1, lendable: true, record: { title: 'Pride and Prejudice' } }], userErrors: [] });
    const again = await t.execute(UPSERT, { input: { ...input, holdings: [{ ...input.holdings[0], available: 0, lendable: false }] } }, pku);
    expect(again.data!.upsertHoldings.holdings[0]).toMatchObject({ available: 0, lendable: false });
    const mine = await t.execute(HOLDINGS, { filter: { memberCode: 'CN-110000-PKU', isbn: '9780141439518' }, first: 100 });
    expect((mine.data!.holdings.edges as Edge[]).filter((e) => e.node.localId === 'PKU-NEW-1')).toHaveLength(1);
  });

  it('rejects the whole batch when any row is bad, listing every bad row with its path', async () => {
    const before = (await t.execute(HOLDINGS, { filter: { memberCode: 'CN-110000-PKU' }, first: 1 })).data!.holdings.totalCount;
    const r = await t.execute(UPSERT, {
      input: {
        memberCode: 'CN-110000-PKU',
        holdings: [
          { localId: 'OK-1', isbn: '9787020002207' },
          { localId: 'BAD-1', isbn: '9787020002208' },
          { localId: 'BAD-2', isbn: '978-0-306-40615-7', copies: -1 },
          { localId: 'BAD-3', recordId: 'UmVjb3JkOjk5OTk5OQ' },
          { localId: ' OK-1 ', issn: '1001-8867', available: 3, copies: 1 },
        ],
      },
    }, pku);
    const errors = r.data!.upsertHoldings.userErrors as { field: string[]; code: string }[];
    expect(errors.map((e) => [e.field.join('.'), e.code]).sort()).toEqual(
      [
        ['holdings.1.isbn', 'INVALID_ISBN'],
        ['holdings.2.copies', 'NEGATIVE_VALUE'],
        ['holdings.2.isbn', 'UNKNOWN_RECORD'],
        ['holdings.3.recordId', 'UNKNOWN_RECORD'],
        ['holdings.4.available', 'INVALID_VALUE'],
        ['holdings.4.localId', 'DUPLICATE_LOCAL_ID'],
      ].sort(),
    );
    expect(r.data!.upsertHoldings.holdings).toEqual([]);
    const after = (await t.execute(HOLDINGS, { filter: { memberCode: 'CN-110000-PKU' }, first: 1 })).data!.holdings.totalCount;
    expect(after).toBe(before);
  });

  it('refuses more than 1,000 rows in one call', async () => {
    const holdings = Array.from({ length: 1001 }, (_, i) => ({ localId: `B${i}`, isbn: '9787020002207' }));
    const r = await t.execute(UPSERT, { input: { memberCode: 'CN-110000-PKU', holdings } }, pku);
    expect(r.data!.upsertHoldings.userErrors).toEqual([{ field: ['holdings'], code: 'TOO_MANY_ROWS', message: expect.stringMatching(/1000/) }]);
  });

  it("a member's staff cannot write another member's holdings", async () => {
    const fdu = await t.token('member', 'CN-310000-FDU');
    const r = await t.execute(UPSERT, { input: { memberCode: 'CN-110000-PKU', holdings: [{ localId: 'EVIL', isbn: '9787020002207' }] } }, fdu);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const d = await t.execute(DELETE, { input: { memberCode: 'CN-110000-PKU', localIds: ['PKU-NEW-1'] } }, fdu);
    expect(d.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const left = await t.execute(HOLDINGS, { filter: { memberCode: 'CN-110000-PKU', isbn: '9780141439518' }, first: 100 });
    expect((left.data!.holdings.edges as Edge[]).map((e) => e.node.localId)).toContain('PKU-NEW-1');
  });

  it('deletes withdrawn holdings by localId and says which were not there', async () => {
    const r = await t.execute(DELETE, { input: { memberCode: 'CN-110000-PKU', localIds: ['PKU-NEW-1', 'NEVER-WAS'] } }, pku);
    expect(r.data!.deleteHoldings).toEqual({ deletedLocalIds: ['PKU-NEW-1'], notFoundLocalIds: ['NEVER-WAS'], userErrors: [] });
    const left = await t.execute(HOLDINGS, { filter: { memberCode: 'CN-110000-PKU', isbn: '9780141439518' }, first: 100 });
    expect((left.data!.holdings.edges as Edge[]).map((e) => e.node.localId)).not.toContain('PKU-NEW-1');
  });
});

describe('cursors', () => {
  it('refuses a hand-made cursor that is not a row position, instead of failing inside the database', async () => {
    for (const key of [[1.5], [1e300], [-1e20]]) {
      const after = Buffer.from(JSON.stringify(key)).toString('base64url');
      const r = await t.execute(HOLDINGS, { filter: { isbn: '9787020002207' }, after });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
