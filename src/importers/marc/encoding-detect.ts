/**
 * Character sets of ISO 2709 records: what a record declares, and the decoder to use given what its
 * bytes look like (byte-stats.ts); decode-bytes.ts then decodes with it. Decided once per record (a
 * file may mix records from several systems).
 *
 * ## What a record declares
 *
 * MARC 21: leader/09 `a` = UTF-8 (UCS/Unicode), blank = MARC-8. Anything else declares nothing.
 *
 * UNIMARC / CNMARC: field 100 $a positions 26-29 name the G0 and G1 sets (two 2-character codes),
 * per the UNIMARC manual (100 $a/26-29): `01` ISO 646 IRV (basic Latin), `02` ISO registration #37
 * (basic Cyrillic), `03` ISO 5426 (extended Latin), `04` ISO DIS 5427 (extended Cyrillic),
 * `05` ISO 5428 (Greek), `06` ISO 6438 (African), `07` ISO 10586 (Georgian), `08`/`09` ISO 8957
 * (Hebrew), `10` reserved, `11` ISO 5426-2, `50` ISO 10646 (Unicode; "50" in 26-27 and blanks after
 * it). We map them to decoders so:
 *
 *   `50` anywhere in 26-29            → UTF-8
 *   `03` (G0 or G1), or `11`          → ISO 5426 (decodeIso5426)
 *   `02` or `04`                      → "Cyrillic": the bytes pick cp1251, KOI8-R or cp866 (we have no
 *                                       ISO 5427 table; real Russian exports are in those code pages)
 *   CNMARC: G1 `10`, `20`, `21`, `13` (codes UNIMARC leaves unassigned, used by Chinese systems for
 *   the GB 2312 family: dp2 writes `0120`/`0110` and its own docs say practice is split), or the
 *   language of cataloguing (100 $a/22-24) `chi`, or 26-29 blank/fill in a `chi` record
 *                                     → GB18030 (a superset of GB 2312 and GBK, so one decoder
 *                                       serves all three)
 *   `01` alone                        → ISO 646 (ASCII); high bytes are sniffed
 *   anything else                     → not declared; sniffed
 *
 * STANDARDS.md C5 only says that Chinese records "may arrive as GBK or GB18030" and must be
 * transcoded at ingest; it gives no 100 $a codes. So the rule above is ours: for a CNMARC record
 * the 26-29 code is a hint, the bytes decide (valid UTF-8 wins, then a clean GB18030 decode).
 *
 * ## When the declaration lies (auto mode only; a forced encoding is never second-guessed)
 *
 *  - Bytes that are valid UTF-8 and contain multi-byte sequences are read as UTF-8 whatever the
 *    record declares (a MARC-8, ISO 5426 or GB text is practically never valid UTF-8 over a whole
 *    record). Exception: a MARC-8 record with escape sequences stays MARC-8.
 *  - Declared UTF-8 but the bytes are not valid UTF-8: if valid multi-byte sequences outnumber the
 *    invalid ones, it is UTF-8 with a few bad bytes (U+FFFD + warning). Otherwise the bytes are
 *    sniffed: MARC-8 escapes or ANSEL diacritics before letters → MARC-8 (ISO 5426 for UNIMARC);
 *    a clean GB18030 decode that is mostly hanzi → GB18030; runs of high bytes that decode to
 *    Cyrillic words → cp1251 / KOI8-R / cp866 (best letter score); else ISO 8859-1.
 *  - Declared MARC-8 but the high bytes come in runs of three or more (words of a single-byte or
 *    double-byte code page, which MARC-8 text does not produce), or "diacritics" (0xE0-0xFE) stand
 *    before a space, punctuation or the end (a MARC-8 mark always precedes its letter; Latin-1
 *    "café " does this) → sniffed as above; Latin-1-looking text ends as ISO 8859-1.
 *  - UNIMARC with no usable 100 $a/26-29 (or 01 = ASCII with high bytes): sniffed.
 * ESC sequences in a record declared UTF-8 mean MARC-8 (EACC records mislabelled).
 * Every such decision adds a warning saying what was declared, what was found and why.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { bestCyrillic, byteStats, gbStats, looksLikeGb, type ByteStats } from './byte-stats.js';
import type { MarcDialect, MarcEncoding } from './marc-record.js';

/** What the record itself says about its character set. */
export type CharsetClaim = 'utf8' | 'marc8' | 'iso5426' | 'gb18030' | 'cyrillic' | 'ascii' | 'unknown';

