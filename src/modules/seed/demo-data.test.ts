import { describe, it, expect } from 'vitest';
import ISBN from 'isbn3';
import { buildDemoData, issnCheckDigit, type DemoData } from './demo-data.js';

const data: DemoData = buildDemoData();
const { members, records, holdings } = data;

function issnValid(issn: string): boolean {
  const m = /^(\d{4})-(\d{3})([\dX])$/.exec(issn);
  return m !== null && issnCheckDigit(`${m[1]}${m[2]}`) === m[3];
}

const holdersByRecord = new Map<string, Set<string>>();
for (const h of holdings) {
  const s = holdersByRecord.get(h.recordKey) ?? new Set<string>();
  s.add(h.memberCode);
  holdersByRecord.set(h.recordKey, s);
}

describe('buildDemoData', () => {
  it('is deterministic', () => {
    expect(buildDemoData()).toEqual(data);
  });

  it('produces counts in range', () => {
    expect(members.length).toBeGreaterThanOrEqual(35);
    expect(members.length).toBeLessThanOrEqual(50);
    expect(records.length).toBeGreaterThanOrEqual(3500);
    expect(records.length).toBeLessThanOrEqual(5000);
    expect(holdings.length).toBeGreaterThanOrEqual(15000);
    expect(holdings.length).toBeLessThanOrEqual(40000);
    const serials = records.filter((r) => r.format === 'SERIAL').length;
    expect(serials).toBeGreaterThanOrEqual(100);
    const chinese = records.filter((r) => r.language === 'chi').length / records.length;
    expect(chinese).toBeGreaterThan(0.5);
    expect(chinese).toBeLessThan(0.7);
  });

  it('has valid, unique ISIL codes', () => {
    const codes = members.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) {
      expect(c.length).toBeLessThanOrEqual(16);
      expect(c).toMatch(/^CN-[A-Za-z0-9\-/:]+$/);
    }
  });

  it('has a consortium tree: parents exist earlier, no cycles', () => {
    const seen = new Set<string>();
    const byCode = new Map(members.map((m) => [m.code, m]));
    for (const m of members) {
      if (m.parentCode !== null) expect(seen.has(m.parentCode)).toBe(true);
      seen.add(m.code);
      const path = new Set<string>();
      for (let cur: string | null = m.code; cur !== null; cur = byCode.get(cur)?.parentCode ?? null) {
        expect(path.has(cur)).toBe(false);
        path.add(cur);
      }
    }
    const roots = members.filter((m) => m.parentCode === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.type).toBe('CONSORTIUM');
    expect(members.filter((m) => m.type === 'CENTRE').length).toBeGreaterThanOrEqual(3);
    expect(members.filter((m) => m.type === 'BRANCH').length).toBeGreaterThanOrEqual(5);
    expect(members.some((m) => m.status === 'INACTIVE')).toBe(true);
    expect(members.some((m) => !m.lendsForIll && m.type !== 'CONSORTIUM')).toBe(true);
  });

  it('has only valid ISBN-13s and ISSNs, unique record keys and identifiers', () => {
    expect(new Set(records.map((r) => r.key)).size).toBe(records.length);
    const isbns = records.flatMap((r) => r.isbns);
    expect(new Set(isbns).size).toBe(isbns.length);
    expect(isbns.filter((isbn) => !/^97[89]\d{10}$/.test(isbn) || ISBN.parse(isbn)?.isIsbn13 !== true)).toEqual([]);
    const issns = records.flatMap((r) => r.issns);
    expect(new Set(issns).size).toBe(issns.length);
    expect(issns.filter((issn) => !issnValid(issn))).toEqual([]);
    for (const r of records) {
      if (r.format === 'SERIAL') expect(r.issns.length).toBeGreaterThan(0);
      else expect(r.isbns.length).toBeGreaterThan(0);
    }
  });

  it('keeps the fixed records in place', () => {
    const [first, second] = records;
    expect(first).toMatchObject({ key: 'demo-000001', title: '傲慢与偏见', publisher: '人民文学出版社', language: 'chi', isbns: ['9787020002207'] });
    expect(second).toMatchObject({ key: 'demo-000002', title: 'Pride and Prejudice', language: 'eng', isbns: ['9780141439518'] });
    expect(records.filter((r) => r.title.includes('数据结构')).length).toBeGreaterThanOrEqual(3);
    expect(records.some((r) => r.title === '中国 近代史 纲要')).toBe(true);
    expect(records.some((r) => r.title === 'Les Misérables')).toBe(true);
    const serial = records.find((r) => r.title === '中国图书馆学报');
    expect(serial?.issns).toEqual(['1001-8867']);
    expect(records.find((r) => r.title === '计算机学报')?.issns).toEqual(['0254-4164']);
  });

  it('has consistent holdings', () => {
    const memberCodes = new Set(members.map((m) => m.code));
    const recordKeys = new Set(records.map((r) => r.key));
    const lenders = new Map(members.map((m) => [m.code, m.lendsForIll]));
    const localIds = new Set<string>();
    const bad: string[] = [];
    for (const h of holdings) {
      const id = `${h.memberCode} ${h.localId}`;
      if (!memberCodes.has(h.memberCode) || !recordKeys.has(h.recordKey)) bad.push(`dangling ${id}`);
      if (localIds.has(id)) bad.push(`duplicate localId ${id}`);
      localIds.add(id);
      if (!Number.isInteger(h.copies) || h.copies < 1 || h.copies > 5) bad.push(`copies ${id}`);
      if (!Number.isInteger(h.available) || h.available < 0 || h.available > h.copies) bad.push(`available ${id}`);
      if (!lenders.get(h.memberCode) && h.lendable) bad.push(`lendable at non-lender ${id}`);
    }
    expect(bad).toEqual([]);
    // one holding per (member, record)
    expect(new Set(holdings.map((h) => `${h.memberCode} ${h.recordKey}`)).size).toBe(holdings.length);
  });

  it('has a skewed holdings distribution', () => {
    const counts = records.map((r) => holdersByRecord.get(r.key)?.size ?? 0);
    expect(counts.some((c) => c >= 20)).toBe(true);
    expect(counts.some((c) => c === 1)).toBe(true);
    const none = counts.filter((c) => c === 0).length / records.length;
    expect(none).toBeGreaterThan(0.02);
    expect(none).toBeLessThan(0.1);
  });

  it('lets demo-000001 be borrowed in several cities', () => {
    const held = holdings.filter((h) => h.recordKey === 'demo-000001');
    expect(held.length).toBeGreaterThanOrEqual(10);
    const regions = new Map(members.map((m) => [m.code, m.region]));
    const lendingRegions = new Set(held.filter((h) => h.lendable && h.available > 0).map((h) => regions.get(h.memberCode)));
    expect(lendingRegions.size).toBeGreaterThanOrEqual(3);
  });
});
