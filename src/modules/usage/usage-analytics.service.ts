/**
 * Usage analytics over the COUNTER facts, every figure computed in SQL (GROUP BY) and bounded:
 * nothing here loads facts into Node. Each use is counted once (README, "Usage analytics"):
 *  - by default the rollup usage_monthly is read: counted facts only (a standard view whose master
 *    report covers the same provider × member × month is left out);
 *  - one report family per question: TR (titles) when the answer is per title, PR (platforms)
 *    otherwise, or the family the caller names; PR + DR + TR would count one use three times;
 *  - one access method: Regular unless TDM is asked for (never the two summed);
 *  - `reportIds` reads usage_facts for exactly those reports instead (views included), for drill-down.
 * A month counts when its first day is within [from, to] (both inclusive).
 */
import { sql, type SQL } from 'drizzle-orm';
import { can, requireRole } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows, type DbOrTx } from '../../db/database.js';
import { apiError, badInput, forbidden } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import { formatAmount, MoneyDecimal } from '../../lib/money.js';
import { freshCollectionOverlap } from './collection-overlap.service.js';

/** The most rows one analytics answer may have; beyond it the caller narrows the question. */
export const MAX_ANALYTICS_ROWS = 5000;
/** The most members one overlap question may compare. */
export const MAX_OVERLAP_MEMBERS = 50;

export type UsageDimension = 'MONTH' | 'YEAR' | 'MEMBER' | 'RESOURCE' | 'PLATFORM' | 'TITLE' | 'METRIC_TYPE';
export type ReportFamily = 'PR' | 'DR' | 'TR' | 'IR';
export type AccessMethodChoice = 'REGULAR' | 'TDM';

export interface UsageFilterInput {
  memberCode?: string | null;
  resourceId?: string | null;
  metricTypes?: string[] | null;
  from?: string | null;
  to?: string | null;
  reportIds?: string[] | null;
  family?: ReportFamily | null;
  accessMethod?: AccessMethodChoice | null;
}

/** One row of an answer: the grouped dimensions (null when not grouped) and the count, as digits. */
export interface UsageTotalRow {
  metricType: string;
  accessMethod: string;
  family: string | null;
  count: string;
  month: string | null;
  year: number | null;
  memberId: number | null;
  resourceId: number | null;
  platform: string | null;
  itemId: number | null;
  title: string | null;
  printIssn: string | null;
  onlineIssn: string | null;
  isbn: string | null;
  doi: string | null;
}

interface Scope {
  memberIds: number[] | null;
  resourceIds: number[] | null;
  metricTypes: string[] | null;
  from: string | null;
  to: string | null;
  reportIds: string[] | null;
  family: ReportFamily;
  accessMethod: 'Regular' | 'TDM';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REPORT_ID = /^[A-Z]{2}(_[A-Z]\d)?$/;
const METRIC = /^[A-Za-z_]{1,60}$/;

const textList = (values: readonly string[]) => sql`(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
/** A text[] parameter for `= ANY(…)`, which an index can use (a sub-select cannot): only for values checked against METRIC or REPORT_ID, which need no quoting. */
const wordArray = (values: readonly string[]) => `{${values.join(',')}}`;
const intArray = (ids: readonly number[]) => `{${ids.join(',')}}`;

/** The member ids this viewer may ask about: the one named, or everyone (null), or the staff's own. */
async function memberScope(db: DbOrTx, viewer: Viewer, memberCode: string | null | undefined): Promise<number[] | null> {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  const code = memberCode?.trim() || null;
  if (code !== null && !can(viewer, 'readUsage', code)) throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not read the usage of ${code}.`);
  const wanted = code ?? (can(viewer, 'readUsage', null) ? null : viewer.memberCode);
  if (wanted === null) return null;
  const rows = await queryRows<{ id: number }>(db, sql`SELECT id FROM members WHERE code = ${wanted}`);
  if (rows.length === 0) throw badInput(`filter.memberCode: no member has code ${wanted}`, { field: ['filter', 'memberCode'] });
  return [rows[0].id];
}

