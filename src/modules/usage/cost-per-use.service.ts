/**
 * What a deal costs per use: one agreement period's members with their share and their use of the
 * deal's resources (costPerUseOfPeriod), and the council's yearly evaluation of every deal
 * (allianceEvaluation). Use is counted as usage-analytics.service.ts counts it (usageByMember).
 */
import { sql } from 'drizzle-orm';
import { can, requireRole } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows, type DbOrTx } from '../../db/database.js';
import { badInput } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import { formatAmount, MoneyDecimal } from '../../lib/money.js';
import { intArray, MAX_ANALYTICS_ROWS, memberScope, METRIC, usageByMember } from './usage-analytics.service.js';

/** First day of the month `months` after the month of `date` (negative = before). */
export function shiftMonth(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** cost ÷ uses, half-up to 4 decimal places; null when there was no use. */
export function costPerUse(amount: string, uses: bigint): string | null {
  if (uses === 0n) return null;
  return new MoneyDecimal(amount).dividedBy(new MoneyDecimal(uses.toString())).toFixed(4, MoneyDecimal.ROUND_HALF_UP);
}

export interface PeriodInfo {
  id: number;
  agreementId: number;
  agreementName: string;
  startDate: string;
  endDate: string;
  totalAmount: string;
  currency: string;
  usageMetric: string | null;
}

async function periodInfo(db: DbOrTx, periodId: number): Promise<PeriodInfo | null> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT p.id, p.agreement_id, a.name, to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.end_date, 'YYYY-MM-DD') AS end_date,
      p.total_amount::text AS total_amount, p.currency, p.usage_metric FROM agreement_periods p JOIN agreements a ON a.id = p.agreement_id WHERE p.id = ${periodId}`,
  );
  return row
    ? { id: Number(row.id), agreementId: Number(row.agreement_id), agreementName: String(row.name), startDate: String(row.start_date), endDate: String(row.end_date), totalAmount: formatAmount(String(row.total_amount), String(row.currency)), currency: String(row.currency), usageMetric: (row.usage_metric as string | null) ?? null }
    : null;
}

export interface CostPerUseRow {
  memberId: number;
  memberCode: string;
  share: string | null;
  listPrice: string | null;
  uses: bigint;
  costPerUse: string | null;
  usesByResource: { resourceId: number; uses: bigint }[];
}

export interface CostPerUseAnswer {
  period: PeriodInfo;
  metricType: string;
  from: string;
  to: string;
  rows: CostPerUseRow[];
}

const DEFAULT_METRIC = 'Unique_Item_Requests';

/** A period's members with their share, their use (PR family, the period's months) of the deal's resources, and share ÷ use. */
async function periodCosts(db: DbOrTx, period: PeriodInfo, metricType: string, memberIds: number[] | null): Promise<CostPerUseAnswer> {
  const from = shiftMonth(period.startDate, 0);
  const to = period.endDate;
  const members = await queryRows<{ member_id: number; code: string; share: string | null; list_price: string | null }>(
    db,
    sql`SELECT e.member_id, m.code, e.share_amount::text AS share, e.list_price::text AS list_price FROM entitlements e JOIN members m ON m.id = e.member_id
      WHERE e.period_id = ${period.id} ${memberIds ? sql`AND e.member_id = ANY(${intArray(memberIds)}::int[])` : sql``} ORDER BY m.code`,
  );
  const resourceIds = (await queryRows<{ resource_id: number }>(db, sql`SELECT resource_id FROM agreement_resources WHERE agreement_id = ${period.agreementId}`)).map((r) => Number(r.resource_id));
  const usage = await usageByMember(db, { memberIds: members.map((m) => Number(m.member_id)), resourceIds, metricType, from, to });
  const rows = members.map((m) => {
    const u = usage.get(Number(m.member_id));
    const uses = u?.total ?? 0n;
    const share = m.share === null ? null : fixMoney(m.share, period.currency);
    return {
      memberId: Number(m.member_id), memberCode: m.code, share, listPrice: m.list_price === null ? null : fixMoney(m.list_price, period.currency), uses,
      costPerUse: share === null ? null : costPerUse(share, uses),
      usesByResource: resourceIds.map((id) => ({ resourceId: id, uses: u?.byResource.get(id) ?? 0n })),
    };
  });
  return { period, metricType, from, to, rows };
}

/** numeric(20,4) text → the amount with the currency's digits (the columns never hold more). */
const fixMoney = (value: string, currency: string): string => formatAmount(value, currency);

/** Cost per use for one agreement period: member staff see their own member's row only. */
export async function costPerUseOfPeriod(db: DbOrTx, viewer: Viewer, periodGlobalId: string, metricType: string | null | undefined): Promise<CostPerUseAnswer> {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  const id = idOf(periodGlobalId, 'AgreementPeriod');
  const period = id === null ? null : await periodInfo(db, id);
  if (!period) throw badInput(`periodId: no agreement period has ID ${periodGlobalId}`, { field: ['periodId'] });
  const metric = metricType?.trim() || period.usageMetric || DEFAULT_METRIC;
  if (!METRIC.test(metric)) throw badInput(`metricType: "${metric}" is not a COUNTER metric type`, { field: ['metricType'] });
  const memberIds = can(viewer, 'readUsage', null) ? null : await memberScope(db, viewer, viewer.memberCode);
  return periodCosts(db, period, metric, memberIds);
}

export interface AllianceDeal extends CostPerUseAnswer {
  listPriceTotal: string | null;
  savings: string | null;
  membersWithoutListPrice: string[];
  belowThreshold: string[];
}

export interface AllianceMember {
  memberId: number;
  code: string;
  currency: string;
  shares: string;
  uses: bigint;
  costPerUse: string | null;
  deals: number;
}

export interface AllianceAnswer {
  year: number;
  metricType: string;
  threshold: bigint;
  deals: AllianceDeal[];
  members: AllianceMember[];
}

/**
 * The council's yearly evaluation: every period that starts in `year`, its price against the sum of its
 * members' list prices, cost per use per member, members below `threshold` uses; per member (and
 * currency) its shares, uses and cost per use across those deals. Analysts and admins.
 */
export async function allianceEvaluation(db: DbOrTx, viewer: Viewer, year: number, threshold: number, metricType: string | null | undefined): Promise<AllianceAnswer> {
  requireRole(viewer, ['analyst', 'admin']);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw badInput(`year: ${year} is not a year`, { field: ['year'] });
  if (!Number.isInteger(threshold) || threshold < 0) throw badInput(`threshold must be a whole number of uses, 0 or more (got ${threshold})`, { field: ['threshold'] });
  const metric = metricType?.trim() || DEFAULT_METRIC;
  if (!METRIC.test(metric)) throw badInput(`metricType: "${metric}" is not a COUNTER metric type`, { field: ['metricType'] });
  const ids = await queryRows<{ id: number }>(db, sql`SELECT id FROM agreement_periods WHERE extract(year FROM start_date) = ${year} ORDER BY start_date, id LIMIT ${MAX_ANALYTICS_ROWS}`);
  const deals: AllianceDeal[] = [];
  for (const { id } of ids) {
    const info = (await periodInfo(db, Number(id)))!;
    const costs = await periodCosts(db, info, metric, null);
    const withoutList = costs.rows.filter((r) => r.listPrice === null).map((r) => r.memberCode);
    const listTotal = costs.rows.length && withoutList.length === 0 ? costs.rows.reduce((s, r) => s.plus(r.listPrice!), new MoneyDecimal(0)) : null;
    deals.push({
      ...costs,
      listPriceTotal: listTotal && formatAmount(listTotal, info.currency),
      savings: listTotal && formatAmount(listTotal.minus(info.totalAmount), info.currency),
      membersWithoutListPrice: withoutList,
      belowThreshold: costs.rows.filter((r) => r.uses < BigInt(threshold)).map((r) => r.memberCode),
    });
  }
  const byMember = new Map<string, AllianceMember & { sum: InstanceType<typeof MoneyDecimal> }>();
  for (const d of deals) {
    for (const r of d.rows) {
      const key = `${r.memberCode}\u0000${d.period.currency}`;
      const m = byMember.get(key) ?? { memberId: r.memberId, code: r.memberCode, currency: d.period.currency, shares: '0', uses: 0n, costPerUse: null, deals: 0, sum: new MoneyDecimal(0) };
      m.sum = m.sum.plus(r.share ?? 0);
      m.uses += r.uses;
      m.deals += 1;
      byMember.set(key, m);
    }
  }
  const members = [...byMember.values()]
    .sort((a, b) => (a.code === b.code ? (a.currency < b.currency ? -1 : 1) : a.code < b.code ? -1 : 1))
    .map(({ sum, ...m }) => ({ ...m, shares: formatAmount(sum, m.currency), costPerUse: costPerUse(sum.toFixed(), m.uses) }));
  return { year, metricType: metric, threshold: BigInt(threshold), deals, members };
}
