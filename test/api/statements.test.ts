/**
 * No N+1: the number of SQL statements an operation runs grows with its depth, not with the rows it
 * returns. Counted through Drizzle's query logger, at two page sizes each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function statementsFor(query: string, variables: Record<string, unknown>): Promise<string[]> {
  t.statements.length = 0;
  const r = await t.execute(query, variables);
  expect(r.errors).toBeUndefined();
  return [...t.statements];
}

describe('statement counts', () => {
  it('members → holdings(first: 5) → record: 3 statements for 5 members and for 48', async () => {
    const q = `query($n: Int) { members(first: $n) { edges { node { code holdings(first: 5) { edges { node { callNumber record { title } } } } } } } }`;
    const small = await statementsFor(q, { n: 5 });
    const large = await statementsFor(q, { n: 50 });
    expect(small).toHaveLength(3); // members; one LATERAL for every member's holdings; records of all holdings
    expect(large).toHaveLength(3);
  });

  it('records → holdings(first: 10) → member (the "who holds" page): 3 statements at 3 and at 100 records', async () => {
    const q = `query($n: Int) { records(first: $n, filter: { title: "中国" }) { edges { node { title holdingsCount holdings(first: 10, lendable: true) { edges { node { available member { name } } } } } } } }`;
    const small = await statementsFor(q, { n: 3 });
    const large = await statementsFor(q, { n: 100 });
    // records; holdings page with the members joined in (it primes memberById, so `member` needs no
    // statement of its own); holdings count
    expect(small).toHaveLength(3);
    expect(large).toHaveLength(3);
  });

  it('counts only when totalCount is selected', async () => {
    const without = await statementsFor(`{ records(first: 5) { edges { node { title } } } }`, {});
    const withCount = await statementsFor(`{ records(first: 5) { totalCount edges { node { title } } } }`, {});
    expect(without).toHaveLength(1);
    expect(withCount).toHaveLength(2);
    expect(withCount.some((s) => /count\(/i.test(s))).toBe(true);
  });

  it('a tree walk: members → parent, children, ancestors stays fixed', async () => {
    const q = `query($n: Int) { members(first: $n) { edges { node { parent { code } children { code } ancestors { code } } } } }`;
    const small = await statementsFor(q, { n: 3 });
    const large = await statementsFor(q, { n: 48 });
    // members; children; ancestor ids (recursive CTE); member rows by id (parent and ancestors share the
    // loader, in one or two batches depending on timing)
    for (const n of [small.length, large.length]) expect(n).toBeGreaterThanOrEqual(4), expect(n).toBeLessThanOrEqual(5);
  });
});
