/**
 * Minimal MARCXML (MARC21 slim) writer, for tests and benchmarks: `marcXmlRecord` for one record,
 * `marcXmlCollection` for a whole document.
 */
import { isControlField, type MarcRecord } from './marc-record.js';

const escapeXml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/** One `<record>` element (no namespace declaration; wrap it in {@link marcXmlCollection}). */
export function marcXmlRecord(r: MarcRecord, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const out: string[] = [`<${p}record>`, `<${p}leader>${escapeXml(r.leader)}</${p}leader>`];
  for (const f of r.fields) {
    if (isControlField(f)) out.push(`<${p}controlfield tag="${escapeXml(f.tag)}">${escapeXml(f.value)}</${p}controlfield>`);
    else {
      out.push(`<${p}datafield tag="${escapeXml(f.tag)}" ind1="${escapeXml(f.ind1)}" ind2="${escapeXml(f.ind2)}">`);
      for (const s of f.subfields) out.push(`<${p}subfield code="${escapeXml(s.code)}">${escapeXml(s.value)}</${p}subfield>`);
      out.push(`</${p}datafield>`);
    }
  }
  out.push(`</${p}record>`);
  return out.join('');
}

/** A complete MARCXML document. */
export function marcXmlCollection(records: Iterable<MarcRecord>, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}` : 'xmlns';
  const parts = [`<?xml version="1.0" encoding="UTF-8"?>\n<${p}collection ${ns}="http://www.loc.gov/MARC21/slim">\n`];
  for (const r of records) parts.push(marcXmlRecord(r, prefix), '\n');
  parts.push(`</${p}collection>\n`);
  return parts.join('');
}