export interface DeclaredCharset {
  claim: CharsetClaim;
  /** where the claim comes from, for warnings: e.g. `leader/09 "a"`, `100 $a/26-29 "0120"` */
  source: string;
}

/** Positions 26-29 of a UNIMARC 100 $a, or null when $a is shorter than 30 characters. */
export function unimarcCharsetCodes(field100a: string | null): string | null {
  return field100a !== null && field100a.length >= 30 ? field100a.slice(26, 30) : null;
}

const CHINESE_G1 = new Set(['10', '13', '20', '21']);

/** The character set a record declares (leader/09 for MARC 21, 100 $a/26-29 for UNIMARC). */
export function declaredCharset(dialect: MarcDialect, leader: string, field100a: string | null): DeclaredCharset {
  if (dialect === 'marc21') {
    const c = leader.charAt(9);
    if (c === 'a') return { claim: 'utf8', source: 'leader/09 "a"' };
    if (c === ' ') return { claim: 'marc8', source: 'leader/09 blank' };
    return { claim: 'unknown', source: `leader/09 "${c}"` };
  }
  const codes = unimarcCharsetCodes(field100a);
  const lang = field100a !== null && field100a.length >= 25 ? field100a.slice(22, 25) : '';
  if (codes === null) {
    return lang === 'chi'
      ? { claim: 'gb18030', source: '100 $a language of cataloguing "chi" (no character set codes)' }
      : { claim: 'unknown', source: field100a === null ? 'no 100 $a' : '100 $a shorter than 30 characters' };
  }
  const g0 = codes.slice(0, 2);
  const g1 = codes.slice(2, 4);
  const source = `100 $a/26-29 "${codes}"`;
  if (g0 === '50' || g1 === '50') return { claim: 'utf8', source };
  if (g0 === '03' || g1 === '03' || g0 === '11' || g1 === '11') return { claim: 'iso5426', source };
  if (g0 === '02' || g1 === '02' || g0 === '04' || g1 === '04') return { claim: 'cyrillic', source };
  if (CHINESE_G1.has(g1) || CHINESE_G1.has(g0)) return { claim: 'gb18030', source };
  if (lang === 'chi') return { claim: 'gb18030', source: `${source} with language of cataloguing "chi"` };
  if (g0 === '01' && (g1 === '  ' || g1 === '01')) return { claim: 'ascii', source };
  return { claim: 'unknown', source };
}

export interface EncodingChoice {
  encoding: MarcEncoding;
  warnings: string[];
  /** the data holds bytes >= 0x80 or ESC (so text may need NFC normalisation) */
  nonAscii: boolean;
  /** for UTF-8: ill-formed sequences found (decoded as U+FFFD) */
  utf8Invalid: number;
}

const describeClaim: Record<CharsetClaim, string> = {
  utf8: 'UTF-8',
  marc8: 'MARC-8',
  iso5426: 'ISO 5426',
  gb18030: 'GB 2312/GBK/GB18030',
  cyrillic: 'Cyrillic',
  ascii: 'ISO 646 (ASCII)',
  unknown: 'no known character set',
};

const ENCODING_LABEL: Record<string, string> = {
  utf8: 'UTF-8',
  marc8: 'MARC-8',
  iso5426: 'ISO 5426',
  gb18030: 'GB18030',
  cp1251: 'cp1251',
  'koi8-r': 'KOI8-R',
  cp866: 'cp866',
  latin1: 'ISO 8859-1',
};

const label = (e: string): string => ENCODING_LABEL[e] ?? e;

