/**
 * Stores one COUNTER report that the reader (src/importers/counter) has read: whole or not at all.
 *
 * - A report the reader rejected anything of, or one with a row no member can be attributed to, is
 *   refused whole: nothing is written and the summary lists every bad row.
 * - The provider is `options.provider`, else the header's Created_By (created by name when new).
 * - Each row goes to a member: its Customer_ID through usage_accounts (provider, customer_id), else
 *   an ISIL among the header's Institution_IDs that is a member's code, else `options.memberCode`.
 *   A consortium report with per-member rows is stored as one counter_reports row per member.
 * - Re-loading replaces: the facts of provider × member × report × each month of the report's period
 *   are deleted, the month ledger points at the new report, and a report left holding no month is
 *   removed. Nothing is ever added on top of an earlier load.
 * - Master and view: a view's fact (TR_J1 …) is counted (`counted`) unless its master (TR) holds the
 *   same provider, member and month with that metric type; loading a master after its view flips
 *   the view's facts, so either order gives the same totals.
 * - Facts with a count of 0 are not stored (COUNTER's JSON leaves such months out, its tabular form
 *   writes 0s): both forms of a report store the same facts.
 * - One transaction (run again on a deadlock), writes in set-based batches (one JSON parameter each);
 *   stores of one provider are serialised on its row (ensureProvider).
 */
import { sql } from 'drizzle-orm';
import { assertAdmin } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { intArray, jsonRows, parseTextArray, textArray } from '../../db/bulk.js';
import { queryRows, type Db, type Tx } from '../../db/database.js';
import { compareKeys, transactionWithRetry } from '../../db/retry.js';
import type { CounterException, CounterItem, CounterReadResult, CounterRowError } from '../../importers/counter/counter-types.js';
import { recordAudit } from '../audit/index.js';
import { familyOf, kindOfReport, usageItemOf, type UsageItemValues } from './counter-keys.js';
import { refreshUsageRollups } from './usage-rollup.service.js';
import { rematchUsageItems } from './title-match.service.js';

export interface CounterStoreOptions {
  /** the provider's name; default: the header's Created_By */
  provider?: string | null;
  /** the member rows go to when neither their Customer_ID nor the header's ISIL names one */
  memberCode?: string | null;
  fileName: string | null;
  /** the report's text as received, kept with it */
  raw: string;
  via: 'cli' | 'api' | 'sushi';
  actor: string;
  /** facts per INSERT (default FACT_BATCH) */
  batchSize?: number;
  /** progress messages (a load of a million facts takes a while) */
  onProgress?: (message: string) => void;
}

/** One member's part of a stored report. */
export interface StoredMemberReport {
  memberCode: string;
  counterReportId: number;
  factsStored: number;
}

export interface CounterStoreSummary {
  /** true when the report was stored (possibly with zero facts), false when it was refused whole */
  stored: boolean;
  fileName: string | null;
  format: CounterReadResult['format'];
  release: string | null;
  reportId: string | null;
  /** yyyy-mm-dd, first day of the first / last month */
  begin: string | null;
  end: string | null;
  provider: string | null;
  rowsRead: number;
  factsStored: number;
  /** every bad row and why (row 0: the header or the file as a whole); not empty ⇔ nothing stored */
  rejected: CounterRowError[];
  /** Metric_Type → sum of the stored counts */
  totals: Record<string, number>;
  exceptions: CounterException[];
  /** stored with COUNTER exceptions and no usage (e.g. 3030 No Usage Available) */
  noUsage: boolean;
  members: StoredMemberReport[];
}

/** A request the store cannot act on at all (an unknown --member): a usage error, not a rejected report. */
export class CounterStoreRequestError extends Error {
  override name = 'CounterStoreRequestError';
  constructor(
    readonly field: 'memberCode' | 'provider',
    message: string,
  ) {
    super(message);
  }
}

export const FACT_BATCH = 10_000;
const ITEM_BATCH = 2_000;

/** The months from `begin` to `end` (yyyy-mm-01 each), both included. */
export function monthsBetween(begin: string, end: string): string[] {
  const out: string[] = [];
  let y = Number(begin.slice(0, 4));
  let m = Number(begin.slice(5, 7));
  const last = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7));
  while (y * 12 + m <= last) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function refused(read: CounterReadResult, options: CounterStoreOptions, provider: string | null, rejected: CounterRowError[]): CounterStoreSummary {
  const h = read.header;
  return {
    stored: false, fileName: options.fileName, format: read.format, release: h?.release ?? null, reportId: h?.reportId ?? null, begin: h?.begin ?? null, end: h?.end ?? null,
    provider, rowsRead: read.rowsRead, factsStored: 0, rejected, totals: {}, exceptions: h?.exceptions ?? [], noUsage: false, members: [],
  };
}

