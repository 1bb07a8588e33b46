/**
 * Streaming MARCXML reader (saxes). A MARC record is any element with local name `record` that has
 * a `leader`, `controlfield` or `datafield` child — whatever its namespace or prefix (`marc:`,
 * `ns0:`, default namespace, none), and wherever it sits: a `collection`, a bare record, an OAI-PMH
 * `metadata` element, an SRU `recordData` element, an OPAC record's `bibliographicRecord`. The
 * envelope's own `record` elements (SRU, OAI-PMH) are not MARC records because their children are
 * `recordData`/`header`/`metadata`. UNIMARC XML uses the same element names. SRU records packed as
 * strings (recordPacking "string": escaped MARCXML as the text of recordData) are parsed too.
 *
 * Bytes are decoded with a streaming decoder (TextDecoder, or iconv-lite for other declared
 * encodings), so a character split across two chunks is never damaged. The encoding comes from a
 * BOM, else the XML declaration, else UTF-8; a forced encoding option overrides both.
 *
 * Bad tags or indicators (tag "42", indicator "z") are kept with a warning. Malformed XML: the
 * records completed before the error are yielded, then one rejected result naming line and column.
 * An XML document with no MARC record at all whose records are another schema (MODS, Dublin Core…)
 * raises UnsupportedFormatError at the end (nothing has been yielded by then).
 *
 * marcjs 3.0.2's MarcxmlParser was not used: it cuts the text at the strings "<record" and
 * "</record>", so prefixed records (pymarc-batch.xml, ns0: in pymarc-bad_tag.xml) give 0 records and
 * the stream never ends, and SRU envelopes' own <record> elements become extra, empty records
 * (xbib-zdb-sru-marcxmlplus.xml: 34 instead of 24); it does not detect malformed XML.
 */
import iconv from 'iconv-lite';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UnsupportedFormatError } from './detect-format.js';
import type { MarcEncoding, MarcField, MarcRecord, MarcSubfield, ReadResult } from './marc-record.js';

export interface MarcXmlOptions {
  /** 'auto' or a forced decoder for the bytes */
  encoding: MarcEncoding | 'auto';
  /** the chunks are UTF-8 encoded text, whatever the XML declaration says */
  textSource?: boolean;
  /** for error messages */
  fileName: string;
}

interface StreamDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

function makeDecoder(encoding: string): StreamDecoder {
  const e = encoding.toLowerCase();
  if (e === 'utf8' || e === 'utf-8' || e === 'utf-16le' || e === 'utf16le') {
    const td = new TextDecoder(e.startsWith('utf-16') || e === 'utf16le' ? 'utf-16le' : 'utf-8');
    return { write: (c) => td.decode(c, { stream: true }), end: () => td.decode() };
  }
  const d = iconv.getDecoder(e === 'marc8' || e === 'iso5426' ? 'latin1' : e);
  return { write: (c) => d.write(c), end: () => d.end() ?? '' };
}

/** The encoding from a BOM or the XML declaration; BOM bytes to skip. */
function sniffXmlEncoding(head: Buffer): { encoding: string; skip: number } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', skip: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const decl = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head.toString('latin1', 0, Math.min(head.length, 512)));
  if (decl) {
    const name = decl[1].toLowerCase();
    if (name === 'utf-8' || name === 'utf8') return { encoding: 'utf8', skip: 0 };
    if (iconv.encodingExists(name)) return { encoding: name, skip: 0 };
  }
  return { encoding: 'utf8', skip: 0 };
}

const localNames = new Map<string, string>();
const localName = (qname: string): string => {
  let l = localNames.get(qname);
  if (l === undefined) {
    const i = qname.indexOf(':');
    l = i === -1 ? qname : qname.slice(i + 1);
    if (localNames.size < 1000) localNames.set(qname, l);
  }
  return l;
};

