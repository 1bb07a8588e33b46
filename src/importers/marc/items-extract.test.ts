import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asMarcRecords, cnmarcSamples } from './cnmarc-sample.js';
import type { ItemProfile } from './item-profiles.js';
import { accessionRangeSize, extractItems, holdingsFromMfhd } from './items-extract.js';
import type { MarcControlField, MarcDataField, MarcField, MarcRecord } from './marc-record.js';

const cf = (tag: string, value: string): MarcControlField => ({ tag, value });
const df = (tag: string, ind: string, ...pairs: string[]): MarcDataField => {
  const subfields = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) subfields.push({ code: pairs[i], value: pairs[i + 1] });
  return { tag, ind1: ind.charAt(0) || ' ', ind2: ind.charAt(1) || ' ', subfields };
};
const rec = (...fields: MarcField[]): MarcRecord => ({ leader: '00000nam a2200000 a 4500', fields });
const fixture = (path: string) => new URL(`../../../../shared/fixtures/marc/${path}`, import.meta.url);

/** The datafields of one tag in a MARCXML fixture (a regex is enough for these well-formed files). */
function xmlFields(path: string, tag: string): MarcDataField[] {
  const xml = readFileSync(fixture(path), 'utf8');
  const out: MarcDataField[] = [];
  const field = new RegExp(`<(?:marc:)?datafield tag="${tag}" ind1="(.)" ind2="(.)">([\\s\\S]*?)</(?:marc:)?datafield>`, 'g');
  for (const m of xml.matchAll(field)) {
    const subfields = [...m[3].matchAll(/<(?:marc:)?subfield code="(.)">([\s\S]*?)<\/(?:marc:)?subfield>/g)].map((s) => ({ code: s[1], value: s[2].replace(/&amp;/g, '&') }));
    out.push({ tag, ind1: m[1], ind2: m[2], subfields });
  }
  return out;
}

