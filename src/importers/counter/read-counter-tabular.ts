/**
 * Reads a tabular COUNTER R5.0 / R5.1 report (TSV as the Code of Practice prescribes, or the same
 * table saved as CSV): the header block, one blank line, the column headings, then one body row per
 * item × attribute set × metric.
 *
 * Layout rules (checked against ../shared/fixtures/counter; R5.1 pads the header block with tabs):
 * - Header block: `Name<TAB>Value` lines up to the first blank line. R5.0 has 12 names (its JSON
 *   header's Customer_ID has no tabular line, but one is read if present); R5.1 adds Registry_Record
 *   (read, not required: it is new in 5.1 and not needed to read the body). A missing standard line, or
 *   no blank line at all, means the file is cut short or is not a COUNTER report: row 0.
 * - `row` of an item or error is the physical line number (line 1 = Report_Name).
 * - Columns are found by heading, so the optional ones (Attributes_To_Show, parent and component
 *   details) may come in any subset; headings this reader has no use for (Authors, Parent_DOI,
 *   Component_*, Country_Code …) are skipped. Metric_Type and Reporting_Period_Total are required,
 *   and every heading after Reporting_Period_Total must be a month (`Mmm-yyyy`, or `yyyy-mm`).
 * - Counts: digits only; an empty month cell is 0. Reporting_Period_Total must equal the months' sum.
 *   Zero months are not kept in `counts` (COUNTER JSON omits them), so both forms read alike.
 * - A body row with fewer cells than headings is malformed (the last one: the file was cut short);
 *   extra cells are allowed only when empty (spreadsheet padding).
 *
 * Granularity=Totals (no month columns, only Reporting_Period_Total): the contract stores usage per
 * month, and spreading or pinning a multi-month total onto one month would make every by-month figure
 * wrong. So a Totals report covering exactly one month is read as that month's counts, and one covering
 * more months is rejected at row 0, asking for Granularity=Month.
 */
import { parse } from 'csv-parse/sync';
import { readCountCell } from './counter-counts.js';
import { monthSpan, parseMonthHeading } from './counter-dates.js';
import { parseTabularExceptions } from './counter-exceptions.js';
import { blankToNull, finishHeader, parseNameValueList, parseTypedIds, type RawHeader } from './counter-header.js';
import { blankItem, ItemChecker, outsidePeriod } from './counter-item-check.js';
import { ITEM_ID_COLUMNS as ID_COLUMNS } from './counter-rules.js';
import type { CounterHeader, CounterItem, CounterReadResult, CounterRowError } from './counter-types.js';

const REQUIRED_HEADER = [
  'Report_Name', 'Report_ID', 'Release', 'Institution_Name', 'Institution_ID', 'Metric_Types', 'Report_Filters',
  'Report_Attributes', 'Exceptions', 'Reporting_Period', 'Created', 'Created_By',
];
const OPTIONAL_HEADER = ['Customer_ID', 'Registry_Record'];

type TextField = 'customerId' | 'institutionName' | 'platform' | 'database' | 'title' | 'item' | 'publisher' | 'dataType' | 'sectionType' | 'accessType' | 'accessMethod' | 'yop' | 'metricType';
type IdField = keyof CounterItem['ids'];

/** Heading → where its value goes. Parent_Title is an IR item's title (its journal or book). */
const TEXT_COLUMNS: Record<string, TextField> = {
  Customer_ID: 'customerId',
  Institution_Name: 'institutionName',
  Platform: 'platform',
  Database: 'database',
  Title: 'title',
  Parent_Title: 'title',
  Item: 'item',
  Publisher: 'publisher',
  Data_Type: 'dataType',
  Section_Type: 'sectionType',
  Access_Type: 'accessType',
  Access_Method: 'accessMethod',
  YOP: 'yop',
  Metric_Type: 'metricType',
};

/** The records and each one's first physical line number. */
interface Lines {
  cells: string[][];
  line: (index: number) => number;
}

/** TSV is read without quoting (a quote is data) except a cell that is wholly one quoted value. */
function unquote(cell: string): string {
  if (cell.length >= 2 && cell.charCodeAt(0) === 34 && cell.charCodeAt(cell.length - 1) === 34) return cell.slice(1, -1).replace(/""/g, '"');
  return cell;
}

