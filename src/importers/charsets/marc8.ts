/**
 * MARC-8 → Unicode (MARC 21 records whose leader/09 is blank).
 *
 * MARC-8 is an ISO 2022-style encoding: a G0 set read from bytes 0x21-0x7E and a G1 set read from
 * 0xA1-0xFE, switched by escape sequences. At the start of every field G0 is Basic Latin (ASCII) and
 * G1 is Extended Latin (ANSEL).
 *
 *   ESC ( F  ESC , F         designate single-byte set F as G0     (ESC ( ! E also accepted)
 *   ESC ) F  ESC - F         designate single-byte set F as G1     (ESC ) ! E = ANSEL)
 *   ESC $ F, ESC $ ( F, ESC $ , F    designate multibyte set F (EACC, F = '1') as G0
 *   ESC $ ) F, ESC $ - F     designate multibyte set F as G1
 *   ESC g / ESC b / ESC p    G0 = Greek symbols / subscripts / superscripts (technique 1)
 *   ESC s                    G0 = Basic Latin again
 *
 * Final bytes: B Basic Latin, E (or !E) Extended Latin, S Basic Greek, g Greek symbols, b subscripts,
 * p superscripts, N Basic Cyrillic, Q Extended Cyrillic, 3 Basic Arabic, 4 Extended Arabic, 2 Hebrew,
 * 1 EACC (CJK, three bytes a character).
 *
 * Non-spacing marks come BEFORE their base character in MARC-8 and after it in Unicode: they are held
 * back and written after the next base character; the result is NFC-normalised. Space and the control
 * characters (field/subfield delimiters included) are single bytes whatever set is designated.
 * Several marks on one letter keep their MARC-8 order (as yaz, pymarc and marc4j do); NFC then puts
 * marks of different classes (e.g. dot below before circumflex) in canonical order.
 *
 * Numeric character references "&#xXXXX;" — the MARC 21 lossless-conversion convention for characters
 * MARC-8 lacks (e.g. &#x200F; RIGHT-TO-LEFT MARK) — are expanded unless `expandNcr: false`.
 *
 * Bad input never throws: an invalid escape sequence or an unmapped code becomes U+FFFD and a short
 * message with its byte offset in `errors`.
 */
import { MARC8_EACC_COUNT, MARC8_EACC_PACKED } from './marc8-eacc.generated.js';
import { MARC8_C1, MARC8_COMBINING, MARC8_IGNORED, MARC8_SINGLE_BYTE_SETS, MARC8_VENDOR_EXTENSIONS } from './marc8-tables.generated.js';
import { asciiToString, ErrorLog, hexByte, utf16Scratch, utf16ToString, type DecodeResult } from './shared.js';

export type { DecodeResult } from './shared.js';

const ESC = 0x1b;
const SPACE = 0x20;
const REPLACEMENT = 0xfffd;
const BASIC_LATIN = 0x42;
const EXTENDED_LATIN = 0x45;
const EACC = 0x31;
const MAX_PENDING_MARKS = 32;

/** Single-byte sets by final byte; each table is indexed by the 7-bit code. */
const SINGLE: Array<Uint32Array | undefined> = new Array<Uint32Array | undefined>(128);
const SET_NAMES: string[] = new Array<string>(128).fill('');
for (const set of MARC8_SINGLE_BYTE_SETS) {
  const table = new Uint32Array(128);
  for (let k = 0; k < set.pairs.length; k += 2) table[set.pairs[k]] = set.pairs[k + 1];
  SINGLE[set.final] = table;
  SET_NAMES[set.final] = set.name;
}
SET_NAMES[EACC] = 'EACC';

const C1 = new Uint32Array(0x20);
for (let k = 0; k < MARC8_C1.length; k += 2) C1[MARC8_C1[k] - 0x80] = MARC8_C1[k + 1];

