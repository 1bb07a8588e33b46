/**
 * Helpers shared by the MARC 21 and UNIMARC/CNMARC mappers: one pass over the fields, text clean-up
 * (ISBD punctuation, non-sort marks, whitespace), standard numbers and years. Pure and allocation-light:
 * mapping runs once per imported record.
 */
import { normaliseIsbn, normaliseIssn } from '../../lib/identifiers.js';
import type { RecordFormat } from '../../modules/records/index.js';
import type { MarcDataField, MarcDialect, MarcRecord } from './marc-record.js';

/** The RecordFormat enum's values, as a type only (the enum module pulls in type-graphql at run time). */
export type FormatCode = `${RecordFormat}`;

/** The fields of one record by tag, built in a single pass (the mappers look up ~20 tags). */
export interface FieldIndex {
  control: Map<string, string>;
  data: Map<string, MarcDataField[]>;
}

const EMPTY: MarcDataField[] = [];

export function indexFields(record: MarcRecord): FieldIndex {
  const control = new Map<string, string>();
  const data = new Map<string, MarcDataField[]>();
  for (const f of record.fields) {
    if ('subfields' in f) {
      const list = data.get(f.tag);
      if (list) list.push(f);
      else data.set(f.tag, [f]);
    } else if (!control.has(f.tag)) {
      control.set(f.tag, f.value);
    }
  }
  return { control, data };
}

export function fieldsOf(ix: FieldIndex, tag: string): MarcDataField[] {
  return ix.data.get(tag) ?? EMPTY;
}

/** First non-empty (after trimming) value of a subfield, or null. */
export function sub(f: MarcDataField | undefined, code: string): string | null {
  if (!f) return null;
  for (const s of f.subfields) {
    if (s.code === code) {
      const v = s.value.trim();
      if (v) return v;
    }
  }
  return null;
}

/** Every non-empty value of a subfield, trimmed. */
export function subs(f: MarcDataField, code: string): string[] {
  const out: string[] = [];
  for (const s of f.subfields) if (s.code === code) {
    const v = s.value.trim();
    if (v) out.push(v);
  }
  return out;
}

// U+0098 / U+009C: MARC non-sort marks around a leading article; other C0/C1 controls never belong in text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const SPACES = /\s+/g;

/** Removes control characters (incl. the non-sort marks, keeping the text between them) and collapses whitespace. */
export function clean(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(CONTROLS, '').replace(SPACES, ' ').trim();
}

// ISBD separators that end a subfield in MARC 21: " /" before $c, " :" before $b, " =" parallel, " ;", ","
const TRAILING_SEPARATORS = /[\s/:;=,]+$/;
// a final full stop, unless it ends an initial ("J.") or an ellipsis
const FINAL_PERIOD = /(?<![\s.][A-Za-z]|\.)\.$/;
// after CJK text a full stop is always ISBD punctuation ('第1版.'), never an abbreviation
const CJK_FINAL_PERIOD = /(?<=[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])\.$/;

/** Strips trailing ISBD punctuation; with `period`, also one final full stop (always after CJK). Empty → null. */
const TIDY_NEEDED = /[\u0000-\u001f\u007f-\u009f]|\s\s|^\s|[\s/:;=,.]$/;

export function tidy(s: string | null | undefined, period = true): string | null {
  if (!s) return null;
  if (!TIDY_NEEDED.test(s)) return s; // most subfields: nothing to do
  let v = clean(s);
  if (!v) return null;
  for (let i = 0; i < 3; i++) {
    const before = v;
    v = v.replace(TRAILING_SEPARATORS, '');
    v = v.replace(period ? FINAL_PERIOD : CJK_FINAL_PERIOD, '');
    if (v === before) break;
  }
  v = v.trim();
  return v || null;
}

/** A place or publisher that only says "unknown" ([S.l.], [s.n.], 出版地不详 …) → null. */
const UNKNOWN = /^\[?\s*(s\.\s*l\.|s\.\s*n\.|sine loco|sine nomine|place of publication not identified|publisher not identified|出版地不详|出版者不详|出版社不详|[x?]+)\s*\]?$/i;

export function tidyImprint(s: string | null | undefined): string | null {
  const v = tidy(s, false);
  if (!v) return null;
  const unbracketed = v.replace(/^\[(.*)\]$/, '$1').trim();
  if (UNKNOWN.test(v) || UNKNOWN.test(unbracketed)) return null;
  return v;
}

const YEAR = /(?:^|[^0-9])(1[0-9]{3}|20[0-9]{2})(?![0-9])/;

/** The first plausible 4-digit year (1000–2099) in a date statement: '©2019.', '[1998?]', 'c1985', '2020.01'. */
export function yearIn(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = YEAR.exec(s);
  return m ? Number(m[1]) : null;
}

/** A 4-digit year from fixed positions (008/07-10, 100 $a/09-12), or null for blanks and 'u'/'|' fill. */
export function yearAt(s: string | null | undefined, start: number): number | null {
  if (!s || s.length < start + 4) return null;
  const y = s.slice(start, start + 4);
  return /^(1[0-9]{3}|20[0-9]{2})$/.test(y) ? Number(y) : null;
}