interface Attribution {
  providerId: number | null;
  /** member id of each item (same order as read.items) */
  memberOf: number[];
  /** member id of a report with no rows */
  emptyReportMember: number | null;
  codeOf: Map<number, string>;
  rejected: CounterRowError[];
}

/** Which member each row is for (see the top of this file); read-only. */
async function attribute(db: Db, read: CounterReadResult, providerName: string, memberCode: string | null): Promise<Attribution> {
  const header = read.header!;
  const [provider] = await queryRows<{ id: number }>(db, sql`SELECT id FROM usage_providers WHERE name = ${providerName}`);
  const accounts = provider
    ? await queryRows<{ customer_id: string; member_id: number; code: string }>(
        db,
        sql`SELECT a.customer_id, a.member_id, m.code FROM usage_accounts a JOIN members m ON m.id = a.member_id WHERE a.provider_id = ${provider.id}`,
      )
    : [];
  const byCustomer = new Map(accounts.map((a) => [a.customer_id, a.member_id]));
  const codeOf = new Map(accounts.map((a) => [a.member_id, a.code]));
  const isils = header.institutionIds.filter((i) => i.type.toUpperCase() === 'ISIL').map((i) => i.value.replace(/^ISIL:/i, '').trim());
  const codes = [...new Set([...isils, ...(memberCode ? [memberCode] : [])])];
  const known = codes.length > 0 ? await queryRows<{ id: number; code: string }>(db, sql`SELECT id, code FROM members WHERE code = ANY(${textArray(codes)})`) : [];
  for (const m of known) codeOf.set(m.id, m.code);
  const idOfCode = new Map(known.map((m) => [m.code, m.id]));
  if (memberCode && !idOfCode.has(memberCode)) throw new CounterStoreRequestError('memberCode', `no member has the code ${memberCode}`);
  const fallback = isils.map((c) => idOfCode.get(c)).find((id) => id !== undefined) ?? (memberCode ? idOfCode.get(memberCode)! : null);
  const rejected: CounterRowError[] = [];
  const memberOf: number[] = new Array<number>(read.items.length);
  read.items.forEach((item, i) => {
    const customer = item.customerId ?? header.customerId;
    const member = (customer !== null ? byCustomer.get(customer) : undefined) ?? fallback;
    if (member === null) {
      rejected.push({
        row: item.row,
        reason: customer !== null
          ? `customer ID "${customer}" is no member's account at ${providerName}, and neither the header's Institution_ID (ISIL) nor --member / memberCode names a member`
          : `no Customer_ID, no ISIL in the header's Institution_ID and no --member / memberCode: the row belongs to no member`,
      });
    } else memberOf[i] = member;
  });
  let emptyReportMember: number | null = null;
  if (read.items.length === 0) {
    emptyReportMember = (header.customerId !== null ? byCustomer.get(header.customerId) : undefined) ?? fallback;
    if (emptyReportMember === null) rejected.push({ row: 0, reason: `the report names no member: its Customer_ID${header.customerId ? ` "${header.customerId}"` : ''} is no member's account at ${providerName}, its Institution_ID has no member's ISIL, and no --member / memberCode was given` });
  }
  return { providerId: provider?.id ?? null, memberOf, emptyReportMember, codeOf, rejected };
}

