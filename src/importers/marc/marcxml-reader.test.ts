import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dataFields, subfieldValues, controlValue, type MarcRecord, type ReadResult } from './marc-record.js';
import { marcXmlCollection } from './marcxml-writer.js';
import { detectDialect, readMarc, UnsupportedFormatError } from './read-marc.js';

async function collect(source: { bytes: Buffer } | { text: string }, opts: { chunkSize?: number; format?: 'auto' | 'marcxml'; encoding?: string } = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readMarc(source, { format: opts.format ?? 'auto', encoding: opts.encoding ?? 'auto', chunkSize: opts.chunkSize })) out.push(r);
  return out;
}
const xml = (s: string) => ({ bytes: Buffer.from(s, 'utf8') });
const title = (r: ReadResult): string => subfieldValues(dataFields(r.record as MarcRecord, '245')[0], 'a')[0];

const REC = (t: string, id = '1') =>
  `<record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">${id}</controlfield>` +
  `<datafield tag="245" ind1="1" ind2="0"><subfield code="a">${t}</subfield></datafield></record>`;

describe('MARCXML namespaces and envelopes', () => {
  it('default namespace, a prefix, no namespace, a bare record', async () => {
    const docs = [
      `<collection xmlns="http://www.loc.gov/MARC21/slim">${REC('A')}${REC('B')}</collection>`,
      `<?xml version="1.0"?><marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">${REC('A').replace(/<(\/?)/g, '<$1marc:')}${REC('B').replace(/<(\/?)/g, '<$1marc:')}</marc:collection>`,
      `<collection>${REC('A')}${REC('B')}</collection>`,
    ];
    for (const d of docs) expect((await collect(xml(d))).map(title)).toEqual(['A', 'B']);
    const single = await collect(xml(`<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader><datafield tag="245" ind1="0" ind2="0"><subfield code="a">Only</subfield></datafield></record>`));
    expect(single.map(title)).toEqual(['Only']);
  });

  it('OAI-PMH ListRecords: the envelope <record> is not a MARC record', async () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-01-01T00:00:00Z</responseDate>
<request verb="ListRecords" metadataPrefix="marc21">https://example.org/oai</request>
<ListRecords>
 <record><header><identifier>oai:x:1</identifier></header><metadata>
  <marc:record xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:leader>00000nam a2200000 a 4500</marc:leader>
   <marc:datafield tag="245" ind1="1" ind2="0"><marc:subfield code="a">First</marc:subfield></marc:datafield></marc:record>
 </metadata></record>
 <record><header status="deleted"><identifier>oai:x:2</identifier></header></record>
 <record><header><identifier>oai:x:3</identifier></header><metadata>
  <record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>
   <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Third</subfield></datafield></record>
 </metadata></record>
 <resumptionToken>abc</resumptionToken>
</ListRecords></OAI-PMH>`;
    const rs = await collect(xml(doc));
    expect(rs.map(title)).toEqual(['First', 'Third']);
    expect(rs.map((r) => r.position)).toEqual([1, 2]);
  });

  it('SRU searchRetrieveResponse with recordData', async () => {
    const doc = `<zs:searchRetrieveResponse xmlns:zs="http://docs.oasis-open.org/ns/search-ws/sruResponse"><zs:numberOfRecords>2</zs:numberOfRecords><zs:records>
<zs:record><zs:recordSchema>marcxml</zs:recordSchema><zs:recordData>${REC('Eins')}</zs:recordData><zs:recordPosition>1</zs:recordPosition></zs:record>
<zs:record><zs:recordSchema>marcxml</zs:recordSchema><zs:recordData>${REC('Zwei')}</zs:recordData><zs:recordPosition>2</zs:recordPosition></zs:record>
</zs:records></zs:searchRetrieveResponse>`;
    expect((await collect(xml(doc))).map(title)).toEqual(['Eins', 'Zwei']);
  });

  it('SRU with recordPacking "string": the escaped MARCXML inside recordData is parsed', async () => {
    const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const doc = `<searchRetrieveResponse xmlns="http://www.loc.gov/zing/srw/"><numberOfRecords>2</numberOfRecords><records>
<record><recordSchema>marcxml</recordSchema><recordPacking>string</recordPacking><recordData>${esc(`<record xmlns="http://www.loc.gov/MARC21/slim">${REC('Packed &amp; escaped').slice(8)}`)}</recordData></record>
<record><recordSchema>marcxml</recordSchema><recordPacking>string</recordPacking><recordData>${esc('<record><leader>00000nam a2200000 a 4500</leader><datafield tag="245"')}</recordData></record>
</records></searchRetrieveResponse>`;
    const rs = await collect(xml(doc));
    expect(rs.map((r) => (r.record ? title(r) : 'ERR'))).toEqual(['Packed & escaped', 'ERR']);
    expect(rs[1].error).toMatch(/^in the string-packed record of recordData ending at line 3: malformed XML at line 1, column \d+: /);
  });

  it('a pretty-printed leader is trimmed', async () => {
    const [r] = await collect(xml(`<collection><record><leader>\n   00000nam a2200000 a 4500\n  </leader></record></collection>`));
    expect(r.record?.leader).toBe('00000nam a2200000 a 4500');
    expect(r.warnings).toEqual([]);
  });

  it('UNIMARC XML (same element names) is recognised as UNIMARC', async () => {
    const doc = `<collection><record><leader>00000nam0 2200000   450 </leader><controlfield tag="001">cn1</controlfield>
<datafield tag="010" ind1=" " ind2=" "><subfield code="a">978-7-111-12345-6</subfield></datafield>
<datafield tag="100" ind1=" " ind2=" "><subfield code="a">20200315d2020    em y0chiy50      ea</subfield></datafield>
<datafield tag="200" ind1="1" ind2=" "><subfield code="a">中文题名</subfield><subfield code="f">责任者</subfield></datafield>
</record></collection>`;
    const [r] = await collect(xml(doc));
    expect(detectDialect(r.record as MarcRecord)).toBe('unimarc');
    expect(subfieldValues(dataFields(r.record as MarcRecord, '200')[0], 'a')).toEqual(['中文题名']);
  });

  it('type="Holdings" with a bibliographic leader/06 is warned about', async () => {
    const doc = `<collection><record type="Holdings"><leader>00000nam a2200000 a 4500</leader><controlfield tag="004">9</controlfield></record></collection>`;
    const [r] = await collect(xml(doc));
    expect(r.warnings).toEqual(['type="Holdings" but leader/06 is "a", not a holdings type (u, v, x, y)']);
  });
});

describe('MARCXML errors and encodings', () => {
  it('malformed XML: records before the error, then one rejected result with line and column', async () => {
    const doc = `<collection>\n${REC('Good one')}\n${REC('Good two')}\n<record><leader>00000nam a2200000 a 4500</leader><datafield tag="245" ind1="1" ind2="0"><subfield code="a">Bad</subfeld></datafield></record>\n${REC('Never')}</collection>`;
    const rs = await collect(xml(doc));
    expect(rs.slice(0, 2).map(title)).toEqual(['Good one', 'Good two']);
    expect(rs).toHaveLength(3);
    expect(rs[2].record).toBeNull();
    expect(rs[2].position).toBe(3);
    expect(rs[2].error).toMatch(/^malformed XML at line 4, column \d+: unexpected close tag\.?$/);
  });

  it('truncated XML: the complete records, then a rejection', async () => {
    const doc = `<collection>${REC('Complete')}<record><leader>00000nam a2200000 a 4500</leader><datafield tag="245"`;
    const rs = await collect(xml(doc), { format: 'marcxml' });
    expect(rs.map((r) => (r.record ? title(r) : 'ERR'))).toEqual(['Complete', 'ERR']);
    expect(rs[1].error).toMatch(/^malformed XML at line 1, column \d+: /);
  });

  it('multi-byte characters split across chunks (1..7 bytes) are intact', async () => {
    const titles = ['汉字题名 ✓', 'Ελληνικά', '𠮷野家', 'Gemütlichkeit'];
    const doc = marcXmlCollection(titles.map((t, i) => ({ leader: '00000nam a2200000 a 4500', fields: [{ tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: t }] }, { tag: '001', value: String(i) }] })));
    for (const chunkSize of [1, 2, 3, 5, 7]) expect((await collect(xml(doc), { chunkSize })).map(title)).toEqual(titles);
  });

  it('honours the XML declaration (ISO-8859-1), a UTF-16 BOM, and a text source', async () => {
    const latin = `<?xml version="1.0" encoding="ISO-8859-1"?><collection>${REC('Société générale')}</collection>`;
    const [a] = await collect({ bytes: iconv.encode(latin, 'latin1') }, { chunkSize: 7 });
    expect(title(a)).toBe('Société générale');
    expect(a.encoding).toBe('iso-8859-1');
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`<?xml version="1.0" encoding="UTF-16"?><collection>${REC('中文 UTF-16')}</collection>`, 'utf-16le')]);
    const [b] = await collect({ bytes: u16 }, { chunkSize: 5 });
    expect(title(b)).toBe('中文 UTF-16');
    // a string is Unicode already, whatever its declaration says
    const [c] = await collect({ text: latin });
    expect(title(c)).toBe('Société générale');
  });

  it('NFC-normalises decomposed text', async () => {
    const [r] = await collect(xml(`<collection>${REC('Caf\u0065\u0301')}</collection>`));
    expect(title(r)).toBe('Café');
  });

  it('XML whose records are MODS (format forced): UnsupportedFormatError when nothing was MARC', async () => {
    const doc = `<zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:records><zs:record><zs:recordData><mods xmlns="http://www.loc.gov/mods/v3"><titleInfo><title>X</title></titleInfo></mods></zs:recordData></zs:record></zs:records></zs:searchRetrieveResponse>`;
    await expect(collect(xml(doc), { format: 'marcxml' })).rejects.toThrow(UnsupportedFormatError);
    await expect(collect(xml(doc), { format: 'marcxml' })).rejects.toThrow(/looks like MODS XML \(1 records, root <zs:searchRetrieveResponse>\), no MARC records/);
  });

  it('an SRU response with no records yields nothing', async () => {
    const doc = `<zs:searchRetrieveResponse xmlns:zs="http://docs.oasis-open.org/ns/search-ws/sruResponse"><zs:numberOfRecords>0</zs:numberOfRecords></zs:searchRetrieveResponse>`;
    expect(await collect(xml(doc))).toEqual([]);
  });

  it('control fields keep their value verbatim', async () => {
    const [r] = await collect(xml(`<collection><record><leader>00000nam a2200000 a 4500</leader><controlfield tag="008">200315s2020    cc            000 0 chi d</controlfield></record></collection>`));
    expect(controlValue(r.record as MarcRecord, '008')).toBe('200315s2020    cc            000 0 chi d');
  });
});
