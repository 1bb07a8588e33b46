/**
 * MARC-in-JSON reader: `{ "leader": "…", "fields": [ {"001": "…"}, {"245": {"ind1": "1",
 * "ind2": "0", "subfields": [ {"a": "…"} ]}} ] }` (the format pymarc, marcjs and FOLIO write), one
 * object, an array of them, or one per line (NDJSON / concatenated values). The flat variant
 * `{"tag": "245", "ind1": …, "subfields": [{"code": "a", "value": "…"}]}` / `{"tag": "001",
 * "value": "…"}` (@natlibfi/marc-record) is accepted too.
 *
 * Streaming: the text is cut into top-level values (or elements of a top-level array) by a small
 * scanner that tracks strings and nesting, and each value is parsed with JSON.parse on its own, so
 * memory holds one record at a time. A value that does not parse, or is not a MARC record, is
 * rejected on its own; if the very first value is not MARC at all, UnsupportedFormatError is thrown.
 */
import { UnsupportedFormatError } from './detect-format.js';
import type { MarcField, MarcRecord, MarcSubfield, ReadResult } from './marc-record.js';

export interface MarcJsonOptions {
  fileName: string;
}

const NON_ASCII = /[^\x00-\x7f]/;
const nfc = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFC') : s);
const TAG = /^[0-9A-Za-z]{3}$/;
const SUBFIELD_CODE = /^[a-z0-9]$/;

/** A parsed JSON value. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

function indicator(v: Json | undefined, tag: string, k: number, warnings: string[]): string {
  if (v === undefined || v === null || v === '') return ' ';
  const s = String(v);
  if (s.length === 1 && (s === ' ' || (s >= '0' && s <= '9'))) return s;
  if (s === '#' || s === '_') return ' ';
  warnings.push(`${tag}: invalid indicator ${k} "${s}"`);
  return s.charAt(0);
}

function subfieldList(list: Json | undefined, tag: string, warnings: string[]): MarcSubfield[] {
  const out: MarcSubfield[] = [];
  if (!Array.isArray(list)) {
    warnings.push(`${tag}: "subfields" is not an array`);
    return out;
  }
  for (const sf of list) {
    if (!isObject(sf)) {
      warnings.push(`${tag}: subfield that is not an object dropped`);
      continue;
    }
    let code: string;
    let value: Json | undefined;
    if ('code' in sf && 'value' in sf) {
      code = String(sf.code);
      value = sf.value;
    } else {
      const keys = Object.keys(sf);
      if (keys.length !== 1) {
        warnings.push(`${tag}: subfield object with ${keys.length} keys dropped`);
        continue;
      }
      code = keys[0];
      value = sf[code];
    }
    if (!SUBFIELD_CODE.test(code)) warnings.push(`${tag}: invalid subfield code "${code}"`);
    out.push({ code, value: nfc(typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)) });
  }
  return out;
}

/** Converts one parsed MARC-in-JSON value; a string result is the reason it is not a record. */
export function marcJsonToRecord(v: Json, warnings: string[]): MarcRecord | string {
  if (!isObject(v)) return 'not a JSON object';
  if (!Array.isArray(v.fields)) return 'no "fields" array (not MARC-in-JSON)';
  let leader = typeof v.leader === 'string' ? v.leader : null;
  if (leader === null) {
    warnings.push('no leader (blank leader assumed)');
    leader = ' '.repeat(24);
  } else if (leader.length !== 24) {
    warnings.push(`leader is ${leader.length} characters, not 24 (${leader.length < 24 ? 'padded' : 'cut'})`);
    leader = leader.length < 24 ? leader.padEnd(24, ' ') : leader.slice(0, 24);
  }
  const fields: MarcField[] = [];
  for (const f of v.fields) {
    if (!isObject(f)) {
      warnings.push('field that is not an object dropped');
      continue;
    }
    if (typeof f.tag === 'string') {
      // flat variant
      const tag = f.tag;
      if (!TAG.test(tag)) warnings.push(`invalid tag "${tag}"`);
      if (typeof f.value === 'string') fields.push({ tag, value: nfc(f.value) });
      else fields.push({ tag, ind1: indicator(f.ind1, tag, 1, warnings), ind2: indicator(f.ind2, tag, 2, warnings), subfields: subfieldList(f.subfields, tag, warnings) });
      continue;
    }
    const keys = Object.keys(f);
    if (keys.length !== 1) {
      warnings.push(`field object with ${keys.length} keys dropped`);
      continue;
    }
    const tag = keys[0];
    if (!TAG.test(tag)) warnings.push(`invalid tag "${tag}"`);
    const body = f[tag];
    if (typeof body === 'string') fields.push({ tag, value: nfc(body) });
    else if (isObject(body)) {
      fields.push({ tag, ind1: indicator(body.ind1, tag, 1, warnings), ind2: indicator(body.ind2, tag, 2, warnings), subfields: subfieldList(body.subfields, tag, warnings) });
    } else warnings.push(`${tag}: value is neither a string nor an object: dropped`);
  }
  return { leader, fields };
}

