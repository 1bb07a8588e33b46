/**
 * Loading members' MARC records into the union catalogue: counts that always add up, clusters with
 * reasons, re-imports in place, deletions, replace loads, admin merge/split that later loads respect,
 * and Chinese search across traditional and simplified characters.
 */
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCnmarcIso2709, cnmarcSamples } from '../../src/importers/marc/cnmarc-sample.js';
import { importMarc, type ImportSummary, type MarcImportOptions } from '../../src/modules/imports/index.js';
import { and, eq, sql } from 'drizzle-orm';
import { controlValue, type MarcRecord } from '../../src/importers/marc/marc-record.js';
import { readMarc } from '../../src/importers/marc/read-marc.js';
import { toMarcXml } from '../../src/importers/marc/to-marcxml.js';
import { recordSources } from '../../src/modules/records/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('admin');
});
afterAll(() => t?.close());

const FIXTURES = new URL('../../../shared/fixtures/marc/', import.meta.url).pathname;
const opts = (memberCode: string, extra: Partial<MarcImportOptions> = {}): MarcImportOptions => ({ memberCode, format: 'auto', dialect: 'auto', encoding: 'auto', replace: false, via: 'cli', actor: 'test', ...extra });
const load = (memberCode: string, name: string, source: { path: string } | { bytes: Buffer }, extra: Partial<MarcImportOptions> = {}) => importMarc(t.database.db, SYSTEM_VIEWER, [{ name, source }], opts(memberCode, extra));
const adds = (s: ImportSummary) => s.created + s.merged + s.updated + s.deleted + s.rejected.length;

const FIND = `query($filter: RecordFilter) { records(first: 50, filter: $filter) { totalCount edges { node { id title isbns holdingsCount
  sources { id localId matchPoints { via value reason } member { code } } } } } }`;
const find = async (filter: Record<string, unknown>) => {
  const r = await t.execute(FIND, { filter });
  expect(r.errors).toBeUndefined();
  return r.data!.records.edges.map((e: { node: unknown }) => e.node) as {
    id: string; title: string; isbns: string[]; holdingsCount: number;
    sources: { id: string; localId: string; matchPoints: { via: string; value: string | null; reason: string | null }; member: { code: string } }[];
  }[];
};

describe('CNMARC in GB18030, as Chinese union catalogues export it', () => {
  const file = buildCnmarcIso2709(cnmarcSamples(), 'gb18030');

  it('loads every record, with counts that add up and a holding for the importing member', async () => {
    const s = await load('CN-110000-THU', 'cnmarc.iso', { bytes: file });
    expect(s.read).toBe(cnmarcSamples().length);
    expect(adds(s)).toBe(s.read);
    expect(s.rejected).toEqual([]);
    expect(s.holdings).toBeGreaterThanOrEqual(s.read);
  });

  it('finds a traditional-character title by a simplified search, and the reverse', async () => {
    const taiwan = await find({ title: '资料结构', heldBy: 'CN-110000-THU' }); // simplified search, traditional catalogue
    expect(taiwan.map((r) => r.title)).toEqual(['資料結構 : 使用C語言']);
    const mainland = await find({ title: '數據結構', heldBy: 'CN-110000-THU' }); // traditional search, simplified catalogue
    expect(mainland.map((r) => r.title)).toContain('数据结构 : C语言版');
  });

  it('clusters the Hong Kong record of the same book (traditional characters, no ISBN) by its work key', async () => {
    const [cluster] = (await find({ title: '数据结构', heldBy: 'CN-110000-THU' })).filter((r) => r.title === '数据结构 : C语言版');
    expect(cluster.sources.map((x) => [x.localId, x.matchPoints.via])).toEqual([['CAL012020000001', 'NEW'], ['HKU000123456', 'WORK_KEY']]);
  });

  it('keeps two editions apart, and an invalid ISBN as an invalid identifier rather than dropping the record', async () => {
    const editions = await find({ title: '计算机网络', heldBy: 'CN-110000-THU' });
    expect(editions).toHaveLength(2);
    const alive = await find({ title: '活着', heldBy: 'CN-110000-THU' });
    expect(alive).toHaveLength(1);
    expect(alive[0].isbns).toEqual([]);
  });

  it('re-importing the same file updates in place and never duplicates', async () => {
    const before = await find({ heldBy: 'CN-110000-THU', title: '数据结构' });
    const s = await load('CN-110000-THU', 'cnmarc.iso', { bytes: file });
    expect(s).toMatchObject({ created: 0, merged: 0, updated: cnmarcSamples().length, deleted: 0 });
    const after = await find({ heldBy: 'CN-110000-THU', title: '数据结构' });
    expect(after.map((r) => [r.id, r.holdingsCount])).toEqual(before.map((r) => [r.id, r.holdingsCount]));
  });
});