/**
 * Picks the decoder for one record's data (`from`..`to`: directory and fields, leader excluded).
 * `declared` comes from {@link declaredCharset}.
 */
export function chooseRecordEncoding(
  b: Buffer,
  from: number,
  to: number,
  declared: DeclaredCharset,
  dialect: MarcDialect,
): EncodingChoice {
  const data = b.subarray(from, to);
  // what pure-ASCII data is reported as: the declared set when it is one we decode, else UTF-8
  const claimed: MarcEncoding =
    declared.claim === 'utf8' || declared.claim === 'marc8' || declared.claim === 'iso5426' || declared.claim === 'gb18030'
      ? declared.claim
      : 'utf8';

  if (isAscii(data)) {
    // ESC in an otherwise ASCII record: MARC-8 escape sequences (EACC, Greek, …)
    if (declared.claim !== 'marc8' && data.indexOf(0x1b) !== -1 && dialect === 'marc21') {
      return {
        encoding: 'marc8',
        warnings: [`${declared.source} declares ${describeClaim[declared.claim]}, but the record contains MARC-8 escape sequences: read as MARC-8`],
        nonAscii: true,
        utf8Invalid: 0,
      };
    }
    return { encoding: claimed, warnings: [], nonAscii: declared.claim === 'marc8' && data.indexOf(0x1b) !== -1, utf8Invalid: 0 };
  }

  if (isUtf8(data)) {
    if (declared.claim === 'utf8') return { encoding: 'utf8', warnings: [], nonAscii: true, utf8Invalid: 0 };
    if (declared.claim === 'marc8' && data.indexOf(0x1b) !== -1) {
      return { encoding: 'marc8', warnings: [], nonAscii: true, utf8Invalid: 0 };
    }
    return {
      encoding: 'utf8',
      warnings: [`${declared.source} declares ${describeClaim[declared.claim]}, but the bytes are valid UTF-8 with multi-byte sequences: read as UTF-8`],
      nonAscii: true,
      utf8Invalid: 0,
    };
  }

  const s = byteStats(b, from, to);
  const sniffed = (): MarcEncoding => sniffNonUtf8(b, from, to, s, dialect);

  switch (declared.claim) {
    case 'utf8': {
      if (s.utf8Multi > 0 && s.utf8Multi >= s.utf8Invalid) {
        return {
          encoding: 'utf8',
          warnings: [`${s.utf8Invalid} invalid UTF-8 byte sequence${s.utf8Invalid === 1 ? '' : 's'} replaced by U+FFFD`],
          nonAscii: true,
          utf8Invalid: s.utf8Invalid,
        };
      }
      const enc = sniffed();
      return {
        encoding: enc,
        warnings: [
          `${declared.source} declares UTF-8, but the bytes are not UTF-8 (${s.utf8Invalid} invalid sequences, ${s.utf8Multi} valid multi-byte ones); ${why(enc, s)}: read as ${label(enc)}`,
        ],
        nonAscii: true,
        utf8Invalid: 0,
      };
    }
    case 'marc8': {
      if (s.esc > 0 || (s.longHighRuns <= Math.max(1, 0.1 * s.highRuns) && s.anselOrphans <= Math.max(1, 0.1 * s.anselMarks))) {
        return { encoding: 'marc8', warnings: [], nonAscii: true, utf8Invalid: 0 };
      }
      const enc = sniffed();
      if (enc === 'marc8') return { encoding: 'marc8', warnings: [], nonAscii: true, utf8Invalid: 0 };
      const notMarc8 = s.longHighRuns > Math.max(1, 0.1 * s.highRuns)
        ? `${s.longHighRuns} runs of 3+ high bytes are not MARC-8 text`
        : `${s.anselOrphans} diacritic bytes are not followed by a letter`;
      return {
        encoding: enc,
        warnings: [`${declared.source} declares MARC-8, but ${notMarc8}; ${why(enc, s)}: read as ${label(enc)}`],
        nonAscii: true,
        utf8Invalid: 0,
      };
    }
    case 'iso5426': {
      if (s.longHighRuns <= Math.max(1, 0.1 * s.highRuns)) return { encoding: 'iso5426', warnings: [], nonAscii: true, utf8Invalid: 0 };
      const enc = sniffed();
      if (enc === 'iso5426') return { encoding: 'iso5426', warnings: [], nonAscii: true, utf8Invalid: 0 };
      return {
        encoding: enc,
        warnings: [`${declared.source} declares ISO 5426, but ${s.longHighRuns} runs of 3+ high bytes are not ISO 5426 text; ${why(enc, s)}: read as ${label(enc)}`],
        nonAscii: true,
        utf8Invalid: 0,
      };
    }
    case 'gb18030': {
      const g = gbStats(b, from, to);
      if (g.invalid === 0) return { encoding: 'gb18030', warnings: [], nonAscii: true, utf8Invalid: 0 };
      const enc = sniffed();
      if (enc === 'gb18030') return { encoding: 'gb18030', warnings: [], nonAscii: true, utf8Invalid: 0 };
      return {
        encoding: enc,
        warnings: [`${declared.source} suggests GB 2312/GBK/GB18030, but ${g.invalid} bytes do not decode as GB18030; ${why(enc, s)}: read as ${label(enc)}`],
        nonAscii: true,
        utf8Invalid: 0,
      };
    }
    default: {
      const enc = sniffed();
      const expected = declared.claim === 'cyrillic' && (enc === 'cp1251' || enc === 'koi8-r' || enc === 'cp866');
      return {
        encoding: enc,
        warnings: expected
          ? []
          : [
              declared.claim === 'unknown'
                ? `${declared.source}: no character set declared; ${why(enc, s)}: read as ${label(enc)}`
                : `${declared.source} declares ${describeClaim[declared.claim]}, but there are ${s.high} bytes above 0x7F; ${why(enc, s)}: read as ${label(enc)}`,
            ],
        nonAscii: true,
        utf8Invalid: 0,
      };
    }
  }
}

