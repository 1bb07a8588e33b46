/**
 * A MARC record as one standalone MARCXML <record> (namespace http://www.loc.gov/MARC21/slim), the
 * verbatim source kept next to the record core and shown as `rawMarc`.
 *
 * Text is escaped for XML (& < > in content; also " in attributes) and stripped of what XML 1.0 cannot
 * carry or should not: C0 controls other than tab, line feed and carriage return (carriage return is
 * written as &#13; so a parser keeps it), DEL and the C1 controls U+0080–U+009F (MARC's non-sort
 * marks U+0098/U+009C among them; the text between them stays), lone surrogates, U+FFFE and U+FFFF.
 * Tags, indicators and subfield codes go through the same escaping, so a damaged record still gives
 * well-formed XML.
 */
import type { MarcRecord } from './marc-record.js';

export const MARCXML_NS = 'http://www.loc.gov/MARC21/slim';

// in 'u' mode a surrogate class matches lone surrogates only; pairs are one code point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udfff]/gu;
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"\r\n\t]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };
const entity = (c: string): string => ENTITIES[c];
const NEEDS_WORK = /[\u0000-\u001f&<>"\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

export function xmlText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(FORBIDDEN, '').replace(TEXT_SPECIAL, entity);
}

export function xmlAttr(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(FORBIDDEN, '').replace(ATTR_SPECIAL, entity);
}

/**
 * The parts are joined once at the end: `+=` gave a rope of hundreds of pieces per record, kept
 * until its batch was written (its copying by the garbage collector, and the flattening when the
 * batch joined them, were half of this function's cost); join() makes one flat string.
 */
export function toMarcXml(record: MarcRecord): string {
  const out: string[] = [`<record xmlns="${MARCXML_NS}">\n  <leader>`, xmlText(record.leader ?? ''), '</leader>\n'];
  for (const f of record.fields) {
    if (!('subfields' in f)) {
      out.push('  <controlfield tag="', xmlAttr(f.tag), '">', xmlText(f.value), '</controlfield>\n');
      continue;
    }
    out.push('  <datafield tag="', xmlAttr(f.tag), '" ind1="', xmlAttr(f.ind1 || ' '), '" ind2="', xmlAttr(f.ind2 || ' '), '">\n');
    for (const s of f.subfields) out.push('    <subfield code="', xmlAttr(s.code), '">', xmlText(s.value), '</subfield>\n');
    out.push('  </datafield>\n');
  }
  out.push('</record>');
  return out.join('');
}
