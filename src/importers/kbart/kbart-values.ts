/**
 * Cell-level parsing for KBART (NISO RP-9): placeholders, quoted cells, ISO 8601 dates, embargoes,
 * ISSN/ISBN. Pure functions: each returns a value or the reason it could not.
 */
import { normaliseIsbn, normaliseIssn } from '../../lib/identifiers.js';

/** Providers write these for "no value"; KBART itself asks for an empty cell. */
const PLACEHOLDERS = new Set(['', 'n/a', '-']);

/**
 * KBART asks providers not to quote, so quotes are data ("Foo" the journal). A cell that is wholly
 * one CSV-quoted value ("Control, Robotics, and Autonomous Systems") is unwrapped, `""` becoming `"`.
 */
export function cleanCell(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  const quoted = /^"((?:[^"]|"")*)"$/.exec(trimmed);
  return quoted ? quoted[1].replace(/""/g, '"').trim() : trimmed;
}

/** The cleaned cell, or null for an empty cell or a placeholder (`n/a`, `N/A`, `-`). */
export function presentValue(raw: string | undefined): string | null {
  const value = cleanCell(raw);
  return PLACEHOLDERS.has(value.toLowerCase()) ? null : value;
}

export type DateResult = { date: string } | { error: string };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the day is ignored: some exports write
 * `2008-05-19 00:00:00`) -> `YYYY-MM-DD`. A coverage start takes the first day of the period, an
 * end the last: 2005 -> 2005-01-01 / 2005-12-31, 2004-02 -> 2004-02-01 / 2004-02-29.
 */
export function parseKbartDate(value: string, edge: 'start' | 'end'): DateResult {
  const m = DATE.exec(value);
  if (!m) return { error: `"${value}" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return { error: `"${value}" has no month ${m[2]}` };
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) {
    return { error: `"${value}" is not a calendar date (day ${m[3]})` };
  }
  const mm = month ?? (edge === 'start' ? 1 : 12);
  const dd = day ?? (edge === 'start' ? 1 : daysInMonth(year, mm));
  return { date: `${pad(year, 4)}-${pad(mm)}-${pad(dd)}` };
}

/**
 * A monograph publication date at the precision given (`2012`, `2012-03`, `2012-03-04`), time dropped.
 * Unlike coverage dates it is not widened to a day: "published 2012" is not "published 1 January".
 */
export function parsePublicationDate(value: string): DateResult {
  const checked = parseKbartDate(value, 'start');
  if ('error' in checked) return checked;
  const precision = value.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0] ?? value;
  return { date: precision };
}

export type EmbargoUnit = 'day' | 'month' | 'year';

/**
 * KBART embargo_info: `P` = moving wall (the most recent period is NOT available), `R` = rolling
 * window (ONLY the most recent period is available); unit D, M or Y. Both may appear, `;`-separated
 * (`R10Y;P1Y`: the last ten years except the latest one).
 */
export interface Embargo {
  type: 'moving_wall' | 'rolling';
  amount: number;
  unit: EmbargoUnit;
}

const UNITS: Record<string, EmbargoUnit> = { D: 'day', M: 'month', Y: 'year' };

export function parseEmbargo(value: string): { embargo: Embargo[] } | { error: string } {
  const parts = value.split(';').map((p) => p.trim()).filter((p) => p !== '');
  const embargo: Embargo[] = [];
  for (const part of parts) {
    const m = /^([PR])(\d{1,4})([DMY])$/i.exec(part);
    if (!m) return { error: `"${value}" is not a KBART embargo (P or R, a number, then D, M or Y, e.g. P1Y or R6M)` };
    const type = m[1].toUpperCase() === 'P' ? 'moving_wall' : 'rolling';
    if (embargo.some((e) => e.type === type)) return { error: `"${value}" gives two ${type === 'rolling' ? 'R' : 'P'} periods` };
    embargo.push({ type, amount: Number(m[2]), unit: UNITS[m[3].toUpperCase()] });
  }
  return { embargo };
}

export interface KbartIdentifier {
  type: 'ISSN' | 'ISBN';
  /** ISSN as NNNN-NNNC, ISBN as 13 digits. */
  value: string;
}

export type PublicationType = 'serial' | 'monograph';

/** How the value looks once hyphens and spaces are gone: 8 characters an ISSN, 10 or 13 an ISBN. */
function shapeOf(value: string): 'ISSN' | 'ISBN' | null {
  const compact = value.replace(/[\s-]/g, '');
  if (/^\d{7}[\dXx]$/.test(compact)) return 'ISSN';
  if (/^\d{9}[\dXx]$/.test(compact) || /^\d{13}$/.test(compact)) return 'ISBN';
  return null;
}

/**
 * print_identifier / online_identifier: an ISSN on a serial row, an ISBN on a monograph row; when
 * publication_type is missing (KBART phase I) the value's shape decides. A book-series row
 * flagged `monograph` may legitimately carry the series ISSN (and a serial an ISBN), so a value
 * that is a valid number of the other kind is kept as that kind.
 */
export function parseIdentifier(value: string, publicationType: PublicationType | null): { id: KbartIdentifier } | { error: string } {
  const expected = publicationType === 'serial' ? 'ISSN' : publicationType === 'monograph' ? 'ISBN' : shapeOf(value);
  if (expected === null) return { error: `"${value}" is neither an ISSN nor an ISBN` };
  const tryAs = (type: 'ISSN' | 'ISBN'): KbartIdentifier | null => {
    const normalised = type === 'ISSN' ? normaliseIssn(value) : normaliseIsbn(value);
    return normalised === null ? null : { type, value: normalised };
  };
  const shape = shapeOf(value);
  const id = tryAs(expected) ?? (shape !== null && shape !== expected ? tryAs(shape) : null);
  if (id) return { id };
  let why: string;
  if (shape === expected) why = expected === 'ISSN' ? 'wrong check digit' : 'wrong check digit or prefix';
  else why = expected === 'ISSN' ? 'an ISSN has 8 characters, NNNN-NNNC' : 'an ISBN has 10 or 13 digits';
  return { error: `"${value}" is not a valid ${expected} (${why})` };
}

/** `serial` / `monograph` in any case, or null when unrecognised. */
export function parsePublicationType(value: string): PublicationType | null {
  const lower = value.toLowerCase();
  return lower === 'serial' || lower === 'monograph' ? lower : null;
}