/**
 * The records of the first `to` lines (csv-parse's to_line), each with its first physical line. The file
 * is read in two passes, this one for the header block and headings, then `eachRecord` from the headings
 * line on: csv-parse measures every record against the first one's length and, with relax_column_count,
 * still builds an error object (stack trace and all) for each that differs, which the short header lines
 * would make every body row do (12× slower on a 100,000-row TR).
 */
function headLines(text: Buffer, format: 'tsv' | 'csv', to: number): Lines {
  if (format === 'tsv') {
    // No quoting: one record per physical line, so the line number is the index + 1.
    const cells = parse(text, { delimiter: '\t', quote: null, relax_column_count: true, skip_empty_lines: false, to_line: to }) as string[][];
    return { cells, line: (i) => i + 1 };
  }
  const records = parse(text, { delimiter: ',', relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, to_line: to }) as unknown as { record: string[]; info: { lines: number } }[];
  const starts = new Array<number>(records.length);
  let prev = 0;
  records.forEach(({ info }, i) => {
    starts[i] = prev + 1;
    prev = info.lines;
  });
  return { cells: records.map((r) => r.record), line: (i) => starts[i] };
}

/** The header block, its blank line and the column headings lie within this many lines. */
const HEADER_SCAN_LINES = 50;

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

export function readCounterTabular(text: string, format: 'tsv' | 'csv'): CounterReadResult {
  const rejected: CounterRowError[] = [];
  const result = (header: CounterHeader | null, items: CounterItem[], rowsRead: number): CounterReadResult => ({ format, header, items, rejected, rowsRead });
  const unreadable = (e: unknown) => {
    rejected.push({ row: 0, reason: `not a readable ${format.toUpperCase()} file: ${(e as Error).message}` });
    return result(null, [], 0);
  };
  // csv-parse works on bytes: encode once for both passes rather than let each pass encode the whole text.
  const bytes = Buffer.from(text, 'utf8');
  let head: Lines | null = null;
  // A CSV cut inside a quoted cell fails only at its end; when that is within the scanned lines, scan
  // fewer, so that the header is still read and the body's failure is what gets reported.
  for (let to = HEADER_SCAN_LINES; !head; to--) {
    try {
      head = headLines(bytes, format, to);
    } catch (e) {
      if (to <= 1) return unreadable(e);
    }
  }
  const lines = head.cells;
  const lineOf = head.line;
  const scanFull = lines.length > 0 && lineOf(lines.length - 1) >= HEADER_SCAN_LINES;

  // The header block.
  const values = new Map<string, { value: string; line: number }>();
  let i = 0;
  for (; i < lines.length && !isBlank(lines[i]); i++) {
    const cells = lines[i];
    const line = lineOf(i);
    const name = (format === 'tsv' ? unquote(cells[0].trim()) : cells[0]).trim();
    if (!REQUIRED_HEADER.includes(name) && !OPTIONAL_HEADER.includes(name)) {
      rejected.push({ row: 0, reason: `line ${line}: "${name}" is not a COUNTER header line (the header block ends at the first blank line)` });
      continue;
    }
    values.set(name, { value: (format === 'tsv' ? unquote((cells[1] ?? '').trim()) : cells[1] ?? '').trim(), line });
  }
  if (i >= lines.length) {
    rejected.push({
      row: 0,
      reason: scanFull
        ? `header block incomplete: no blank line within the first ${HEADER_SCAN_LINES} lines (not a COUNTER report?)`
        : `header block incomplete: the file ends after ${lines.length} lines without the blank line and column headings (truncated, or not a COUNTER report)`,
    });
  }
  const missing = REQUIRED_HEADER.filter((n) => !values.has(n));
  if (missing.length > 0) rejected.push({ row: 0, reason: `header block incomplete: no ${missing.join(', ')} line` });

  const raw = rawHeader(values, rejected);
  const { header, totals } = finishHeader(raw, rejected);
  if (!header || i >= lines.length) return result(header, [], 0);

  // The column headings: the first non-blank line after the header block.
  while (i < lines.length && isBlank(lines[i])) i++;
  if (i >= lines.length) {
    rejected.push({ row: 0, reason: scanFull ? `no column headings within the first ${HEADER_SCAN_LINES} lines` : 'no column headings after the header block (truncated?)' });
    return result(header, [], 0);
  }
  const headings = lines[i].map((c) => (format === 'tsv' ? unquote(c.trim()) : c).trim());
  while (headings.length > 0 && headings[headings.length - 1] === '') headings.pop();
  const layout = columnLayout(headings, header, totals, lineOf(i), rejected);
  if (!layout) return result(header, [], 0);

  // The body, read from the headings line on (its first record is the headings again), each row handled
  // as csv-parse gives it and not kept: the items are all that stays in memory.
  const checker = new ItemChecker(header);
  const items: CounterItem[] = [];
  let rowsRead = 0;
  let first = true;
  /** The rejection of the latest row if it had too few cells: when it is the last row, the file was cut short. */
  let lastShort: CounterRowError | null = null;
  const handleRow = (cells: string[], line: number) => {
    if (first) {
      first = false; // the headings
      return;
    }
    if (isBlank(cells)) return;
    rowsRead++;
    lastShort = null;
    if (cells.length < headings.length) {
      lastShort = { row: line, reason: `${cells.length} cells where the column headings have ${headings.length}` };
      rejected.push(lastShort);
      return;
    }
    if (cells.length > headings.length && !cells.slice(headings.length).every((c) => c.trim() === '')) {
      rejected.push({ row: line, reason: `${cells.length} cells where the column headings have ${headings.length}` });
      return;
    }
    const reasons: string[] = [];
    const item = readRow(line, cells, layout, header, reasons, format);
    reasons.push(...checker.check(item));
    if (reasons.length > 0) for (const reason of reasons) rejected.push({ row: line, reason });
    else items.push(item);
  };
  try {
    eachRecord(bytes, format, lineOf(i), handleRow);
  } catch (e) {
    // e.g. a CSV cut inside a quoted cell: csv-parse stops at the open quote.
    rejected.push({ row: 0, reason: `the ${format.toUpperCase()} body cannot be read to its end (the file may be cut short): ${(e as Error).message}` });
    return result(header, [], rowsRead);
  }
  const short = lastShort as CounterRowError | null; // assigned inside handleRow
  if (short) short.reason += ' (the file looks cut short)';
  return result(header, items, rowsRead);
}