function resourceScope(resourceId: string | null | undefined): number[] | null {
  if (!resourceId) return null;
  const id = idOf(resourceId, 'Resource');
  if (id === null) throw badInput(`filter.resourceId: ${resourceId} is not a Resource ID`, { field: ['filter', 'resourceId'] });
  return [id];
}

function checkDates(from: string | null | undefined, to: string | null | undefined): void {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value && (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) throw badInput(`filter.${name}: ${value} is not a date (YYYY-MM-DD)`, { field: ['filter', name] });
  }
  if (from && to && to < from) throw badInput(`filter.to ${to} is before filter.from ${from}`, { field: ['filter', 'to'] });
}

async function scopeOf(db: DbOrTx, viewer: Viewer, filter: UsageFilterInput | null | undefined, defaultFamily: ReportFamily): Promise<Scope> {
  const f = filter ?? {};
  checkDates(f.from, f.to);
  const metricTypes = f.metricTypes?.length ? f.metricTypes.map((m) => m.trim()) : null;
  metricTypes?.forEach((m, i) => {
    if (!METRIC.test(m)) throw badInput(`filter.metricTypes[${i}]: "${m}" is not a COUNTER metric type (e.g. Unique_Item_Requests)`, { field: ['filter', 'metricTypes', String(i)] });
  });
  const reportIds = f.reportIds?.length ? f.reportIds.map((r) => r.trim().toUpperCase()) : null;
  reportIds?.forEach((r, i) => {
    if (!REPORT_ID.test(r)) throw badInput(`filter.reportIds[${i}]: "${r}" is not a COUNTER report ID (e.g. TR, TR_J1, PR)`, { field: ['filter', 'reportIds', String(i)] });
  });
  return {
    memberIds: await memberScope(db, viewer, f.memberCode),
    resourceIds: resourceScope(f.resourceId),
    metricTypes, from: f.from ?? null, to: f.to ?? null, reportIds,
    family: f.family ?? defaultFamily,
    accessMethod: f.accessMethod === 'TDM' ? 'TDM' : 'Regular',
  };
}

/**
 * The rows a question reads (provider, member, item, family, metric, month, count), filtered: the facts
 * of the reports named; else the member-less rollup when the question neither names nor groups by a
 * member; else the per-member rollup.
 */
function baseRows(s: Scope, byMember: boolean): SQL {
  const conditions: SQL[] = [];
  if (s.memberIds) conditions.push(sql`member_id = ANY(${intArray(s.memberIds)}::int[])`);
  if (s.metricTypes) conditions.push(sql`metric_type = ANY(${wordArray(s.metricTypes)}::text[])`);
  if (s.from) conditions.push(sql`month >= ${s.from}::date`);
  if (s.to) conditions.push(sql`month <= ${s.to}::date`);
  if (s.resourceIds) {
    conditions.push(sql`item_id IN (SELECT i.id FROM usage_items i JOIN usage_providers p ON p.id = i.provider_id
      WHERE coalesce(i.resource_id, p.resource_id) = ANY(${intArray(s.resourceIds)}::int[]))`);
  }
  const where = sql.join(conditions.map((c) => sql` AND ${c}`), sql``);
  if (s.reportIds) {
    return sql`SELECT provider_id, member_id, item_id, report_id AS family, metric_type, month, count FROM usage_facts
      WHERE report_id = ANY(${wordArray(s.reportIds)}::text[]) AND coalesce(access_method, 'Regular') = ${s.accessMethod}${where}`;
  }
  if (!byMember && !s.memberIds) {
    return sql`SELECT provider_id, NULL::int AS member_id, item_id, family, metric_type, month, count FROM usage_monthly_items
      WHERE family = ${s.family} AND access_method = ${s.accessMethod}${where}`;
  }
  return sql`SELECT provider_id, member_id, item_id, family, metric_type, month, count FROM usage_monthly
    WHERE family = ${s.family} AND access_method = ${s.accessMethod}${where}`;
}