describe('clustering across members', () => {
  it('a second member with the same records joins the clusters by ISBN, and sources say why', async () => {
    const file = buildCnmarcIso2709(cnmarcSamples(), 'utf8');
    const s = await load('CN-310000-FDU', 'fdu.iso', { bytes: file });
    expect(s.created).toBe(0);
    expect(s.merged).toBe(cnmarcSamples().length);
    const [network7] = (await find({ title: '计算机网络', heldBy: 'CN-310000-FDU' })).filter((r) => r.sources.length === 2);
    expect(network7.sources.map((x) => x.member.code).sort()).toEqual(['CN-110000-THU', 'CN-310000-FDU']);
    expect(network7.sources.find((x) => x.member.code === 'CN-110000-THU')!.matchPoints.via).toBe('NEW');
    expect(network7.sources.find((x) => x.member.code === 'CN-310000-FDU')!.matchPoints.via).toMatch(/ISBN|WORK_KEY/);
  });

  it('shows the contributed record verbatim as MARCXML, stored compactly; a row stored as MARCXML shows as it was', async () => {
    const [rec] = await find({ title: '活着', heldBy: 'CN-310000-FDU' });
    const rawMarc = async () => {
      const r = await t.execute(`query($id: ID!) { record(id: $id) { sources { localId rawMarc member { code } } } }`, { id: rec.id });
      expect(r.errors).toBeUndefined();
      return (r.data!.record.sources as { localId: string; rawMarc: string; member: { code: string } }[]).find((x) => x.member.code === 'CN-310000-FDU')!;
    };
    const source = await rawMarc();
    expect(source.rawMarc).toMatch(/<record[^>]*xmlns="http:\/\/www\.loc\.gov\/MARC21\/slim"/);
    expect(source.rawMarc).toContain('活着');
    // byte for byte the MARCXML of the record as read from the file
    const input: MarcRecord[] = [];
    for await (const x of readMarc({ bytes: buildCnmarcIso2709(cnmarcSamples(), 'utf8') }, { format: 'auto', encoding: 'auto' })) if (x.record) input.push(x.record);
    expect(source.rawMarc).toBe(toMarcXml(input.find((x) => controlValue(x, '001') === source.localId)!));
    // stored as compact JSON (marc-compact.ts), under half the size of the MARCXML
    const db = t.database.db;
    const where = and(eq(recordSources.localId, source.localId), eq(recordSources.memberId, sql`(SELECT id FROM members WHERE code = 'CN-310000-FDU')`));
    const [row] = await db.select({ id: recordSources.id, record: recordSources.rawRecord, marcxml: recordSources.rawMarcxml }).from(recordSources).where(where);
    expect(row.marcxml).toBeNull();
    expect(row.record!.length).toBeLessThan(source.rawMarc.length / 2);
    // a row loaded before the compact form keeps its MARCXML, and shows it
    const old = '<record xmlns="http://www.loc.gov/MARC21/slim"><leader>as stored before</leader></record>';
    await db.update(recordSources).set({ rawRecord: null, rawMarcxml: old }).where(eq(recordSources.id, row.id));
    expect((await rawMarc()).rawMarc).toBe(old);
    await db.update(recordSources).set({ rawRecord: row.record, rawMarcxml: null }).where(eq(recordSources.id, row.id));
    expect((await rawMarc()).rawMarc).toBe(source.rawMarc);
  });

  it('split moves a source out; a later load keeps it out; merge brings it back and the old ID still resolves', async () => {
    const [rec] = (await find({ title: '活着', heldBy: 'CN-310000-FDU' })).filter((r) => r.sources.length === 2);
    const fdu = rec.sources.find((x) => x.member.code === 'CN-310000-FDU')!;
    const split = await t.execute(`mutation($input: SplitRecordInput!) { splitRecord(input: $input) { record { id sources { member { code } matchPoints { via reason } } } remaining { id sources { member { code } } } userErrors { code message } } }`,
      { input: { recordId: rec.id, sourceIds: [fdu.id], reason: 'different printing' } }, admin);
    expect(split.data!.splitRecord.userErrors).toEqual([]);
    const newId = split.data!.splitRecord.record.id;
    expect(split.data!.splitRecord.record.sources).toEqual([{ member: { code: 'CN-310000-FDU' }, matchPoints: { via: 'SPLIT', reason: 'different printing' } }]);
    expect(split.data!.splitRecord.remaining.sources).toEqual([{ member: { code: 'CN-110000-THU' } }]);

    await load('CN-310000-FDU', 'fdu.iso', { bytes: buildCnmarcIso2709(cnmarcSamples(), 'utf8') });
    const still = await t.execute(`query($id: ID!) { record(id: $id) { id sources { member { code } } } }`, { id: newId });
    expect(still.data!.record).toEqual({ id: newId, sources: [{ member: { code: 'CN-310000-FDU' } }] });

    const merge = await t.execute(`mutation($input: MergeRecordsInput!) { mergeRecords(input: $input) { record { id sources { member { code } } } userErrors { code } } }`,
      { input: { targetRecordId: rec.id, recordIds: [newId], reason: 'same printing after all' } }, admin);
    expect(merge.data!.mergeRecords.record.sources.map((x: { member: { code: string } }) => x.member.code).sort()).toEqual(['CN-110000-THU', 'CN-310000-FDU']);
    const viaOld = await t.execute(`query($id: ID!) { node(id: $id) { id } }`, { id: newId });
    expect(viaOld.data!.node).toEqual({ id: rec.id });
    await load('CN-310000-FDU', 'fdu.iso', { bytes: buildCnmarcIso2709(cnmarcSamples(), 'utf8') });
    const merged = await find({ title: '活着', heldBy: 'CN-310000-FDU' });
    expect(merged.map((r) => r.id)).toEqual([rec.id]);
  });

  it('merge and split are for admins, and refuse nonsense with userErrors', async () => {
    const member = await t.token('member', 'CN-310000-FDU');
    const r = await t.execute(`mutation { mergeRecords(input: { targetRecordId: "x", recordIds: [], reason: "r" }) { userErrors { code } } }`, {}, member);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.execute(`mutation { mergeRecords(input: { targetRecordId: "UmVjb3JkOjE", recordIds: ["UmVjb3JkOjE"], reason: "r" }) { userErrors { field code } } }`, {}, admin);
    expect(bad.data!.mergeRecords.userErrors).toEqual([{ field: ['recordIds'], code: 'REQUIRED' }]);
  });
});