const VENDOR = new Map<number, number>();
for (let k = 0; k < MARC8_VENDOR_EXTENSIONS.length; k += 2) VENDOR.set(MARC8_VENDOR_EXTENSIONS[k], MARC8_VENDOR_EXTENSIONS[k + 1]);

/**
 * EACC as a dense table indexed by (b1-0x21, b2-0x21, b3-0x20): 94 × 94 × 96 code units (1.7 MB),
 * unpacked from the generated base64 string the first time EACC is met.
 */
let eaccTable: Uint16Array | null = null;

function eaccIndex(b1: number, b2: number, b3: number): number {
  return ((b1 - 0x21) * 94 + (b2 - 0x21)) * 96 + (b3 - 0x20);
}

function loadEacc(): Uint16Array {
  const packed = Buffer.from(MARC8_EACC_PACKED, 'base64');
  const table = new Uint16Array(94 * 94 * 96);
  let code = 0;
  let count = 0;
  for (let p = 0; p < packed.length; ) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = packed[p++];
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    code += delta;
    const unicode = (packed[p] << 8) | packed[p + 1];
    p += 2;
    const b1 = code >> 16;
    const b2 = (code >> 8) & 0xff;
    const b3 = code & 0xff;
    if (b1 < 0x21 || b1 > 0x7e || b2 < 0x21 || b2 > 0x7e || b3 < 0x20 || b3 > 0x7f) {
      throw new Error(`EACC table: code ${code.toString(16)} outside the 94×94×96 range`);
    }
    table[eaccIndex(b1, b2, b3)] = unicode;
    count++;
  }
  if (count !== MARC8_EACC_COUNT) throw new Error(`EACC table: unpacked ${count} codes, expected ${MARC8_EACC_COUNT}`);
  return table;
}

/** The EACC → Unicode mapping as a Map (for tests and tools; the decoder uses the dense table). */
export function marc8EaccEntries(): Map<number, number> {
  const table = eaccTable ?? (eaccTable = loadEacc());
  const map = new Map<number, number>();
  for (let b1 = 0x21; b1 <= 0x7e; b1++) {
    for (let b2 = 0x21; b2 <= 0x7e; b2++) {
      for (let b3 = 0x20; b3 <= 0x7f; b3++) {
        const u = table[eaccIndex(b1, b2, b3)];
        if (u !== 0) map.set((b1 << 16) | (b2 << 8) | b3, u);
      }
    }
  }
  return map;
}

/** Unicode for one three-byte EACC code (7-bit bytes), or 0 when it has none. */
function eaccLookup(b1: number, b2: number, b3: number): number {
  const table = eaccTable ?? (eaccTable = loadEacc());
  const u = table[eaccIndex(b1, b2, b3)];
  if (u !== 0) return u;
  return VENDOR.get((b1 << 16) | (b2 << 8) | b3) ?? 0;
}

function describeEscape(bytes: Uint8Array, at: number, length: number): string {
  const parts = ['ESC'];
  for (let k = at + 1; k < at + length && k < bytes.length; k++) {
    const b = bytes[k];
    parts.push(b > 0x20 && b < 0x7f ? String.fromCharCode(b) : hexByte(b));
  }
  return parts.join(' ');
}

const NCR = /&#[xX]([0-9A-Fa-f]{1,6});/g;

function expandNcrs(text: string): string {
  return text.replace(NCR, (whole: string, digits: string) => {
    const cp = parseInt(digits, 16);
    return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? whole : String.fromCodePoint(cp);
  });
}

function hasNcr(text: string): boolean {
  return text.includes('&#x') || text.includes('&#X');
}

export interface Marc8Options {
  /** expand "&#xXXXX;" character references (default true) */
  expandNcr?: boolean;
}

const pendingMarks = new Uint16Array(MAX_PENDING_MARKS);

