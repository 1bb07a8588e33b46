/** No N+1 under agreements: the statements grow with the query's depth, not with the rows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('admin');
  // a bigger consortium deal: 20 more agreements with 2 periods and up to 12 members each
  const { data } = await t.execute(`{ resources(first: 1) { edges { node { id } } } members(first: 40) { edges { node { code } } } }`);
  const resourceId = data!.resources.edges[0].node.id;
  const codes: string[] = data!.members.edges.map((e: { node: { code: string } }) => e.node.code);
  for (let i = 0; i < 20; i++) {
    const a = await t.execute(`mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { agreement { id } } }`, { i: { name: `Deal ${i}`, resourceIds: [resourceId], status: 'ACTIVE', reason: 'load' } }, admin);
    for (const year of ['2030', '2031']) {
      const p = await t.execute(`mutation($i: AddAgreementPeriodInput!) { addAgreementPeriod(input: $i) { period { id } } }`, {
        i: { agreementId: a.data!.createAgreement.agreement.id, startDate: `${year}-01-01`, endDate: `${year}-12-31`, totalCost: { amount: '9999.99', currency: 'CNY' }, reason: 'load' },
      }, admin);
      for (const code of codes.slice(i, i + 12)) {
        await t.execute(`mutation($i: AssignEntitlementInput!) { assignEntitlement(input: $i) { userErrors { code } } }`, { i: { periodId: p.data!.addAgreementPeriod.period.id, memberCode: code, reason: 'load' } }, admin);
      }
    }
  }
}, 120_000);
afterAll(() => t?.close());

async function statementsFor(query: string, variables: Record<string, unknown>): Promise<string[]> {
  t.statements.length = 0;
  const r = await t.execute(query, variables, admin);
  expect(r.errors).toBeUndefined();
  return [...t.statements];
}

describe('statement counts', () => {
  it('agreements → periods → costShares → member: 4 statements for 2 agreements and for 22', async () => {
    const q = `query($n: Int) { agreements(first: $n) { edges { node { name periods { startDate totalCost { amount } costShares { share { amount currency } method member { code name } } } } } } }`;
    const small = await statementsFor(q, { n: 2 });
    const large = await statementsFor(q, { n: 22 });
    // agreements; periods of all; entitlements of all periods; members of all shares
    expect(small).toHaveLength(4);
    expect(large).toHaveLength(4);
  });

  it('agreements → resources, terms, periods → costShares → period: 7 statements at any size', async () => {
    const q = `query($n: Int) { agreements(first: $n) { edges { node { resources { name } terms { type } periods { costShares { member { code } period { endDate } } } } } } }`;
    const small = await statementsFor(q, { n: 2 });
    const large = await statementsFor(q, { n: 22 });
    // agreements; resource links; resources; terms; periods (which prime periods by id); entitlements; members
    expect(small).toHaveLength(7);
    expect(large).toHaveLength(7);
  });

  it("members → entitlements → resource, agreement: fixed, whatever the number of members", async () => {
    const q = `query($n: Int) { members(first: $n) { edges { node { code ipRanges entitlements { resource { name } agreement { name } period { startDate } } } } } }`;
    const small = await statementsFor(q, { n: 3 });
    const large = await statementsFor(q, { n: 40 });
    // members; ip ranges; entitlements joined to their resources; resources; periods; agreements
    expect(small).toHaveLength(6);
    expect(large).toHaveLength(6);
  });
});
