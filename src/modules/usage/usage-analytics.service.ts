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
 * Cost per use and the yearly evaluation of deals build on these counts in cost-per-use.service.ts;
 * collection overlap (of holdings, not use) is answered in collection-overlap.service.ts.
 */
import { sql, type SQL } from 'drizzle-orm';
import { can, requireRole } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows, type DbOrTx } from '../../db/database.js';
import { apiError, badInput, forbidden } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';

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
export const METRIC = /^[A-Za-z_]{1,60}$/;

export const textList = (values: readonly string[]) => sql`(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
/** A text[] parameter for `= ANY(…)`, which an index can use (a sub-select cannot): only for values checked against METRIC or REPORT_ID, which need no quoting. */
const wordArray = (values: readonly string[]) => `{${values.join(',')}}`;
export const intArray = (ids: readonly number[]) => `{${ids.join(',')}}`;

/** The member ids this viewer may ask about: the one named, or everyone (null), or the staff's own. */
export async function memberScope(db: DbOrTx, viewer: Viewer, memberCode: string | null | undefined): Promise<number[] | null> {
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
