/**
 * Where an ISO 2709 record's parts are: records framed in a byte stream (a plausible leader up to the
 * record terminator, with the repairs listed in iso2709-reader.ts), the leader, and the directory
 * checked against the field terminators (re-aligned on them when lengths or offsets are off). The
 * reader (iso2709-reader.ts) decodes what these find.
 */
import { CappedList } from '../../lib/capped-list.js';
import { plausibleLeader } from './detect-format.js';

export const RT = 0x1d; // record terminator
const FT = 0x1e; // field terminator
export const SF = 0x1f; // subfield delimiter

/** Max warnings kept per record (then one "… and N more"). */
const MAX_WARNINGS = 30;
/** A declared length this far off is not trusted to hold a whole record: look for a leader inside. */
const LENGTH_SLACK = 16;
/** Bytes without a terminator after which a record is cut at its declared length. */
const MAX_UNTERMINATED = 1 << 20;

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

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

export type Step =
  | { kind: 'more' }
  | { kind: 'end' }
  | { kind: 'skip'; to: number; warning: string | null }
  | { kind: 'reject'; to: number; error: string }
  | { kind: 'record'; start: number; end: number; next: number; warning: string | null };

/** Finds the next record (or what to do instead) in b[pos, len). */
export function frame(b: Buffer, pos: number, eof: boolean): Step {
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

/** A record's warnings, at most MAX_WARNINGS of them. */
export class Warnings extends CappedList {
  constructor() {
    super(MAX_WARNINGS, 'warnings');
  }
}

export interface Entry {
  tag: string;
  /** index of the field's chunk: the data area split on field terminators */
  chunk: number;
  order: number;
}

/** The data area b[base, dataEnd) cut at the field terminators: chunk k is b[starts[k], ends[k]). */
export interface Chunks {
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
export function terminators(c: Chunks, dataEnd: number): number {
  const n = c.ends.length;
  return n > 0 && c.ends[n - 1] === dataEnd ? n - 1 : n;
}

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

export function readLeader(b: Buffer, start: number, w: Warnings): string {
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
export function readDirectory(b: Buffer, start: number, dataEnd: number, leader: string, w: Warnings): { entries: Entry[]; base: number; chunks: Chunks } | string {
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
