/** No N+1 under agreements: the statements grow with the query's depth, not with the rows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { addAgreementPeriod, createAgreement } from '../../src/modules/agreements/index.js';
import { AgreementStatus } from '../../src/modules/agreements/index.js';
import { recomputeCostShares } from '../../src/modules/entitlements/index.js';
import { entitlements } from '../../src/modules/entitlements/index.js';
import { listMembers } from '../../src/modules/members/index.js';
import { listResources } from '../../src/modules/resources/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('admin');
  // a bigger consortium deal: 20 more agreements with 2 periods and up to 12 members each, written
  // through the services (what is measured below is reading them over HTTP, not writing them)
  const db = t.database.db;
  const viewer: Viewer = { role: 'admin', sub: 'test', memberCode: null };
  const [resource] = (await listResources(db, null, 1, null)).rows;
  const members = (await listMembers(db, null, 40, null)).rows;
  for (let i = 0; i < 20; i++) {
    const a = await createAgreement(db, viewer, { name: `Deal ${i}`, resourceIds: [toGlobalId('Resource', resource.id)], status: AgreementStatus.ACTIVE, reason: 'load' });
    expect(a.userErrors).toEqual([]);
    for (const year of ['2030', '2031']) {
      const p = await addAgreementPeriod(db, viewer, {
        agreementId: toGlobalId('Agreement', a.agreement!.id), startDate: `${year}-01-01`, endDate: `${year}-12-31`, totalCost: { amount: '9999.99', currency: 'CNY' }, reason: 'load',
      });
      expect(p.userErrors).toEqual([]);
      // the members join in one insert; the service then computes their shares once per period
      await db.insert(entitlements).values(members.slice(i, i + 12).map((m) => ({ periodId: p.period!.id, memberId: m.id, accessMethods: ['IP'] })));
      expect((await recomputeCostShares(db, viewer, { periodId: toGlobalId('AgreementPeriod', p.period!.id), reason: 'load' })).userErrors).toEqual([]);
    }
  }
});
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
