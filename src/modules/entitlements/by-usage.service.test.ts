/**
 * BY_USAGE cost shares on loaded COUNTER usage: the split follows the period's metric over its window
 * when every entitled member has usage there, else the entitlements' weights for everyone (never the
 * two mixed), and the audit entry says which. Usage is written with insertUsageDirect.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows } from '../../db/database.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { addAgreementPeriod, createAgreement, CostShareMethod, UsageWindow } from '../agreements/index.js';
import { createResource, ResourceContentType } from '../resources/index.js';
import { insertUsageDirect, type DirectItem } from '../usage/index.js';
import { assignEntitlement, recomputeCostShares } from './entitlements.service.js';

const admin: Viewer = { role: 'admin', sub: 'by-usage-test', memberCode: null };
const UIR = 'Unique_Item_Requests';
let t: TestDatabase;
let deal: string;
let period2026: string;

beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  const db = t.database.db;
  const id: Record<string, number> = {};
  for (const code of ['A', 'B', 'C']) id[code] = (await queryRows<{ id: number }>(db, sql`INSERT INTO members (code, name, type) VALUES (${`CN-T-${code}`}, ${`Member ${code}`}, 'UNIVERSITY') RETURNING id`))[0].id;
  const resource = (await createResource(db, admin, { name: 'Res One', contentType: ResourceContentType.JOURNALS, reason: 'test' })).resource!;
  const [p] = await queryRows<{ id: number }>(db, sql`INSERT INTO usage_providers (name, platform, resource_id) VALUES ('Provider One', 'Plat1', ${resource.id}) RETURNING id`);
  const platform: DirectItem = { kind: 'PLATFORM', key: 'PLATFORM:Plat1', platform: 'Plat1' };
  const pr = (memberId: number, counts: [string, number][]) =>
    insertUsageDirect(db, { providerId: p.id, memberId, reportId: 'PR', beginMonth: '2025-01-01', endMonth: '2025-12-01', facts: counts.map(([month, count]) => ({ item: platform, month, metricType: UIR, count })) });
  // 2025 (the window before a 2026 period): A 10 + 20 + 30 = 60, B 5; December 2024 and January 2026 lie outside it
  await pr(id.A, [['2025-01-01', 10], ['2025-02-01', 20], ['2025-12-01', 30]]);
  await pr(id.B, [['2025-06-01', 5], ['2024-12-01', 1000], ['2026-01-01', 1000]]);
  deal = toGlobalId('Agreement', (await createAgreement(db, admin, { name: 'Deal One', resourceIds: [toGlobalId('Resource', resource.id)], reason: 'test' })).agreement!.id);
});
afterAll(() => t?.close());

describe('BY_USAGE with COUNTER usage', () => {
  it('splits BY_USAGE by COUNTER usage of the previous period when every member has some, and says so in the audit log', async () => {
    const db = t.database.db;
    const r = await addAgreementPeriod(db, admin, {
      agreementId: deal, startDate: '2026-01-01', endDate: '2026-12-31', totalCost: { amount: '1300.00', currency: 'CNY' }, costShareMethod: CostShareMethod.BY_USAGE,
      usageMetric: UIR, usageWindow: UsageWindow.PREVIOUS_PERIOD, reason: 'test',
    });
    expect(r.userErrors).toEqual([]);
    period2026 = toGlobalId('AgreementPeriod', r.period!.id);
    await assignEntitlement(db, admin, { periodId: period2026, memberCode: 'CN-T-A', usage: 1, reason: 'test' });
    const two = await assignEntitlement(db, admin, { periodId: period2026, memberCode: 'CN-T-B', usage: 1, reason: 'test' });
    // COUNTER 2025: A 60, B 5 of 65 → 1200.00 and 100.00
    expect(two.costShares!.map((s) => s.shareAmount && Number(s.shareAmount))).toEqual([1200, 100]);
    const [audit] = await queryRows<{ after: { usageBasis: string } }>(db, sql`SELECT changes->'after' AS after FROM audit_log WHERE action = 'assignEntitlement' ORDER BY id DESC LIMIT 1`);
    expect(audit.after.usageBasis).toBe('COUNTER usage: Unique_Item_Requests 2025-01 to 2025-12 (PREVIOUS_PERIOD)');
  });

  it('falls back to the entitlement weights for everyone when one member has no COUNTER usage in the window', async () => {
    const db = t.database.db;
    const three = await assignEntitlement(db, admin, { periodId: period2026, memberCode: 'CN-T-C', usage: 2, reason: 'test' });
    // weights A 1, B 1, C 2 → 325.00, 325.00, 650.00 (never COUNTER counts mixed with weights)
    expect(three.costShares!.map((s) => Number(s.shareAmount))).toEqual([325, 325, 650]);
    const [audit] = await queryRows<{ after: { usageBasis: string } }>(db, sql`SELECT changes->'after' AS after FROM audit_log WHERE action = 'assignEntitlement' ORDER BY id DESC LIMIT 1`);
    expect(audit.after.usageBasis).toBe('entitlement usage weights: no COUNTER Unique_Item_Requests 2025-01 to 2025-12 (PREVIOUS_PERIOD) usage for CN-T-C');
  });

  it('recomputes with THIS_PERIOD set through recomputeCostShares, and refuses a metric without a window', async () => {
    const db = t.database.db;
    const bad = await recomputeCostShares(db, admin, { periodId: period2026, usageMetric: UIR, reason: 'test' });
    expect(bad.userErrors.map((e) => e.field)).toEqual([['usageWindow']]);
    const ok = await recomputeCostShares(db, admin, { periodId: period2026, usageMetric: UIR, usageWindow: UsageWindow.THIS_PERIOD, reason: 'no 2026 usage yet' });
    expect(ok.userErrors).toEqual([]);
    expect(ok.period!.usageWindow).toBe('THIS_PERIOD');
    expect(ok.costShares!.map((s) => Number(s.shareAmount))).toEqual([325, 325, 650]);
  });
});