/** Stores a report that was read (see the top of this file); refuses it whole when anything in it is wrong. */
export async function storeCounterReport(db: Db, viewer: Viewer, read: CounterReadResult, options: CounterStoreOptions): Promise<CounterStoreSummary> {
  assertAdmin(viewer);
  const header = read.header;
  const providerName = (options.provider ?? header?.createdBy ?? '').trim() || null;
  if (!header || read.rejected.length > 0) {
    return refused(read, options, providerName, read.rejected.length > 0 ? read.rejected : [{ row: 0, reason: 'the report has no header' }]);
  }
  if (!providerName) return refused(read, options, null, [{ row: 0, reason: 'the report names no provider: its header has no Created_By; name the provider (--provider / provider)' }]);
  const kind = kindOfReport(header.reportId);
  if (!kind) return refused(read, options, providerName, [{ row: 0, reason: `"${header.reportId}" is not a COUNTER report ID` }]);
  const who = await attribute(db, read, providerName, options.memberCode ?? null);
  if (who.rejected.length > 0) return refused(read, options, providerName, who.rejected);

  // group the rows by member; the items (things counted) once per key
  const rowsOf = new Map<number, number[]>();
  if (read.items.length === 0) rowsOf.set(who.emptyReportMember!, []);
  read.items.forEach((_, i) => {
    const list = rowsOf.get(who.memberOf[i]);
    if (list) list.push(i);
    else rowsOf.set(who.memberOf[i], [i]);
  });
  const itemKeys: string[] = new Array<string>(read.items.length);
  const itemByKey = new Map<string, UsageItemValues>();
  read.items.forEach((item, i) => {
    const values = usageItemOf(kind, item);
    itemKeys[i] = values.key;
    const seen = itemByKey.get(values.key);
    if (!seen) itemByKey.set(values.key, values);
    else for (const f of ['platform', 'database', 'title', 'item', 'publisher', 'doi', 'proprietaryId', 'isbn', 'printIssn', 'onlineIssn', 'uri'] as const) seen[f] ??= values[f];
  });
  const memberIds = [...rowsOf.keys()].sort((a, b) => a - b); // the same order in every transaction
  const months = monthsBetween(header.begin, header.end);
  const family = familyOf(header.reportId);
  const isMaster = family === header.reportId.toUpperCase();
  const reportId = header.reportId.toUpperCase();
  const batchSize = options.batchSize ?? FACT_BATCH;

  const progress = options.onProgress ?? (() => {});
  return transactionWithRetry(db, async (tx) => {
    const started = Date.now();
    const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    const providerId = await ensureProvider(tx, providerName);
    const itemIds = await upsertItems(tx, providerId, [...itemByKey.values()]);
    progress(`${itemIds.size} items written (${elapsed()})`);
    const totals: Record<string, number> = {};
    const stored: StoredMemberReport[] = [];
    for (const memberId of memberIds) {
      const rows = rowsOf.get(memberId)!;
      const customers = [...new Set(rows.map((i) => read.items[i].customerId).filter((c): c is string => c !== null))];
      const [report] = await queryRows<{ id: number }>(tx, sql`
        INSERT INTO counter_reports (provider_id, member_id, report_id, release, begin_month, end_month, customer_id, header, exceptions, format, file_name, raw, via, actor)
        VALUES (${providerId}, ${memberId}, ${reportId}, ${header.release}, ${header.begin}::date, ${header.end}::date, ${customers.length === 1 ? customers[0] : header.customerId},
          ${jsonRows(header)}::jsonb, ${jsonRows(header.exceptions)}::jsonb, ${read.format}, ${options.fileName}, ${options.raw}, ${options.via}, ${options.actor})
        RETURNING id`);
      const metricTypes = [...new Set(rows.map((i) => read.items[i].metricType))].sort();
      const previous = await replaceMonths(tx, { providerId, memberId, reportId, months, counterReportId: report.id, metricTypes, begin: header.begin, end: header.end });
      const coverage = isMaster ? null : await masterCoverage(tx, { providerId, memberId, family, begin: header.begin, end: header.end });
      progress(`${who.codeOf.get(memberId)}: earlier months cleared (${elapsed()})`);
      const factsStored = await insertFacts(tx, {
        providerId, memberId, counterReportId: report.id, reportId, family, items: read.items, rows, itemKeys, itemIds, coverage, totals, batchSize,
        onBatch: (n) => progress(`${who.codeOf.get(memberId)}: ${n} facts written (${elapsed()})`),
      });
      await tx.execute(sql`UPDATE counter_reports SET facts_stored = ${factsStored} WHERE id = ${report.id}`);
      await settlePrevious(tx, previous);
      stored.push({ memberCode: who.codeOf.get(memberId) ?? String(memberId), counterReportId: report.id, factsStored });
    }
    if (isMaster) {
      await recountViews(tx, { providerId, memberIds, family, begin: header.begin, end: header.end });
      progress(`${family} views recounted against this master (${elapsed()})`);
    }
    await refreshUsageRollups(tx, { providerId, memberIds, months }); // the analytics' rollups (usage-rollup.tables.ts) follow the facts
    progress(`usage rollups refreshed (${elapsed()})`);
    await rematchUsageItems(tx, { providerId });
    progress(`titles matched (${elapsed()})`);
    const factsStored = stored.reduce((n, s) => n + s.factsStored, 0);
    await recordAudit(tx, viewer, {
      action: 'importCounterReport', entityType: 'CounterReport', entityId: stored[0].counterReportId,
      reason: `${options.via}: ${options.fileName ?? reportId}`,
      before: null,
      after: { provider: providerName, reportId, release: header.release, begin: header.begin, end: header.end, members: stored, factsStored, exceptions: header.exceptions.map((e) => e.code) },
    });
    return {
      stored: true, fileName: options.fileName, format: read.format, release: header.release, reportId, begin: header.begin, end: header.end, provider: providerName,
      rowsRead: read.rowsRead, factsStored, rejected: [], totals, exceptions: header.exceptions, noUsage: factsStored === 0 && header.exceptions.length > 0, members: stored,
    };
  });
}

