import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { asMarcRecords, buildCnmarcIso2709, cnmarc100, cnmarcSamples, isbn13, syntheticCnmarcRecords } from './cnmarc-sample.js';
import { mapRecord } from './map-record.js';
import type { MarcField, MarcRecord } from './marc-record.js';

interface Parsed {
  leader: string;
  /** raw bytes of each field, terminator excluded */
  raw: { tag: string; bytes: Buffer }[];
}

/** A tiny ISO 2709 directory reader: checks the structure strictly, decodes nothing. */
function readDirectory(buf: Buffer): Parsed[] {
  const out: Parsed[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const leader = buf.toString('latin1', pos, pos + 24);
    const length = Number(leader.slice(0, 5));
    const base = Number(leader.slice(12, 17));
    expect(leader.slice(10, 12)).toBe('22');
    expect(leader.slice(20, 24)).toBe('450 ');
    const rec = buf.subarray(pos, pos + length);
    expect(rec.length).toBe(length);
    expect(rec[length - 1]).toBe(0x1d);
    expect(rec[base - 1]).toBe(0x1e);
    expect((base - 25) % 12).toBe(0);
    const raw: Parsed['raw'] = [];
    for (let d = 24; d < base - 1; d += 12) {
      const tag = rec.toString('latin1', d, d + 3);
      const len = Number(rec.toString('latin1', d + 3, d + 7));
      const start = Number(rec.toString('latin1', d + 7, d + 12));
      expect(rec[base + start + len - 1]).toBe(0x1e);
      raw.push({ tag, bytes: rec.subarray(base + start, base + start + len - 1) });
    }
    const last = raw[raw.length - 1];
    expect(last.bytes.byteOffset - rec.byteOffset + last.bytes.length + 2).toBe(length); // field terminator + record terminator
    out.push({ leader, raw });
    pos += length;
  }
  return out;
}

function decode(p: Parsed, encoding: string): MarcRecord {
  const fields: MarcField[] = p.raw.map(({ tag, bytes }) => {
    const text = iconv.decode(bytes, encoding);
    if (tag < '010') return { tag, value: text };
    const [ind, ...subs] = text.split('\x1f');
    return { tag, ind1: ind[0], ind2: ind[1], subfields: subs.map((s) => ({ code: s[0], value: s.slice(1) })) };
  });
  return { leader: p.leader, fields };
}

const subfield = (r: MarcRecord, tag: string, code: string): string | undefined => {
  const f = r.fields.find((x) => x.tag === tag);
  return f && 'subfields' in f ? f.subfields.find((s) => s.code === code)?.value : undefined;
};

describe('buildCnmarcIso2709', () => {
  it('writes GB18030 records whose directory, lengths and terminators are right, and whose 200 decodes', () => {
    const samples = cnmarcSamples();
    const buf = buildCnmarcIso2709(samples, 'gb18030');
    const parsed = readDirectory(buf);
    expect(parsed).toHaveLength(samples.length);
    const first = parsed[0];
    expect(first.leader).toMatch(/^\d{5}nam0 22\d{5}   450 $/);
    const f200 = first.raw.find((f) => f.tag === '200')!;
    expect(f200.bytes.includes(iconv.encode('数据结构', 'gb18030'))).toBe(true);
    expect(f200.bytes.includes(Buffer.from('数据结构', 'utf8'))).toBe(false);
    const records = parsed.map((p) => decode(p, 'gb18030'));
    expect(subfield(records[0], '200', 'a')).toBe('数据结构');
    expect(subfield(records[1], '200', 'a')).toBe('數據結構'); // traditional characters survive GB18030
    expect(subfield(records[2], '210', 'c')).toBe('全華圖書');
    expect(subfield(records[0], '100', 'a')?.slice(26, 30)).toBe('0120');
    expect(records[6].leader.slice(5, 10)).toBe('nas0 ');
    // apart from the charset positions of 100, the records come back as built
    const strip100 = (r: MarcRecord) => r.fields.filter((f) => f.tag !== '100');
    expect(records.map(strip100)).toEqual(asMarcRecords(samples).map(strip100));
  });

  it('writes UTF-8 with 100 $a/26-29 = 50 and byte (not character) lengths', () => {
    const samples = cnmarcSamples();
    const utf8 = buildCnmarcIso2709(samples, 'utf8');
    const gb = buildCnmarcIso2709(samples, 'gb18030');
    expect(utf8.length).toBeGreaterThan(gb.length); // 3 bytes per Han character instead of 2
    const records = readDirectory(utf8).map((p) => decode(p, 'utf8'));
    expect(subfield(records[0], '200', 'a')).toBe('数据结构');
    expect(subfield(records[0], '100', 'a')).toBe(cnmarc100('20200101', '2020'));
    expect(subfield(records[0], '100', 'a')?.slice(26, 30)).toBe('50  ');
  });

  it('produces records the mapper reads', () => {
    const records = readDirectory(buildCnmarcIso2709(cnmarcSamples(), 'gb18030')).map((p) => decode(p, 'gb18030'));
    const m = mapRecord(records[0], 'unimarc');
    expect(m.core).toMatchObject({ title: '数据结构 : C语言版', publisher: '清华大学出版社', year: 2020, clc: 'TP311.12', language: 'chi' });
    expect(m.problems).toEqual([]);
  });

  it('builds large synthetic files (benchmark input) with valid ISBNs and unique IDs', () => {
    const synthetic = syntheticCnmarcRecords(5000);
    const buf = buildCnmarcIso2709(synthetic, 'gb18030');
    const parsed = readDirectory(buf);
    expect(parsed).toHaveLength(5000);
    const mapped = parsed.slice(0, 200).map((p) => mapRecord(decode(p, 'gb18030'), 'unimarc'));
    expect(mapped.every((m) => m.core.isbns?.length === 1 && m.problems.length === 0)).toBe(true);
    expect(new Set(synthetic.map((r) => r.fields[0] && 'value' in r.fields[0] && r.fields[0].value)).size).toBe(5000);
  });

  it('refuses fields and records too long for ISO 2709', () => {
    const big = { fields: [{ tag: '330', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '长'.repeat(5000) }] }] };
    expect(() => buildCnmarcIso2709([big], 'gb18030')).toThrow(/field 330 length/);
  });

  it('computes ISBN-13 check digits', () => {
    expect(isbn13('978730214751')).toBe('9787302147510');
    expect(isbn13('978030640615')).toBe('9780306406157');
  });
});