const NON_ASCII = /[^\x00-\x7f]/;
const nfc = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFC') : s);
const TAG = /^[0-9A-Za-z]{3}$/;
const SUBFIELD_CODE = /^[a-z0-9]$/;
const FOREIGN_RECORDS: Record<string, string> = {
  mods: 'MODS XML',
  dc: 'Dublin Core XML',
  r: 'TurboMARC XML',
};

interface RecordFrame {
  depth: number;
  type: string | null;
  line: number;
  isMarc: boolean;
  leader: string | null;
  fields: MarcField[];
  warnings: string[];
}

class XmlAbort extends Error {}

/** A MARC record (or a rejection) found by a {@link MarcXmlParser}. */
type Found = { record: MarcRecord; warnings: string[] } | { error: string };

/**
 * One saxes parser plus the MARC record state machine. `write`/`close` return false once the XML
 * is malformed (then `error` says where). SRU records packed as escaped strings (recordPacking
 * "string": the MARCXML is the text of recordData) are parsed by a nested parser.
 */
class MarcXmlParser {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  error: string | null = null;
  rootName: string | null = null;
  foreign: string | null = null;
  nonMarcRecords = 0;

  private depth = 0;
  private readonly frames: RecordFrame[] = [];
  private capture: 'leader' | 'control' | 'subfield' | 'embedded' | null = null;
  private text = '';
  private controlTag = '';
  private data: { tag: string; ind1: string; ind2: string; subfields: MarcSubfield[]; depth: number } | null = null;
  private subfieldCode = '';
  private embeddedDepth = -1;

  constructor(private readonly emit: (f: Found) => void) {
    const parser = this.parser;
    parser.on('opentag', (tag) => this.open(tag as SaxesTagPlain));
    parser.on('closetag', (tag) => this.close_(tag.name));
    parser.on('text', (t) => {
      if (this.capture !== null) this.text += t;
    });
    parser.on('cdata', (t) => {
      if (this.capture !== null) this.text += t;
    });
    parser.on('error', (err) => {
      const m = /^\d+:\d+: (.*)$/s.exec(err.message);
      this.error = `malformed XML at line ${parser.line}, column ${parser.column}: ${m ? m[1] : err.message}`;
      throw new XmlAbort();
    });
  }

  write(s: string): boolean {
    if (this.error !== null) return false;
    if (s.length === 0) return true;
    try {
      this.parser.write(s);
      return true;
    } catch (e) {
      if (e instanceof XmlAbort) return false;
      throw e;
    }
  }

  end(): boolean {
    if (this.error !== null) return false;
    try {
      this.parser.close();
      return true;
    } catch (e) {
      if (e instanceof XmlAbort) return false;
      throw e;
    }
  }

  private open(tag: SaxesTagPlain): void {
    this.depth++;
    const depth = this.depth;
    const local = localName(tag.name);
    const attrs = tag.attributes;
    if (this.rootName === null) this.rootName = tag.name;
    if (this.capture === 'embedded') this.capture = null; // recordData has element content after all
    if (this.foreign === null && FOREIGN_RECORDS[local] !== undefined && (local !== 'r' || (attrs.xmlns ?? '').includes('turbomarc'))) {
      this.foreign = FOREIGN_RECORDS[local];
    }
    const top = this.frames.length > 0 ? this.frames[this.frames.length - 1] : null;
    if (local === 'record') {
      this.frames.push({ depth, type: attrs.type ?? null, line: this.parser.line, isMarc: false, leader: null, fields: [], warnings: [] });
      return;
    }
    if (local === 'recordData') {
      this.capture = 'embedded';
      this.text = '';
      this.embeddedDepth = depth;
      return;
    }
    if (top === null) return;
    if (depth === top.depth + 1) {
      if (local === 'leader') {
        top.isMarc = true;
        this.capture = 'leader';
        this.text = '';
      } else if (local === 'controlfield') {
        top.isMarc = true;
        this.capture = 'control';
        this.text = '';
        this.controlTag = attrs.tag ?? '';
      } else if (local === 'datafield') {
        top.isMarc = true;
        this.data = { tag: attrs.tag ?? '', ind1: attrs.ind1 ?? '', ind2: attrs.ind2 ?? '', subfields: [], depth };
      }
    } else if (this.data !== null && depth === this.data.depth + 1 && local === 'subfield') {
      this.capture = 'subfield';
      this.text = '';
      this.subfieldCode = attrs.code ?? '';
    }
  }