/** Cuts a character stream into top-level JSON values (elements, for a top-level array). */
class JsonValueSplitter {
  private buf = '';
  private depth = 0;
  private inString = false;
  private escape = false;
  private scalar = false;
  private valueStart = -1;
  private arrayMode = false;
  private line = 1;
  private valueLine = 1;

  /** Feeds text; returns the complete values found, with the line each starts on. */
  push(text: string): Array<{ text: string; line: number }> {
    const b = this.buf + text;
    const from = this.buf.length;
    const out: Array<{ text: string; line: number }> = [];
    const level = (): number => (this.arrayMode ? 1 : 0);
    const emit = (end: number): void => {
      out.push({ text: b.slice(this.valueStart, end), line: this.valueLine });
      this.valueStart = -1;
    };
    for (let i = from; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c === 0x0a) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 0x5c) this.escape = true;
        else if (c === 0x22) {
          this.inString = false;
          if (this.depth === level() && this.valueStart !== -1) emit(i + 1); // a bare string value
        }
        continue;
      }
      if (this.scalar) {
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0x5d || c === 0x7d) {
          this.scalar = false;
          emit(i);
        } else continue;
      }
      if (this.valueStart === -1) {
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2c || c === 0xfeff) continue;
        if (!this.arrayMode && this.depth === 0 && c === 0x5b) {
          this.arrayMode = true;
          this.depth = 1;
          continue;
        }
        if (this.arrayMode && this.depth === 1 && c === 0x5d) {
          this.arrayMode = false;
          this.depth = 0;
          continue;
        }
        this.valueStart = i;
        this.valueLine = this.line;
        if (c === 0x7b || c === 0x5b) this.depth++;
        else if (c === 0x22) this.inString = true;
        else this.scalar = true;
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.depth === level()) emit(i + 1);
      }
    }
    // keep only the unfinished value
    if (this.valueStart === -1) this.buf = '';
    else {
      this.buf = b.slice(this.valueStart);
      this.valueStart = 0;
    }
    return out;
  }

  /** Unfinished text at the end of input, if any. */
  rest(): { text: string; line: number } | null {
    if (this.valueStart === -1) return null;
    if (this.scalar) return { text: this.buf, line: this.valueLine };
    const t = this.buf.trim();
    return t.length > 0 ? { text: t, line: this.valueLine } : null;
  }
}

/** Reads MARC-in-JSON records from a stream of byte chunks (UTF-8). */
export async function* readMarcJson(chunks: AsyncIterable<Uint8Array>, options: MarcJsonOptions): AsyncGenerator<ReadResult> {
  const decoder = new TextDecoder('utf-8');
  const splitter = new JsonValueSplitter();
  let position = 0;
  const convert = (item: { text: string; line: number }): ReadResult => {
    position++;
    let v: Json;
    try {
      v = JSON.parse(item.text) as Json;
    } catch (e) {
      return { position, record: null, encoding: null, warnings: [], error: `malformed JSON in the value starting at line ${item.line}: ${(e as Error).message}` };
    }
    const warnings: string[] = [];
    const r = marcJsonToRecord(v, warnings);
    if (typeof r === 'string') {
      if (position === 1) {
        const keys = isObject(v) ? Object.keys(v).slice(0, 6).join(', ') : typeof v;
        throw new UnsupportedFormatError(options.fileName, `JSON that is not MARC-in-JSON (keys: ${keys})`);
      }
      return { position, record: null, encoding: null, warnings, error: `value at line ${item.line}: ${r}` };
    }
    return { position, record: r, encoding: 'utf8', warnings, error: null };
  };
  for await (const chunk of chunks) {
    for (const item of splitter.push(decoder.decode(chunk, { stream: true }))) yield convert(item);
  }
  for (const item of splitter.push(decoder.decode())) yield convert(item);
  const rest = splitter.rest();
  if (rest !== null) {
    if (/^[^{[]/.test(rest.text)) yield convert(rest); // a trailing scalar
    else {
      position++;
      yield { position, record: null, encoding: null, warnings: [], error: `truncated JSON: the value starting at line ${rest.line} is not closed` };
    }
  }
}
