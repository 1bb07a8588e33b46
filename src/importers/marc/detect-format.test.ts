import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectDialect } from './detect-dialect.js';
import { detectFormat, UnsupportedFormatError } from './detect-format.js';
import { writeIso2709 } from './iso2709-writer.js';
import type { MarcRecord } from './marc-record.js';
import { readMarc } from './read-marc.js';

const SHARED = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));
const head = (rel: string): Buffer => readFileSync(SHARED + rel).subarray(0, 8192);
const b = (s: string): Buffer => Buffer.from(s, 'utf8');

const iso = writeIso2709({
  leader: '00000nam a2200000 a 4500',
  fields: [{ tag: '001', value: 'x' }, { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'T' }] }],
});

describe('detectFormat', () => {
  it('recognises the three MARC serialisations', () => {
    expect(detectFormat(iso)).toEqual({ format: 'iso2709' });
    expect(detectFormat(Buffer.concat([b('\n\n'), iso]))).toEqual({ format: 'iso2709' });
    expect(detectFormat(Buffer.concat([b('junk before the first record '), iso]))).toEqual({ format: 'iso2709' });
    expect(detectFormat(head('marc/marcxml/pymarc-batch.xml'))).toEqual({ format: 'marcxml' });
    expect(detectFormat(head('marc/edge-cases/pymarc-bad_tag.xml'))).toEqual({ format: 'marcxml' });
    expect(detectFormat(b('\ufeff<?xml version="1.0"?><OAI-PMH><ListRecords><record><metadata><marc:record><marc:leader>'))).toEqual({ format: 'marcxml' });
    expect(detectFormat(head('marc/opac-holdings/modrs-alma-princeton-notfound.xml'))).toEqual({ format: 'marcxml' });
    expect(detectFormat(head('marc/marc-json/pymarc-batch.json'))).toEqual({ format: 'json' });
    expect(detectFormat(b('{"leader":"00000nam a2200000 a 4500","fields":[]}\n{"leader"'))).toEqual({ format: 'json' });
  });

  it('names what other files look like', () => {
    const cases: Array<[Buffer, RegExp]> = [
      [head('marc/unimarc/qa-unimarc.mrctxt'), /^line-per-field MARC text \("010 {3}\$a2-07-010796-5\$brel\.\$d148 FRF"\)$/],
      [b('=LDR  00000nam  2200000 a 4500\n=001  x\n=245  10$aTitle\n'), /^MarcEdit mnemonic text \(\.mrk: "=LDR {2}00000nam {2}2200000 a 4500"\)$/],
      [b('000000001 FMT   L BK\n000000001 LDR   L 00000nam^^2200000^a^4500\n'), /^Aleph sequential MARC text/],
      [head('marc/opac-holdings/modrs-jiscdiscover-jd_rec_id_2231751908.xml'), /^MODS XML \(<mods …> in an SRU response\)$/],
      [head('marc/opac-holdings/modrs-wms-lfmm.xml'), /^TurboMARC XML/],
      [head('marc/opac-holdings/modrs-jiscdiscover-item_6172245.json'), /^JSON from a search or discovery service \(keys: hits, next-page, records\)$/],
      [head('counter/r5/Sample-PR.json'), /^a COUNTER report in JSON \(keys: Report_Header, Report_Items\)$/],
      [head('kbart/folio-Testdata_KBART_AnnualReviews.tsv'), /^a KBART title list \(tab-separated, "publication_title/],
      [head('iso18626/modrs-it-patronRequest.xml'), /^an ISO 18626 interlibrary loan message$/],
      [head('iso18626/xsd/ISO-18626-v1_2.xsd'), /^an XML schema \(XSD\)$/],
      [b('<html><body>hello</body></html>'), /^XML with root element <html> and no MARC record elements/],
      [b('%PDF-1.7\n...'), /^a PDF document$/],
      [b('PK\x03\x04....'), /^a ZIP archive/],
      [gzipSync(iso), /^gzip-compressed data \(decompress it first\)$/],
      [b(''), /^an empty file$/],
      [b('Dear librarian,\nplease find attached our catalogue.\n'), /^plain text \("Dear librarian, please find attached our…"\)$/],
      [b('{"foo": 1}'), /^JSON that is not MARC-in-JSON \(no "leader" and "fields"\) \(keys: foo\)$/],
    ];
    for (const [bytes, re] of cases) {
      const d = detectFormat(bytes);
      expect('unsupported' in d ? d.unsupported : d.format).toMatch(re);
    }
  });

  it('readMarc throws UnsupportedFormatError with the file name before yielding anything', async () => {
    const it = readMarc({ bytes: head('marc/unimarc/qa-unimarc.mrctxt') }, { format: 'auto', encoding: 'auto', fileName: 'export.txt' });
    await expect(it.next()).rejects.toThrow(
      'unsupported format: export.txt looks like line-per-field MARC text ("010   $a2-07-010796-5$brel.$d148 FRF"), not ISO 2709, MARCXML or MARC-in-JSON',
    );
  });

  it('UnsupportedFormatError carries the file name and the description', () => {
    const e = new UnsupportedFormatError('x.bin', 'a PDF document');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('UnsupportedFormatError');
    expect([e.fileName, e.looksLike]).toEqual(['x.bin', 'a PDF document']);
  });
});

describe('detectDialect', () => {
  const r = (leader: string, fields: MarcRecord['fields']): MarcRecord => ({ leader, fields });
  it('MARC 21 by 245/008/020, UNIMARC by 200/100/010', () => {
    expect(detectDialect(r('00000nam a2200000 a 4500', [
      { tag: '008', value: '200315s2020    xx            000 0 eng d' },
      { tag: '020', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '9780000000002' }] },
      { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'T' }] },
    ]))).toBe('marc21');
    expect(detectDialect(r('00000nam0 2200000   450 ', [
      { tag: '010', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '978-7-111-12345-6' }] },
      { tag: '100', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '20200315d2020    em y0chiy50      ea' }] },
      { tag: '200', ind1: '1', ind2: ' ', subfields: [{ code: 'a', value: '题名' }] },
    ]))).toBe('unimarc');
    // MARC 21 100 is a personal name, not processing data
    expect(detectDialect(r('00000nam a2200000 a 4500', [
      { tag: '100', ind1: '1', ind2: ' ', subfields: [{ code: 'a', value: 'Smith, John,' }] },
      { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'T' }] },
    ]))).toBe('marc21');
    // nothing to go on: MARC 21
    expect(detectDialect(r('00000nam a2200000 a 4500', [{ tag: '001', value: 'x' }]))).toBe('marc21');
  });
});
