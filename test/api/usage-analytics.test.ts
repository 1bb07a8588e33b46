/**
 * The usage analytics over HTTP, on the demo data (its demo usage): the README's questions answer with
 * something, CSV twins match their queries, counts are JSON numbers, the row cap, and who sees what.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let analyst: string;
let pku: string;
const ids: { cnki?: string; ejournals?: string; period?: string } = {};

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.token('analyst');
  pku = await t.token('member', 'CN-110000-PKU');
  const r = await t.execute(`{ agreements { edges { node { name resources { id } periods { id startDate } } } } }`, {}, analyst);
  for (const { node } of r.data!.agreements.edges as { node: { name: string; resources: { id: string }[]; periods: { id: string; startDate: string }[] } }[]) {
    if (node.name.startsWith('CNKI')) ids.cnki = node.resources[0].id;
    else {
      ids.ejournals = node.resources[0].id;
      ids.period = node.periods[0].id;
    }
  }
});
afterAll(() => t?.close());

const YEAR = { from: '2025-01-01', to: '2025-12-31' };

describe('usageTotals and its CSV', () => {
  it('answers by month with counts as JSON numbers, and the CSV says the same', async () => {
    const q = `query($f: UsageFilter) { usageTotals(filter: $f, groupBy: [MONTH]) { month metricType count } usageTotalsCsv(filter: $f, groupBy: [MONTH]) }`;
    const r = await t.execute(q, { f: { ...YEAR, metricTypes: ['Unique_Item_Requests'] } }, analyst);
    expect(r.errors).toBeUndefined();
    const rows = r.data!.usageTotals as { month: string; count: number }[];
    expect(rows.map((x) => x.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}-01`));
    expect(rows.every((x) => typeof x.count === 'number' && x.count > 0)).toBe(true);
    const lines = (r.data!.usageTotalsCsv as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe('month,year,member,resource,platform,title,print_issn,online_issn,isbn,metric_type,access_method,report_family,count');
    expect(lines.slice(1).map((l) => [l.split(',')[0], Number(l.split(',').at(-1))])).toEqual(rows.map((x) => [x.month, x.count]));
  });

  it("gives member staff their own member's usage whatever they ask, and refuses another member's", async () => {
    const r = await t.execute(`{ usageTotals(groupBy: [MEMBER]) { member { code } } }`, {}, pku);
    expect([...new Set(r.data!.usageTotals.map((x: { member: { code: string } }) => x.member.code))]).toEqual(['CN-110000-PKU']);
    const other = await t.execute(`{ usageTotals(filter: { memberCode: "CN-110000-THU" }) { count } }`, {}, pku);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe("the README's other questions", () => {
  it('topTitles of the CNKI resource, biggest first', async () => {
    const r = await t.execute(`query($r: ID) { topTitles(filter: { resourceId: $r, from: "2025-01-01", to: "2025-12-31" }, first: 3) { title { name printIssn } count } }`, { r: ids.cnki }, analyst);
    expect(r.errors).toBeUndefined();
    const counts = r.data!.topTitles.map((x: { count: number }) => x.count);
    expect(counts).toHaveLength(3);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('usageDenials: members outside the e-journal package turned away', async () => {
    const r = await t.execute(`query($r: ID) { usageDenials(filter: { resourceId: $r }, groupBy: [MEMBER], first: 10) { member { code } metricType count } }`, { r: ids.ejournals }, analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data!.usageDenials.map((x: { member: { code: string } }) => x.member.code).sort()).toEqual(['CN-310000-SJTU', 'CN-320000-NJU', 'CN-330000-ZJU']);
  });

  it('costPerUse for the e-journal period: each member its share ÷ its use; CSV alike', async () => {
    const r = await t.execute(`query($p: ID!) { costPerUse(periodId: $p) { metricType members { member { code } share { amount } uses costPerUse } } costPerUseCsv(periodId: $p) }`, { p: ids.period }, analyst);
    expect(r.errors).toBeUndefined();
    const members = r.data!.costPerUse.members as { member: { code: string }; share: { amount: string }; uses: number; costPerUse: string }[];
    expect(members).toHaveLength(4);
    for (const m of members) expect(Number(m.costPerUse)).toBeCloseTo(Number(m.share.amount) / m.uses, 4);
    expect((r.data!.costPerUseCsv as string).split('\r\n')).toHaveLength(6); // header, 4 members, the last line end
  });

  it('collectionOverlap of three members, one statement', async () => {
    const r = await t.execute(`{ collectionOverlap(memberCodes: ["CN-110000-PKU", "CN-110000-THU", "CN-310000-FDU"]) { members { member { code } records uniqueRecords } pairs { member { code } other { code } sharedRecords shareOfMember } } }`, {}, analyst);
    expect(r.errors).toBeUndefined();
    const { members, pairs } = r.data!.collectionOverlap;
    expect(members).toHaveLength(3);
    expect(pairs).toHaveLength(6);
    for (const m of members) expect(m.records).toBeGreaterThan(m.uniqueRecords);
    for (const p of pairs) expect(p.sharedRecords).toBeGreaterThan(0);
  });
});

describe('the README section "Usage analytics"', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Usage analytics'), readme.indexOf('## Layout'));
  const block = /```graphql\n([\s\S]*?)```/.exec(section)![1];
  // one query per paragraph of the block, its comment lines dropped
  const queries = block.split(/\n(?=#)/).flatMap((chunk) => chunk.split('\n').filter((l) => !l.startsWith('#')).join('\n').split(/\n(?=\{)/)).map((q) => q.trim()).filter(Boolean);

  it('has its questions', () => {
    expect(queries.length).toBe(8);
  });

  it.each(queries.map((q) => [q.slice(0, 60), q]))('answers %s with something on the demo data', async (_name, query) => {
    const r = await t.execute(query, {}, analyst);
    expect(r.errors).toBeUndefined();
    const value = Object.values(r.data!)[0];
    if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
    else if (typeof value === 'string') expect(value.split('\r\n').length).toBeGreaterThan(2);
    else expect(JSON.stringify(value)).toMatch(/"(count|uses|records|sharedRecords)":[1-9]/);
  });
});