/** Calls `fn` with each record from line `from` on and its first physical line, keeping none of them. */
function eachRecord(text: Buffer, format: 'tsv' | 'csv', from: number, fn: (cells: string[], line: number) => void): void {
  let prev = from - 1;
  const onRecord = (record: string[], context: { lines: number }) => {
    fn(record, prev + 1);
    prev = context.lines;
    return null;
  };
  const common = { relax_column_count: true, skip_empty_lines: false, from_line: from, on_record: onRecord };
  if (format === 'tsv') parse(text, { delimiter: '\t', quote: null, ...common });
  else parse(text, { delimiter: ',', relax_quotes: true, ...common });
}

function rawHeader(values: Map<string, { value: string; line: number }>, rejected: CounterRowError[]): RawHeader {
  const get = (n: string) => values.get(n)?.value ?? null;
  const fail = (n: string, what: string[]) => {
    if (what.length > 0) rejected.push({ row: 0, reason: `${n} (line ${values.get(n)?.line}): cannot read ${what.map((w) => `"${w}"`).join(', ')}` });
  };
  const filters = parseNameValueList(get('Report_Filters') ?? '');
  fail('Report_Filters', filters.unreadable);
  const attributes = parseNameValueList(get('Report_Attributes') ?? '');
  fail('Report_Attributes', attributes.unreadable);
  const period = parseNameValueList(get('Reporting_Period') ?? '');
  fail('Reporting_Period', period.unreadable);
  const ids = parseTypedIds(get('Institution_ID') ?? '');
  fail('Institution_ID', ids.unreadable);
  const exceptions = parseTabularExceptions(get('Exceptions') ?? '');
  fail('Exceptions', exceptions.unreadable);
  // Metric_Types is a header line of its own in tabular form and a Report_Filter in JSON: keep it as the filter.
  const metricTypes = (get('Metric_Types') ?? '').split(/[;|]/).map((m) => m.trim()).filter((m) => m !== '');
  const f: Record<string, string> = metricTypes.length > 0 ? { Metric_Type: metricTypes.join('|'), ...filters.values } : filters.values;
  // Begin_Date/End_Date become header.begin/end; some providers repeat them in Report_Filters.
  delete f.Begin_Date;
  delete f.End_Date;
  return {
    reportName: get('Report_Name'),
    reportId: get('Report_ID'),
    release: get('Release'),
    institutionName: get('Institution_Name'),
    institutionIds: ids.ids,
    customerId: blankToNull(get('Customer_ID')),
    beginDate: period.values.Begin_Date ?? filters.values.Begin_Date ?? null,
    endDate: period.values.End_Date ?? filters.values.End_Date ?? null,
    created: get('Created'),
    createdBy: get('Created_By'),
    filters: f,
    attributes: attributes.values,
    exceptions: exceptions.exceptions,
  };
}

