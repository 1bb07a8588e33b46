/**
 * Which MARC serialisation a file is, from its first few KB, and a clear refusal for everything
 * that is not MARC: line-per-field MARC text, MarcEdit mnemonic files, MODS / Dublin Core /
 * TurboMARC XML, a discovery service's JSON, KBART and other delimited text, archives, PDFs.
 */

export type MarcFormat = 'iso2709' | 'marcxml' | 'json';

export type FormatDetection = { format: MarcFormat } | { unsupported: string };

/** Thrown by readMarc, before anything is yielded, when the input is not MARC at all. */
export class UnsupportedFormatError extends Error {
  /** the file name (or `<bytes>` / `<text>`) */
  readonly fileName: string;
  /** what the input looks like instead, e.g. `MODS XML (<mods …>)` */
  readonly looksLike: string;

  constructor(fileName: string, looksLike: string) {
    super(`unsupported format: ${fileName} looks like ${looksLike}, not ISO 2709, MARCXML or MARC-in-JSON`);
    this.name = 'UnsupportedFormatError';
    this.fileName = fileName;
    this.looksLike = looksLike;
  }
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * True when an ISO 2709 leader plausibly starts at `q`: a 5-digit record length, and a first
 * directory entry (3 printable tag characters, then at least 7 digits) at offset 24.
 */
export function plausibleLeader(b: Uint8Array, q: number, end: number = b.length): boolean {
  if (q + 34 > end) return false;
  for (let i = 0; i < 5; i++) if (!isDigit(b[q + i])) return false;
  for (let i = 24; i < 27; i++) if (b[q + i] < 0x20 || b[q + i] > 0x7e) return false;
  for (let i = 27; i < 34; i++) if (!isDigit(b[q + i])) return false;
  return true;
}

const snippet = (s: string, max = 40): string => {
  const one = s.replace(/[\r\n\t]+/g, ' ').replace(/[\x00-\x1f\x7f]/g, '.');
  return one.length > max ? one.slice(0, max) + '…' : one;
};

function stripBom(head: Buffer): { text: string; bytes: Buffer } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { bytes: head.subarray(3), text: head.subarray(3).toString('utf8') };
  }
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) {
    const t = new TextDecoder('utf-16le').decode(head.subarray(2));
    return { bytes: Buffer.from(t, 'utf8'), text: t };
  }
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) {
    const swapped = Buffer.from(head.subarray(2, 2 + ((head.length - 2) & ~1)));
    swapped.swap16();
    const t = new TextDecoder('utf-16le').decode(swapped);
    return { bytes: Buffer.from(t, 'utf8'), text: t };
  }
  return { bytes: head, text: head.toString('utf8') };
}

const MARCXML_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?(?:leader|controlfield|datafield)[\s>/]/;
const MARC_SCHEMA_HINT = /marcxml|marc21|MARC21|unimarc|UNIMARC|marcxchange|info:srw\/schema\/1\/marcxml|loc\.gov\/MARC21\/slim/;

function describeXml(text: string): FormatDetection {
  if (MARCXML_ELEMENT.test(text)) return { format: 'marcxml' };
  const root = /<([A-Za-z_][\w.:-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''));
  const rootName = root ? root[1] : '?';
  const local = rootName.includes(':') ? rootName.slice(rootName.indexOf(':') + 1) : rootName;
  if (local === 'schema') return { unsupported: 'an XML schema (XSD)' };
  if (/<(?:[\w.-]+:)?mods[\s>]|http:\/\/www\.loc\.gov\/mods\//.test(text)) {
    return { unsupported: `MODS XML (<mods …>${local === 'searchRetrieveResponse' ? ' in an SRU response' : ''})` };
  }
  if (/http:\/\/www\.indexdata\.com\/turbomarc/.test(text)) {
    return { unsupported: 'TurboMARC XML (Index Data <r><l>…</l>, in an SRU response)' };
  }
  if (/<oai_dc:dc[\s>]|http:\/\/purl\.org\/dc\/elements\//.test(text)) return { unsupported: 'Dublin Core XML' };
  if (local === 'ISO18626Message' || /illtransactions\.org\/2013\/iso18626/.test(text)) {
    return { unsupported: 'an ISO 18626 interlibrary loan message' };
  }
  if (local === 'searchRetrieveResponse' || local === 'OAI-PMH' || local === 'collection' || local === 'record') {
    // an envelope whose first record is beyond the head, or which holds no records: the reader decides
    if (MARC_SCHEMA_HINT.test(text) || /numberOfRecords>\s*0\s*</.test(text) || local !== 'record') return { format: 'marcxml' };
  }
  return { unsupported: `XML with root element <${rootName}> and no MARC record elements (leader/controlfield/datafield)` };
}

function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let i = 0;
  // for an array, look inside its first element
  const start = text.indexOf(text.trimStart().charAt(0));
  let base = text.charAt(start) === '[' ? 2 : 1;
  for (i = start; i < text.length && keys.length < 8; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = text.slice(i + 1, j);
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k])) k++;
      if (depth === base && text[k] === ':' && !keys.includes(s)) keys.push(s);
      i = j;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth < base) base = depth; // first element closed early: stop narrowing
    }
  }
  return keys;
}

