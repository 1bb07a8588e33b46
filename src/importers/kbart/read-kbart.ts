/**
 * Reads a KBART title list (phase I or II) into typed rows, rejections and warnings.
 *
 * Synchronous, whole-file: lists run to tens of thousands of rows (a few MB), a re-load is diffed
 * against the previous list (which needs every key in memory anyway), and the service validates
 * the whole list before it writes anything in one transaction, so a stream would buy nothing.
 *
 * Rules (STANDARDS.md C2; the fixtures under shared/fixtures/kbart win over the text):
 * - UTF-8 with or without BOM; CRLF, LF or CR-only line ends, even mixed; tab-separated.
 * - No quoting: a quote is data, except a cell that is wholly one quoted value (see `cleanCell`).
 * - `row` is the physical line number, the header being line 1. Blank lines are skipped.
 * - `n/a`, `N/A`, `-` and empty cells are absent values.
 * - A row is rejected (reason given) without a publication_title or with an unreadable date; a bad
 *   ISSN/ISBN, embargo, publication_type or access_type is dropped with a warning and the row loads.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { type KbartColumn, PHASE_II_ONLY, standardColumn } from './kbart-columns.js';
import {
  cleanCell,
  type DateResult,
  type Embargo,
  type KbartIdentifier,
  parseEmbargo,
  parseIdentifier,
  parseKbartDate,
  parsePublicationDate,
  parsePublicationType,
  presentValue,
  type PublicationType,
} from './kbart-values.js';
import { rowKey } from './kbart-key.js';

export interface KbartRow {
  /** Physical line number in the file (header = 1). */
  row: number;
  /** Stable across re-loads of the same list; unique within one read (see `rowKey`). */
  key: string;
  publicationTitle: string;
  printIdentifier: KbartIdentifier | null;
  onlineIdentifier: KbartIdentifier | null;
  /** `YYYY-MM-DD`, first day of date_first_issue_online's period. */
  coverageStart: string | null;
  /** `YYYY-MM-DD`, last day of date_last_issue_online's period; null = ongoing. */
  coverageEnd: string | null;
  firstVolume: string | null;
  firstIssue: string | null;
  lastVolume: string | null;
  lastIssue: string | null;
  titleUrl: string | null;
  firstAuthor: string | null;
  titleId: string | null;
  /** Empty when there is no embargo; at most one moving wall and one rolling window. */
  embargo: Embargo[];
  coverageDepth: string | null;
  notes: string | null;
  publisherName: string | null;
  publicationType: PublicationType | null;
  /** At the precision given: `2012`, `2012-05` or `2012-05-19`. */
  dateMonographPublishedPrint: string | null;
  dateMonographPublishedOnline: string | null;
  monographVolume: string | null;
  monographEdition: string | null;
  firstEditor: string | null;
  parentPublicationTitleId: string | null;
  precedingPublicationTitleId: string | null;
  /** F = free, P = paid. */
  accessType: 'F' | 'P' | null;
  /** Vendor columns by their header name, trimmed values ('' when empty). */
  extra: Record<string, string>;
}

export interface KbartRejection {
  row: number;
  reason: string;
}

export interface KbartWarning {
  row: number;
  message: string;
}

export interface KbartReadResult {
  rows: KbartRow[];
  rejected: KbartRejection[];
  warnings: KbartWarning[];
  /** Header names as written (trimmed), in file order. */
  columns: string[];
  /** II when the header has any phase II-only column (publication_type, access_type, …). */
  phase: 'I' | 'II';
}

export type KbartSource = { path: string } | { text: string };

/** Header position -> standard column, or a vendor column name. */
type ColumnPlan = ({ kind: 'standard'; column: KbartColumn } | { kind: 'extra'; name: string } | { kind: 'unnamed' })[];

