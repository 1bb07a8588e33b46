import { describe, expect, it } from 'vitest';
import { fixtureRecords } from '../../../test/support/marc-fixtures.js';
import { asMarcRecords, cnmarcSamples, syntheticCnmarcRecords } from './cnmarc-sample.js';
import { fromCompactMarc, toCompactMarc } from './marc-compact.js';
import type { MarcRecord } from './marc-record.js';
import { toMarcXml } from './to-marcxml.js';

/** Records no reader makes on purpose but a damaged file can: the stored form must keep them as they are. */
const awkward: MarcRecord[] = [
  { leader: '', fields: [] },
  { leader: 'short', fields: [{ tag: '001', value: '' }, { tag: '245', ind1: '', ind2: '', subfields: [] }] },
  {
    leader: '00000nam a2200000 i 4500',
    fields: [
      { tag: '001', value: 'id "quoted" \\ back\u0001slash' },
      { tag: '00X', value: '\ud800 lone surrogate, \udfff another, 😀 a pair, \u0000 NUL, \u001e\u001f\u001d separators' },
      { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: '红楼梦 <&> "Dream"' }, { code: '', value: '' }, { code: 'c', value: '\r\n\t' }] },
      { tag: 'ABC', ind1: 'xy', ind2: ' ', subfields: [{ code: 'ab', value: 'two-letter code' }] },
    ],
  },
];

describe('compact MARC (the stored form of a contributed record)', () => {
  it('gives back every record exactly, and so the MARCXML the API showed when MARCXML was stored', async () => {
    const records = [...(await fixtureRecords()), ...asMarcRecords(cnmarcSamples()), ...asMarcRecords(syntheticCnmarcRecords(200)), ...awkward];
    expect(records.length).toBeGreaterThan(500);
    for (const record of records) {
      const back = fromCompactMarc(toCompactMarc(record));
      expect(back).toEqual(record);
      expect(toMarcXml(back)).toBe(toMarcXml(record));
    }
  });

  it('is smaller than the MARCXML of the same records', async () => {
    const records = await fixtureRecords();
    const size = (f: (r: MarcRecord) => string) => records.reduce((n, r) => n + Buffer.byteLength(f(r)), 0);
    expect(size(toCompactMarc)).toBeLessThan(size(toMarcXml) * 0.6);
  });

  it('never holds U+0001, which a batch uses to join the records it writes', () => {
    expect(toCompactMarc(awkward[2])).not.toContain('\u0001');
  });

  it('refuses text it did not write', () => {
    expect(() => fromCompactMarc('<record/>')).toThrow();
    expect(() => fromCompactMarc('{"leader":"x"}')).toThrow('not a compact MARC record');
    expect(() => fromCompactMarc('["l", ["245", " ", " ", "a"]]')).toThrow('no value');
    expect(() => fromCompactMarc('["l", ["001"]]')).toThrow('not a compact MARC field at 1');
    expect(() => fromCompactMarc('["l", ["245", 1, 0]]')).toThrow('not a compact MARC field at 1');
  });
});