describe('extractItems: MARC 21', () => {
  it('852 with linked 876 items: one item per barcode, status from 876 $j', () => {
    const r = rec(
      df('852', '0 ', '8', '1', 'b', 'firestone', 'c', 'stacks', 'h', 'HG2481', 'i', '.C42 1997', 't', '1'),
      df('876', '  ', '8', '1.1', 'p', '32101012345678', 'j', 'Item in place'),
      df('876', '  ', '8', '1.2', 'p', '32101012345679', 'j', 'On loan'),
      df('852', '0 ', '8', '2', 'b', 'annex', 'j', 'ANX 123'),
    );
    expect(extractItems(r, 'marc21')).toEqual([
      { itemId: '32101012345678', location: 'firestone / stacks', callNumber: 'HG2481 .C42 1997', copies: 1, available: 1, lendable: null },
      { itemId: '32101012345679', location: 'firestone / stacks', callNumber: 'HG2481 .C42 1997', copies: 1, available: 0, lendable: null },
      { itemId: null, location: 'annex', callNumber: 'ANX 123', copies: 1, available: null, lendable: null },
    ]);
  });

  it('852 fields without barcodes group per location', () => {
    const r = rec(df('852', '  ', 'b', 'MAIN', 'h', 'QA76'), df('852', '  ', 'b', 'MAIN', 'h', 'QA76'), df('852', '  ', 'b', 'LAW', 'k', 'REF', 'h', 'K1'));
    expect(extractItems(r, 'marc21')).toEqual([
      { itemId: null, location: 'MAIN', callNumber: 'QA76', copies: 2, available: null, lendable: null },
      { itemId: null, location: 'LAW', callNumber: 'REF K1', copies: 1, available: null, lendable: null },
    ]);
  });

  it('Koha 952 (real export): barcode, branch / shelving location, checked out → not available', () => {
    const [item] = xmlFields('opac-holdings/modrs-koha-chatham_checked_out.xml', '952');
    const notForLoan = df('952', '  ', '7', '1', 'a', 'CHATHAM', 'c', 'REF', 'o', '580 X', 'p', '31437000000001');
    const lost = df('952', '  ', '1', '1', 'a', 'CHATHAM', 'c', 'CIRC2', 'p', '31437000000002');
    expect(extractItems(rec(item, notForLoan, lost), 'marc21')).toEqual([
      { itemId: '31437000069572', location: 'CHATHAM / CIRC2', callNumber: '580.1 G733v', copies: 1, available: 0, lendable: true },
      { itemId: '31437000000001', location: 'CHATHAM / REF', callNumber: '580 X', copies: 1, available: 1, lendable: false },
      { itemId: '31437000000002', location: 'CHATHAM / CIRC2', callNumber: null, copies: 1, available: 0, lendable: true },
    ]);
    const [onShelf] = xmlFields('opac-holdings/modrs-koha-chatham.xml', '952');
    expect(extractItems(rec(onShelf), 'marc21')[0]).toMatchObject({ itemId: '31437000069572', available: 1, lendable: true });
  });

  it('ReShare shared-index 999 (real record): items with ISIL / location, LOANABLE; FOLIO 999 ids skipped', () => {
    const fields = xmlFields('marcxml/modrs-bibrecord_01.xml', '999');
    const items = extractItems(rec(...fields), 'marc21');
    expect(items).toHaveLength(8);
    expect(items[0]).toEqual({ itemId: '30101023439896', location: 'ISIL:US-MNMANS / GEN', callNumber: 'H62 .Y56 2014', copies: 1, available: null, lendable: true });
    expect(items.filter((i) => i.lendable === false).map((i) => i.location)).toEqual(['ISIL:US-MNU / TWILSREF', 'ISIL:US-MNU / TLAWREF', 'ISIL:US-MNU / MBRIGREF']);
  });

  it('SirsiDynix 999, III 949 and Aleph Z30 items', () => {
    const r = rec(
      df('999', '  ', 'a', 'PL2303 .L8', 'w', 'LC', 'c', '1', 'i', '36105001', 'l', 'STACKS', 'm', 'GREEN', 't', 'BOOK'),
      df('999', '  ', 'a', 'PL2303 .L8', 'w', 'LC', 'c', '2', 'i', '36105002', 'k', 'CHECKEDOUT', 'l', 'STACKS', 'm', 'GREEN', 't', 'BOOK'),
      df('949', ' 1', 'a', 'PL2303', 'b', '.L8', 'i', '3000001', 'l', 'main'),
      df('Z30', '-1', '1', 'NVVST', 'A', 'Stockholm', '2', 'MON', '3', '12 Geovetenskaper', '5', 'NV0001', 'F', 'Referenslån', 'P', 'Saknas'),
    );
    expect(extractItems(r, 'marc21')).toEqual([
      { itemId: '36105001', location: 'GREEN / STACKS', callNumber: 'PL2303 .L8', copies: 1, available: 1, lendable: null },
      { itemId: '36105002', location: 'GREEN / STACKS', callNumber: 'PL2303 .L8', copies: 1, available: 0, lendable: null },
      { itemId: '3000001', location: 'main', callNumber: 'PL2303 .L8', copies: 1, available: null, lendable: null },
      { itemId: 'NV0001', location: 'NVVST / MON', callNumber: '12 Geovetenskaper', copies: 1, available: 0, lendable: false },
    ]);
  });

  it('a bib without holdings fields has no items; a custom profile reads a local layout', () => {
    expect(extractItems(rec(cf('001', '1'), df('245', '00', 'a', 'T')), 'marc21')).toEqual([]);
    const local996: ItemProfile = { tag: '996', id: ['b'], location: [['l']], callNumber: (f) => f.subfields.find((s) => s.code === 'h')?.value ?? null };
    expect(extractItems(rec(df('996', '  ', 'b', 'X1', 'l', 'Main', 'h', 'QA1')), 'marc21', [local996])).toEqual([
      { itemId: 'X1', location: 'Main', callNumber: 'QA1', copies: 1, available: null, lendable: null },
    ]);
  });
});

describe('extractItems: UNIMARC / CNMARC', () => {
  it('Koha 995: barcode, branch / location, call number, circulation type and loans', () => {
    const r = rec(
      df('995', '  ', 'b', 'BIB1', 'c', 'BIB1', 'e', 'Salle A', 'k', '590 TET', 'f', '123456', 'o', '0'),
      df('995', '  ', 'b', 'BIB1', 'e', 'Salle A', 'k', '590 TET', 'f', '123457', 'n', '2024-01-01'),
      df('995', '  ', 'b', 'BIB2', 'e', 'Réserve', 'k', '590 TET', 'f', '123458', 'o', '1'),
    );
    expect(extractItems(r, 'unimarc')).toEqual([
      { itemId: '123456', location: 'BIB1 / Salle A', callNumber: '590 TET', copies: 1, available: 1, lendable: true },
      { itemId: '123457', location: 'BIB1 / Salle A', callNumber: '590 TET', copies: 1, available: 0, lendable: true },
      { itemId: '123458', location: 'BIB2 / Réserve', callNumber: '590 TET', copies: 1, available: 1, lendable: false },
    ]);
  });

  it('CNMARC 905: one item per $b, accession ranges counted, $f copies, class/book number call number', () => {
    const [dsa, , , net7, net8, , serial] = asMarcRecords(cnmarcSamples());
    expect(extractItems(dsa, 'unimarc')).toEqual([
      { itemId: 'C0100001', location: '清华大学图书馆', callNumber: 'TP311.12/123', copies: 1, available: null, lendable: null },
      { itemId: 'C0100002', location: '清华大学图书馆', callNumber: 'TP311.12/123', copies: 1, available: null, lendable: null },
    ]);
    expect(extractItems(net7, 'unimarc')).toEqual([{ itemId: null, location: '北京大学图书馆', callNumber: 'TP393/56', copies: 1, available: null, lendable: null }]);
    expect(extractItems(net8, 'unimarc')).toEqual([{ itemId: '20295403-5408', location: '北京大学图书馆', callNumber: 'TP393/56', copies: 6, available: null, lendable: null }]);
    expect(extractItems(serial, 'unimarc')).toEqual([{ itemId: null, location: '国家图书馆', callNumber: 'G25/1', copies: 3, available: null, lendable: null }]);
    const vol = rec(df('905', '  ', 'a', 'TSG', 'c', '样本书库', 'b', 'D001669', 'b', 'D001705', 'd', 'I247.5/12', 'f', '上册'));
    expect(extractItems(vol, 'unimarc').map((i) => [i.itemId, i.location, i.callNumber])).toEqual([
      ['D001669', 'TSG / 样本书库', 'I247.5/12:上册'],
      ['D001705', 'TSG / 样本书库', 'I247.5/12:上册'],
    ]);
  });

  it('counts abbreviated accession ranges only', () => {
    expect(accessionRangeSize('20295403-5408')).toBe(6);
    expect(accessionRangeSize('D040394-5')).toBe(2);
    expect(accessionRangeSize('C0100001')).toBe(1);
    expect(accessionRangeSize('978-7-302')).toBe(1);
    expect(accessionRangeSize('5408-20295403')).toBe(1);
  });
});

