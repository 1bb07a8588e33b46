/**
 * ISO 5426 → Unicode (UNIMARC / CNMARC records whose 100 $a/26-29 is "0103" or similar: ISO 646 IRV in
 * the lower half, ISO 5426 extended Latin in the upper half).
 *
 *   0x00-0x7F  ASCII (control characters, including the ISO 2709 delimiters, pass through)
 *   0x88/0x89  non-sort begin/end → U+0098/U+009C
 *   0xC0-0xDF  non-spacing diacritics, written BEFORE the letter they modify; held back and written
 *              after it, then the text is NFC-normalised (0xC2 'e' → 'é'). Stacked diacritics come
 *              outermost first (0xC2 0xC3 'e' → 'ế', 0xC5 0xC8 'U' → 'Ǖ', as in the source table's
 *              precomposed entries), so they are written after the letter in reverse order
 *   0xA1-0xBF, 0xE1-0xFC  special letters and symbols (Æ, Đ, Ł, Ø, Œ, Þ, ß, ł, ø, œ, £, §, «, », …)
 *
 * Escape sequences (switches to ISO 5427 Cyrillic, ISO 5428 Greek, …) are not supported: each is
 * replaced by U+FFFD and reported. Unused positions and stray diacritics are reported too; nothing
 * throws.
 */
import { ISO5426_COMBINING, ISO5426_PAIRS } from './iso5426-tables.generated.js';
import { asciiToString, ErrorLog, hexByte, utf16Scratch, utf16ToString, type DecodeResult } from './shared.js';

export type { DecodeResult } from './shared.js';

const ESC = 0x1b;
const REPLACEMENT = 0xfffd;
const MAX_PENDING_MARKS = 32;

/** Bytes 0x80-0xFF, indexed by byte - 0x80. */
const HIGH = new Uint32Array(0x80);
for (let k = 0; k < ISO5426_PAIRS.length; k += 2) HIGH[ISO5426_PAIRS[k] - 0x80] = ISO5426_PAIRS[k + 1];

const pendingMarks = new Uint16Array(MAX_PENDING_MARKS);

/** Decode one ISO 5426 byte string (typically one field or subfield). */
export function decodeIso5426(bytes: Uint8Array): DecodeResult {
  const len = bytes.length;
  let i = 0;
  while (i < len) {
    const b = bytes[i];
    if (b >= 0x80 || b === ESC) break;
    i++;
  }
  if (i === len) return { text: asciiToString(bytes), errors: [] };

  const out = utf16Scratch(len + 1);
  for (let k = 0; k < i; k++) out[k] = bytes[k];
  let n = i;
  const errors = new ErrorLog();
  let marks = 0;
  let firstMarkAt = -1;

  while (i < len) {
    const b = bytes[i];
    const at = i++;
    let v: number;
    if (b < 0x80) {
      if (b === ESC) {
        // ISO 2022 designation: ESC, intermediates 0x20-0x2F, final 0x30-0x7E
        let p = i;
        while (p < len && bytes[p] >= 0x20 && bytes[p] <= 0x2f) p++;
        if (p < len && bytes[p] >= 0x30 && bytes[p] <= 0x7e) p++;
        const seq = Array.from(bytes.subarray(at + 1, p), (c) => String.fromCharCode(c)).join(' ');
        errors.add(`byte ${at}: unsupported escape sequence ESC${seq ? ' ' + seq : ''}`);
        i = p;
        v = REPLACEMENT;
      } else if (b < 0x20 || b === 0x7f) {
        if (marks > 0) {
          errors.add(`byte ${firstMarkAt}: non-spacing diacritic with no base letter`);
          for (let k = 0; k < marks; k++) out[n++] = pendingMarks[k];
          marks = 0;
        }
        out[n++] = b;
        continue;
      } else {
        v = b;
      }
    } else {
      v = HIGH[b - 0x80];
      if (v === 0) {
        errors.add(`byte ${at}: unmapped ISO 5426 code ${hexByte(b)}`);
        v = REPLACEMENT;
      } else if (v & ISO5426_COMBINING) {
        if (marks === MAX_PENDING_MARKS) {
          errors.add(`byte ${at}: more than ${MAX_PENDING_MARKS} diacritics in a row`);
          out[n++] = REPLACEMENT;
          continue;
        }
        if (marks === 0) firstMarkAt = at;
        pendingMarks[marks++] = v & 0xffff;
        continue;
      }
    }
    if (v < 0xa0 && v >= 0x80 && marks > 0) {
      // non-sort begin/end are controls, not a base for the held-back diacritics
      errors.add(`byte ${firstMarkAt}: non-spacing diacritic with no base letter`);
      for (let k = 0; k < marks; k++) out[n++] = pendingMarks[k];
      marks = 0;
    }
    out[n++] = v;
    if (marks > 0) {
      // several diacritics are written outermost first (ế = 0xC2 0xC3 'e'); Unicode wants innermost first
      for (let k = marks - 1; k >= 0; k--) out[n++] = pendingMarks[k];
      marks = 0;
    }
  }
  if (marks > 0) {
    errors.add(`byte ${firstMarkAt}: non-spacing diacritic with no base letter`);
    for (let k = 0; k < marks; k++) out[n++] = pendingMarks[k];
  }
  return { text: utf16ToString(out, n).normalize('NFC'), errors: errors.finish() };
}
