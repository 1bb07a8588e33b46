/** Resources and their KBART title lists through the API: every fixture, re-loads in place, whereToRead. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures/kbart');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Data rows per fixture (as readKbart's own tests count them); none is rejected. */
const ROWS: Record<string, number> = {
  'gokb-ScienceDirectStandard_Global_EBook-AgriculturalAndBiologicalSciencesPre-2007_2016-05-23.txt': 262,
  'gokb-CambridgeBooks_EdinburghUniversityPress_utf8.tsv': 369,
  'gokb-AnnualReviews_SciencesCollection34_2011-04-27.txt': 47,
  'gokb-Example_Ebook_Package_Allfields_Original.txt': 100,
  'gokb-Example_Ebook_Package_Allfields_Changed.txt': 100,
  'gokb-test_validation_serials_valid.txt': 1,
  'gokb-test_validation_serials_errors.txt': 1,
  'gokb-test_validation_monographs_errors.txt': 1,
  'gokb-test_validation_mixed_valid.txt': 2,
  'folio-Testdata_KBART_AnnualReviews.tsv': 71,
};

const CREATE = `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id name contentType } userErrors { field code message } } }`;
const IMPORT = `mutation($input: ImportKbartInput!) { importKbart(input: $input) {
  summary { read added changed unchanged dropped rejected { row reason } warnings { row message } } userErrors { field code message } } }`;
const WHERE = `query($issn: String, $isbn: String, $ip: String, $memberCode: String, $date: Date) { whereToRead(issn: $issn, isbn: $isbn, ip: $ip, memberCode: $memberCode, date: $date) {
  resource { id name } title coverage { startDate endDate embargo } entitled } }`;

let t: TestApp;
let admin: string;

async function createResource(name: string): Promise<string> {
  const r = await t.execute(CREATE, { input: { name, contentType: 'JOURNALS', reason: 'test' } }, admin);
  expect(r.data?.createResource.userErrors).toEqual([]);
  return r.data!.createResource.resource.id;
}

async function load(resourceId: string, kbart: string) {
  const r = await t.execute(IMPORT, { input: { resourceId, kbart, reason: 'test load' } }, admin);
  expect(r.errors).toBeUndefined();
  return r.data!.importKbart;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('admin');
});
afterAll(() => t?.close());

describe('createResource', () => {
  it('is for admins, with a reason, and explains bad input', async () => {
    const member = await t.execute(CREATE, { input: { name: 'X', contentType: 'JOURNALS', reason: 'r' } }, await t.token('member', 'CN-110000-PKU'));
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.execute(CREATE, { input: { name: ' ', contentType: 'JOURNALS', url: 'ftp://x', reason: '' } }, admin);
    expect(bad.data?.createResource).toEqual({
      resource: null,
      userErrors: [
        { field: ['name'], code: 'REQUIRED', message: 'a resource needs a name' },
        { field: ['url'], code: 'INVALID_VALUE', message: 'url must start with http:// or https:// (got "ftp://x")' },
        { field: ['reason'], code: 'REQUIRED', message: 'say why (kept in the audit log)' },
      ],
    });
  });

  it('lists resources as a connection with filters', async () => {
    const id = await createResource('Listing Test Collection');
    const r = await t.execute(`{ resources(first: 5, filter: { search: "listing test" }) { totalCount edges { node { id name } } } }`);
    expect(r.data?.resources).toEqual({ totalCount: 1, edges: [{ node: { id, name: 'Listing Test Collection' } }] });
  });
});