/** Any character outside Latin scripts (CJK, Cyrillic, Arabic …): tells a vernacular 880 from a romanised one. */
const NON_LATIN = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u02b0-\u036f]/;
export function hasNonLatin(s: string): boolean {
  return NON_LATIN.test(s);
}

export interface InvalidIdentifier {
  scheme: 'isbn' | 'issn';
  value: string;
}

/** The number part of an ISBN subfield: '0306406152 (pbk.)', 'ISBN 978-7-302-12345-6 : CNY38.00'. */
function isbnCandidate(raw: string): string {
  const v = raw.replace(/^\s*ISBN[\s:：]*/i, '');
  const m = /^[\s]*([0-9][0-9\s-]*[0-9Xx])/.exec(v);
  if (!m) return v.trim();
  const compact = m[1].replace(/[\s-]/g, '');
  if (compact.length === 10 || compact.length === 13) return m[1];
  // '0306406152 1234': fall back to the first token
  return m[1].split(/\s+/)[0];
}

/** Adds an ISBN subfield value: valid → isbns (ISBN-13, deduplicated), invalid → invalid (as written); no digit at all → ignored. */
export function addIsbn(raw: string, isbns: string[], invalid: InvalidIdentifier[]): void {
  const value = clean(raw);
  if (!/[0-9]/.test(value)) return; // '(pbk.)' alone: a qualifier, not a number
  const isbn = normaliseIsbn(isbnCandidate(value));
  if (isbn) {
    if (!isbns.includes(isbn)) isbns.push(isbn);
  } else {
    addInvalid(invalid, 'isbn', value);
  }
}

/** Adds an ISSN subfield value: valid → issns (NNNN-NNNC), invalid → invalid. */
export function addIssn(raw: string, issns: string[], invalid: InvalidIdentifier[]): void {
  const value = clean(raw);
  if (!/[0-9]/.test(value)) return;
  const m = /[0-9]{4}\s*-?\s*[0-9]{3}[0-9Xx]/.exec(value);
  const issn = normaliseIssn(m ? m[0].replace(/\s/g, '') : value);
  if (issn) {
    if (!issns.includes(issn)) issns.push(issn);
  } else {
    addInvalid(invalid, 'issn', value);
  }
}

export function addInvalid(invalid: InvalidIdentifier[], scheme: 'isbn' | 'issn', raw: string): void {
  const value = clean(raw);
  if (value && !invalid.some((x) => x.scheme === scheme && x.value === value)) invalid.push({ scheme, value });
}

/** A three-letter language code, lower case, or null (blanks, fill characters, wrong length). */
export function languageCode(s: string | null | undefined): string | null {
  if (!s) return null;
  const v = s.trim().slice(0, 3).toLowerCase();
  return /^[a-z]{3}$/.test(v) ? v : null;
}

/** Pushes a cleaned value once. */
export function pushUnique(list: string[], value: string | null): void {
  if (value && !list.includes(value)) list.push(value);
}

/**
 * A CLC number as catalogued ('TP312', 'I247.5', 'TP311.13-43'), trimmed of spaces; null when it does
 * not start like a CLC class (letters A–Z then digits or a second letter), so a stray local number in
 * 093 is not taken for one.
 */
export function clcNumber(s: string | null | undefined): string | null {
  const v = clean(s).replace(/\s+/g, '').toUpperCase();
  return /^[A-Z][A-Z0-9]/.test(v) || /^[A-Z]$/.test(v) ? v : null;
}

/**
 * Broad material type from leader/06 (type of record) and /07 (bibliographic level). MARC 21 and
 * UNIMARC share most letters; they differ on b (MARC 21: obsolete archival code, treated as text;
 * UNIMARC: manuscript text), l (UNIMARC electronic resource) and m (MARC 21 computer file; UNIMARC
 * multimedia).
 */
export function formatFromLeader(leader: string, dialect: MarcDialect): FormatCode {
  const type = leader.charAt(6);
  const level = leader.charAt(7);
  const serial = level === 's' || level === 'i' || level === 'b';
  switch (type) {
    case 'a':
      return serial ? 'SERIAL' : 'BOOK';
    case 'b':
      if (dialect === 'unimarc') return 'MANUSCRIPT';
      return serial ? 'SERIAL' : 'BOOK';
    case 't':
      return 'MANUSCRIPT';
    case 'c':
    case 'd':
      return 'SCORE';
    case 'e':
    case 'f':
      return 'MAP';
    case 'g':
      return 'VIDEO';
    case 'i':
    case 'j':
      return 'AUDIO';
    case 'l':
      return dialect === 'unimarc' ? 'ELECTRONIC' : 'OTHER';
    case 'm':
      return dialect === 'unimarc' ? 'OTHER' : 'ELECTRONIC';
    case '':
    case ' ':
      return 'BOOK';
    default:
      return 'OTHER'; // k (2-D graphic), o (kit), p (mixed), r (3-D object) …
  }
}
