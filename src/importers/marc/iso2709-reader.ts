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
 * So this reader walks the leader and directory itself (framing, leader and directory in iso2709-layout.ts).
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
import { frame, isDigit, readDirectory, readLeader, RT, SF, terminators, Warnings } from './iso2709-layout.js';
import { decodeBytes, decoderNormalises } from './decode-bytes.js';
import { chooseRecordEncoding, declaredCharset, type EncodingChoice } from './encoding-detect.js';
import type { MarcEncoding, MarcField, MarcRecord, MarcSubfield, ReadResult } from './marc-record.js';

export interface Iso2709Options {
  /** 'auto' (declared charset, checked against the bytes) or a forced decoder name */
  encoding: MarcEncoding | 'auto';
}

/**
 * Character sets (canonical names, as normalizeEncodingName and the detection give them) whose
 * multi-byte sequences never hold a byte below 0x30: a data area can be decoded whole.
 */
const WHOLE_AREA = new Set(['utf8', 'latin1', 'gb18030', 'gbk', 'cp936', 'gb2312', 'big5', 'big5hkscs', 'cp950']);

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
