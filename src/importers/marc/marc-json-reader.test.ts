import { describe, expect, it } from 'vitest';
import { dataFields, subfieldValues, controlValue, type MarcRecord, type ReadResult } from './marc-record.js';
import { readMarc, UnsupportedFormatError } from './read-marc.js';

async function collect(text: string, chunkSize?: number): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readMarc({ bytes: Buffer.from(text, 'utf8') }, { format: 'auto', encoding: 'auto', chunkSize })) out.push(r);
  return out;
}

const rec = (t: string, id: string) =>
  JSON.stringify({
    leader: '00000nam a2200000 a 4500',
    fields: [{ '001': id }, { '245': { ind1: '1', ind2: '0', subfields: [{ a: t }, { c: 'by "someone" {braces} [brackets]' }] } }],
  });
const title = (r: ReadResult): string => subfieldValues(dataFields(r.record as MarcRecord, '245')[0], 'a')[0];

describe('MARC-in-JSON', () => {
  it('one object, an array, newline-delimited records — in any chunking', async () => {
    const inputs = [
      `${rec('Solo', '1')}`,
      `[\n${rec('A', '1')},\n${rec('B', '2')}\n]`,
      `${rec('A', '1')}\n${rec('B', '2')}\n${rec('中文 ✓', '3')}\n`,
    ];
    const expected = [['Solo'], ['A', 'B'], ['A', 'B', '中文 ✓']];
    for (const [k, text] of inputs.entries()) {
      for (const chunkSize of [undefined, 1, 3, 17]) {
        const rs = await collect(text, chunkSize);
        expect(rs.map(title)).toEqual(expected[k]);
        expect(rs.every((r) => r.encoding === 'utf8' && r.error === null)).toBe(true);
      }
    }
  });

  it('keeps indicators, control fields and subfield order; accepts the flat {tag, subfields:[{code, value}]} variant', async () => {
    const flat = JSON.stringify({
      leader: '00000nam a2200000 a 4500',
      fields: [{ tag: '001', value: 'f1' }, { tag: '245', ind1: '0', ind2: '4', subfields: [{ code: 'a', value: 'The flat one' }, { code: 'b', value: 'sub' }] }],
    });
    const [r] = await collect(flat);
    expect(controlValue(r.record as MarcRecord, '001')).toBe('f1');
    expect(dataFields(r.record as MarcRecord, '245')[0]).toEqual({ tag: '245', ind1: '0', ind2: '4', subfields: [{ code: 'a', value: 'The flat one' }, { code: 'b', value: 'sub' }] });
  });

  it('a malformed element is rejected on its own; a truncated end is rejected', async () => {
    const text = `${rec('A', '1')}\n{"leader": "00000nam a2200000 a 4500", "fields": [ {"001": "x"} ,, ]}\n${rec('C', '3')}\n{"leader": "0000`;
    const rs = await collect(text);
    expect(rs.map((r) => (r.record ? title(r) : 'ERR'))).toEqual(['A', 'ERR', 'C', 'ERR']);
    expect(rs[1].error).toMatch(/^malformed JSON in the value starting at line 2: /);
    expect(rs[3].error).toBe('truncated JSON: the value starting at line 4 is not closed');
    expect(rs.map((r) => r.position)).toEqual([1, 2, 3, 4]);
  });

  it('a non-MARC element after MARC records is rejected; JSON that is not MARC at all is refused', async () => {
    const rs = await collect(`[${rec('A', '1')}, {"leader": "x", "title": "no fields"}]`);
    expect(rs[1].error).toBe('value at line 1: no "fields" array (not MARC-in-JSON)');
    expect(rs[1].warnings).toEqual([]);
    // detection sees "leader" and "fields" in the head, but the first value is not a record
    await expect(collect(`{"hits": 1, "example": {"leader": "x", "fields": []}}`)).rejects.toThrow(UnsupportedFormatError);
  });

  it('bad tags, indicators and subfield codes are kept with warnings', async () => {
    const [r] = await collect(JSON.stringify({ leader: '00000nam a2200000 a 4500', fields: [{ '42': { ind1: 'z', ind2: ' ', subfields: [{ A: 'x' }] } }] }));
    expect(r.record?.fields[0]).toEqual({ tag: '42', ind1: 'z', ind2: ' ', subfields: [{ code: 'A', value: 'x' }] });
    expect(r.warnings).toEqual(['invalid tag "42"', '42: invalid indicator 1 "z"', '42: invalid subfield code "A"']);
  });
});
