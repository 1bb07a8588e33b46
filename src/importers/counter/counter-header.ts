/**
 * The report header, whichever form it came in: the JSON and tabular readers gather the raw values into
 * a `RawHeader`, and `finishHeader` checks and normalises them the same way for both. Every problem is a
 * row-0 error; the header is null when the report cannot be read further (unknown Release or Report_ID,
 * missing or unreadable dates), since the body's rules depend on those.
 */
import { monthSpan, parseDay } from './counter-dates.js';
import { isReportId, normaliseRelease, REPORT_IDS } from './counter-rules.js';
import type { CounterException, CounterHeader, CounterRowError, CounterTypedId } from './counter-types.js';

export interface RawHeader {
  reportName: string | null;
  reportId: string | null;
  release: string | null;
  institutionName: string | null;
  institutionIds: CounterTypedId[];
  customerId: string | null;
  beginDate: string | null;
  endDate: string | null;
  created: string | null;
  createdBy: string | null;
  filters: Record<string, string>;
  attributes: Record<string, string>;
  exceptions: CounterException[];
}

/** `Name=Value; Name=Value` (tabular Report_Filters, Report_Attributes, Reporting_Period) → a record. */
export function parseNameValueList(value: string): { values: Record<string, string>; unreadable: string[] } {
  const values: Record<string, string> = {};
  const unreadable: string[] = [];
  for (const part of value.split(';')) {
    const p = part.trim();
    if (p === '') continue;
    const eq = p.indexOf('=');
    if (eq <= 0) unreadable.push(p);
    else values[p.slice(0, eq).trim()] = p.slice(eq + 1).trim();
  }
  return { values, unreadable };
}

/** `ISNI:1234; ISIL:CN-1` (tabular Institution_ID) → typed IDs; the type is what precedes the first colon. */
export function parseTypedIds(value: string): { ids: CounterTypedId[]; unreadable: string[] } {
  const ids: CounterTypedId[] = [];
  const unreadable: string[] = [];
  for (const part of value.split(';')) {
    const p = part.trim();
    if (p === '') continue;
    const colon = p.indexOf(':');
    if (colon <= 0 || colon === p.length - 1) unreadable.push(p);
    else ids.push({ type: p.slice(0, colon).trim(), value: p.slice(colon + 1).trim() });
  }
  return { ids, unreadable };
}

export interface FinishedHeader {
  header: CounterHeader | null;
  /** Granularity=Totals was asked for (Report_Attributes). */
  totals: boolean;
}

export function finishHeader(raw: RawHeader, errors: CounterRowError[]): FinishedHeader {
  const fail = (reason: string) => errors.push({ row: 0, reason });
  const releaseText = raw.release?.trim() ?? '';
  const release = releaseText === '' ? null : normaliseRelease(releaseText);
  if (releaseText === '') fail('Release is missing from the header');
  else if (!release) fail(`Release "${releaseText}" is not a COUNTER release this reader accepts ("5" for R5.0, "5.1")`);

  const idText = raw.reportId?.trim() ?? '';
  const reportId = idText.toUpperCase();
  if (idText === '') fail('Report_ID is missing from the header');
  else if (!isReportId(reportId)) fail(`Report_ID "${idText}" is not a COUNTER R5 report (one of ${REPORT_IDS.join(', ')})`);

  const begin = readDate('Begin_Date', raw.beginDate, fail);
  const end = readDate('End_Date', raw.endDate, fail);
  let datesOk = begin !== null && end !== null;
  if (begin && end && monthSpan(begin, end) < 1) {
    fail(`End_Date ${raw.endDate} is before Begin_Date ${raw.beginDate}`);
    datesOk = false;
  }
  const totals = /^totals$/i.test(raw.attributes.Granularity ?? '');
  if (!release || !isReportId(reportId) || !datesOk || !begin || !end) return { header: null, totals };
  return {
    header: {
      release,
      reportId,
      reportName: raw.reportName?.trim() ?? '',
      institutionName: blankToNull(raw.institutionName),
      institutionIds: raw.institutionIds,
      customerId: blankToNull(raw.customerId),
      begin,
      end,
      created: blankToNull(raw.created),
      createdBy: blankToNull(raw.createdBy),
      filters: raw.filters,
      attributes: raw.attributes,
      exceptions: raw.exceptions,
    },
    totals,
  };
}

function readDate(name: string, value: string | null, fail: (reason: string) => void): string | null {
  if (value === null || value.trim() === '') {
    fail(`${name} is missing from the header (Report_Filters in JSON, Reporting_Period in a tabular report)`);
    return null;
  }
  const d = parseDay(value);
  if (!d) fail(`${name} "${value}" is not a date (yyyy-mm-dd or yyyy-mm)`);
  return d ? d.month : null;
}

export function blankToNull(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  const t = v.trim();
  return t === '' ? null : t;
}
