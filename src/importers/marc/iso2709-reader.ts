/**
 * ISO 2709 (binary MARC 21 / UNIMARC / CNMARC) reader: a stream of byte chunks in, one ReadResult
 * per record out. Memory holds one chunk plus at most one partial record.
 *
 * Why not marcjs 3.0.2's Iso2709Parser (run over the fixtures before writing this): it decodes
 * every field with `toString('utf-8')` itself, so there are no raw bytes per field and MARC-8,
 * ISO 5426, GB18030 and cp1251 records come out as U+FFFD or escape-sequence garbage
 * (yaz-marc12.marc's 880 reads "\x1b$1'4\"!Bw!…"); it trusts directory lengths and offsets, so one
 * off-by-one length corrupts every later field (pymarc-bad_subfield_code: 260's indicators become
 * "\x1e "); it splits on 0x1D only and silently drops an unterminated last record
 * (xbib-zdbtitutf8.mrc gives 7 records and no word about the 8th); a record spanning three chunks
 * loses its first part (`prevData` is overwritten); and it parses at ~18,600 records/s (STACK.md).
 * So this reader walks the leader and directory itself.
 *
 * Framing: a record starts with a plausible leader (5-digit length, a well-formed first directory
 * entry) and ends at the first record terminator (0x1D) after it — 0x1D never occurs inside data
 * in any MARC character set, so this is exact even when the declared length is wrong. Handled:
 *   - declared length off by a few bytes either way → record kept, warning;
 *   - terminator missing but the next record starts where the length says → record kept, warning;
 *   - white space, newlines, NULs, extra terminators between records → skipped (stray
 *     terminators and NULs noted on the next record);
 *   - other bytes between records → skipped up to the next plausible leader, warning;
 *   - a truncated record (end of file, or another leader inside it) → rejected:
 *     `truncated record: leader says 1040 bytes, 861 present` (xbib-zdbtitutf8.mrc).
 * Fields: the directory gives tag, length and offset, in any order (unordered entries are kept in
 * directory order). Each entry is checked against the field terminators (0x1E); when lengths or
 * offsets are off (common after a careless re-encoding) the fields are re-aligned on the
 * terminators instead and a warning says so. Leader/10-11 (indicator count, subfield code length)
 * are not trusted: indicators are the two bytes before the first 0x1F.
 * Text: each field's bytes are decoded as a whole with the record's character set (see
 * encoding-detect.ts), then split on 0x1F, so no multi-byte character is ever cut. For UTF-8,
 * ISO 8859-1, GB18030/GBK and Big5 the whole data area is decoded in one call and cut at the
 * terminators (0x1E/0x1F are never part of a multi-byte sequence); MARC-8, ISO 5426 and other iconv
 * code pages go field by field (MARC-8 escapes reset at each field). Text is NFC-normalised (only
 * strings holding characters from U+0300 on can change).
 * Speed (scripts/bench-marc-read.ts, 100,000 UTF-8 records of 2.65 KB on 2 busy shared vCPUs):
 * 28,000-67,000 records/s depending on the other jobs' load (110-180 MB/s in quieter runs), including
 * charset checks, decoding and NFC.
 */
import { dialectFromEvidence } from './detect-dialect.js';
import { plausibleLeader } from './detect-format.js';
import {
  chooseRecordEncoding,
  declaredCharset,
  decodeBytes,
  decoderNormalises,
  type EncodingChoice,
} from './encoding-detect.js';
import type { MarcEncoding, MarcField, MarcRecord, MarcSubfield, ReadResult } from './marc-record.js';

const RT = 0x1d; // record terminator
const FT = 0x1e; // field terminator
const SF = 0x1f; // subfield delimiter

/** Max warnings kept per record (then one "… and N more"). */
const MAX_WARNINGS = 30;
/** A declared length this far off is not trusted to hold a whole record: look for a leader inside. */
const LENGTH_SLACK = 16;
/** Bytes without a terminator after which a record is cut at its declared length. */
const MAX_UNTERMINATED = 1 << 20;