function decode(bytes: Buffer, warnings: KbartWarning[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push({ row: 0, message: 'the file is not valid UTF-8 (KBART requires UTF-8); undecodable bytes were replaced with U+FFFD' });
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function planColumns(header: string[], warnings: KbartWarning[]): ColumnPlan {
  const seen = new Set<string>();
  return header.map((cell) => {
    const name = cleanCell(cell);
    if (name === '') return { kind: 'unnamed' };
    const column = standardColumn(name);
    if (column && !seen.has(column)) {
      seen.add(column);
      return { kind: 'standard', column };
    }
    if (column) warnings.push({ row: 1, message: `column "${name}" repeats ${column}; its values are kept in extra` });
    return { kind: 'extra', name };
  });
}

type Get = (c: KbartColumn) => string | null;
type Dates = { start: string | null; end: string | null; print: string | null; online: string | null };

/** Coverage and publication dates; an unreadable one is a reason to reject the row. */
function readDates(get: Get, reasons: string[]): Dates {
  const read = (c: KbartColumn, parse: (text: string) => DateResult): string | null => {
    const text = get(c);
    if (text === null) return null;
    const parsed = parse(text);
    if ('date' in parsed) return parsed.date;
    reasons.push(`${c} ${parsed.error}`);
    return null;
  };
  const start = read('date_first_issue_online', (t) => parseKbartDate(t, 'start'));
  const end = read('date_last_issue_online', (t) => parseKbartDate(t, 'end'));
  if (start && end && end < start) reasons.push(`date_last_issue_online ${end} is before date_first_issue_online ${start}`);
  return { start, end, print: read('date_monograph_published_print', parsePublicationDate), online: read('date_monograph_published_online', parsePublicationDate) };
}

/** The fields that are dropped with a warning when unreadable. */
function readOptional(get: Get, warn: (m: string) => void) {
  const typeText = get('publication_type');
  const publicationType = typeText === null ? null : parsePublicationType(typeText);
  if (typeText !== null && publicationType === null) warn(`publication_type "${typeText}" is neither serial nor monograph; ignored`);

  let embargo: Embargo[] = [];
  const embargoText = get('embargo_info');
  if (embargoText !== null) {
    const parsed = parseEmbargo(embargoText);
    if ('embargo' in parsed) embargo = parsed.embargo;
    else warn(`embargo_info ${parsed.error}; dropped`);
  }

  const accessText = get('access_type');
  const upper = accessText?.toUpperCase();
  const accessType: KbartRow['accessType'] = upper === 'F' ? 'F' : upper === 'P' ? 'P' : null;
  if (accessText !== null && accessType === null) warn(`access_type "${accessText}" is not F (free) or P (paid); dropped`);

  const identifier = (c: 'print_identifier' | 'online_identifier'): KbartIdentifier | null => {
    const text = get(c);
    if (text === null) return null;
    const parsed = parseIdentifier(text, publicationType);
    if ('id' in parsed) return parsed.id;
    warn(`${c} ${parsed.error}; dropped`);
    return null;
  };
  return { publicationType, embargo, accessType, printIdentifier: identifier('print_identifier'), onlineIdentifier: identifier('online_identifier') };
}

/** Turns one data line into a row, or the reasons it cannot be one. Warnings go to `warn`. */
function buildRow(line: number, values: Partial<Record<KbartColumn, string>>, extra: Record<string, string>, warn: (m: string) => void): { row: KbartRow } | { reasons: string[] } {
  const reasons: string[] = [];
  const get: Get = (c) => presentValue(values[c]);
  const title = get('publication_title');
  if (title === null) reasons.push('publication_title is empty');
  const { publicationType, embargo, accessType, printIdentifier, onlineIdentifier } = readOptional(get, warn);
  const dates = readDates(get, reasons);
  const start = dates.start;
  const end = dates.end;
  if (reasons.length > 0 || title === null) return { reasons };
  const titleId = get('title_id');
  return {
    row: {
      row: line,
      key: rowKey({ titleId, printIdentifier, onlineIdentifier, publicationTitle: title, coverageStart: start }),
      publicationTitle: title,
      printIdentifier,
      onlineIdentifier,
      coverageStart: start,
      coverageEnd: end,
      firstVolume: get('num_first_vol_online'),
      firstIssue: get('num_first_issue_online'),
      lastVolume: get('num_last_vol_online'),
      lastIssue: get('num_last_issue_online'),
      titleUrl: get('title_url'),
      firstAuthor: get('first_author'),
      titleId,
      embargo,
      coverageDepth: get('coverage_depth'),
      notes: get('notes'),
      publisherName: get('publisher_name'),
      publicationType,
      dateMonographPublishedPrint: dates.print,
      dateMonographPublishedOnline: dates.online,
      monographVolume: get('monograph_volume'),
      monographEdition: get('monograph_edition'),
      firstEditor: get('first_editor'),
      parentPublicationTitleId: get('parent_publication_title_id'),
      precedingPublicationTitleId: get('preceding_publication_title_id'),
      accessType,
      extra,
    },
  };
}

/** Splits one record's cells into standard values and vendor extras, by the header plan. */
function sortCells(cells: string[], plan: ColumnPlan, warn: (m: string) => void) {
  const values: Partial<Record<KbartColumn, string>> = {};
  const extra: Record<string, string> = {};
  for (const [i, p] of plan.entries()) {
    if (p.kind === 'standard') values[p.column] = cells[i] ?? '';
    else if (p.kind === 'extra') extra[p.name] = cleanCell(cells[i]);
  }
  for (let i = 0; i < cells.length; i++) {
    const unnamed = i >= plan.length || plan[i].kind === 'unnamed';
    if (unnamed && cleanCell(cells[i]) !== '') {
      extra[`column_${i + 1}`] = cleanCell(cells[i]);
      warn(`cell ${i + 1} has a value but no column name in the header; kept as extra.column_${i + 1}`);
    }
  }
  return { values, extra };
}

/** Keys must be unique for diffing; a repeat (same title_id and start) gets `#2`, `#3`… and a warning. */
function makeKeysUnique(rows: KbartRow[], warnings: KbartWarning[]): void {
  const first = new Map<string, number>();
  const count = new Map<string, number>();
  for (const row of rows) {
    const n = (count.get(row.key) ?? 0) + 1;
    count.set(row.key, n);
    if (n === 1) {
      first.set(row.key, row.row);
      continue;
    }
    warnings.push({ row: row.row, message: `same title and coverage start as line ${first.get(row.key)} (key ${row.key}); keyed ${row.key}#${n}` });
    row.key = `${row.key}#${n}`;
  }
}

export function readKbart(source: KbartSource): KbartReadResult {
  const warnings: KbartWarning[] = [];
  const text = 'text' in source ? source.text : decode(readFileSync(source.path), warnings);
  const records = parse(text, {
    delimiter: '\t',
    quote: false, // KBART: no quoting; a stray quote must not swallow the following lines
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    bom: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[]; // csv-parse's types omit the `info: true` shape
  const result: KbartReadResult = { rows: [], rejected: [], warnings, columns: [], phase: 'I' };
  const header = records[0];
  if (!header) {
    result.rejected.push({ row: 1, reason: 'the file is empty: a KBART file starts with a header line' });
    return result;
  }
  result.columns = header.record.map(cleanCell);
  const plan = planColumns(header.record, warnings);
  if (!plan.some((p) => p.kind === 'standard' && p.column === 'publication_title')) {
    result.rejected.push({ row: 1, reason: 'line 1 is not a KBART header: it has no publication_title column' });
    return result;
  }
  if (plan.some((p) => p.kind === 'standard' && PHASE_II_ONLY.has(p.column))) result.phase = 'II';

  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.every((cell) => cell.trim() === '')) continue;
    const warn = (message: string) => warnings.push({ row: line, message });
    const { values, extra } = sortCells(record, plan, warn);
    const built = buildRow(line, values, extra, warn);
    if ('row' in built) result.rows.push(built.row);
    else result.rejected.push({ row: line, reason: built.reasons.join('; ') });
  }
  makeKeysUnique(result.rows, warnings);
  return result;
}
