import { describe, expect, it } from 'vitest';
import type { MarcField, MarcRecord } from './marc-record.js';
import { parseIdField, recordId } from './record-id.js';

const rec = (...fields: MarcField[]): MarcRecord => ({ leader: '00000nam a2200000 a 4500', fields });
const control = (tag: string, value: string): MarcField => ({ tag, value });
const data = (tag: string, ...subfields: [string, string][]): MarcField => ({ tag, ind1: ' ', ind2: ' ', subfields: subfields.map(([code, value]) => ({ code, value })) });

describe('parseIdField', () => {
  it.each([
    ['907$a', { tag: '907', code: 'a' }],
    ['999$c', { tag: '999', code: 'c' }],
    ['001', { tag: '001', code: null }],
    ['003', { tag: '003', code: null }],
    [' 035$9 ', { tag: '035', code: '9' }],
  ])('%s is a field to read IDs from', (value, expected) => expect(parseIdField(value)).toEqual(expected));

  it.each([
    ['907', /907 is a data field: name its subfield/],
    ['001$a', /001 is a control field and has no subfields/],
    ['000', /leader/],
    ['90$a', /not a field/],
    ['907a', /not a field/],
    ['907$ab', /not a field/],
    ['', /not a field/],
  ])('%s is refused with the reason', (value, reason) => expect(parseIdField(value)).toEqual({ error: expect.stringMatching(reason) }));
});

describe('recordId', () => {
  it('takes 001 when there is one, with no warning', () => {
    expect(recordId(rec(control('001', ' ocm123 '), data('035', ['a', '(OCoLC)123'])), null)).toMatchObject({ id: 'ocm123', warning: null });
  });

  it('falls back to the first 035 $a, with a warning naming both', () => {
    const r = recordId(rec(data('035', ['z', 'cancelled']), data('035', ['a', '920189']), data('035', ['a', '(OCoLC)25091565'])), null);
    expect(r).toEqual({ id: '920189', from: { tag: '035', code: 'a' }, warning: 'no 001: record ID "920189" taken from 035$a' });
  });

  it('reads the named field first, then 001 and 035 $a with a warning', () => {
    const sierra = rec(control('001', 'ocm1'), data('907', ['a', '.b10000017']));
    expect(recordId(sierra, { tag: '907', code: 'a' })).toMatchObject({ id: '.b10000017', warning: null });
    expect(recordId(rec(control('001', 'ocm1')), { tag: '907', code: 'a' })).toMatchObject({ id: 'ocm1', warning: 'no 907$a: record ID "ocm1" taken from 001' });
    expect(recordId(rec(data('035', ['a', 'x1'])), { tag: '999', code: 'c' })).toMatchObject({ id: 'x1', warning: 'no 999$c or 001: record ID "x1" taken from 035$a' });
  });

  it('a control field named as the ID field is read as one', () => {
    expect(recordId(rec(control('001', 'a'), control('003', 'OCoLC')), { tag: '003', code: null })).toMatchObject({ id: 'OCoLC', warning: null });
  });

  it('rejects a record with none of them, naming what was looked for', () => {
    expect(recordId(rec(control('001', '   '), data('245', ['a', 'Title'])), { tag: '907', code: 'a' })).toEqual({
      id: null,
      reason: expect.stringMatching(/^no record identifier \(looked for 907\$a, 001, 035\$a\)/),
    });
    expect(recordId(rec(data('245', ['a', 'Title'])), null)).toEqual({ id: null, reason: expect.stringMatching(/looked for 001, 035\$a/) });
  });
});
