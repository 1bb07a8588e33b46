/**
 * What a record's bytes look like, for choosing its character set when the declaration is missing or
 * wrong (encoding-detect.ts decides): counts of high bytes, escapes and ANSEL-looking diacritics, how
 * cleanly the bytes read as GB18030, and which Cyrillic code page gives the most Russian-looking text.
 */
import iconv from 'iconv-lite';

/** Byte statistics of a record's data, for sniffing. */
export interface ByteStats {
  /** bytes >= 0x80 */
  high: number;
  /** ESC (0x1B) bytes */
  esc: number;
  /** maximal runs of bytes >= 0x80 */
  highRuns: number;
  /** runs of three or more bytes >= 0x80 */
  longHighRuns: number;
  /** well-formed UTF-8 multi-byte sequences */
  utf8Multi: number;
  /** ill-formed UTF-8 sequences (each maximal ill-formed subpart counted once) */
  utf8Invalid: number;
  /** ANSEL non-spacing marks (0xE0-0xFE) directly before an ASCII letter or another mark */
  anselMarks: number;
  /**
   * bytes 0xE0-0xFE followed by a space, punctuation, a delimiter or the end (never MARC-8: a mark
   * precedes its letter), or 0xFC/0xFD (unassigned in ANSEL): the sign of Latin-1 "é " / "ü"
   */
  anselOrphans: number;
  /** ISO 5426 non-spacing marks (0xC0-0xDF) directly before an ASCII letter */
  iso5426Marks: number;
}

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export function byteStats(b: Uint8Array, from: number, to: number): ByteStats {
  const s: ByteStats = {
    high: 0, esc: 0, highRuns: 0, longHighRuns: 0, utf8Multi: 0, utf8Invalid: 0, anselMarks: 0, anselOrphans: 0, iso5426Marks: 0,
  };
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c < 0x80) {
      if (run > 0) {
        s.highRuns++;
        if (run >= 3) s.longHighRuns++;
        run = 0;
      }
      if (c === 0x1b) s.esc++;
      continue;
    }
    s.high++;
    run++;
    const next = i + 1 < to ? b[i + 1] : 0;
    if (c >= 0xe0 && c <= 0xfe) {
      if (c === 0xfc || c === 0xfd || (next < 0x80 && !isLetter(next))) s.anselOrphans++;
      else if (isLetter(next) || (next >= 0xe0 && next <= 0xfe)) s.anselMarks++;
    }
    if (c >= 0xc0 && c <= 0xdf && isLetter(next)) s.iso5426Marks++;
  }
  if (run > 0) {
    s.highRuns++;
    if (run >= 3) s.longHighRuns++;
  }
  // UTF-8 well-formedness (Unicode table 3-7)
  let i = from;
  while (i < to) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      s.utf8Invalid++;
      i++;
      continue;
    }
    let k = 1;
    let ok = true;
    for (; k <= need; k++) {
      const d = i + k < to ? b[i + k] : -1;
      const dlo = k === 1 ? lo : 0x80;
      const dhi = k === 1 ? hi : 0xbf;
      if (d < dlo || d > dhi) {
        ok = false;
        break;
      }
    }
    if (ok) {
      s.utf8Multi++;
      i += need + 1;
    } else {
      s.utf8Invalid++;
      i += k; // the maximal ill-formed subpart
    }
  }
  return s;
}

export interface GbStats {
  /** well-formed two-byte GBK/GB18030 characters */
  pairs: number;
  /** of which in the GB 2312 hanzi area (lead 0xB0-0xF7, trail 0xA1-0xFE) */
  hanzi: number;
  /** well-formed four-byte GB18030 sequences */
  fourByte: number;
  /** bytes >= 0x80 that do not start a well-formed sequence */
  invalid: number;
}

export function gbStats(b: Uint8Array, from: number, to: number): GbStats {
  const s: GbStats = { pairs: 0, hanzi: 0, fourByte: 0, invalid: 0 };
  let i = from;
  while (i < to) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c === 0x80 || c === 0xff || i + 1 >= to) {
      s.invalid++;
      i++;
      continue;
    }
    const d = b[i + 1];
    if ((d >= 0x40 && d <= 0x7e) || (d >= 0x80 && d <= 0xfe)) {
      s.pairs++;
      if (c >= 0xb0 && c <= 0xf7 && d >= 0xa1) s.hanzi++;
      i += 2;
    } else if (d >= 0x30 && d <= 0x39 && i + 3 < to && b[i + 2] >= 0x81 && b[i + 2] <= 0xfe && b[i + 3] >= 0x30 && b[i + 3] <= 0x39) {
      s.fourByte++;
      i += 4;
    } else {
      s.invalid++;
      i++;
    }
  }
  return s;
}

/** True when the bytes decode cleanly as GB18030 and read as Chinese. */
export function looksLikeGb(g: GbStats): boolean {
  return g.invalid === 0 && g.hanzi >= 2 && g.hanzi >= 0.6 * (g.pairs + g.fourByte);
}

const RU_LOWER = 'абвгдежзийклмнопрстуфхцчшщъыьэюяё';
const RU_UPPER = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁ';
const CYRILLIC_PAGES = ['cp1251', 'koi8-r', 'cp866'] as const;

/** Scores a single-byte Cyrillic decoding: common lower-case letters count most, symbols count against. */
function cyrillicScore(text: string): { score: number; letters: number; high: number } {
  let score = 0;
  let letters = 0;
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch.charCodeAt(0) < 0x80) continue;
    high++;
    if (RU_LOWER.includes(ch)) {
      score += 2;
      letters++;
    } else if (RU_UPPER.includes(ch)) {
      score += 1;
      letters++;
    } else score -= 2;
  }
  return { score, letters, high };
}

/** The single-byte Cyrillic code page that reads best, or null when none reads as Cyrillic text. */
export function bestCyrillic(bytes: Uint8Array): (typeof CYRILLIC_PAGES)[number] | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let best: (typeof CYRILLIC_PAGES)[number] | null = null;
  let bestScore = 0;
  for (const page of CYRILLIC_PAGES) {
    const r = cyrillicScore(iconv.decode(buf, page));
    if (r.high > 0 && r.letters >= 0.8 * r.high && r.score > bestScore) {
      best = page;
      bestScore = r.score;
    }
  }
  return best;
}