/**
 * The provider's id, the row created by name when new, and locked: stores of one provider run one
 * after the other (a second waits here until the first commits, then sees its months and facts, so
 * two loads of the same months never both survive). FOR NO KEY UPDATE does not wait for the key
 * locks other transactions' inserts of facts and items take on it.
 */
async function ensureProvider(tx: Tx, name: string): Promise<number> {
  await tx.execute(sql`INSERT INTO usage_providers (name) VALUES (${name}) ON CONFLICT (name) DO NOTHING`);
  const [row] = await queryRows<{ id: number }>(tx, sql`SELECT id FROM usage_providers WHERE name = ${name} FOR NO KEY UPDATE`);
  return row.id;
}

/** Upserts the provider's items (a value missing on the stored row is filled in), in key order; key → id. */
async function upsertItems(tx: Tx, providerId: number, items: UsageItemValues[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  items.sort((a, b) => compareKeys(a.key, b.key));
  for (let i = 0; i < items.length; i += ITEM_BATCH) {
    const batch = items.slice(i, i + ITEM_BATCH).map((v) => ({
      k: v.key, kind: v.kind, pl: v.platform, db: v.database, ti: v.title, it: v.item, pu: v.publisher, doi: v.doi, pr: v.proprietaryId, isbn: v.isbn, pi: v.printIssn, oi: v.onlineIssn, uri: v.uri,
    }));
    const rows = await queryRows<{ id: number; key: string }>(tx, sql`
      INSERT INTO usage_items (provider_id, key, kind, platform, database, title, item, publisher, doi, proprietary_id, isbn, print_issn, online_issn, uri)
      SELECT ${providerId}, v.k, v.kind, v.pl, v.db, v.ti, v.it, v.pu, v.doi, v.pr, v.isbn, v.pi, v.oi, v.uri
      FROM jsonb_to_recordset(${jsonRows(batch)}::jsonb) AS v(k text, kind text, pl text, db text, ti text, it text, pu text, doi text, pr text, isbn text, pi text, oi text, uri text)
      ON CONFLICT (provider_id, key) DO UPDATE SET
        platform = coalesce(usage_items.platform, excluded.platform), database = coalesce(usage_items.database, excluded.database),
        title = coalesce(usage_items.title, excluded.title), item = coalesce(usage_items.item, excluded.item), publisher = coalesce(usage_items.publisher, excluded.publisher),
        doi = coalesce(usage_items.doi, excluded.doi), proprietary_id = coalesce(usage_items.proprietary_id, excluded.proprietary_id), isbn = coalesce(usage_items.isbn, excluded.isbn),
        print_issn = coalesce(usage_items.print_issn, excluded.print_issn), online_issn = coalesce(usage_items.online_issn, excluded.online_issn), uri = coalesce(usage_items.uri, excluded.uri)
      RETURNING id, key`);
    for (const r of rows) ids.set(r.key, r.id);
  }
  return ids;
}

interface Slot {
  providerId: number;
  memberId: number;
  reportId: string;
  begin: string;
  end: string;
}

/**
 * Clears the slot's months (their facts) and points the ledger at the new report; returns the
 * reports that held any of those months before.
 */
async function replaceMonths(tx: Tx, s: Slot & { months: string[]; counterReportId: number; metricTypes: string[] }): Promise<number[]> {
  const held = await queryRows<{ id: number }>(tx, sql`
    SELECT DISTINCT counter_report_id AS id FROM counter_report_months
    WHERE provider_id = ${s.providerId} AND member_id = ${s.memberId} AND report_id = ${s.reportId} AND month BETWEEN ${s.begin}::date AND ${s.end}::date`);
  await tx.execute(sql`
    DELETE FROM usage_facts WHERE provider_id = ${s.providerId} AND member_id = ${s.memberId} AND report_id = ${s.reportId} AND month BETWEEN ${s.begin}::date AND ${s.end}::date`);
  await tx.execute(sql`
    INSERT INTO counter_report_months (provider_id, member_id, report_id, month, counter_report_id, metric_types)
    SELECT ${s.providerId}, ${s.memberId}, ${s.reportId}, m::date, ${s.counterReportId}, ${textArray(s.metricTypes)}
    FROM jsonb_array_elements_text(${JSON.stringify(s.months)}::jsonb) AS m
    ON CONFLICT (provider_id, member_id, report_id, month) DO UPDATE SET counter_report_id = excluded.counter_report_id, metric_types = excluded.metric_types`);
  return held.map((h) => h.id);
}

/** Earlier reports of the slot: removed when they hold no month any more, else their fact count brought up to date. */
async function settlePrevious(tx: Tx, previous: number[]): Promise<void> {
  if (previous.length === 0) return;
  await tx.execute(sql`DELETE FROM counter_reports r WHERE r.id = ANY(${intArray(previous)}) AND NOT EXISTS (SELECT 1 FROM counter_report_months m WHERE m.counter_report_id = r.id)`);
  await tx.execute(sql`UPDATE counter_reports r SET facts_stored = (SELECT count(*) FROM usage_facts f WHERE f.counter_report_id = r.id) WHERE r.id = ANY(${intArray(previous)})`);
}

/** The months (yyyy-mm-dd) the master report holds for this provider and member, with its metric types. */
async function masterCoverage(tx: Tx, s: { providerId: number; memberId: number; family: string; begin: string; end: string }): Promise<Map<string, Set<string>>> {
  const rows = await queryRows<{ month: string; metric_types: string[] | string }>(tx, sql`
    SELECT to_char(month, 'YYYY-MM-DD') AS month, metric_types FROM counter_report_months
    WHERE provider_id = ${s.providerId} AND member_id = ${s.memberId} AND report_id = ${s.family} AND month BETWEEN ${s.begin}::date AND ${s.end}::date`);
  return new Map(rows.map((r) => [String(r.month), new Set(parseTextArray(r.metric_types))]));
}

/** Writes a member's facts in batches; adds to `totals`; returns how many were written. */
async function insertFacts(
  tx: Tx,
  s: {
    providerId: number; memberId: number; counterReportId: number; reportId: string; family: string; items: CounterItem[]; rows: number[]; itemKeys: string[];
    itemIds: Map<string, number>; coverage: Map<string, Set<string>> | null; totals: Record<string, number>; batchSize: number; onBatch: (written: number) => void;
  },
): Promise<number> {
  let batch: unknown[] = [];
  let written = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.execute(sql`
      INSERT INTO usage_facts (provider_id, member_id, counter_report_id, report_id, family, counted, month, item_id, metric_type, data_type, access_type, access_method, yop, count)
      SELECT ${s.providerId}, ${s.memberId}, ${s.counterReportId}, ${s.reportId}, ${s.family}, v.c, v.mo, v.i, v.mt, v.dt, v.at, v.am, v.y, v.n
      FROM jsonb_to_recordset(${jsonRows(batch)}::jsonb) AS v(c boolean, mo date, i int, mt text, dt text, at text, am text, y text, n bigint)`);
    written += batch.length;
    batch = [];
    s.onBatch(written);
  };
  for (const index of s.rows) {
    const item = s.items[index];
    const itemId = s.itemIds.get(s.itemKeys[index])!;
    for (const { month, count } of item.counts) {
      if (count === 0) continue;
      const counted = !(s.coverage?.get(month)?.has(item.metricType) ?? false);
      batch.push({ c: counted, mo: month, i: itemId, mt: item.metricType, dt: item.dataType, at: item.accessType, am: item.accessMethod, y: item.yop, n: count });
      s.totals[item.metricType] = (s.totals[item.metricType] ?? 0) + count;
      if (batch.length >= s.batchSize) await flush();
    }
  }
  await flush();
  return written;
}

/**
 * After a master report is stored: its views' facts over the same months count only where the master
 * does not hold the month with that metric type (flips both ways: a re-loaded master may hold fewer).
 */
async function recountViews(tx: Tx, s: { providerId: number; memberIds: number[]; family: string; begin: string; end: string }): Promise<void> {
  await tx.execute(sql`
    UPDATE usage_facts f SET counted = NOT EXISTS (
      SELECT 1 FROM counter_report_months m
      WHERE m.provider_id = f.provider_id AND m.member_id = f.member_id AND m.report_id = f.family AND m.month = f.month AND f.metric_type = ANY (m.metric_types))
    WHERE f.provider_id = ${s.providerId} AND f.member_id = ANY(${intArray(s.memberIds)}) AND f.family = ${s.family} AND f.report_id <> ${s.family}
      AND f.month BETWEEN ${s.begin}::date AND ${s.end}::date`);
}