  private close_(name: string): void {
    const local = localName(name);
    const depth = this.depth;
    this.depth--;
    if (this.capture === 'embedded' && local === 'recordData' && depth === this.embeddedDepth) {
      this.capture = null;
      const embedded = this.text.trim();
      this.text = '';
      if (embedded.startsWith('<')) this.parseEmbedded(embedded);
      return;
    }
    const top = this.frames.length > 0 ? this.frames[this.frames.length - 1] : null;
    if (top === null) return;
    const data = this.data;
    if (this.capture === 'leader' && local === 'leader') {
      top.leader = this.text;
      this.capture = null;
    } else if (this.capture === 'control' && local === 'controlfield') {
      top.fields.push({ tag: checkTag(top, this.controlTag), value: nfc(this.text) });
      this.capture = null;
    } else if (this.capture === 'subfield' && local === 'subfield' && data !== null) {
      if (!SUBFIELD_CODE.test(this.subfieldCode)) top.warnings.push(`${data.tag}: invalid subfield code "${this.subfieldCode}"`);
      data.subfields.push({ code: this.subfieldCode, value: nfc(this.text) });
      this.capture = null;
    } else if (data !== null && local === 'datafield' && depth === data.depth) {
      const t = checkTag(top, data.tag);
      top.fields.push({ tag: t, ind1: checkIndicator(top, t, 1, data.ind1), ind2: checkIndicator(top, t, 2, data.ind2), subfields: data.subfields });
      this.data = null;
    } else if (local === 'record' && depth === top.depth) {
      this.frames.pop();
      if (top.isMarc) this.emit(finishRecord(top));
      else this.nonMarcRecords++;
    }
  }

  /** MARCXML carried as the escaped text of an SRU recordData element. */
  private parseEmbedded(xml: string): void {
    const inner = new MarcXmlParser(this.emit);
    if (inner.write(xml) && inner.end()) {
      if (inner.foreign !== null && this.foreign === null) this.foreign = inner.foreign;
      this.nonMarcRecords += inner.nonMarcRecords;
      return;
    }
    this.emit({ error: `in the string-packed record of recordData ending at line ${this.parser.line}: ${inner.error}` });
  }
}

function checkTag(f: RecordFrame, tag: string): string {
  if (!TAG.test(tag)) f.warnings.push(`invalid tag "${tag}"`);
  return tag;
}

function checkIndicator(f: RecordFrame, tag: string, k: number, v: string): string {
  if (v.length === 1 && (v === ' ' || (v >= '0' && v <= '9'))) return v;
  if (v === '#' || v === '_') return ' ';
  if (v.length === 0) {
    f.warnings.push(`${tag}: indicator ${k} missing (blank assumed)`);
    return ' ';
  }
  f.warnings.push(`${tag}: invalid indicator ${k} "${v}"`);
  return v.length === 1 ? v : v.charAt(0);
}