function describeJson(text: string): FormatDetection {
  if (/"leader"\s*:/.test(text) && /"fields"\s*:/.test(text)) return { format: 'json' };
  const keys = topLevelKeys(text);
  const list = keys.length > 0 ? ` (keys: ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''})` : '';
  if (keys.includes('Report_Header') || keys.includes('Report_Items')) return { unsupported: `a COUNTER report in JSON${list}` };
  if (keys.includes('hits') || keys.includes('records') || keys.includes('docs') || keys.includes('response')) {
    return { unsupported: `JSON from a search or discovery service${list}` };
  }
  return { unsupported: `JSON that is not MARC-in-JSON (no "leader" and "fields")${list}` };
}

function describeText(text: string): FormatDetection | null {
  const lines = text.split(/\r\n|\r|\n/).slice(0, 40);
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  if (lines.some((l) => /^=LDR {2}/.test(l))) return { unsupported: `MarcEdit mnemonic text (.mrk: "${snippet(firstLine)}")` };
  if (lines.some((l) => /^\d{9} (?:LDR|FMT|001) {2,3}L /.test(l))) {
    return { unsupported: `Aleph sequential MARC text ("${snippet(firstLine)}")` };
  }
  const fieldLine = lines.find((l) => /^\d{3}[ \t][ \t0-9#_|]{0,4}\s*[$‡ǂ|][a-z0-9]/.test(l));
  const leaderLine = lines.some((l) => /^(?:LEADER|LDR|000)[ \t]+\S/.test(l));
  const tagLines = lines.filter((l) => /^\d{3}[ \t]/.test(l)).length;
  if (fieldLine !== undefined || (leaderLine && tagLines >= 2)) {
    const shown = fieldLine ?? lines.find((l) => /^\d{3}[ \t]/.test(l)) ?? firstLine;
    return { unsupported: `line-per-field MARC text ("${snippet(shown)}")` };
  }
  const header = firstLine.toLowerCase();
  if (header.includes('\t')) {
    if (header.includes('publication_title') || header.includes('print_identifier')) {
      return { unsupported: `a KBART title list (tab-separated, "${snippet(firstLine)}")` };
    }
    return { unsupported: `tab-separated text ("${snippet(firstLine)}")` };
  }
  if ((firstLine.match(/,/g) ?? []).length >= 3 && lines.length > 1) return { unsupported: `comma-separated text ("${snippet(firstLine)}")` };
  return null;
}

/**
 * The format of a file from its first few KB (4-64 KB is plenty): `{ format }` for ISO 2709,
 * MARCXML (any namespace, SRU/OAI-PMH envelopes included) and MARC-in-JSON (object, array or one
 * record per line), else `{ unsupported }` naming what the bytes look like.
 */
export function detectFormat(head: Buffer): FormatDetection {
  if (head.length === 0) return { unsupported: 'an empty file' };
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return { unsupported: 'a PDF document' };
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return { unsupported: 'a ZIP archive (e.g. .zip, .xlsx, .docx)' };
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return { unsupported: 'gzip-compressed data (decompress it first)' };

  const { bytes, text } = stripBom(head);
  let p = 0;
  while (p < bytes.length && (bytes[p] === 0x20 || bytes[p] === 0x09 || bytes[p] === 0x0a || bytes[p] === 0x0d)) p++;
  if (p >= bytes.length) return { unsupported: 'a file holding only white space' };
  const c = bytes[p];

  if (isDigit(c) && plausibleLeader(bytes, p)) return { format: 'iso2709' };
  if (c === 0x3c) return describeXml(text);
  if (c === 0x7b || c === 0x5b) return describeJson(text);

  const asText = describeText(text);
  if (asText) return asText;

  if (isDigit(c) && bytes.length - p < 34) return { format: 'iso2709' }; // a lone, short or truncated record
  // ISO 2709 whose first record starts after some junk: a stricter leader (base address digits too)
  for (let q = p; q < Math.min(bytes.length, 4096); q++) {
    if (isDigit(bytes[q]) && plausibleLeader(bytes, q) && [12, 13, 14, 15, 16].every((k) => isDigit(bytes[q + k]))) return { format: 'iso2709' };
  }

  const printable = text.slice(0, 400).replace(/[^\x20-\x7e\u00a0-\uffff\r\n\t]/g, '').length / Math.max(1, Math.min(text.length, 400));
  if (printable > 0.95) return { unsupported: `plain text ("${snippet(text.trimStart())}")` };
  return { unsupported: `unrecognised binary data (first bytes ${bytes.subarray(p, p + 8).toString('hex')})` };
}
