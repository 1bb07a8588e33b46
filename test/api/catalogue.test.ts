/** The union catalogue as a third-party app sees it: finding records by number, by text, by class. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const FIND = `query Find($filter: RecordFilter, $first: Int, $after: String) {
  records(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title responsibility isbns issns clc year language } }
  }
}`;

async function titles(filter: Record<string, unknown>, first = 100): Promise<string[]> {
  const r = await t.execute(FIND, { filter, first });
  expect(r.errors).toBeUndefined();
  return r.data!.records.edges.map((e: { node: { title: string } }) => e.node.title);
}

describe('records by standard number', () => {
  it('finds the same record by ISBN-10 and ISBN-13, with or without hyphens', async () => {
    for (const isbn of ['7-02-000220-X', '702000220X', '978-7-02-000220-7', '9787020002207']) {
      const r = await t.execute(FIND, { filter: { isbn } });
      expect(r.data!.records.edges.map((e: any) => [e.node.title, e.node.isbns])).toEqual([['傲慢与偏见', ['9787020002207']]]); // any: result shape
    }
  });

  it('finds a serial by ISSN with or without the hyphen, and shows it as NNNN-NNNC', async () => {
    const a = await t.execute(FIND, { filter: { issn: '1001-8867' } });
    const b = await t.execute(FIND, { filter: { issn: '10018867' } });
    expect(a.data!.records.edges[0].node.title).toBe('中国图书馆学报');
    expect(a.data!.records.edges[0].node.issns).toEqual(['1001-8867']);
    expect(b.data).toEqual(a.data);
  });

  it('refuses an ISBN with a wrong check digit, naming the field', async () => {
    const r = await t.execute(FIND, { filter: { isbn: '9787020002208' } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/filter\.isbn.*9787020002208.*not a valid ISBN/);
  });
});

describe('records by text', () => {
  it('matches a Chinese substring of the title', async () => {
    const found = await titles({ title: '偏见' });
    expect(found).toContain('傲慢与偏见');
    expect(found.every((title) => title.includes('偏见'))).toBe(true);
  });

  it('ignores spacing between CJK words, both in the catalogue and in the search', async () => {
    expect(await titles({ title: '近代史纲要' })).toContain('中国 近代史 纲要');
    expect(await titles({ title: '中国 近代史' })).toContain('中国 近代史 纲要');
  });

  it('is case- and accent-insensitive', async () => {
    expect(await titles({ title: 'les miserables' })).toContain('Les Misérables');
    expect(await titles({ title: 'CAFÉ SOCIETY' })).toEqual(expect.arrayContaining([expect.stringMatching(/^Café Society/)]));
  });

  it('matches author and publisher substrings', async () => {
    const r = await t.execute(`{ records(first: 5, filter: { author: "austen" }) { edges { node { responsibility } } } }`);
    expect(r.data!.records.edges.length).toBeGreaterThan(0);
    for (const e of r.data!.records.edges) expect(e.node.responsibility.toLowerCase()).toContain('austen');
    const p = await t.execute(`{ records(first: 5, filter: { publisher: "清华大学" }) { edges { node { publisher } } } }`);
    expect(p.data!.records.edges.length).toBeGreaterThan(0);
    for (const e of p.data!.records.edges) expect(e.node.publisher).toContain('清华大学');
  });

  it('q matches title, author, publisher and identifiers', async () => {
    expect(await titles({ q: '傲慢与' })).toContain('傲慢与偏见');
    expect(await titles({ q: '7-02-000220-X' })).toEqual(['傲慢与偏见']);
    expect(await titles({ q: 'Penguin' })).toContain('Pride and Prejudice');
  });

  it('combines filters with AND', async () => {
    const both = await titles({ title: '数据结构', yearFrom: 2000, language: 'chi' });
    const titleOnly = await titles({ title: '数据结构' });
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThanOrEqual(titleOnly.length);
    expect(await titles({ title: '傲慢与偏见', language: 'eng' })).toEqual([]);
  });
});

describe('records by class and holder', () => {
  it('clc "TP3" matches TP3 and every class under it, and nothing else', async () => {
    const r = await t.execute(`{ records(first: 100, filter: { clc: "tp3" }) { totalCount edges { node { clc } } } }`);
    expect(r.data!.records.totalCount).toBeGreaterThan(0);
    for (const e of r.data!.records.edges) expect(e.node.clc.startsWith('TP3')).toBe(true);
  });

  it('heldBy keeps only records the member holds', async () => {
    const r = await t.execute(`{ records(first: 20, filter: { heldBy: "CN-110000-PKU" }) { edges { node { holdings(first: 100) { edges { node { member { code } } } } } } } }`);
    expect(r.data!.records.edges.length).toBe(20);
    for (const e of r.data!.records.edges) expect(e.node.holdings.edges.map((h: any) => h.node.member.code)).toContain('CN-110000-PKU'); // any: result shape
  });
});

describe('pagination', () => {
  it('walks pages with after/endCursor without repeats, and counts the total', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 3; page++) {
      const r: any = await t.execute(FIND, { filter: { title: '中国' }, first: 40, after }); // any: result shape
      total = r.data.records.totalCount;
      for (const e of r.data.records.edges) seen.add(e.node.id);
      after = r.data.records.pageInfo.endCursor;
      if (!r.data.records.pageInfo.hasNextPage) break;
    }
    expect(seen.size).toBe(Math.min(120, total));
  });

  it('refuses first above 100 and a cursor from elsewhere', async () => {
    const big = await t.execute(FIND, { first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toMatch(/at most 100/);
    const bad = await t.execute(FIND, { after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves a record through node(id:)', async () => {
    const r = await t.execute(FIND, { filter: { isbn: '9787020002207' } });
    const id = r.data!.records.edges[0].node.id;
    const n = await t.execute(`query($id: ID!) { node(id: $id) { id ... on Record { title } } }`, { id });
    expect(n.data!.node).toEqual({ id, title: '傲慢与偏见' });
    expect((await t.execute(`{ node(id: "bm9wZTox") { id } }`)).data!.node).toBeNull();
  });
});
