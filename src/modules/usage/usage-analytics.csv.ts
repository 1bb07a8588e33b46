/**
 * The CSV form of each analytics answer (the `…Csv` queries): RFC 4180, comma-separated, a header
 * row, CRLF line ends, fields quoted when they hold a comma, quote or line break. Members by ISIL,
 * resources by name, money as decimal strings with a currency column: what a spreadsheet needs.
 */
import type { OverlapAnswer } from './collection-overlap.service.js';
import type { AllianceAnswer, CostPerUseAnswer } from './cost-per-use.service.js';
import type { UsageTotalRow } from './usage-analytics.service.js';

type Cell = string | number | bigint | boolean | null;

function field(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export interface Names {
  member(id: number | null): string | null;
  resource(id: number | null): string | null;
}

export function usageTotalsCsv(rows: UsageTotalRow[], names: Names): string {
  return toCsv(
    ['month', 'year', 'member', 'resource', 'platform', 'title', 'print_issn', 'online_issn', 'isbn', 'metric_type', 'access_method', 'report_family', 'count'],
    rows.map((r) => [r.month, r.year, names.member(r.memberId), names.resource(r.resourceId), r.platform, r.title, r.printIssn, r.onlineIssn, r.isbn, r.metricType, r.accessMethod, r.family, r.count]),
  );
}

export function costPerUseCsv(a: CostPerUseAnswer, names: Names): string {
  return toCsv(
    ['agreement', 'period_start', 'period_end', 'member', 'currency', 'share', 'list_price', 'metric_type', 'uses', 'cost_per_use'],
    a.rows.map((r) => [a.period.agreementName, a.period.startDate, a.period.endDate, r.memberCode, a.period.currency, r.share, r.listPrice, a.metricType, r.uses, r.costPerUse]),
  );
}

export function overlapCsv(a: OverlapAnswer): string {
  const unique = new Map(a.members.map((m) => [m.code, m.uniqueRecords]));
  return toCsv(
    ['member', 'other', 'records', 'unique_records', 'shared_records'],
    [...a.members.map((m) => [m.code, null, m.records, m.uniqueRecords, null] as Cell[]), ...a.pairs.map((p) => [p.code, p.otherCode, p.records, unique.get(p.code) ?? null, p.shared] as Cell[])],
  );
}

export function allianceCsv(a: AllianceAnswer): string {
  const deals: Cell[][] = a.deals.flatMap((d) => [
    ['deal', d.period.agreementName, d.period.startDate, null, d.period.currency, d.period.totalAmount, d.listPriceTotal, d.savings, a.metricType, null, null, null],
    ...d.rows.map((r): Cell[] => ['deal_member', d.period.agreementName, d.period.startDate, r.memberCode, d.period.currency, r.share, r.listPrice, null, a.metricType, r.uses, r.costPerUse, r.uses < a.threshold]),
  ]);
  const members: Cell[][] = a.members.map((m) => ['member', null, null, m.code, m.currency, m.shares, null, null, a.metricType, m.uses, m.costPerUse, null]);
  return toCsv(['row', 'agreement', 'period_start', 'member', 'currency', 'amount', 'list_price', 'savings', 'metric_type', 'uses', 'cost_per_use', 'below_threshold'], [...deals, ...members]);
}