describe('importKbart on every fixture', () => {
  it('covers every file in the fixture folder', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(ROWS).sort());
  });

  for (const [name, rows] of Object.entries(ROWS)) {
    it(`loads ${name}: read = added + changed + unchanged + rejected`, async () => {
      const id = await createResource(name);
      const { summary, userErrors } = await load(id, fixture(name));
      expect(userErrors).toEqual([]);
      expect(summary).toMatchObject({ read: rows, added: rows, changed: 0, unchanged: 0, dropped: 0, rejected: [] });
      expect(summary.read).toBe(summary.added + summary.changed + summary.unchanged + summary.rejected.length);
      const again = await load(id, fixture(name));
      expect(again.summary).toMatchObject({ read: rows, added: 0, changed: 0, unchanged: rows, dropped: 0 });
    });
  }

  it('reports the invalid identifiers of the error files as warnings and still loads the rows', async () => {
    const serials = await load(await createResource('serials errors'), fixture('gokb-test_validation_serials_errors.txt'));
    expect(serials.summary.warnings).toEqual([{ row: 2, message: 'online_identifier "1673-3550" is not a valid ISSN (wrong check digit); dropped' }]);
    const books = await load(await createResource('monograph errors'), fixture('gokb-test_validation_monographs_errors.txt'));
    expect(books.summary.warnings.map((w: { row: number }) => w.row)).toEqual([2, 2]);
  });

  it('re-loads a changed list in place: added, changed, unchanged and dropped, same row ids', async () => {
    const id = await createResource('Ebook package');
    await load(id, fixture('gokb-Example_Ebook_Package_Allfields_Original.txt'));
    const idsBefore = await queryRows<{ id: number; key: string }>(t.database.db, sql`SELECT id, key FROM resource_titles WHERE resource_id = (SELECT max(id) FROM resources) ORDER BY key`);
    const changed = await load(id, fixture('gokb-Example_Ebook_Package_Allfields_Changed.txt'));
    expect(changed.summary).toMatchObject({ read: 100, added: 21, changed: 0, unchanged: 79, dropped: 21, rejected: [] });
    // one row edited in place: a new coverage depth on line 2
    const lines = fixture('gokb-Example_Ebook_Package_Allfields_Changed.txt').split(/\r\n|\n|\r/);
    lines[1] = lines[1].replace('\tfulltext\t', '\tabstracts\t');
    const edited = await load(id, lines.join('\n'));
    expect(edited.summary).toMatchObject({ read: 100, added: 0, changed: 1, unchanged: 99, dropped: 0 });
    const idsAfter = await queryRows<{ id: number; key: string }>(t.database.db, sql`SELECT id, key FROM resource_titles WHERE resource_id = (SELECT max(id) FROM resources) ORDER BY key`);
    const before = new Map(idsBefore.map((r) => [r.key, r.id]));
    const kept = idsAfter.filter((r) => before.has(r.key));
    expect(kept).toHaveLength(79);
    for (const r of kept) expect(r.id).toBe(before.get(r.key));
  });

  it('refuses a file that is not KBART, naming the field, and writes nothing', async () => {
    const id = await createResource('not kbart');
    const r = await load(id, 'title\tissn\nA\t1\n');
    expect(r).toEqual({ summary: null, userErrors: [{ field: ['kbart'], code: 'INVALID_KBART', message: 'line 1 is not a KBART header: it has no publication_title column' }] });
    const unknown = await load('UmVzb3VyY2U6OTk5OTk', fixture('gokb-test_validation_serials_valid.txt'));
    expect(unknown.userErrors[0]).toMatchObject({ field: ['resourceId'], code: 'UNKNOWN_RESOURCE' });
  });

  it('rejects rows without a title or with unreadable dates, with their line numbers', async () => {
    const id = await createResource('rejections');
    const text = 'publication_title\tprint_identifier\tdate_first_issue_online\nGood\t0028-0836\t2001-01-01\n\t0036-8075\t2001\nBad date\t\tsoon\n';
    const { summary } = await load(id, text);
    expect(summary.read).toBe(3);
    expect(summary.added).toBe(1);
    expect(summary.rejected.map((r: { row: number }) => r.row)).toEqual([3, 4]);
  });
});