describe('deletions and replace loads', () => {
  const xml = (records: { id: string; status: string; title: string }[]) =>
    `<collection xmlns="http://www.loc.gov/MARC21/slim">${records
      .map((r) => `<record><leader>00000${r.status}am a2200000 a 4500</leader><controlfield tag="001">${r.id}</controlfield>` +
        `<datafield tag="245" ind1="0" ind2="0"><subfield code="a">${r.title}</subfield></datafield></record>`)
      .join('')}</collection>`;

  it('leader/05 d removes the source and its holding; --replace removes what the file no longer has', async () => {
    const first = await load('CN-420000-WHU', 'a.xml', { bytes: Buffer.from(xml([{ id: 'W1', status: 'n', title: 'Deletion test one' }, { id: 'W2', status: 'n', title: 'Deletion test two' }, { id: 'W3', status: 'n', title: 'Deletion test three' }])) });
    expect(first).toMatchObject({ read: 3, created: 3 });
    const del = await load('CN-420000-WHU', 'b.xml', { bytes: Buffer.from(xml([{ id: 'W1', status: 'd', title: 'Deletion test one' }])) });
    expect(del).toMatchObject({ read: 1, deleted: 1 });
    expect((await find({ title: 'deletion test' })).map((r) => r.title).sort()).toEqual(['Deletion test three', 'Deletion test two']);
    const replace = await load('CN-420000-WHU', 'c.xml', { bytes: Buffer.from(xml([{ id: 'W2', status: 'n', title: 'Deletion test two' }])) }, { replace: true });
    expect(replace).toMatchObject({ read: 1, updated: 1, deletedByReplace: 1 });
    expect((await find({ title: 'deletion test' })).map((r) => r.title)).toEqual(['Deletion test two']);
  });

  it('a record without a title is rejected with its position and the reason; the others load', async () => {
    const bytes = Buffer.from(xml([{ id: 'R1', status: 'n', title: 'Fine record' }, { id: 'R2', status: 'n', title: '' }, { id: 'R3', status: 'n', title: 'Another fine record' }]));
    const s = await load('CN-420000-WHU', 'mixed.xml', { bytes });
    expect(s.rejected).toEqual([{ file: 'mixed.xml', position: 2, reason: expect.stringMatching(/title/) }]);
    expect(s.read).toBe(3);
    expect(adds(s)).toBe(3);
  });
});

