/**
 * The usage analytics through the services, without HTTP, on a small hand-made data set whose answers
 * are worked out by hand below: each use counted once (a view beside its master), TDM apart, the
 * month boundaries of from/to, cost per use with decimals, collection overlap, the alliance evaluation
 * and the policy. BY_USAGE splits on this usage: src/modules/entitlements/by-usage.service.test.ts.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows } from '../../db/database.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { addAgreementPeriod, createAgreement } from '../agreements/index.js';
import { createResource, ResourceContentType } from '../resources/index.js';
import { collectionOverlap } from './collection-overlap.service.js';
import { allianceEvaluation, costPerUseOfPeriod } from './cost-per-use.service.js';
import { topTitles, usageDenials, usageTotals } from './usage-analytics.service.js';
import { insertUsageDirect, type DirectFact, type DirectItem } from './usage-direct.js';

const admin: Viewer = { role: 'admin', sub: 'usage-test', memberCode: null };
const analyst: Viewer = { role: 'analyst', sub: 'analyst', memberCode: null };
const staffB: Viewer = { role: 'member', sub: 'b', memberCode: 'CN-T-B' };
const UIR = 'Unique_Item_Requests';

let t: TestDatabase;
const id: Record<string, number> = {};
let resourceGid: string;

const platform: DirectItem = { kind: 'PLATFORM', key: 'PLATFORM:Plat1', platform: 'Plat1' };
const t1: DirectItem = { kind: 'TITLE', key: 'TITLE:1111-1111', title: 'Journal One', printIssn: '1111-1111', platform: 'Plat1' };
const t2: DirectItem = { kind: 'TITLE', key: 'TITLE:2222-2222', title: 'Journal Two', printIssn: '2222-2222', platform: 'Plat1' };
const t3: DirectItem = { kind: 'TITLE', key: 'TITLE:3333-3333', title: 'Journal Three', printIssn: '3333-3333', platform: 'Plat1' };
const fact = (item: DirectItem, month: string, metricType: string, count: number, extra: Partial<DirectFact> = {}): DirectFact => ({ item, month, metricType, count, ...extra });

beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  const db = t.database.db;
  for (const code of ['A', 'B', 'C']) {
    const [row] = await queryRows<{ id: number }>(db, sql`INSERT INTO members (code, name, type, fte) VALUES (${`CN-T-${code}`}, ${`Member ${code}`}, 'UNIVERSITY', 1000) RETURNING id`);
    id[code] = row.id;
  }
  const resource = (await createResource(db, admin, { name: 'Res One', contentType: ResourceContentType.JOURNALS, reason: 'test' })).resource!;
  id.resource = resource.id;
  resourceGid = toGlobalId('Resource', resource.id);
  const [p] = await queryRows<{ id: number }>(db, sql`INSERT INTO usage_providers (name, platform, resource_id) VALUES ('Provider One', 'Plat1', ${resource.id}) RETURNING id`);
  id.provider = p.id;
  const report = (memberId: number, reportId: string, facts: DirectFact[]) => insertUsageDirect(db, { providerId: p.id, memberId, reportId, beginMonth: '2025-01-01', endMonth: '2025-03-01', facts });
  // A's platform usage: 10 + 20 + 30 regular, 1000 TDM in January (never summed with regular)
  await report(id.A, 'PR', [fact(platform, '2025-01-01', UIR, 10), fact(platform, '2025-02-01', UIR, 20), fact(platform, '2025-03-01', UIR, 30), fact(platform, '2025-01-01', UIR, 1000, { accessMethod: 'TDM' })]);
  await report(id.B, 'PR', [fact(platform, '2025-01-01', UIR, 5)]);
  // A's titles in January: TR says Journal One 6 (Controlled) + 4 (OA_Gold), Journal Two 3; denials on Journal Three
  await report(id.A, 'TR', [
    fact(t1, '2025-01-01', UIR, 6, { accessType: 'Controlled' }), fact(t1, '2025-01-01', UIR, 4, { accessType: 'OA_Gold' }), fact(t2, '2025-01-01', UIR, 3),
    fact(t3, '2025-01-01', 'No_License', 8), fact(t3, '2025-01-01', 'Limit_Exceeded', 2),
  ]);
  // TR_J1, the journal view: January is covered by the TR above (kept, not counted); February only by the view (counted)
  await report(id.A, 'TR_J1', [fact(t1, '2025-01-01', UIR, 10), fact(t1, '2025-02-01', UIR, 7)]);
});
afterAll(() => t?.close());

describe('usageTotals', () => {
  it('counts platform usage once per member (PR), regular use only', async () => {
    const rows = await usageTotals(t.database.db, analyst, { metricTypes: [UIR] }, ['MEMBER']);
    expect(rows.map((r) => [r.memberId, r.metricType, r.count, r.family])).toEqual([[id.A, UIR, '60', 'PR'], [id.B, UIR, '5', 'PR']]);
  });

  it('keeps TDM apart: asked for, it is the only thing counted', async () => {
    const rows = await usageTotals(t.database.db, analyst, { metricTypes: [UIR], accessMethod: 'TDM' }, []);
    expect(rows.map((r) => [r.accessMethod, r.count])).toEqual([['TDM', '1000']]);
  });

  it('by title reads the TR family: the master counts for January, the view for February (not both)', async () => {
    const rows = await usageTotals(t.database.db, analyst, { memberCode: 'CN-T-A', metricTypes: [UIR] }, ['TITLE', 'MONTH']);
    expect(rows.map((r) => [r.title, r.month, Number(r.count)])).toEqual([
      ['Journal One', '2025-01-01', 10], ['Journal One', '2025-02-01', 7], ['Journal Two', '2025-01-01', 3],
    ]);
    const whole = await usageTotals(t.database.db, analyst, { memberCode: 'CN-T-A', metricTypes: [UIR] }, ['TITLE']);
    expect(whole.map((r) => [r.printIssn, Number(r.count)])).toEqual([['1111-1111', 17], ['2222-2222', 3]]);
  });

  it('reads exactly the reports named in reportIds, views included', async () => {
    const rows = await usageTotals(t.database.db, analyst, { reportIds: ['TR_J1'], metricTypes: [UIR] }, ['MONTH']);
    expect(rows.map((r) => [r.month, Number(r.count), r.family])).toEqual([['2025-01-01', 10, 'TR_J1'], ['2025-02-01', 7, 'TR_J1']]);
  });

  it('counts a month when its first day is within [from, to]', async () => {
    const rows = await usageTotals(t.database.db, analyst, { memberCode: 'CN-T-A', metricTypes: [UIR], from: '2025-01-02', to: '2025-03-01' }, ['MONTH']);
    expect(rows.map((r) => [r.month, Number(r.count)])).toEqual([['2025-02-01', 20], ['2025-03-01', 30]]);
    const none = await usageTotals(t.database.db, analyst, { memberCode: 'CN-T-A', metricTypes: [UIR], from: '2025-03-02', to: '2025-12-31' }, ['YEAR']);
    expect(none).toEqual([]);
  });

  it('groups by resource, platform and year', async () => {
    const rows = await usageTotals(t.database.db, analyst, { metricTypes: [UIR], resourceId: resourceGid }, ['RESOURCE', 'PLATFORM', 'YEAR']);
    expect(rows.map((r) => [r.resourceId, r.platform, r.year, Number(r.count)])).toEqual([[id.resource, 'Plat1', 2025, 65]]);
  });

  it('refuses an answer with more rows than the cap (QUERY_TOO_COMPLEX), never cutting it short', async () => {
    await expect(usageTotals(t.database.db, analyst, { memberCode: 'CN-T-A' }, ['MONTH'], 2)).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', maxRows: 2 } });
    expect(await usageTotals(t.database.db, analyst, { memberCode: 'CN-T-A', metricTypes: [UIR] }, ['MONTH'], 3)).toHaveLength(3);
  });

  it('refuses bad input with the field named', async () => {
    await expect(usageTotals(t.database.db, analyst, { from: '2025-13-01' }, [])).rejects.toThrow(/filter\.from/);
    await expect(usageTotals(t.database.db, analyst, { from: '2025-03-01', to: '2025-01-01' }, [])).rejects.toThrow(/before/);
    await expect(usageTotals(t.database.db, analyst, { reportIds: ['TR; DROP'] }, [])).rejects.toThrow(/reportIds\[0\]/);
    await expect(usageTotals(t.database.db, analyst, { resourceId: 'nope' }, [])).rejects.toThrow(/resourceId/);
  });

  it("gives member staff their own member's usage, and refuses another member's", async () => {
    const own = await usageTotals(t.database.db, staffB, { metricTypes: [UIR] }, ['MEMBER']);
    expect(own.map((r) => [r.memberId, Number(r.count)])).toEqual([[id.B, 5]]);
    await expect(usageTotals(t.database.db, staffB, { memberCode: 'CN-T-A' }, [])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(usageTotals(t.database.db, { role: 'anonymous', sub: null, memberCode: null }, null, [])).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('topTitles and usageDenials', () => {
  it('lists titles biggest first', async () => {
    const rows = await topTitles(t.database.db, analyst, null, 10);
    expect(rows.map((r) => [r.title, Number(r.count)])).toEqual([['Journal One', 17], ['Journal Two', 3]]);
    expect((await topTitles(t.database.db, analyst, null, 1)).map((r) => r.title)).toEqual(['Journal One']);
    await expect(topTitles(t.database.db, analyst, null, 0)).rejects.toThrow(/first/);
  });

  it('counts denials per title and member', async () => {
    const rows = await usageDenials(t.database.db, analyst, null, null, 10);
    expect(rows.map((r) => [r.title, r.memberId, r.metricType, Number(r.count)])).toEqual([['Journal Three', id.A, 'No_License', 8], ['Journal Three', id.A, 'Limit_Exceeded', 2]]);
  });
});

describe('cost per use and the alliance evaluation', () => {
  let deal: string;
  let period2025: string;
  beforeAll(async () => {
    const db = t.database.db;
    deal = toGlobalId('Agreement', (await createAgreement(db, admin, { name: 'Deal One', resourceIds: [resourceGid], reason: 'test' })).agreement!.id);
    const p25 = await addAgreementPeriod(db, admin, { agreementId: deal, startDate: '2025-01-01', endDate: '2025-12-31', totalCost: { amount: '150.00', currency: 'CNY' }, costShareMethod: null, reason: 'test' });
    period2025 = toGlobalId('AgreementPeriod', p25.period!.id);
    // the shares as an EQUAL split would write them (the entitlements module's tests cover the writing)
    for (const [code, listPrice] of [['CN-T-A', '120.00'], ['CN-T-B', '80.00']]) {
      await db.execute(sql`INSERT INTO entitlements (period_id, member_id, access_methods, share_amount, list_price) VALUES (${p25.period!.id}, ${id[code.slice(-1)]}, '["IP"]'::jsonb, 75, ${listPrice})`);
    }
  });

  it('divides each share by the member use (4 decimals), null for no use', async () => {
    const a = await costPerUseOfPeriod(t.database.db, analyst, period2025, null);
    expect(a.metricType).toBe(UIR);
    expect(a.rows.map((r) => [r.memberCode, r.share, r.uses, r.costPerUse])).toEqual([['CN-T-A', '75.00', 60n, '1.2500'], ['CN-T-B', '75.00', 5n, '15.0000']]);
    const views = await costPerUseOfPeriod(t.database.db, analyst, period2025, 'Total_Item_Requests');
    expect(views.rows.map((r) => r.costPerUse)).toEqual([null, null]);
    const own = await costPerUseOfPeriod(t.database.db, staffB, period2025, null);
    expect(own.rows.map((r) => r.memberCode)).toEqual(['CN-T-B']);
  });

  it('evaluates the year: savings against list prices, members below the threshold, per member totals', async () => {
    const a = await allianceEvaluation(t.database.db, analyst, 2025, 10, null);
    expect(a.deals.map((d) => [d.period.agreementName, d.period.totalAmount, d.listPriceTotal, d.savings, d.belowThreshold])).toEqual([['Deal One', '150.00', '200.00', '50.00', ['CN-T-B']]]);
    expect(a.members.map((m) => [m.code, m.currency, m.shares, m.uses, m.costPerUse])).toEqual([['CN-T-A', 'CNY', '75.00', 60n, '1.2500'], ['CN-T-B', 'CNY', '75.00', 5n, '15.0000']]);
    await expect(allianceEvaluation(t.database.db, staffB, 2025, 10, null)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

});

describe('collectionOverlap', () => {
  it("counts each member's records, those nobody else holds, and the pairs' shared records", async () => {
    const db = t.database.db;
    const rec: number[] = [];
    for (const title of ['r1', 'r2', 'r3']) rec.push((await queryRows<{ id: number }>(db, sql`INSERT INTO records (title) VALUES (${title}) RETURNING id`))[0].id);
    const hold = (member: number, record: number, local: string) => db.execute(sql`INSERT INTO holdings (member_id, record_id, local_id) VALUES (${member}, ${record}, ${local})`);
    await hold(id.A, rec[0], 'a1');
    await hold(id.A, rec[1], 'a2');
    await hold(id.A, rec[1], 'a2-copy'); // a second holding of the same record counts once
    await hold(id.B, rec[1], 'b2');
    await hold(id.B, rec[2], 'b3');
    await hold(id.C, rec[2], 'c3');
    const a = await collectionOverlap(db, analyst, ['CN-T-A', 'CN-T-B']);
    expect(a.members.map((m) => [m.code, m.records, m.uniqueRecords])).toEqual([['CN-T-A', 2, 1], ['CN-T-B', 2, 0]]);
    expect(a.pairs.map((p) => [p.code, p.otherCode, p.shared])).toEqual([['CN-T-A', 'CN-T-B', 1], ['CN-T-B', 'CN-T-A', 1]]);
    await expect(collectionOverlap(db, analyst, ['CN-T-A', 'CN-NONE'])).rejects.toThrow(/CN-NONE/);
    await expect(collectionOverlap(db, staffB, ['CN-T-B'])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('follows every holdings write (added, moved, removed) and rebuilds its summary only then', async () => {
    const db = t.database.db;
    const ask = () => collectionOverlap(db, analyst, ['CN-T-A', 'CN-T-C']);
    const figures = (a: Awaited<ReturnType<typeof ask>>) => [...a.members.map((m) => [m.code, m.records, m.uniqueRecords]), ...a.pairs.map((p) => [p.code, p.otherCode, p.shared])];
    const before = await ask(); // the holdings of the test above: A holds r1 and r2, C holds r3 (B too)
    expect(figures(before)).toEqual([['CN-T-A', 2, 1], ['CN-T-C', 1, 0], ['CN-T-A', 'CN-T-C', 0], ['CN-T-C', 'CN-T-A', 0]]);
    expect((await ask()).asOf).toBe(before.asOf); // nothing written since: the same summary
    await db.execute(sql`UPDATE holdings SET available = available + 1`); // circulation, not collection: still the same summary
    expect((await ask()).asOf).toBe(before.asOf);

    const [r4] = await queryRows<{ id: number }>(db, sql`INSERT INTO records (title) VALUES ('r4') RETURNING id`);
    await db.execute(sql`INSERT INTO holdings (member_id, record_id, local_id) VALUES (${id.C}, ${r4.id}, 'c4'), (${id.A}, ${r4.id}, 'a4')`);
    const added = await ask();
    expect(added.asOf).not.toBe(before.asOf);
    expect(figures(added)).toEqual([['CN-T-A', 3, 1], ['CN-T-C', 2, 0], ['CN-T-A', 'CN-T-C', 1], ['CN-T-C', 'CN-T-A', 1]]);

    await db.execute(sql`UPDATE holdings SET record_id = ${r4.id} WHERE local_id = 'c3'`); // as a cluster merge moves holdings
    expect(figures(await ask())).toEqual([['CN-T-A', 3, 1], ['CN-T-C', 1, 0], ['CN-T-A', 'CN-T-C', 1], ['CN-T-C', 'CN-T-A', 1]]);

    await db.execute(sql`DELETE FROM holdings WHERE local_id = 'a4'`);
    expect(figures(await ask())).toEqual([['CN-T-A', 2, 1], ['CN-T-C', 1, 1], ['CN-T-A', 'CN-T-C', 0], ['CN-T-C', 'CN-T-A', 0]]);

    // a write inside a transaction that is rolled back leaves the figures as they were
    await db.transaction(async (tx) => {
      await tx.execute(sql`DELETE FROM holdings WHERE member_id = ${id.C}`);
      expect(figures(await collectionOverlap(tx, analyst, ['CN-T-A', 'CN-T-C']))).toEqual([['CN-T-A', 2, 1], ['CN-T-C', 0, 0], ['CN-T-A', 'CN-T-C', 0], ['CN-T-C', 'CN-T-A', 0]]);
      tx.rollback();
    }).catch((e: unknown) => { if (!(e instanceof Error) || !/rollback/i.test(e.message)) throw e; });
    expect(figures(await ask())).toEqual([['CN-T-A', 2, 1], ['CN-T-C', 1, 1], ['CN-T-A', 'CN-T-C', 0], ['CN-T-C', 'CN-T-A', 0]]);
  });
});