export interface Iso2709Options {
  /** 'auto' (declared charset, checked against the bytes) or a forced decoder name */
  encoding: MarcEncoding | 'auto';
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The number in b[from, from+len) if all digits, else -1. */
function digits(b: Uint8Array, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = b[i];
    if (c < 0x30 || c > 0x39) return -1;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

type Step =
  | { kind: 'more' }
  | { kind: 'end' }
  | { kind: 'skip'; to: number; warning: string | null }
  | { kind: 'reject'; to: number; error: string }
  | { kind: 'record'; start: number; end: number; next: number; warning: string | null };

/** Finds the next record (or what to do instead) in b[pos, len). */
function frame(b: Buffer, pos: number, eof: boolean): Step {
  const len = b.length;
  let p = pos;
  let stray = 0;
  while (p < len) {
    const c = b[p];
    if (c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09) p++;
    else if (c === RT || c === FT || c === 0x00 || c === 0x1a) {
      p++;
      stray++;
    } else break;
  }
  if (p > pos) {
    return { kind: 'skip', to: p, warning: stray > 0 ? `${stray} stray terminator/NUL byte${stray === 1 ? '' : 's'} before this record skipped` : null };
  }
  if (p >= len) return eof ? { kind: 'end' } : { kind: 'more' };

  if (!plausibleLeader(b, p, len)) {
    if (len - p < 34 && !eof) return { kind: 'more' };
    // not a record start: skip to the next plausible leader
    let q = p + 1;
    for (; q < len; q++) if (isDigit(b[q]) && plausibleLeader(b, q, len)) break;
    if (q < len) return { kind: 'skip', to: q, warning: `${q - p} bytes between records that are not MARC skipped` };
    if (!eof) {
      // wait for more data; with a lot of junk, drop it but keep the last 33 bytes (a leader may start there)
      if (len - p <= 1 << 16) return { kind: 'more' };
      const keep = len - 33;
      return { kind: 'skip', to: keep, warning: `${keep - p} bytes between records that are not MARC skipped` };
    }
    const declared = digits(b, p, 5);
    if (declared > 0 && len - p >= 5) {
      return { kind: 'reject', to: len, error: `truncated record: leader says ${declared} bytes, ${len - p} present` };
    }
    return { kind: 'reject', to: len, error: `${len - p} bytes of trailing data that are not a MARC record ("${b.toString('latin1', p, Math.min(len, p + 24)).replace(/[^\x20-\x7e]/g, '.')}")` };
  }

  const declared = digits(b, p, 5);
  const t = b.indexOf(RT, p + 24);
  if (t === -1) {
    if (!eof) {
      if (len - p > declared + MAX_UNTERMINATED) {
        return { kind: 'record', start: p, end: p + declared, next: p + declared, warning: `no record terminator within ${MAX_UNTERMINATED} bytes: record cut at its declared length` };
      }
      return { kind: 'more' };
    }
    const present = len - p;
    if (present >= declared - 1 && declared >= 24) {
      return { kind: 'record', start: p, end: len, next: len, warning: 'record terminator missing at the end of the file' };
    }
    return { kind: 'reject', to: len, error: `truncated record: leader says ${declared} bytes, ${present} present` };
  }
  const expectedEnd = p + declared;
  const actual = t + 1 - p;
  if (t + 1 === expectedEnd) return { kind: 'record', start: p, end: t + 1, next: t + 1, warning: null };
  if (t + 1 < expectedEnd) {
    return { kind: 'record', start: p, end: t + 1, next: t + 1, warning: `leader says ${declared} bytes, but the record terminator comes after ${actual}` };
  }
  // the terminator is further than the declared length: is the next record already there (this
  // record's terminator missing, the length counting it or not)?
  for (const q of [expectedEnd - 1, expectedEnd]) {
    if (q > p + 24 && q + 34 <= len && b[q - 1] !== RT && plausibleLeader(b, q, len)) {
      return { kind: 'record', start: p, end: q, next: q, warning: `record terminator missing (leader length ${declared})` };
    }
  }
  if (actual - declared > LENGTH_SLACK) {
    // a truncated record followed by a complete one: a leader whose own length ends at t
    for (let q = p + 24; q < t - 24; q++) {
      if (isDigit(b[q]) && plausibleLeader(b, q, len) && Math.abs(digits(b, q, 5) - (t + 1 - q)) <= LENGTH_SLACK) {
        return { kind: 'reject', to: q, error: `truncated record: leader says ${declared} bytes, ${q - p} present` };
      }
    }
  }
  return { kind: 'record', start: p, end: t + 1, next: t + 1, warning: `leader says ${declared} bytes, but the record runs to ${actual}` };
}

class Warnings {
  readonly list: string[] = [];
  private dropped = 0;
  add(w: string): void {
    if (this.list.length < MAX_WARNINGS) this.list.push(w);
    else this.dropped++;
  }
  finish(): string[] {
    if (this.dropped > 0) this.list.push(`… and ${this.dropped} more warnings`);
    return this.list;
  }
}

interface Entry {
  tag: string;
  /** index of the field's chunk: the data area split on field terminators */
  chunk: number;
  order: number;
}

/** The data area b[base, dataEnd) cut at the field terminators: chunk k is b[starts[k], ends[k]). */
interface Chunks {
  starts: number[];
  ends: number[];
}

function chunkData(b: Buffer, base: number, dataEnd: number): Chunks {
  const starts: number[] = [];
  const ends: number[] = [];
  let s = base;
  while (s < dataEnd) {
    starts.push(s);
    let t = b.indexOf(FT, s);
    if (t === -1 || t >= dataEnd) t = dataEnd;
    ends.push(t);
    s = t + 1;
  }
  return { starts, ends };
}

/** How many field terminators the data area holds: every chunk ends at one but the last may end at the area's end. */
function terminators(c: Chunks, dataEnd: number): number {
  const n = c.ends.length;
  return n > 0 && c.ends[n - 1] === dataEnd ? n - 1 : n;
}

/**
 * Character sets (canonical names, as normalizeEncodingName and the detection give them) whose
 * multi-byte sequences never hold a byte below 0x30: a data area can be decoded whole.
 */
const WHOLE_AREA = new Set(['utf8', 'latin1', 'gb18030', 'gbk', 'cp936', 'gb2312', 'big5', 'big5hkscs', 'cp950']);

/** Index of the chunk starting at `pos`, or -1. `hint` is tried first (entries are usually in order). */
function chunkAt(c: Chunks, pos: number, hint: number): number {
  if (hint < c.starts.length && c.starts[hint] === pos) return hint;
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = c.starts[mid];
    if (v === pos) return mid;
    if (v < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function latin1Printable(b: Buffer, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    const c = b[i];
    s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : c >= 0xa0 ? String.fromCharCode(c) : ' ';
  }
  return s;
}

function readLeader(b: Buffer, start: number, w: Warnings): string {
  let ok = true;
  for (let i = start; i < start + 24; i++) {
    const c = b[i];
    if (c < 0x20 || c >= 0x7f) ok = false;
  }
  if (ok) return b.toString('latin1', start, start + 24);
  w.add('leader contains control or non-ASCII bytes (replaced by blanks)');
  let s = '';
  for (let i = start; i < start + 24; i++) {
    const c = b[i];
    s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : ' ';
  }
  return s;
}

/** Directory entries, checked against the field terminators; re-aligned when they do not fit. */
function readDirectory(b: Buffer, start: number, dataEnd: number, leader: string, w: Warnings): { entries: Entry[]; base: number; chunks: Chunks } | string {
  const dirEnd = b.indexOf(FT, start + 24);
  if (dirEnd === -1 || dirEnd >= dataEnd + 1) return 'no directory terminator (0x1E) in the record';
  const base = dirEnd + 1;
  const declaredBase = digits(b, start + 12, 5);
  if (declaredBase !== base - start) {
    w.add(`leader/12-16 base address "${leader.slice(12, 17)}" is wrong: data starts at ${base - start}`);
  }
  const d = (i: number): number => {
    const c = leader.charCodeAt(i);
    return c >= 0x31 && c <= 0x39 ? c - 0x30 : -1;
  };
  let lenLen = d(20) > 0 ? d(20) : 4;
  let posLen = d(21) > 0 ? d(21) : 5;
  let implLen = leader.charCodeAt(22) >= 0x30 && leader.charCodeAt(22) <= 0x39 ? leader.charCodeAt(22) - 0x30 : 0;
  const dirLen = dirEnd - (start + 24);
  if (dirLen % (3 + lenLen + posLen + implLen) !== 0 && dirLen % 12 === 0) {
    w.add(`leader/20-22 "${leader.slice(20, 23)}" does not fit the directory: 12-byte entries assumed`);
    lenLen = 4;
    posLen = 5;
    implLen = 0;
  }
  const size = 3 + lenLen + posLen + implLen;
  if (dirLen % size !== 0) w.add(`directory length ${dirLen} is not a multiple of ${size}: last ${dirLen % size} bytes ignored`);
  const n = Math.floor(dirLen / size);
  const chunks = chunkData(b, base, dataEnd);
  const entries: Entry[] = [];
  const wanted: number[] = []; // each entry's declared start, for re-alignment
  let consistent = true;
  for (let k = 0; k < n; k++) {
    const e = start + 24 + k * size;
    const tag = String.fromCharCode(b[e], b[e + 1], b[e + 2]);
    const flen = digits(b, e + 3, lenLen);
    const fpos = digits(b, e + 3 + lenLen, posLen);
    if (flen < 0 || fpos < 0) {
      w.add(`directory entry ${k + 1} ("${latin1Printable(b, e, e + size)}") is not numeric: skipped`);
      continue;
    }
    const chunk = chunkAt(chunks, base + fpos, entries.length);
    if (chunk === -1 || chunks.ends[chunk] !== base + fpos + flen - 1 || chunks.ends[chunk] === dataEnd) consistent = false;
    entries.push({ tag, chunk, order: k });
    wanted.push(base + fpos);
  }
  if (consistent) return { entries, base, chunks };

  if (chunks.starts.length === entries.length) {
    // as many terminated fields as entries: take them in offset order
    const byOffset = entries.map((e, k) => ({ e, at: wanted[k] })).sort((x, y) => x.at - y.at || x.e.order - y.e.order);
    byOffset.forEach((x, k) => {
      x.e.chunk = k;
    });
    w.add('directory lengths/offsets do not match the field terminators: fields re-aligned on the terminators');
    return { entries, base, chunks };
  }
  // snap each entry to the nearest field start
  const fixed: Entry[] = [];
  entries.forEach((e, k) => {
    const at = wanted[k];
    let best = -1;
    let dist = Infinity;
    for (let c = 0; c < chunks.starts.length; c++) {
      const dd = Math.abs(chunks.starts[c] - at);
      if (dd < dist) {
        dist = dd;
        best = c;
      }
    }
    if (best === -1) w.add(`field ${e.tag}: offset outside the record: dropped`);
    else fixed.push({ ...e, chunk: best });
  });
  w.add('directory lengths/offsets do not match the field terminators: fields snapped to the nearest terminator');
  return { entries: fixed, base, chunks };
}

const isTagChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isCodeChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
/** any character from U+0300 on: below it, text is always NFC */
const MAY_NEED_NFC = /[\u0300-\uffff]/;
/** a subfield code followed by a combining mark: NFC of the whole string would merge them */
const MARK_AFTER_CODE = /\x1f[^\x1e\x1f]\p{M}/u;

/** The $a of a field, read as latin1 (enough for the ASCII fixed positions of 100 $a). */
function rawSubfieldA(b: Buffer, s: number, z: number): string | null {
  const a = b.indexOf('\x1fa', s, 'latin1');
  if (a === -1 || a >= z) return null;
  let e = b.indexOf(SF, a + 2);
  if (e === -1 || e > z) e = z;
  return b.toString('latin1', a + 2, e);
}

/** Parses and decodes the record in b[start, end) (end includes the terminator when there is one). */
export function parseIso2709Record(b: Buffer, start: number, end: number, encodingOption: MarcEncoding | 'auto'): ReadResult {
  const w = new Warnings();
  const fail = (error: string): ReadResult => ({ position: 0, record: null, encoding: null, warnings: w.finish(), error });
  if (end - start < 25) return fail(`record too short (${end - start} bytes)`);
  const dataEnd = b[end - 1] === RT ? end - 1 : end;
  const leader = readLeader(b, start, w);
  if (leader.charCodeAt(10) !== 0x32 || leader.charCodeAt(11) !== 0x32) {
    w.add(`leader/10-11 (indicator count, subfield code length) "${leader.slice(10, 12)}" ignored: indicators and codes read from the data`);
  }
  const dir = readDirectory(b, start, dataEnd, leader, w);
  if (typeof dir === 'string') return fail(dir);
  const { entries, base, chunks } = dir;

  // dialect and charset, before decoding anything
  const tags = new Set<string>();
  let field100a: string | null = null;
  let has200a = false;
  for (const e of entries) {
    tags.add(e.tag);
    if (e.tag === '100' && field100a === null) field100a = rawSubfieldA(b, chunks.starts[e.chunk], chunks.ends[e.chunk]);
    else if (e.tag === '200' && !has200a) has200a = rawSubfieldA(b, chunks.starts[e.chunk], chunks.ends[e.chunk]) !== null;
  }
  const dialect = dialectFromEvidence({ leader, tags, field100a, has200a });
  const choice: EncodingChoice =
    encodingOption === 'auto'
      ? chooseRecordEncoding(b, start + 24, dataEnd, declaredCharset(dialect, leader, field100a), dialect)
      : { encoding: encodingOption, warnings: [], nonAscii: true, utf8Invalid: 0 };
  for (const x of choice.warnings) w.add(x);
  const encoding = choice.encoding;
  const normalise = choice.nonAscii && !decoderNormalises(encoding);

  // UTF-8, ISO 8859-1 and the Chinese double-byte sets: the whole data area decoded at once (a
  // terminator is never part of a multi-byte sequence), then cut at the terminators; other decoders
  // run field by field. A damaged sequence that a decoder took a terminator into shows as one
  // terminator fewer in the text: that record goes field by field too.
  let pieces: string[] | null = null;
  let perPartNfc = false;
  let mayHaveFffd = true;
  if (WHOLE_AREA.has(encoding)) {
    let { text } = decodeBytes(b, base, dataEnd, encoding);
    mayHaveFffd = text.includes('\ufffd');
    if (normalise && MAY_NEED_NFC.test(text)) {
      if (MARK_AFTER_CODE.test(text)) perPartNfc = true;
      else text = text.normalize('NFC'); // never adds or removes a terminator
    }
    pieces = text.split('\x1e');
    if (pieces.length - 1 !== terminators(chunks, dataEnd)) {
      pieces = null;
      perPartNfc = false;
      mayHaveFffd = true;
    }
  }

  const fields: MarcField[] = [];
  const replacedIn: string[] = [];
  for (const e of entries) {
    const { tag } = e;
    const t0 = tag.charCodeAt(0);
    const t1 = tag.charCodeAt(1);
    const t2 = tag.charCodeAt(2);
    if (!(isTagChar(t0) && isTagChar(t1) && isTagChar(t2))) w.add(`invalid tag "${tag.replace(/[^\x20-\x7e]/g, '?')}"`);
    let ft: string;
    let fieldPerPart = perPartNfc;
    if (pieces !== null) ft = pieces[e.chunk];
    else {
      const d = decodeBytes(b, chunks.starts[e.chunk], chunks.ends[e.chunk], encoding);
      for (const x of d.errors) w.add(`${tag}: ${x}`);
      ft = d.text;
      if (normalise && MAY_NEED_NFC.test(ft)) {
        if (MARK_AFTER_CODE.test(ft)) fieldPerPart = true;
        else ft = ft.normalize('NFC');
      }
    }
    if (mayHaveFffd && ft.includes('\ufffd')) replacedIn.push(tag);

    const sf0 = ft.indexOf('\x1f');
    const controlTag = t0 === 0x30 && t1 === 0x30 && isDigit(t2);
    if (controlTag || sf0 === -1) {
      // a data field without any subfield delimiter is kept whole, like a control field
      if (!controlTag && isDigit(t0) && isDigit(t1) && isDigit(t2) && ft.length > 0) w.add(`${tag}: no subfield delimiter: field kept whole as a control-style field`);
      fields.push({ tag, value: fieldPerPart ? ft.normalize('NFC') : ft });
      continue;
    }
    // indicators: what comes before the first subfield delimiter (normally two characters)
    let ind1 = ' ';
    let ind2 = ' ';
    if (sf0 === 2) {
      ind1 = ft[0];
      ind2 = ft[1];
    } else if (sf0 === 0) {
      w.add(`${tag}: no indicators (blanks assumed)`);
    } else if (sf0 === 1) {
      ind1 = ft[0];
      w.add(`${tag}: only one indicator (second assumed blank)`);
    } else {
      ind1 = ft[0];
      ind2 = ft[1];
      w.add(`${tag}: data before the first subfield delimiter ("${ft.slice(2, Math.min(sf0, 22))}") dropped`);
    }
    const c1 = ind1.charCodeAt(0);
    if (c1 !== 0x20 && !isDigit(c1)) {
      if (c1 < 0x20 || c1 > 0x7e) {
        w.add(`${tag}: indicator 1 is ${c1 < 0x100 ? `byte 0x${c1.toString(16).padStart(2, '0')}` : `"${ind1}"`} (blank assumed)`);
        ind1 = ' ';
      } else w.add(`${tag}: invalid indicator 1 "${ind1}"`);
    }
    const c2 = ind2.charCodeAt(0);
    if (c2 !== 0x20 && !isDigit(c2)) {
      if (c2 < 0x20 || c2 > 0x7e) {
        w.add(`${tag}: indicator 2 is ${c2 < 0x100 ? `byte 0x${c2.toString(16).padStart(2, '0')}` : `"${ind2}"`} (blank assumed)`);
        ind2 = ' ';
      } else w.add(`${tag}: invalid indicator 2 "${ind2}"`);
    }
    const subfields: MarcSubfield[] = [];
    let from = sf0 + 1;
    const len = ft.length;
    while (from <= len) {
      let to = ft.indexOf('\x1f', from);
      if (to === -1) to = len;
      if (to === from) {
        w.add(`${tag}: empty subfield (delimiter with no code) dropped`);
      } else {
        const cc = ft.charCodeAt(from);
        const codeLen = cc >= 0xd800 && cc <= 0xdbff && to - from >= 2 ? 2 : 1;
        const code = ft.slice(from, from + codeLen);
        if (codeLen === 2 || !isCodeChar(cc)) w.add(`${tag}: invalid subfield code "${code}"`);
        const value = ft.slice(from + codeLen, to);
        subfields.push(fieldPerPart ? { code: code.normalize('NFC'), value: value.normalize('NFC') } : { code, value });
      }
      from = to + 1;
    }
    fields.push({ tag, ind1, ind2, subfields });
  }
  if (replacedIn.length > 0) {
    const where = [...new Set(replacedIn)].join(', ');
    w.add(
      encoding === 'utf8' && choice.utf8Invalid === 0 && encodingOption === 'auto'
        ? `U+FFFD replacement characters in ${where} (already in the source data)`
        : `U+FFFD replacement characters in ${where} (bytes that do not decode as ${encoding})`,
    );
  }
  const record: MarcRecord = { leader, fields };
  return { position: 0, record, encoding, warnings: w.finish(), error: null };
}

/** Reads ISO 2709 records from a stream of byte chunks. */
export async function* readIso2709(chunks: AsyncIterable<Uint8Array>, options: Iso2709Options): AsyncGenerator<ReadResult> {
  const it = chunks[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let eof = false;
  let position = 0;
  let pending: string[] = [];
  for (;;) {
    const step = frame(buf, pos, eof);
    switch (step.kind) {
      case 'more': {
        const n = await it.next();
        if (n.done) {
          eof = true;
          break;
        }
        const c = Buffer.isBuffer(n.value) ? n.value : Buffer.from(n.value.buffer, n.value.byteOffset, n.value.byteLength);
        buf = pos < buf.length ? Buffer.concat([buf.subarray(pos), c]) : c;
        pos = 0;
        break;
      }
      case 'end':
        return;
      case 'skip':
        if (step.warning) pending.push(step.warning);
        pos = step.to;
        break;
      case 'reject':
        position++;
        yield { position, record: null, encoding: null, warnings: pending, error: step.error };
        pending = [];
        pos = step.to;
        break;
      case 'record': {
        position++;
        const r = parseIso2709Record(buf, step.start, step.end, options.encoding);
        r.position = position;
        if (step.warning) r.warnings.unshift(step.warning);
        if (pending.length > 0) r.warnings.unshift(...pending);
        pending = [];
        pos = step.next;
        yield r;
        break;
      }
    }
  }
}