describe('every file under fixtures/marc', () => {
  const all = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(FIXTURES, path.join(d.parentPath, d.name)))
    .sort();
  // not MARC in any form we read: refused before anything is written
  const unsupported = /qa-unimarc\.mrctxt|mods|turbomarc|wms|jisc|discover/i;
  // MARC envelopes that hold no record (an SRU "not found" answer): refused too, as a load of nothing
  const empty = /notfound/;

  it('finds the fixture folder', () => expect(all.length).toBeGreaterThan(40));

  it.each(all)('%s: loaded with counts that add up, or refused as not MARC', async (file) => {
    try {
      const s = await load('CN-440000-JNU', file, { path: FIXTURES + file });
      expect(file).not.toMatch(empty);
      expect(s.read).toBe(adds(s));
      expect(s.read + s.holdings).toBeGreaterThan(0);
      for (const r of s.rejected) expect(r.reason.length).toBeGreaterThan(5);
    } catch (err) {
      if (empty.test(file)) expect((err as Error).message).toBe(`no MARC record could be read from ${file} (it holds no record)`);
      else {
        expect((err as Error).message).toMatch(/^unsupported format: .* looks like /);
        expect(file).toMatch(unsupported);
      }
    }
  });
});

describe('every MARC fixture', () => {
  const files = [
    'marc21/yaz-marc12.marc', 'marc21/xbib-IRMARC8.bin', 'marc21/xbib-zdbtitutf8.mrc', 'marc21/pymarc-marc8.dat', 'marc21/marc4j-brkrtest.mrc',
    'marc21/pymarc-1251.dat', 'marc21/xbib-amstransactions.mrc', 'marcxml/pymarc-batch.xml', 'marcxml/xbib-alma.xml', 'marc-json/pymarc-batch.json',
    'unimarc/pymarc-testunimarc.dat', 'edge-cases/rubymarc-cp866_unimarc.marc', 'edge-cases/pymarc-bad_marc8_escape.dat', 'edge-cases/pymarc-bad_tag.xml',
    'marc21-holdings/xbib-zdblokutf8.mrc', 'opac-holdings/xbib-zdb-sru-marcxmlplus.xml',
  ];
  it.each(files)('%s loads with read = created + merged + updated + deleted + rejected', async (file) => {
    const s = await load('CN-440000-SYSU', file, { path: FIXTURES + file });
    expect(s.read).toBe(adds(s));
    expect(s.read).toBeGreaterThan(0);
  });

  it('finds the Chinese 880 title of yaz-marc12 by a Chinese substring', async () => {
    const found = await find({ title: '车票去哪儿' });
    expect(found.length).toBeGreaterThanOrEqual(1);
  });

  it('reports the truncated last record of xbib-zdbtitutf8.mrc and loads the rest', async () => {
    const s = await load('CN-440000-SCUT', 'zdb', { path: FIXTURES + 'marc21/xbib-zdbtitutf8.mrc' });
    expect(s.rejected).toEqual([{ file: 'zdb', position: s.read, reason: expect.stringMatching(/truncated/) }]);
  });

  it('refuses a file that is not MARC, writing nothing', async () => {
    const before = await t.execute(`{ imports(first: 100) { totalCount } }`, {}, admin);
    await expect(load('CN-440000-SYSU', 'qa.mrctxt', { path: FIXTURES + 'unimarc/qa-unimarc.mrctxt' })).rejects.toThrow(/unsupported format: qa\.mrctxt looks like/);
    const after = await t.execute(`{ imports(first: 100) { totalCount } }`, {}, admin);
    expect(after.data!.imports.totalCount).toBe(before.data!.imports.totalCount);
  });
});

