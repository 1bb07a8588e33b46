/**
 * Writes already-normalised usage straight into the usage tables: for the demo data and tests, which
 * have no COUNTER file to read. It keeps the tables' rules (usage.tables.ts): one stored report per
 * call with its month ledger, items by key, `family` from the report ID, `counted` false for a view's
 * facts when the master covers the same provider × member × month (and a master loaded after its view
 * turns the view's facts off), and the rollup refreshed for the slots written. It does not replace
 * earlier loads of the same months: files go through the report store, which does.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { queryRows } from '../../db/database.js';
import { refreshUsageRollups } from './usage-rollup.service.js';

export interface DirectItem {
  kind: 'PLATFORM' | 'DATABASE' | 'TITLE';
  /** Unique per provider: e.g. 'TITLE:0028-0836'. */
  key: string;
  platform?: string | null;
  title?: string | null;
  printIssn?: string | null;
  onlineIssn?: string | null;
  resourceId?: number | null;
  resourceTitleId?: number | null;
}

export interface DirectFact {
  item: DirectItem;
  /** First day of the month. */
  month: string;
  metricType: string;
  accessMethod?: 'Regular' | 'TDM' | null;
  accessType?: string | null;
  yop?: string | null;
  count: number;
}

export interface DirectReport {
  providerId: number;
  memberId: number;
  /** COUNTER Report_ID: PR, TR, TR_J1 … */
  reportId: string;
  beginMonth: string;
  endMonth: string;
  facts: DirectFact[];
}

export const familyOf = (reportId: string): string => reportId.slice(0, 2).toUpperCase();

/** Stores one report's facts; returns the counter_reports id. */
export async function insertUsageDirect(db: DbOrTx, r: DirectReport): Promise<number> {
  const reportId = r.reportId.toUpperCase();
  const family = familyOf(reportId);
  const isView = reportId.includes('_');
  const [{ id }] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO counter_reports (provider_id, member_id, report_id, release, begin_month, end_month, header, format, raw, via, actor, facts_stored)
      VALUES (${r.providerId}, ${r.memberId}, ${reportId}, '5.1', ${r.beginMonth}::date, ${r.endMonth}::date, '{}'::jsonb, 'json', '', 'cli', 'demo', ${r.facts.length}) RETURNING id`,
  );
  const items = [...new Map(r.facts.map((f) => [f.item.key, f.item])).values()];
  await db.execute(sql`INSERT INTO usage_items (provider_id, kind, key, platform, title, print_issn, online_issn, resource_id, resource_title_id, matched_by)
    SELECT ${r.providerId}, x.kind, x.key, x.platform, x.title, x.print_issn, x.online_issn, x.resource_id, x.resource_title_id, CASE WHEN x.resource_id IS NULL THEN NULL ELSE 'DEMO' END
    FROM jsonb_to_recordset(${JSON.stringify(items.map((i) => ({ kind: i.kind, key: i.key, platform: i.platform ?? null, title: i.title ?? null, print_issn: i.printIssn ?? null, online_issn: i.onlineIssn ?? null, resource_id: i.resourceId ?? null, resource_title_id: i.resourceTitleId ?? null })))}::jsonb)
      AS x(kind text, key text, platform text, title text, print_issn text, online_issn text, resource_id int, resource_title_id int)
    ON CONFLICT (provider_id, key) DO NOTHING`);
  const months = [...new Set(r.facts.map((f) => f.month))].sort();
  await db.execute(sql`INSERT INTO counter_report_months (provider_id, member_id, report_id, month, counter_report_id, metric_types)
    SELECT ${r.providerId}, ${r.memberId}, ${reportId}, m::date, ${id}, '{}'::text[] FROM jsonb_array_elements_text(${JSON.stringify(months)}::jsonb) m
    ON CONFLICT (provider_id, member_id, report_id, month) DO UPDATE SET counter_report_id = excluded.counter_report_id`);
  const rows = r.facts.map((f) => ({ key: f.item.key, month: f.month, metric: f.metricType, am: f.accessMethod ?? 'Regular', at: f.accessType ?? null, yop: f.yop ?? null, n: f.count }));
  await db.execute(sql`INSERT INTO usage_facts (provider_id, member_id, counter_report_id, report_id, family, counted, month, item_id, metric_type, access_type, access_method, yop, count)
    SELECT ${r.providerId}, ${r.memberId}, ${id}, ${reportId}, ${family},
      ${isView ? sql`NOT EXISTS (SELECT 1 FROM counter_report_months c WHERE c.provider_id = ${r.providerId} AND c.member_id = ${r.memberId} AND c.report_id = ${family} AND c.month = x.month::date)` : sql`true`},
      x.month::date, i.id, x.metric, x.at, x.am, x.yop, x.n
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(key text, month text, metric text, am text, at text, yop text, n bigint)
    JOIN usage_items i ON i.provider_id = ${r.providerId} AND i.key = x.key`);
  if (!isView) {
    await db.execute(sql`UPDATE usage_facts SET counted = false WHERE provider_id = ${r.providerId} AND member_id = ${r.memberId} AND family = ${family} AND report_id <> ${family}
      AND month IN (SELECT jsonb_array_elements_text(${JSON.stringify(months)}::jsonb)::date)`);
  }
  await refreshUsageRollups(db, { providerId: r.providerId, memberIds: [r.memberId], months });
  return id;
}