interface DimensionSql {
  select: SQL;
  group: SQL;
}

const DIMENSIONS: Record<Exclude<UsageDimension, 'METRIC_TYPE'>, DimensionSql> = {
  MONTH: { select: sql`to_char(b.month, 'YYYY-MM-DD') AS month`, group: sql`b.month` },
  YEAR: { select: sql`extract(year FROM b.month)::int AS year`, group: sql`extract(year FROM b.month)` },
  MEMBER: { select: sql`b.member_id AS member_id`, group: sql`b.member_id` },
  RESOURCE: { select: sql`coalesce(i.resource_id, p.resource_id) AS resource_id`, group: sql`coalesce(i.resource_id, p.resource_id)` },
  PLATFORM: { select: sql`coalesce(i.platform, p.platform, p.name) AS platform`, group: sql`coalesce(i.platform, p.platform, p.name)` },
  TITLE: {
    select: sql`b.item_id AS item_id, min(coalesce(i.title, i.database, i.item, i.platform)) AS title, min(i.print_issn) AS print_issn, min(i.online_issn) AS online_issn, min(i.isbn) AS isbn, min(i.doi) AS doi`,
    group: sql`b.item_id`,
  },
};

interface TotalsOptions {
  groupBy: readonly UsageDimension[];
  /** 'dimensions' = by the grouped dimensions, more than `limit` rows an error; 'count' = biggest first, the first `limit` (top titles, denials). */
  order: 'dimensions' | 'count';
  limit: number;
}

