/**
 * Reading back what was stored: the reports (per provider × report × member), the providers, and the
 * report titles no title list matched (for review). Who may see what is the policy's `readUsage`:
 * member staff their own member's reports, analysts and admins everyone's.
 */
import { sql, type SQL } from 'drizzle-orm';
import { assertAnalyst, can, requireRole } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows, type Db } from '../../db/database.js';
import { forbidden } from '../../graphql/errors.js';
import type { CounterException } from '../../importers/counter/counter-types.js';

/**
 * Whose reports a listing may show: the member asked for, or everyone's (null). Member staff see
 * their own member's only, whether they name it or not; naming another is FORBIDDEN.
 */
export function usageScope(viewer: Viewer, requestedCode: string | null): string | null {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  if (requestedCode !== null && !can(viewer, 'readUsage', requestedCode)) {
    throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not read the usage of ${requestedCode}.`);
  }
  if (requestedCode === null && !can(viewer, 'readUsage', null)) return viewer.memberCode;
  return requestedCode;
}

export interface CounterReportListRow {
  id: number;
  provider: UsageProviderListRow;
  memberId: number;
  memberCode: string;
  reportId: string;
  release: string;
  begin: string;
  end: string;
  customerId: string | null;
  exceptions: CounterException[];
  factsStored: number;
  format: string;
  fileName: string | null;
  via: string;
  actor: string;
  importedAt: Date;
  /** the months of its period this report still holds (a later report may have replaced some) */
  monthsHeld: number;
}

export interface CounterReportFilter {
  memberCode?: string | null;
  providerId?: number | null;
  reportId?: string | null;
}

interface RawReportRow {
  id: number; provider_id: number; provider_name: string; provider_platform: string | null; provider_resource_id: number | null; provider_release: string; provider_active: boolean; member_id: number; member_code: string; report_id: string; release: string; begin: string; end: string;
  customer_id: string | null; exceptions: CounterException[] | string; facts_stored: number; format: string; file_name: string | null; via: string; actor: string;
  imported_at: Date | string; months_held: number | string;
}

const parseJson = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** Stored reports this viewer may see, newest first, `limit` rows after (below) `beforeId`. */
export async function listCounterReports(db: Db, viewer: Viewer, filter: CounterReportFilter, limit: number, beforeId: number | null) {
  const code = usageScope(viewer, filter.memberCode ?? null);
  const where: SQL[] = [];
  if (code !== null) where.push(sql`m.code = ${code}`);
  if (filter.providerId != null) where.push(sql`r.provider_id = ${filter.providerId}`);
  if (filter.reportId) where.push(sql`r.report_id = ${filter.reportId.toUpperCase()}`);
  const condition = where.length > 0 ? sql.join(where, sql` AND `) : sql`TRUE`;
  const rows = await queryRows<RawReportRow>(db, sql`
    SELECT r.id, r.provider_id, p.name AS provider_name, p.platform AS provider_platform, p.resource_id AS provider_resource_id, p.release AS provider_release, p.active AS provider_active, r.member_id, m.code AS member_code, r.report_id, r.release,
      to_char(r.begin_month, 'YYYY-MM-DD') AS begin, to_char(r.end_month, 'YYYY-MM-DD') AS end, r.customer_id, r.exceptions, r.facts_stored, r.format, r.file_name, r.via, r.actor, r.imported_at,
      (SELECT count(*) FROM counter_report_months cm WHERE cm.counter_report_id = r.id) AS months_held
    FROM counter_reports r JOIN usage_providers p ON p.id = r.provider_id JOIN members m ON m.id = r.member_id
    WHERE ${condition} AND (${beforeId}::int IS NULL OR r.id < ${beforeId}::int)
    ORDER BY r.id DESC LIMIT ${limit}`);
  const total = async () => {
    const [n] = await queryRows<{ n: number | string }>(db, sql`
      SELECT count(*) AS n FROM counter_reports r JOIN members m ON m.id = r.member_id WHERE ${condition}`);
    return Number(n.n);
  };
  return {
    rows: rows.map((r): CounterReportListRow => ({
      id: r.id, provider: { id: r.provider_id, name: r.provider_name, platform: r.provider_platform, resourceId: r.provider_resource_id, release: r.provider_release, active: r.provider_active }, memberId: r.member_id, memberCode: r.member_code, reportId: r.report_id, release: r.release,
      begin: r.begin, end: r.end, customerId: r.customer_id, exceptions: parseJson(r.exceptions), factsStored: r.facts_stored, format: r.format, fileName: r.file_name,
      via: r.via, actor: r.actor, importedAt: new Date(r.imported_at), monthsHeld: Number(r.months_held),
    })),
    total,
  };
}

export interface UsageProviderListRow {
  id: number;
  name: string;
  platform: string | null;
  resourceId: number | null;
  release: string;
  active: boolean;
}

/** Every provider usage was loaded or harvested from, by name (signed-in users: a provider list holds no member's data). */
export async function listUsageProviders(db: Db, viewer: Viewer): Promise<UsageProviderListRow[]> {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  const rows = await queryRows<{ id: number; name: string; platform: string | null; resource_id: number | null; release: string; active: boolean }>(
    db,
    sql`SELECT id, name, platform, resource_id, release, active FROM usage_providers ORDER BY name, id`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, platform: r.platform, resourceId: r.resource_id, release: r.release, active: r.active }));
}

export interface UnmatchedTitleRow {
  id: number;
  providerId: number;
  providerName: string;
  kind: string;
  title: string | null;
  publisher: string | null;
  platform: string | null;
  doi: string | null;
  proprietaryId: string | null;
  isbn: string | null;
  printIssn: string | null;
  onlineIssn: string | null;
}

/**
 * Report titles (TITLE rows: TR and its views) that matched no title-list row, for review: analysts
 * and admins. Oldest first, `limit` rows after `afterId`.
 */
export async function unmatchedUsageTitles(db: Db, viewer: Viewer, providerId: number | null, limit: number, afterId: number | null) {
  assertAnalyst(viewer);
  const condition = sql`i.kind = 'TITLE' AND i.resource_title_id IS NULL AND (${providerId}::int IS NULL OR i.provider_id = ${providerId}::int)`;
  const rows = await queryRows<{
    id: number; provider_id: number; provider_name: string; kind: string; title: string | null; publisher: string | null; platform: string | null; doi: string | null;
    proprietary_id: string | null; isbn: string | null; print_issn: string | null; online_issn: string | null;
  }>(db, sql`
    SELECT i.id, i.provider_id, p.name AS provider_name, i.kind, i.title, i.publisher, i.platform, i.doi, i.proprietary_id, i.isbn, i.print_issn, i.online_issn
    FROM usage_items i JOIN usage_providers p ON p.id = i.provider_id
    WHERE ${condition} AND (${afterId}::int IS NULL OR i.id > ${afterId}::int)
    ORDER BY i.id LIMIT ${limit}`);
  const total = async () => Number((await queryRows<{ n: number | string }>(db, sql`SELECT count(*) AS n FROM usage_items i WHERE ${condition}`))[0].n);
  return {
    rows: rows.map((r): UnmatchedTitleRow => ({
      id: r.id, providerId: r.provider_id, providerName: r.provider_name, kind: r.kind, title: r.title, publisher: r.publisher, platform: r.platform, doi: r.doi,
      proprietaryId: r.proprietary_id, isbn: r.isbn, printIssn: r.print_issn, onlineIssn: r.online_issn,
    })),
    total,
  };
}