describe('holdingsFromMfhd', () => {
  /** ISO 2709, UTF-8 (the ZDB holdings fixture) */
  function readUtf8Iso2709(buf: Buffer): MarcRecord[] {
    const out: MarcRecord[] = [];
    for (let pos = 0; pos + 24 < buf.length; ) {
      const len = Number(buf.toString('latin1', pos, pos + 5));
      if (!len || pos + len > buf.length) break; // the ZDB fixture ends in a cut-off record
      const r = buf.subarray(pos, pos + len);
      pos += len;
      const leader = r.toString('latin1', 0, 24);
      const base = Number(leader.slice(12, 17));
      const fields: MarcField[] = [];
      for (let d = 24; r[d] !== 0x1e; d += 12) {
        const tag = r.toString('latin1', d, d + 3);
        const l = Number(r.toString('latin1', d + 3, d + 7));
        const s = Number(r.toString('latin1', d + 7, d + 12));
        const text = r.toString('utf8', base + s, base + s + l - 1);
        if (tag < '010') fields.push({ tag, value: text });
        else {
          const [ind, ...subs] = text.split('\x1f');
          fields.push({ tag, ind1: ind[0] ?? ' ', ind2: ind[1] ?? ' ', subfields: subs.map((x) => ({ code: x[0], value: x.slice(1) })) });
        }
      }
      out.push({ leader, fields });
    }
    return out;
  }

  it('reads real ZDB holdings records: 004 link, 852 split over fields, 866 summary', () => {
    const records = readUtf8Iso2709(readFileSync(fixture('marc21-holdings/xbib-zdblokutf8.mrc')));
    expect(records.length).toBe(292);
    expect(holdingsFromMfhd(records[0])).toEqual({
      bibLocalId: '010000011',
      items: [{ itemId: null, location: 'DE-4 / Wp 98/11', callNumber: null, copies: 1, available: null, lendable: null, note: '11.1969' }],
    });
    expect(holdingsFromMfhd(records[1]).items[0].location).toBe('DE-4-301');
    expect(records.every((r) => holdingsFromMfhd(r).bibLocalId !== null)).toBe(true);
  });

  it('reads a holdings record with call number and items', () => {
    const r: MarcRecord = {
      leader: '00000cx  a22000001n 4500',
      fields: [
        cf('001', 'h1'),
        cf('004', 'b42'),
        df('852', '01', 'a', 'CN-110000-1', 'b', '总馆', 'c', '中文图书借阅区', 'h', 'TP311.12', 'i', '123'),
        df('866', '41', '8', '0', 'a', '1-2'),
        df('876', '  ', 'p', 'C0001', 'j', '在架'),
        df('876', '  ', 'p', 'C0002', 'j', '借出', 'h', '不外借'),
      ],
    };
    expect(holdingsFromMfhd(r)).toEqual({
      bibLocalId: 'b42',
      items: [
        { itemId: 'C0001', location: 'CN-110000-1 / 总馆 / 中文图书借阅区', callNumber: 'TP311.12 123', copies: 1, available: 1, lendable: null, note: '1-2' },
        { itemId: 'C0002', location: 'CN-110000-1 / 总馆 / 中文图书借阅区', callNumber: 'TP311.12 123', copies: 1, available: 0, lendable: false, note: '1-2' },
      ],
    });
  });
});