function finishRecord(top: RecordFrame): Found {
  let leader = top.leader;
  if (leader === null) {
    top.warnings.unshift('no leader element (blank leader assumed)');
    leader = ' '.repeat(24);
  } else {
    if (leader.includes('#')) leader = leader.replace(/#/g, ' '); // Alma and others write # for blank
    if (leader.length !== 24 && leader.trim().length === 24) leader = leader.trim(); // pretty-printed
    if (leader.length !== 24) {
      top.warnings.unshift(`leader is ${leader.length} characters, not 24 (${leader.length < 24 ? 'padded' : 'cut'})`);
      leader = leader.length < 24 ? leader.padEnd(24, ' ') : leader.slice(0, 24);
    }
  }
  if (top.type !== null && /holdings/i.test(top.type) && !'uvxy'.includes(leader.charAt(6))) {
    top.warnings.push(`type="${top.type}" but leader/06 is "${leader.charAt(6)}", not a holdings type (u, v, x, y)`);
  }
  return { record: { leader, fields: top.fields }, warnings: top.warnings };
}

/** Reads MARCXML records from a stream of byte chunks. */
export async function* readMarcXml(chunks: AsyncIterable<Uint8Array>, options: MarcXmlOptions): AsyncGenerator<ReadResult> {
  const ready: ReadResult[] = [];
  let position = 0;
  let yielded = 0;
  let encodingUsed: MarcEncoding = 'utf8';
  const parser = new MarcXmlParser((f) => {
    position++;
    ready.push(
      'error' in f
        ? { position, record: null, encoding: null, warnings: [], error: f.error }
        : { position, record: f.record, encoding: encodingUsed, warnings: f.warnings, error: null },
    );
  });
  const feed = (s: string): boolean => parser.write(s);

  const it = chunks[Symbol.asyncIterator]();
  let decoder: StreamDecoder | null = null;
  // the first chunks are gathered until the XML declaration can be read (512 bytes or the end)
  let head: Buffer[] = [];
  let headSize = 0;
  const nextChunk = async (): Promise<Buffer | null> => {
    while (decoder === null && headSize < 512) {
      const n = await it.next();
      if (n.done) break;
      const c = Buffer.isBuffer(n.value) ? n.value : Buffer.from(n.value.buffer, n.value.byteOffset, n.value.byteLength);
      head.push(c);
      headSize += c.length;
    }
    if (head.length > 0) {
      const c = head.length === 1 ? head[0] : Buffer.concat(head);
      head = [];
      headSize = 0;
      return c;
    }
    const n = await it.next();
    if (n.done) return null;
    return Buffer.isBuffer(n.value) ? n.value : Buffer.from(n.value.buffer, n.value.byteOffset, n.value.byteLength);
  };

  let ok = true;
  for (;;) {
    let chunk = await nextChunk();
    if (chunk === null) break;
    if (decoder === null) {
      if (options.textSource) {
        decoder = makeDecoder('utf8');
      } else if (options.encoding !== 'auto') {
        decoder = makeDecoder(options.encoding);
        encodingUsed = options.encoding;
      } else {
        const sniff = sniffXmlEncoding(chunk);
        decoder = makeDecoder(sniff.encoding);
        encodingUsed = sniff.encoding === 'utf-8' ? 'utf8' : sniff.encoding;
        chunk = chunk.subarray(sniff.skip);
      }
      if (options.textSource && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    ok = feed(decoder.write(chunk));
    while (ready.length > 0) {
      yielded++;
      yield ready.shift() as ReadResult;
    }
    if (!ok) break;
  }
  if (ok) {
    if (feed(decoder ? decoder.end() : '')) parser.end();
    while (ready.length > 0) {
      yielded++;
      yield ready.shift() as ReadResult;
    }
  }
  if (parser.error !== null) {
    yield { position: position + 1, record: null, encoding: null, warnings: [], error: parser.error };
    return;
  }
  if (parser.rootName === null) {
    yield { position: 1, record: null, encoding: null, warnings: [], error: 'malformed XML: no root element' };
    return;
  }
  if (yielded === 0 && parser.foreign !== null) {
    const n = parser.nonMarcRecords;
    throw new UnsupportedFormatError(options.fileName, `${parser.foreign} (${n > 0 ? `${n} records, ` : ''}root <${parser.rootName}>), no MARC records`);
  }
}