function why(enc: MarcEncoding, s: ByteStats): string {
  switch (enc) {
    case 'marc8':
      return s.esc > 0 ? `they contain ${s.esc} MARC-8 escape sequences` : `they hold ${s.anselMarks} ANSEL diacritics before letters`;
    case 'iso5426':
      return s.esc > 0 ? `they contain escape sequences` : `they hold ${s.iso5426Marks} ISO 5426 diacritics before letters`;
    case 'gb18030':
      return 'they decode cleanly as GB18030 into CJK characters';
    case 'cp1251':
    case 'koi8-r':
    case 'cp866':
      return `their high bytes read as Cyrillic words in ${label(enc)}`;
    case 'latin1':
      return s.anselOrphans > 0 ? `their accented letters stand alone (${s.anselOrphans} before a space, punctuation or the end), as in ISO 8859-1` : 'no other character set fits';
    default:
      return 'no known character set fits';
  }
}

/** Sniffs bytes that are not UTF-8. */
function sniffNonUtf8(b: Buffer, from: number, to: number, s: ByteStats, dialect: MarcDialect): MarcEncoding {
  const few = s.longHighRuns <= Math.max(1, 0.1 * s.highRuns);
  if (s.esc > 0 && few) return dialect === 'marc21' ? 'marc8' : 'iso5426';
  if (looksLikeGb(gbStats(b, from, to))) return 'gb18030';
  if (s.longHighRuns > 0) {
    const cyr = bestCyrillic(b.subarray(from, to));
    if (cyr !== null) return cyr;
  }
  if (few) {
    if (dialect === 'unimarc' && s.iso5426Marks > 0 && s.iso5426Marks >= s.anselMarks) return 'iso5426';
    if (s.anselMarks > 0 && s.anselOrphans <= Math.max(1, 0.1 * s.anselMarks)) return 'marc8';
    if (s.iso5426Marks > 0) return 'iso5426';
  }
  return 'latin1';
}