async function totals(db: DbOrTx, s: Scope, o: TotalsOptions): Promise<UsageTotalRow[]> {
  const dims = [...new Set(o.groupBy)].filter((d): d is Exclude<UsageDimension, 'METRIC_TYPE'> => d !== 'METRIC_TYPE');
  const needsItems = dims.some((d) => d === 'RESOURCE' || d === 'PLATFORM' || d === 'TITLE');
  const selects = [...dims.map((d) => DIMENSIONS[d].select), sql`b.metric_type AS metric_type`, sql`${s.reportIds ? sql`string_agg(DISTINCT b.family, ',')` : sql`min(b.family)`} AS family`, sql`sum(b.count)::text AS count`];
  const groups = [...dims.map((d) => DIMENSIONS[d].group), sql`b.metric_type`];
  const order = o.order === 'count' ? sql`sum(b.count) DESC, ${sql.join(groups, sql`, `)}` : sql.join(groups, sql`, `);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT ${sql.join(selects, sql`, `)} FROM (${baseRows(s, dims.includes('MEMBER'))}) b
      ${needsItems ? sql`JOIN usage_items i ON i.id = b.item_id JOIN usage_providers p ON p.id = b.provider_id` : sql``}
      GROUP BY ${sql.join(groups, sql`, `)} ORDER BY ${order} LIMIT ${o.limit + 1}`,
  );
  if (rows.length > o.limit && o.order === 'count') rows.length = o.limit; // a top-N list: the first N
  else if (rows.length > o.limit) {
    throw apiError('QUERY_TOO_COMPLEX', `This answer has more than ${o.limit} rows: narrow the filter (member, resource, months, metric types) or group by fewer dimensions.`, { maxRows: o.limit });
  }
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    metricType: String(r.metric_type), accessMethod: s.accessMethod, family: str(r.family), count: String(r.count),
    month: str(r.month), year: num(r.year), memberId: num(r.member_id), resourceId: num(r.resource_id), platform: str(r.platform),
    itemId: num(r.item_id), title: str(r.title), printIssn: str(r.print_issn), onlineIssn: str(r.online_issn), isbn: str(r.isbn), doi: str(r.doi),
  }));
}

/**
 * `usageTotals`: counts grouped by the dimensions asked for (always by metric type). Family: TR when
 * grouped by TITLE, else PR, unless `filter.family` or `filter.reportIds` says otherwise.
 */
export async function usageTotals(
  db: DbOrTx, viewer: Viewer, filter: UsageFilterInput | null | undefined, groupBy: readonly UsageDimension[], maxRows = MAX_ANALYTICS_ROWS,
): Promise<UsageTotalRow[]> {
  const scope = await scopeOf(db, viewer, filter, groupBy.includes('TITLE') ? 'TR' : 'PR');
  return totals(db, scope, { groupBy, order: 'dimensions', limit: maxRows });
}

function checkFirst(first: number, max = 1000): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(`first must be between 1 and ${max} (got ${first})`, { field: ['first'] });
  return first;
}

/** The most used titles (TR family), biggest count first, one row per title × metric type. */
export async function topTitles(db: DbOrTx, viewer: Viewer, filter: UsageFilterInput | null | undefined, first: number): Promise<UsageTotalRow[]> {
  const scope = await scopeOf(db, viewer, { ...filter, metricTypes: filter?.metricTypes?.length ? filter.metricTypes : ['Unique_Item_Requests'] }, 'TR');
  return totals(db, scope, { groupBy: ['TITLE'], order: 'count', limit: checkFirst(first) });
}

/** The denial metrics: access refused for want of a licence, or at the simultaneous-user limit. */
export const DENIAL_METRICS = ['No_License', 'Limit_Exceeded'] as const;

/** Denials (No_License, Limit_Exceeded) as a demand signal, grouped as asked (TITLE and MEMBER by default), biggest first. */
export async function usageDenials(db: DbOrTx, viewer: Viewer, filter: UsageFilterInput | null | undefined, groupBy: readonly UsageDimension[] | null | undefined, first: number): Promise<UsageTotalRow[]> {
  const dims = groupBy?.length ? groupBy : (['TITLE', 'MEMBER'] as const);
  const asked = filter?.metricTypes?.filter((m) => (DENIAL_METRICS as readonly string[]).includes(m));
  // TR (titles) whatever the grouping: the platform report has no denial metrics; DR's are asked for with filter.family
  const scope = await scopeOf(db, viewer, { ...filter, metricTypes: asked?.length ? asked : [...DENIAL_METRICS] }, 'TR');
  return totals(db, scope, { groupBy: dims, order: 'count', limit: checkFirst(first) });
}

/** Usage of the given metric per member over resources and months (PR family, Regular): for BY_USAGE splits and cost per use. */
export async function usageByMember(
  db: DbOrTx,
  q: { memberIds: readonly number[]; resourceIds: readonly number[]; metricType: string; from: string; to: string },
): Promise<Map<number, { total: bigint; byResource: Map<number, bigint> }>> {
  const out = new Map<number, { total: bigint; byResource: Map<number, bigint> }>();
  if (q.memberIds.length === 0 || q.resourceIds.length === 0) return out;
  const rows = await queryRows<{ member_id: number; resource_id: number; n: string }>(
    db,
    sql`SELECT u.member_id, coalesce(i.resource_id, p.resource_id) AS resource_id, sum(u.count)::text AS n
      FROM usage_monthly u JOIN usage_items i ON i.id = u.item_id JOIN usage_providers p ON p.id = u.provider_id
      WHERE u.family = 'PR' AND u.access_method = 'Regular' AND u.metric_type = ${q.metricType}
        AND u.member_id = ANY(${intArray(q.memberIds)}::int[]) AND u.month >= ${q.from}::date AND u.month <= ${q.to}::date
        AND u.item_id IN (SELECT i2.id FROM usage_items i2 JOIN usage_providers p2 ON p2.id = i2.provider_id WHERE coalesce(i2.resource_id, p2.resource_id) = ANY(${intArray(q.resourceIds)}::int[]))
      GROUP BY u.member_id, coalesce(i.resource_id, p.resource_id)`,
  );
  for (const r of rows) {
    const entry = out.get(Number(r.member_id)) ?? { total: 0n, byResource: new Map<number, bigint>() };
    entry.total += BigInt(r.n);
    entry.byResource.set(Number(r.resource_id), BigInt(r.n));
    out.set(Number(r.member_id), entry);
  }
  return out;
}

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

export interface OverlapAnswer {
  members: { memberId: number; code: string; records: number; uniqueRecords: number }[];
  pairs: { memberId: number; otherId: number; code: string; otherCode: string; shared: number; records: number }[];
  /** When the summary these figures come from was built (it is rebuilt first whenever holdings changed since). */
  asOf: string;
}

/**
 * Collection overlap of some members (union-catalogue records, not copies): per member its records and
 * those no other consortium member holds; per ordered pair the records both hold. Read from the
 * collection-overlap summary (collection-overlap.service.ts), rebuilt first when holdings changed.
 */
export async function collectionOverlap(db: DbOrTx, viewer: Viewer, memberCodes: readonly string[]): Promise<OverlapAnswer> {
  requireRole(viewer, ['analyst', 'admin']);
  const codes = [...new Set(memberCodes.map((c) => c.trim()).filter(Boolean))];
  if (codes.length === 0) throw badInput('memberCodes: name at least one member', { field: ['memberCodes'] });
  if (codes.length > MAX_OVERLAP_MEMBERS) throw apiError('QUERY_TOO_COMPLEX', `memberCodes: at most ${MAX_OVERLAP_MEMBERS} members at a time (got ${codes.length})`, { field: ['memberCodes'] });
  const found = await queryRows<{ id: number; code: string }>(db, sql`SELECT id, code FROM members WHERE code IN ${textList(codes)}`);
  const known = new Set(found.map((r) => r.code));
  const missing = codes.filter((c) => !known.has(c));
  if (missing.length) throw badInput(`memberCodes: no member has code ${missing.join(', ')}`, { field: ['memberCodes'] });
  const { asOf } = await freshCollectionOverlap(db);
  // one primary-key look-up per member and per ordered pair (at most 50 + 2,450), never a scan of the summary
  const rows = await queryRows<{ kind: string; a: number; b: number | null; a_code: string; b_code: string | null; n: number; u: number | null }>(
    db,
    sql`WITH m AS (SELECT id, code FROM members WHERE id = ANY(${intArray(found.map((r) => Number(r.id)))}::int[]))
      SELECT 'member' AS kind, m.id AS a, NULL::int AS b, m.code AS a_code, NULL::text AS b_code,
          coalesce((SELECT s.records FROM collection_overlap_members s WHERE s.member_id = m.id), 0) AS n,
          coalesce((SELECT s.unique_records FROM collection_overlap_members s WHERE s.member_id = m.id), 0) AS u
        FROM m
      UNION ALL
      SELECT 'pair', ma.id, mb.id, ma.code, mb.code, coalesce((SELECT p.shared FROM collection_overlap_pairs p WHERE p.member_id = ma.id AND p.other_id = mb.id), 0), NULL
        FROM m ma JOIN m mb ON mb.id <> ma.id
      ORDER BY 1, 4, 5`,
  );
  const records = new Map(rows.filter((r) => r.kind === 'member').map((r) => [r.a_code, Number(r.n)]));
  return {
    members: rows.filter((r) => r.kind === 'member').map((r) => ({ memberId: Number(r.a), code: r.a_code, records: Number(r.n), uniqueRecords: Number(r.u) })),
    pairs: rows.filter((r) => r.kind === 'pair').map((r) => ({ memberId: Number(r.a), otherId: Number(r.b), code: r.a_code, otherCode: r.b_code!, shared: Number(r.n), records: records.get(r.a_code) ?? 0 })),
    asOf,
  };
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