describe('whereToRead', () => {
  it('gives the same answer for print or online ISSN, with or without hyphen', async () => {
    const id = await createResource('Where to read test');
    await load(id, fixture('gokb-test_validation_serials_valid.txt'));
    const answers = await Promise.all(['1673-3436', '16733436', '1673-355X', '1673355x'].map((issn) => t.execute(WHERE, { issn })));
    // other fixtures carry the title too (the errors file without its invalid eISSN, so only by print ISSN)
    const ours = answers.map((a) => a.data?.whereToRead.filter((e: { resource: { id: string } }) => e.resource.id === id));
    for (const a of ours) expect(a).toEqual(ours[0]);
    expect(answers[0].data?.whereToRead.length).toBeGreaterThan(1);
    expect(ours[0]).toEqual([{ resource: { id, name: 'Where to read test' }, title: expect.any(String), coverage: { startDate: '2000-01-01', endDate: '2013-10-31', embargo: 'R8D' }, entitled: null }]);
  });

  it('says whether the member at an IP is entitled (demo deals)', async () => {
    const nature = await t.execute(WHERE, { issn: '1476-4687', ip: '192.0.2.10', date: '2026-06-01' });
    expect(nature.data?.whereToRead).toEqual([expect.objectContaining({ title: 'Nature', entitled: true })]);
    const later = await t.execute(WHERE, { issn: '1476-4687', ip: '192.0.2.10', date: '2027-06-01' }); // the package deal ends with 2026
    expect(later.data?.whereToRead[0].entitled).toBe(false);
    const sjtu = await t.execute(WHERE, { issn: '1476-4687', ip: '203.0.113.5', date: '2026-06-01' }); // CNKI only
    expect(sjtu.data?.whereToRead[0].entitled).toBe(false);
    const nobody = await t.execute(WHERE, { issn: '0028-0836', ip: '10.9.9.9' });
    expect(nobody.data?.whereToRead[0].entitled).toBe(false);
  });

  it('refuses an invalid ISSN and a memberCode from a stranger', async () => {
    expect((await t.execute(WHERE, { issn: '1234-5678' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.execute(WHERE, { issn: '0028-0836', memberCode: 'CN-110000-PKU' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.execute(WHERE, { issn: '0028-0836', memberCode: 'CN-110000-PKU' }, await t.token('member', 'CN-310000-FDU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await t.execute(WHERE, { issn: '0028-0836', memberCode: 'CN-110000-PKU', date: '2026-06-01' }, await t.token('member', 'CN-110000-PKU'));
    expect(own.data?.whereToRead.find((e: { title: string }) => e.title === 'Nature')).toMatchObject({ entitled: true });
  });
});

describe('node(id:)', () => {
  it('resolves a resource by its global ID for anyone', async () => {
    const id = await createResource('Node lookup database');
    const r = await t.execute(`query($id: ID!) { node(id: $id) { id ... on Resource { name } } }`, { id });
    expect(r.data!.node).toEqual({ id, name: 'Node lookup database' });
  });
});

describe('Resource.titles and titleCount', () => {
  const HEADER = 'publication_title\tprint_identifier\tonline_identifier\tpublisher_name\tpublication_type\ttitle_url\tembargo_info\n';
  /** A valid ISSN from seven digits. */
  const issn = (n: number) => {
    const d = String(n).padStart(7, '0');
    const check = (11 - ([...d].reduce((s, c, i) => s + Number(c) * (8 - i), 0) % 11)) % 11;
    return `${d.slice(0, 4)}-${d.slice(4)}${check === 10 ? 'X' : check}`;
  };
  const BROWSE = `query($first: Int!, $titles: Int!, $after: String, $filter: ResourceTitleFilter) {
    resources(first: $first, filter: { search: "browse test" }) { edges { node { name titleCount
      titles(first: $titles, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { node { title printIdentifier onlineIdentifier publisher publicationType url coverage { embargo } } } } } } } }`;
  let browseIds: string[] = [];

  beforeAll(async () => {
    // ten resources of 3 to 12 titles each; the first has one with an online ISSN, a traditional Chinese title and an embargo
    browseIds = [];
    for (let i = 0; i < 10; i++) {
      const id = await createResource(`Browse test ${i}`);
      const rows = Array.from({ length: 3 + i }, (_, j) => `Journal ${String.fromCharCode(90 - j)} of ${i}\t${issn(1000000 + i * 100 + j)}\t\tPublisher ${i}\tserial\thttps://example.org/${i}/${j}\t`);
      if (i === 0) rows.push(`圖書館學報\t\t${issn(2000001)}\t\tserial\t\tP1Y`);
      await load(id, HEADER + rows.join('\n'));
      browseIds.push(id);
    }
  });

  it('pages a resource title list A to Z, with cursors, for anyone', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; ; page++) {
      const r: GraphQLResponse = await t.execute(BROWSE, { first: 1, titles: 2, after });
      expect(r.errors).toBeUndefined();
      const titles = r.data!.resources.edges[0].node.titles;
      expect(titles.pageInfo.hasPreviousPage).toBe(page > 0);
      expect(titles.totalCount).toBe(4);
      seen.push(...titles.edges.map((e: { node: { title: string } }) => e.node.title));
      if (!titles.pageInfo.hasNextPage) break;
      after = titles.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Journal X of 0', 'Journal Y of 0', 'Journal Z of 0', '圖書館學報']);
    const first = await t.execute(BROWSE, { first: 1, titles: 1 });
    expect(first.data!.resources.edges[0].node).toEqual({
      name: 'Browse test 0',
      titleCount: 4,
      titles: {
        totalCount: 4,
        pageInfo: { hasNextPage: true, hasPreviousPage: false, endCursor: expect.any(String) },
        edges: [{ node: { title: 'Journal X of 0', printIdentifier: issn(1000002), onlineIdentifier: null, publisher: 'Publisher 0', publicationType: 'serial', url: 'https://example.org/0/2', coverage: { embargo: null } } }],
      },
    });
  });

  it('filters by title substring and by ISSN (print or online), counting the matches', async () => {
    const chinese = await t.execute(BROWSE, { first: 1, titles: 5, filter: { search: '图书馆' } });
    expect(chinese.data!.resources.edges[0].node.titles).toMatchObject({ totalCount: 1, edges: [{ node: { title: '圖書館學報', onlineIdentifier: issn(2000001), coverage: { embargo: 'P1Y' } } }] });
    const byIssn = await t.execute(BROWSE, { first: 10, titles: 5, filter: { issn: issn(1000501).replace('-', '') } });
    const hits = byIssn.data!.resources.edges.map((e: { node: { titles: { totalCount: number; edges: { node: { title: string } }[] } } }) => e.node.titles);
    expect(hits.map((h: { totalCount: number }) => h.totalCount)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(hits[5].edges).toEqual([{ node: expect.objectContaining({ title: 'Journal Y of 5' }) }]);
    const bad = await t.execute(BROWSE, { first: 1, titles: 5, filter: { issn: '1234-5678' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await t.execute(BROWSE, { first: 1, titles: 5, after: 'bm90IGEgY3Vyc29y' });
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('runs the same statements for 2 resources as for 10: one per level, one GROUP BY for the counts', async () => {
    const counts: number[] = [];
    for (const first of [2, 10]) {
      for (const filter of [null, { search: 'journal' }]) {
        t.statements.length = 0;
        const r = await t.execute(BROWSE, { first, titles: 3, filter });
        expect(r.errors).toBeUndefined();
        expect(r.data!.resources.edges).toHaveLength(first);
        counts.push(t.statements.length);
      }
    }
    // resources; their title pages; titleCount; totalCount (the same count when there is no filter)
    expect(counts).toEqual([3, 4, 3, 4]);
  });
});
