/**
 * The rules every item obeys whichever form it came from: its metric is allowed in its report, its
 * attributes are values of the release's vocabularies, and no two items share item, attributes and
 * metric (that usage would be counted twice). Counts and months are checked where they are read (a
 * tabular month is a column heading, checked once; a JSON month is a key or a Period on each item).
 */
import { allowedMetrics, type CounterReportId, VOCABULARIES } from './counter-rules.js';
import type { CounterHeader, CounterItem } from './counter-types.js';

const ATTRIBUTES = [
  ['Data_Type', 'dataType'],
  ['Section_Type', 'sectionType'],
  ['Access_Type', 'accessType'],
  ['Access_Method', 'accessMethod'],
] as const;

export class ItemChecker {
  private readonly metrics: Set<string>;
  private readonly vocab: Map<string, Set<string> | null>;
  private readonly seen = new Map<string, number>();
  private readonly releaseLabel: string;

  constructor(private readonly header: CounterHeader) {
    const reportId = header.reportId as CounterReportId; // finishHeader only passes known IDs
    this.metrics = new Set(allowedMetrics(header.release, reportId));
    const v = VOCABULARIES[header.release];
    this.vocab = new Map(ATTRIBUTES.map(([col]) => [col, v[col] ? new Set(v[col]) : null]));
    this.releaseLabel = header.release === '5.1' ? 'R5.1' : 'R5.0';
  }

  /** The reasons `item` breaks the rules (empty when it does not); remembers it for the duplicate check. */
  check(item: CounterItem): string[] {
    const reasons: string[] = [];
    if (item.metricType === '') reasons.push('Metric_Type is missing');
    else if (!this.metrics.has(item.metricType)) {
      reasons.push(`Metric_Type "${item.metricType}" is not allowed in ${this.header.reportId} (${this.releaseLabel} allows ${[...this.metrics].join(', ')})`);
    }
    for (const [col, field] of ATTRIBUTES) {
      const value = item[field];
      if (value === null) continue;
      const allowed = this.vocab.get(col);
      if (!allowed) reasons.push(`${col} "${value}": ${this.releaseLabel} has no ${col}`);
      else if (!allowed.has(value)) reasons.push(`${col} "${value}" is not an ${this.releaseLabel} value (${[...allowed].join(', ')})`);
    }
    // YOP: yyyy; 0001 = unknown and 9999 = articles in press are yyyy too.
    if (item.yop !== null && !/^\d{4}$/.test(item.yop)) reasons.push(`YOP "${item.yop}" is not a year (yyyy)`);
    if (reasons.length === 0) {
      const key = itemKey(item);
      const first = this.seen.get(key);
      if (first !== undefined) reasons.push(`same item, attributes and Metric_Type as row ${first}: its usage would be counted twice`);
      else this.seen.set(key, item.row);
    }
    return reasons;
  }
}

/** Everything that tells one item × attribute set × metric from another (not the row, not the counts). */
export function itemKey(i: CounterItem): string {
  const d = i.ids;
  return [
    i.customerId, i.institutionName, i.platform, i.database, i.title, i.item, i.publisher,
    d.doi, d.proprietary, d.isbn, d.printIssn, d.onlineIssn, d.linkingIssn, d.uri,
    i.dataType, i.sectionType, i.accessType, i.accessMethod, i.yop, i.metricType,
  ].map((v) => v ?? '').join('\u0001');
}

/** A blank item for `row`, institution from the header; readers fill in what their form carries. */
export function blankItem(row: number, header: CounterHeader): CounterItem {
  return {
    row,
    customerId: header.customerId,
    institutionName: header.institutionName,
    platform: null,
    database: null,
    title: null,
    item: null,
    publisher: null,
    ids: { doi: null, proprietary: null, isbn: null, printIssn: null, onlineIssn: null, linkingIssn: null, uri: null },
    dataType: null,
    sectionType: null,
    accessType: null,
    accessMethod: null,
    yop: null,
    metricType: '',
    counts: [],
  };
}

/** The reason a month (yyyy-mm-01) lies outside the header's period, or null when inside. */
export function outsidePeriod(month: string, header: CounterHeader): string | null {
  if (month >= header.begin && month <= header.end) return null;
  return `month ${month.slice(0, 7)} is outside the reporting period ${header.begin.slice(0, 7)} to ${header.end.slice(0, 7)}`;
}
