/** Entitlements through the services, without HTTP: cost shares as members join and leave, and the access check. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { addAgreementPeriod, createAgreement } from '../agreements/index.js';
import { AgreementStatus } from '../agreements/index.js';
import { createMember } from '../members/index.js';
import { MemberType } from '../members/index.js';
import { createResource } from '../resources/index.js';
import { ResourceContentType } from '../resources/index.js';
import { checkAccess } from './check.service.js';
import { assignEntitlement, removeEntitlement } from './entitlements.service.js';

const admin: Viewer = { role: 'admin', sub: 'licensing', memberCode: null };

let t: TestDatabase;
let resourceId: string;
let periodId: string;
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  const db = t.database.db;
  for (const code of ['CN-910001-A', 'CN-910002-B', 'CN-910003-C']) {
    expect((await createMember(db, admin, { code, name: code, type: MemberType.UNIVERSITY, reason: 'test' })).userErrors).toEqual([]);
  }
  const resource = await createResource(db, admin, { name: 'Test Journals', contentType: ResourceContentType.JOURNALS, reason: 'test' });
  resourceId = toGlobalId('Resource', resource.resource!.id);
  const agreement = await createAgreement(db, admin, { name: 'Test Deal', resourceIds: [resourceId], status: AgreementStatus.ACTIVE, reason: 'test' });
  const period = await addAgreementPeriod(db, admin, {
    agreementId: toGlobalId('Agreement', agreement.agreement!.id), startDate: '2026-01-01', endDate: '2026-12-31', totalCost: { amount: '1000.00', currency: 'CNY' }, reason: 'test',
  });
  periodId = toGlobalId('AgreementPeriod', period.period!.id);
});
afterAll(() => t?.close());

const shares = (rows: { shareAmount: string | null }[] | null) => (rows ?? []).map((r) => Number(r.shareAmount)).sort();

describe('assignEntitlement and removeEntitlement', () => {
  it('splits the total equally among the members, and again when one leaves', async () => {
    const db = t.database.db;
    expect(shares((await assignEntitlement(db, admin, { periodId, memberCode: 'CN-910001-A', reason: 'joins' })).costShares)).toEqual([1000]);
    expect(shares((await assignEntitlement(db, admin, { periodId, memberCode: 'CN-910002-B', reason: 'joins' })).costShares)).toEqual([500, 500]);
    // assigning again changes nothing: one entitlement per member and period
    expect(shares((await assignEntitlement(db, admin, { periodId, memberCode: 'CN-910002-B', reason: 'again' })).costShares)).toEqual([500, 500]);
    const three = await assignEntitlement(db, admin, { periodId, memberCode: 'CN-910003-C', reason: 'joins' });
    expect(shares(three.costShares).reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 2); // the cent that does not divide goes somewhere
    expect(shares((await removeEntitlement(db, admin, { periodId, memberCode: 'CN-910003-C', reason: 'leaves' })).costShares)).toEqual([500, 500]);
  });

  it('refuses an unknown member or period, and a missing reason, as userErrors', async () => {
    const r = await assignEntitlement(t.database.db, admin, { periodId: toGlobalId('AgreementPeriod', 999_999), memberCode: 'CN-NOBODY', reason: ' ' });
    expect(r.costShares).toBeNull();
    expect(r.userErrors.map((e) => e.code).sort()).toEqual(['REQUIRED', 'UNKNOWN_MEMBER', 'UNKNOWN_PERIOD']);
  });
});

describe('checkAccess', () => {
  it('allows an entitled member within the period, and says why not otherwise', async () => {
    const db = t.database.db;
    expect(await checkAccess(db, { resourceId, memberCode: 'CN-910001-A' }, '2026-06-01')).toMatchObject({ allowed: true, reason: null });
    expect(await checkAccess(db, { resourceId, memberCode: 'CN-910001-A' }, '2027-06-01')).toMatchObject({ allowed: false, reason: 'OUTSIDE_PERIOD' });
    expect(await checkAccess(db, { resourceId, memberCode: 'CN-910003-C' }, '2026-06-01')).toMatchObject({ allowed: false, reason: 'NO_ENTITLEMENT' });
  });
});
