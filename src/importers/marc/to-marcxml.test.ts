import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { asMarcRecords, cnmarcSamples, syntheticCnmarcRecords } from './cnmarc-sample.js';
import type { MarcRecord } from './marc-record.js';
import { fixtureRecords } from '../../../test/support/marc-fixtures.js';
import { MARCXML_NS, toMarcXml, xmlAttr, xmlText } from './to-marcxml.js';

/** The writer as it was before it joined its parts (string `+=`): the stored MARCXML must not change by one byte. */
function ropeWriter(record: MarcRecord): string {
  let out = `<record xmlns="${MARCXML_NS}">\n  <leader>${xmlText(record.leader ?? '')}</leader>\n`;
  for (const f of record.fields) {
    if (!('subfields' in f)) {
      out += `  <controlfield tag="${xmlAttr(f.tag)}">${xmlText(f.value)}</controlfield>\n`;
      continue;
    }
    out += `  <datafield tag="${xmlAttr(f.tag)}" ind1="${xmlAttr(f.ind1 || ' ')}" ind2="${xmlAttr(f.ind2 || ' ')}">\n`;
    for (const s of f.subfields) out += `    <subfield code="${xmlAttr(s.code)}">${xmlText(s.value)}</subfield>\n`;
    out += '  </datafield>\n';
  }
  return `${out}</record>`;
}

/** Parses with a strict XML parser (saxes throws on anything not well-formed) back into a MarcRecord. */
function parse(xml: string): MarcRecord & { ns: string } {
  const parser = new SaxesParser({ xmlns: true });
  const out: MarcRecord & { ns: string } = { leader: '', fields: [], ns: '' };
  let text = '';
  let attrs: Record<string, string> = {};
  parser.on('opentag', (t) => {
    text = '';
    attrs = Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, typeof v === 'string' ? v : v.value]));
    if (t.local === 'record') out.ns = t.uri;
    if (t.local === 'datafield') out.fields.push({ tag: attrs.tag, ind1: attrs.ind1, ind2: attrs.ind2, subfields: [] });
    if (t.local === 'subfield') {
      const f = out.fields[out.fields.length - 1];
      if ('subfields' in f) f.subfields.push({ code: attrs.code, value: '' });
    }
  });
  parser.on('text', (t) => (text += t));
  parser.on('closetag', (t) => {
    if (t.local === 'leader') out.leader = text;
    if (t.local === 'controlfield') out.fields.push({ tag: attrs.tag, value: text });
    if (t.local === 'subfield') {
      const f = out.fields[out.fields.length - 1];
      if ('subfields' in f) f.subfields[f.subfields.length - 1].value = text;
    }
  });
  parser.write(xml).close();
  return out;
}

describe('toMarcXml', () => {
  it('escapes markup characters and drops characters XML 1.0 forbids', () => {
    const record: MarcRecord = {
      leader: '00000nam a2200000 a 4500',
      fields: [
        { tag: '001', value: 'a&b<1>' },
        { tag: '245', ind1: '1', ind2: '4', subfields: [
          { code: 'a', value: '\u0098The \u009cA & B <C> "D" \u0001\u001bE\uffff' },
          { code: 'b', value: 'tab\there, line\nthere, cr\rend, lone \ud800 surrogate, pair 𠀀' },
        ] },
        { tag: '9"<', ind1: '&', ind2: '', subfields: [{ code: '"', value: 'x' }] },
      ],
    };
    const xml = toMarcXml(record);
    expect(xml.startsWith(`<record xmlns="${MARCXML_NS}">`)).toBe(true);
    expect(xml).toContain('<controlfield tag="001">a&amp;b&lt;1&gt;</controlfield>');
    expect(xml).toContain('<subfield code="a">The A &amp; B &lt;C&gt; "D" E</subfield>');
    expect(xml).toContain('<datafield tag="9&quot;&lt;" ind1="&amp;" ind2=" ">');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const back = parse(xml);
    expect(back.ns).toBe(MARCXML_NS);
    expect(back.leader).toBe(record.leader);
    expect(back.fields).toEqual([
      { tag: '001', value: 'a&b<1>' },
      { tag: '245', ind1: '1', ind2: '4', subfields: [
        { code: 'a', value: 'The A & B <C> "D" E' },
        { code: 'b', value: 'tab\there, line\nthere, cr\rend, lone  surrogate, pair 𠀀' },
      ] },
      { tag: '9"<', ind1: '&', ind2: ' ', subfields: [{ code: '"', value: 'x' }] },
    ]);
  });

  it('keeps Chinese text verbatim', () => {
    const [r] = asMarcRecords(cnmarcSamples());
    const back = parse(toMarcXml(r));
    expect(back.fields).toEqual(r.fields);
  });

  it('writes the same bytes as the rope-building writer it replaced, for every fixture record', async () => {
    const records = [...(await fixtureRecords()), ...asMarcRecords(cnmarcSamples()), ...asMarcRecords(syntheticCnmarcRecords(200))];
    expect(records.length).toBeGreaterThan(500);
    const damaged: MarcRecord = {
      leader: '00000nam\u0000a2200000 a 4500',
      fields: [{ tag: '0"1', value: '\r\n\t' }, { tag: '245', ind1: '', ind2: '<', subfields: [{ code: '&', value: '\ud800x\udc00 \uffff\u0085' }] }],
    };
    for (const r of [...records, damaged]) expect(toMarcXml(r)).toBe(ropeWriter(r));
  });
});