/** Decode one MARC-8 byte string (typically one field or subfield). */
export function decodeMarc8(bytes: Uint8Array, options: Marc8Options = {}): DecodeResult {
  const expandNcr = options.expandNcr !== false;
  const len = bytes.length;
  let i = 0;
  // fast path: plain ASCII, no escape sequence
  while (i < len) {
    const b = bytes[i];
    if (b >= 0x80 || b === ESC) break;
    i++;
  }
  if (i === len) {
    const text = asciiToString(bytes);
    return { text: expandNcr && hasNcr(text) ? expandNcrs(text).normalize('NFC') : text, errors: [] };
  }

  const out = utf16Scratch(len + 1);
  for (let k = 0; k < i; k++) out[k] = bytes[k];
  let n = i;
  const errors = new ErrorLog();

  let g0 = BASIC_LATIN;
  let g1 = EXTENDED_LATIN;
  let t0 = SINGLE[BASIC_LATIN] as Uint32Array;
  let t1 = SINGLE[EXTENDED_LATIN] as Uint32Array;
  let multi0 = false;
  let multi1 = false;
  let marks = 0; // held-back non-spacing marks in pendingMarks[0..marks)
  let firstMarkAt = -1;

  while (i < len) {
    const b = bytes[i];

    if (b < SPACE || b === 0x7f) {
      if (b === ESC) {
        // --- escape sequence -------------------------------------------------------------------
        const at = i;
        const b1 = at + 1 < len ? bytes[at + 1] : -1;
        let target = 0; // 0 = G0, 1 = G1
        let p = at + 1;
        let ok = true; // syntactically complete
        let final = -1;
        if (b1 === 0x67 || b1 === 0x62 || b1 === 0x70) {
          final = b1; // technique 1: Greek symbols, subscripts, superscripts as G0
          p = at + 2;
        } else if (b1 === 0x73) {
          final = BASIC_LATIN;
          p = at + 2;
        } else if (b1 === 0x28 || b1 === 0x2c || b1 === 0x29 || b1 === 0x2d || b1 === 0x24) {
          p = at + 2;
          if (b1 === 0x29 || b1 === 0x2d) target = 1;
          if (b1 === 0x24) {
            const b2 = p < len ? bytes[p] : -1;
            if (b2 === 0x28 || b2 === 0x2c) p++;
            else if (b2 === 0x29 || b2 === 0x2d) { target = 1; p++; }
          }
          if (p < len && bytes[p] === 0x21) p++; // ESC ( ! E / ESC ) ! E
          if (p < len && bytes[p] > SPACE && bytes[p] < 0x7f) final = bytes[p++];
          else ok = false;
        } else {
          ok = false;
        }
        if (!ok) {
          // not an escape sequence: drop the ESC alone and decode what follows as text
          errors.add(`byte ${at}: invalid escape sequence ${describeEscape(bytes, at, Math.max(p - at + 1, 2))}`);
          out[n++] = REPLACEMENT;
          i = at + 1;
          continue;
        }
        if (final !== EACC && SINGLE[final] === undefined) {
          // well-formed designation of a set MARC-8 does not have: skip it, keep the current sets
          errors.add(`byte ${at}: unknown character set in escape sequence ${describeEscape(bytes, at, p - at)}`);
          out[n++] = REPLACEMENT;
          i = p;
          continue;
        }
        if (target === 0) {
          g0 = final;
          multi0 = final === EACC;
          if (!multi0) t0 = SINGLE[final] as Uint32Array;
        } else {
          g1 = final;
          multi1 = final === EACC;
          if (!multi1) t1 = SINGLE[final] as Uint32Array;
        }
        i = p;
        continue;
      }
      // control character (delimiters, etc.): passes through; marks cannot cross it
      if (marks > 0) {
        errors.add(`byte ${firstMarkAt}: non-spacing mark with no base character`);
        for (let k = 0; k < marks; k++) out[n++] = pendingMarks[k];
        marks = 0;
      }
      out[n++] = b;
      i++;
      continue;
    }

    const at = i;
    let v: number;
    if (b === SPACE) {
      v = SPACE; // a space is one byte in every set; a mark before it gives a spacing form
      i++;
    } else if (b < 0x80) {
      if (multi0) {
        const b2 = at + 1 < len ? bytes[at + 1] : 0;
        const b3 = at + 2 < len ? bytes[at + 2] : 0;
        if (b2 > SPACE && b2 < 0x7f && b3 >= SPACE && b3 < 0x7f) {
          v = eaccLookup(b, b2, b3);
          i += 3;
          if (v === 0) {
            errors.add(`byte ${at}: unmapped EACC code ${hexByte(b).slice(2)}${hexByte(b2).slice(2)}${hexByte(b3).slice(2)}`);
            v = REPLACEMENT;
          }
        } else {
          errors.add(`byte ${at}: incomplete EACC character`);
          v = REPLACEMENT;
          i++;
        }
      } else {
        v = t0[b];
        i++;
        if (v === 0) {
          errors.add(`byte ${at}: unmapped code ${hexByte(b)} in ${SET_NAMES[g0]} (G0)`);
          v = REPLACEMENT;
        }
      }
    } else if (b < 0xa0) {
      v = C1[b - 0x80];
      i++;
      if (v === 0) {
        errors.add(`byte ${at}: unmapped control code ${hexByte(b)}`);
        v = REPLACEMENT;
      }
    } else if (multi1) {
      const b2 = at + 1 < len ? bytes[at + 1] : 0;
      const b3 = at + 2 < len ? bytes[at + 2] : 0;
      if (b !== 0xa0 && b !== 0xff && b2 > 0xa0 && b2 < 0xff && b3 >= 0xa0 && b3 < 0xff) {
        v = eaccLookup(b & 0x7f, b2 & 0x7f, b3 & 0x7f);
        i += 3;
        if (v === 0) {
          errors.add(`byte ${at}: unmapped EACC code ${hexByte(b & 0x7f).slice(2)}${hexByte(b2 & 0x7f).slice(2)}${hexByte(b3 & 0x7f).slice(2)} (G1)`);
          v = REPLACEMENT;
        }
      } else {
        errors.add(`byte ${at}: incomplete EACC character`);
        v = REPLACEMENT;
        i++;
      }
    } else {
      v = t1[b & 0x7f];
      i++;
      if (v === 0) {
        errors.add(`byte ${at}: unmapped code ${hexByte(b)} in ${SET_NAMES[g1]} (G1)`);
        v = REPLACEMENT;
      }
    }

    if (v & MARC8_COMBINING) {
      if (v & MARC8_IGNORED) continue;
      if (marks === MAX_PENDING_MARKS) {
        errors.add(`byte ${at}: more than ${MAX_PENDING_MARKS} non-spacing marks in a row`);
        out[n++] = REPLACEMENT;
        continue;
      }
      if (marks === 0) firstMarkAt = at;
      pendingMarks[marks++] = v & 0xffff;
      continue;
    }
    if (v >= 0x80 && v < 0xa0 && marks > 0) {
      // C1 control (non-sort begin/end): not a base for the held-back marks
      errors.add(`byte ${firstMarkAt}: non-spacing mark with no base character`);
      for (let k = 0; k < marks; k++) out[n++] = pendingMarks[k];
      marks = 0;
    }
    out[n++] = v;
    if (marks > 0) {
      for (let k = 0; k < marks; k++) out[n++] = pendingMarks[k];
      marks = 0;
    }
  }
  if (marks > 0) {
    errors.add(`byte ${firstMarkAt}: non-spacing mark with no base character`);
    for (let k = 0; k < marks; k++) out[n++] = pendingMarks[k];
  }
  let text = utf16ToString(out, n);
  if (expandNcr && hasNcr(text)) text = expandNcrs(text);
  return { text: text.normalize('NFC'), errors: errors.finish() };
}