describe('over the API', () => {
  const oneRecord = `<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">API-1</controlfield>
    <datafield tag="020" ind1=" " ind2=" "><subfield code="a">7-02-000220-X</subfield></datafield>
    <datafield tag="245" ind1="1" ind2="0"><subfield code="a">傲慢与偏见 /</subfield></datafield></record>`;
  const IMPORT = `mutation($input: ImportMarcRecordsInput!) { importMarcRecords(input: $input) { importRun { status read created merged updated deleted holdings rejected { position reason } member { code } } userErrors { field code message } } }`;

  it("member staff load their own member's records; the load is listed", async () => {
    const token = await t.token('member', 'CN-500000-CQU');
    const r = await t.execute(IMPORT, { input: { memberCode: 'CN-500000-CQU', marcxml: oneRecord } }, token);
    expect(r.data!.importMarcRecords).toEqual({ importRun: { status: 'SUCCEEDED', read: 1, created: 0, merged: 1, updated: 0, deleted: 0, holdings: 1, rejected: [], member: { code: 'CN-500000-CQU' } }, userErrors: [] });
    const list = await t.execute(`{ imports(first: 5) { edges { node { member { code } via files status } } } }`, {}, token);
    expect(list.data!.imports.edges).toEqual([{ node: { member: { code: 'CN-500000-CQU' }, via: 'api', files: ['upload'], status: 'SUCCEEDED' } }]);
    const held = await t.execute(`{ holdings(filter: { isbn: "9787020002207", memberCode: "CN-500000-CQU" }) { totalCount } }`);
    expect(held.data!.holdings.totalCount).toBeGreaterThanOrEqual(1);
  });

  it("never another member's, and says so for a bad payload", async () => {
    const token = await t.token('member', 'CN-500000-CQU');
    const other = await t.execute(IMPORT, { input: { memberCode: 'CN-110000-PKU', marcxml: oneRecord } }, token);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const none = await t.execute(IMPORT, { input: { memberCode: 'CN-500000-CQU' } }, token);
    expect(none.data!.importMarcRecords.userErrors[0]).toMatchObject({ code: 'REQUIRED' });
    const notMarc = await t.execute(IMPORT, { input: { memberCode: 'CN-500000-CQU', marcxml: '<mods xmlns="http://www.loc.gov/mods/v3"><titleInfo><title>x</title></titleInfo></mods>' } }, token);
    expect(notMarc.data!.importMarcRecords.userErrors[0]).toMatchObject({ field: ['marcxml'], code: 'NOT_MARC', message: expect.stringMatching(/unsupported format/) });
  });
});