interface Layout {
  text: { index: number; field: TextField }[];
  ids: { index: number; field: IdField }[];
  metricIndex: number;
  totalIndex: number;
  months: { index: number; month: string; heading: string }[];
  /** Granularity=Totals over one month: Reporting_Period_Total is that month's count. */
  totalsMonth: string | null;
}

function columnLayout(headings: string[], header: CounterHeader, totals: boolean, line: number, rejected: CounterRowError[]): Layout | null {
  const fail = (reason: string) => rejected.push({ row: 0, reason: `column headings (line ${line}): ${reason}` });
  const metricIndex = headings.indexOf('Metric_Type');
  const totalIndex = headings.indexOf('Reporting_Period_Total');
  if (metricIndex < 0) fail('no Metric_Type column');
  if (totalIndex < 0) fail('no Reporting_Period_Total column');
  if (metricIndex < 0 || totalIndex < 0) return null;
  const text: Layout['text'] = [];
  const ids: Layout['ids'] = [];
  headings.forEach((h, index) => {
    if (index >= totalIndex) return;
    if (h in TEXT_COLUMNS) text.push({ index, field: TEXT_COLUMNS[h] });
    else if (h in ID_COLUMNS) ids.push({ index, field: ID_COLUMNS[h] });
  });
  const months: Layout['months'] = [];
  let ok = true;
  for (let index = totalIndex + 1; index < headings.length; index++) {
    const month = parseMonthHeading(headings[index]);
    if (!month) {
      fail(`"${headings[index]}" after Reporting_Period_Total is not a month (Mmm-yyyy)`);
      ok = false;
    } else if (outsidePeriod(month, header)) {
      fail(`${headings[index]}: ${outsidePeriod(month, header)}`);
      ok = false;
    } else if (months.some((m) => m.month === month)) {
      fail(`month ${headings[index]} appears twice`);
      ok = false;
    } else months.push({ index, month, heading: headings[index] });
  }
  let totalsMonth: string | null = null;
  if (months.length === 0) {
    const span = monthSpan(header.begin, header.end);
    if (span === 1) totalsMonth = header.begin;
    else {
      rejected.push({
        row: 0,
        reason: `no month columns (Granularity=${totals ? 'Totals' : 'Totals?'}) over ${span} months ${header.begin.slice(0, 7)} to ${header.end.slice(0, 7)}: usage is stored per month, so harvest this report with Granularity=Month`,
      });
      ok = false;
    }
  }
  return ok ? { text, ids, metricIndex, totalIndex, months, totalsMonth } : null;
}

function readRow(line: number, cells: string[], layout: Layout, header: CounterHeader, reasons: string[], format: 'tsv' | 'csv'): CounterItem {
  const item = blankItem(line, header);
  const cell = (index: number) => {
    const c = cells[index].trim();
    return format === 'tsv' ? unquote(c).trim() : c;
  };
  for (const { index, field } of layout.text) {
    const v = cell(index);
    if (v === '') {
      if (field === 'customerId' || field === 'institutionName') continue; // keep the header's
      if (field === 'metricType') item.metricType = '';
      else item[field] = null;
    } else item[field] = v;
  }
  for (const { index, field } of layout.ids) {
    const v = cell(index);
    item.ids[field] = v === '' ? null : v;
  }
  const total = readCountCell(cell(layout.totalIndex), 'Reporting_Period_Total', reasons);
  if (layout.totalsMonth !== null) {
    if (total !== null && total > 0) item.counts.push({ month: layout.totalsMonth, count: total });
    return item;
  }
  let sum = 0;
  let countsOk = true;
  for (const { index, month, heading } of layout.months) {
    const n = readCountCell(cell(index), heading, reasons);
    if (n === null) countsOk = false;
    else if (n > 0) {
      sum += n;
      item.counts.push({ month, count: n });
    }
  }
  if (countsOk && total !== null && sum !== total) {
    reasons.push(`Reporting_Period_Total ${total} is not the sum of the months (${sum})`);
  }
  return item;
}
