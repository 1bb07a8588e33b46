/**
 * Imports a member can trust: where a record's ID comes from (--id-field / idField, 001, 035 $a),
 * the warnings a load keeps and shows (summary, imports row, `imports` query, importMarcRecords
 * payload), the warning when a re-import's IDs match nothing loaded before, and uploads that are
 * refused before anything is recorded. Services and the schema are called in-process (no HTTP).
 */
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { and, count, eq } from 'drizzle-orm';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { createContext } from '../../src/graphql/context.js';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { writeIso2709 } from '../../src/importers/marc/iso2709-writer.js';
import type { MarcField, MarcRecord } from '../../src/importers/marc/marc-record.js';
import { importMarc, imports, uploadMarc, WARNINGS_KEPT, type MarcImportOptions } from '../../src/modules/imports/index.js';
import { memberByCode } from '../../src/modules/members/index.js';
import { recordSources } from '../../src/modules/records/index.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const MEMBERS = ['CN-110000-BNU', 'CN-110000-BUAA', 'CN-110000-CASS', 'CN-110000-CLC', 'CN-110000-DPM', 'CN-110000-NCRC', 'CN-110000-NSLC', 'CN-110000-PKUHS', 'CN-110000-RUC'];

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase(); // the members this file loads for, no demo data
  for (const code of MEMBERS) {
    const data = await execute(`mutation($input: CreateMemberInput!) { createMember(input: $input) { userErrors { message } } }`, { input: { code, name: code, type: 'UNIVERSITY', reason: 'test' } }, admin);
    expect(data.createMember.userErrors).toEqual([]);
  }
});
afterAll(() => t?.close());

const FIXTURES = new URL('../../../shared/fixtures/marc/', import.meta.url).pathname;

type Spec = { title: string; f001?: string; f035?: string; f907?: string };
const record = (r: Spec): MarcRecord => {
  const fields: MarcField[] = [];
  if (r.f001) fields.push({ tag: '001', value: r.f001 });
  if (r.f035) fields.push({ tag: '035', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: r.f035 }] });
  fields.push({ tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: r.title }] });
  if (r.f907) fields.push({ tag: '907', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: r.f907 }] });
  return { leader: '00000nam a2200000 a 4500', fields };
};
const iso = (specs: Spec[]) => Buffer.concat(specs.map((s) => writeIso2709(record(s))));

const opts = (memberCode: string, extra: Partial<MarcImportOptions> = {}): MarcImportOptions => ({ memberCode, format: 'auto', dialect: 'auto', encoding: 'auto', replace: false, via: 'cli', actor: 'test', ...extra });
const load = (memberCode: string, name: string, source: { path: string } | { bytes: Buffer }, extra: Partial<MarcImportOptions> = {}) => importMarc(t.database.db, SYSTEM_VIEWER, [{ name, source }], opts(memberCode, extra));

async function localIds(memberCode: string): Promise<string[]> {
  const member = await memberByCode(t.database.db, memberCode);
  const rows = await t.database.db.select({ localId: recordSources.localId }).from(recordSources).where(eq(recordSources.memberId, member!.id));
  return rows.map((r) => r.localId).sort();
}
const importRows = async () => (await t.database.db.select({ n: count() }).from(imports))[0].n;

async function execute(query: string, variables: Record<string, unknown>, viewer: Viewer) {
  const result = await graphql({ schema: await buildApiSchema(), source: query, variableValues: variables, contextValue: createContext(t.database.db, viewer, 'test') });
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>; // any: each test reads its own shape
}
const admin: Viewer = { role: 'admin', sub: 'test-admin', memberCode: null };
const staffOf = (memberCode: string): Viewer => ({ role: 'member', sub: `staff-${memberCode}`, memberCode });

describe('where a record ID comes from', () => {
  it('takes 001, else the first 035 $a with a warning; only a record with neither is rejected, saying what was looked for', async () => {
    const s = await load('CN-110000-BNU', 'ids.mrc', { bytes: iso([{ title: 'Has 001', f001: 'B1', f035: '(OCoLC)1' }, { title: 'Only 035', f035: '(OCoLC)2' }, { title: 'Neither' }]) });
    expect(s).toMatchObject({ read: 3, created: 2 });
    expect(s.rejected).toEqual([{ file: 'ids.mrc', position: 3, reason: expect.stringMatching(/^no record identifier \(looked for 001, 035\$a\)/) }]);
    expect(s.warnings).toEqual([{ file: 'ids.mrc', position: 2, message: 'no 001: record ID "(OCoLC)2" taken from 035$a' }]);
    expect(s.warningCount).toBe(1);
    expect(await localIds('CN-110000-BNU')).toEqual(['(OCoLC)2', 'B1']);
  });

  it('--id-field reads the named field, and a later load by the same field updates in place', async () => {
    const file = iso([{ title: 'Sierra one', f001: 'ocm1', f907: '.b1000001' }, { title: 'Sierra two', f001: 'ocm2', f907: '.b1000002' }]);
    const first = await load('CN-110000-BUAA', 'sierra.mrc', { bytes: file }, { idField: { tag: '907', code: 'a' } });
    expect(first).toMatchObject({ read: 2, created: 2, warningCount: 0, warnings: [] });
    expect(await localIds('CN-110000-BUAA')).toEqual(['.b1000001', '.b1000002']);
    const again = await load('CN-110000-BUAA', 'sierra.mrc', { bytes: file }, { idField: { tag: '907', code: 'a' } });
    expect(again).toMatchObject({ read: 2, created: 0, updated: 2, warningCount: 0 });
  });

  it('a re-import whose IDs match none loaded before warns that the ID source may have changed, first in the list', async () => {
    const file = iso([{ title: 'Sierra one', f001: 'ocm1', f907: '.b1000001' }, { title: 'Sierra two', f001: 'ocm2', f907: '.b1000002' }]);
    const s = await load('CN-110000-BUAA', 'sierra.mrc', { bytes: file }); // forgot --id-field 907$a
    expect(s).toMatchObject({ read: 2, created: 0, updated: 0 });
    expect(s.warnings[0]).toEqual({ file: null, position: null, message: expect.stringMatching(/^none of the 2 record IDs in this load matches a record this member loaded before: the ID source may have changed \(IDs were taken from 001, else 035\$a\)\. .*--id-field/) });
    expect(s.warningCount).toBe(1);
  });

  it('no such warning for a first load, or when a single ID matches', async () => {
    const first = await load('CN-110000-CASS', 'a.mrc', { bytes: iso([{ title: 'First', f001: 'C1' }]) });
    expect(first.warnings).toEqual([]);
    const partly = await load('CN-110000-CASS', 'b.mrc', { bytes: iso([{ title: 'New', f001: 'C2' }, { title: 'First', f001: 'C1' }]) });
    expect(partly).toMatchObject({ created: 1, updated: 1, warnings: [] });
  });
});

describe('the real fixture files', () => {
  it('Horizon exports without 001 load by their 035 $a, each with a warning', async () => {
    const files = ['modrs-horizon-jhu.xml', 'modrs-horizon-hennepin.xml', 'modrs-horizon-southeastern.xml'];
    const s = await importMarc(t.database.db, SYSTEM_VIEWER, files.map((f) => ({ name: f, source: { path: `${FIXTURES}opac-holdings/${f}` } })), opts('CN-110000-CLC'));
    expect(s.rejected).toEqual([]);
    expect(s.read).toBe(3);
    expect(s.warnings.filter((w) => /^no 001: record ID ".+" taken from 035\$a$/.test(w.message)).map((w) => [w.file, w.position])).toEqual(files.map((f) => [f, 1]));
  });

  it('a Polaris record with neither 001 nor 035 is rejected; a Koha record loads by --id-field 999$c', async () => {
    const polaris = await load('CN-110000-DPM', 'polaris.xml', { path: `${FIXTURES}opac-holdings/modrs-polaris-with-held-item-status.xml` });
    expect(polaris.rejected).toEqual([{ file: 'polaris.xml', position: 1, reason: expect.stringMatching(/no record identifier \(looked for 001, 035\$a\)/) }]);
    const koha = await load('CN-110000-DPM', 'koha.xml', { path: `${FIXTURES}opac-holdings/modrs-koha-chatham.xml` }, { idField: { tag: '999', code: 'c' } });
    expect(koha).toMatchObject({ read: 1, rejected: [] });
    expect(await localIds('CN-110000-DPM')).toEqual(['100087']);
  });

  it('a record labelled MARC-8 whose bytes are UTF-8 loads, and the warning is kept with the load', async () => {
    const s = await load('CN-110000-NCRC', 'utf8.dat', { path: `${FIXTURES}marc21/pymarc-utf8_without_leader_flag.dat` });
    const expected = { file: 'utf8.dat', position: 1, message: 'leader/09 blank declares MARC-8, but the bytes are valid UTF-8 with multi-byte sequences: read as UTF-8' };
    expect(s.warnings).toEqual([expected]);
    const [row] = await t.database.db.select().from(imports).where(eq(imports.id, s.importId));
    expect(row).toMatchObject({ warnings: [expected], warningCount: 1 });
  });

  it('a field the reader dropped is a warning with its file and position', async () => {
    const s = await load('CN-110000-NSLC', 'regression45.dat', { path: `${FIXTURES}marc21/pymarc-regression45.dat` });
    expect(s.warnings).toContainEqual({ file: 'regression45.dat', position: expect.any(Number), message: expect.stringMatching(/752: data before the first subfield delimiter .* dropped/) });
    expect(s.warningCount).toBe(s.warnings.length);
  });
});

describe('warnings past the cap', () => {
  it(`keeps the first ${WARNINGS_KEPT} and counts them all; the whole-load warning stays first`, async () => {
    await load('CN-110000-PKUHS', 'before.mrc', { bytes: iso([{ title: 'Earlier', f001: 'P0' }]) });
    const many = Array.from({ length: 150 }, (_, i) => ({ title: `Batch title ${i}`, f035: `(SYS)${i}` }));
    const s = await load('CN-110000-PKUHS', 'many.mrc', { bytes: iso(many) });
    expect(s).toMatchObject({ read: 150, created: 150, warningCount: 151 });
    expect(s.warnings).toHaveLength(WARNINGS_KEPT);
    expect(s.warnings[0]).toMatchObject({ file: null, message: expect.stringMatching(/ID source may have changed/) });
    expect(s.warnings[1]).toEqual({ file: 'many.mrc', position: 1, message: 'no 001: record ID "(SYS)0" taken from 035$a' });

    const data = await execute(`query($code: String) { imports(first: 1, filter: { memberCode: $code }) { edges { node { warningCount warnings { file position message } } } } }`, { code: 'CN-110000-PKUHS' }, staffOf('CN-110000-PKUHS'));
    const node = data.imports.edges[0].node;
    expect(node.warningCount).toBe(151);
    expect(node.warnings).toHaveLength(WARNINGS_KEPT);
    expect(node.warnings.slice(0, 2)).toEqual(s.warnings.slice(0, 2));
  });
});

describe('importMarcRecords', () => {
  const IMPORT = `mutation($input: ImportMarcRecordsInput!) { importMarcRecords(input: $input) {
    importRun { status read created rejected { position reason } warningCount warnings { file position message } }
    userErrors { field code message } } }`;

  it('takes idField, and its payload carries the warnings', async () => {
    const bytes = iso([{ title: 'Koha one', f001: 'K1', f907: 'S1' }, { title: 'Koha two', f001: 'K2' }]);
    const data = await execute(IMPORT, { input: { memberCode: 'CN-110000-RUC', iso2709Base64: bytes.toString('base64'), idField: '907$a' } }, staffOf('CN-110000-RUC'));
    expect(data.importMarcRecords).toEqual({
      importRun: { status: 'SUCCEEDED', read: 2, created: 2, rejected: [], warningCount: 1, warnings: [{ file: 'upload', position: 2, message: 'no 907$a: record ID "K2" taken from 001' }] },
      userErrors: [],
    });
    expect(await localIds('CN-110000-RUC')).toEqual(['K2', 'S1']);
  });

  it.each([
    ['907', /907 is a data field/],
    ['001$a', /001 is a control field/],
    ['nonsense', /not a field/],
  ])('refuses idField %j on the idField input, writing nothing', async (idField, message) => {
    const before = await importRows();
    const r = await uploadMarc(t.database.db, SYSTEM_VIEWER, { memberCode: 'CN-110000-RUC', iso2709Base64: iso([{ title: 'x', f001: 'x' }]).toString('base64'), dialect: 'auto', idField });
    expect(r).toEqual({ importRun: null, userErrors: [{ field: ['idField'], code: 'INVALID_VALUE', message: expect.stringMatching(message) }] });
    expect(await importRows()).toBe(before);
  });

  it('answers INVALID_BASE64 for text that is not base64, writing no import row', async () => {
    const before = await importRows();
    const data = await execute(IMPORT, { input: { memberCode: 'CN-110000-RUC', iso2709Base64: 'export.mrc' } }, admin);
    expect(data.importMarcRecords).toEqual({ importRun: null, userErrors: [{ field: ['iso2709Base64'], code: 'INVALID_BASE64', message: expect.stringMatching(/not base64/) }] });
    expect(await importRows()).toBe(before);
  });

  it('answers NOT_MARC for bytes or text that are not MARC at all, writing no import row', async () => {
    const before = await importRows();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n').toString('base64');
    const bytes = await execute(IMPORT, { input: { memberCode: 'CN-110000-RUC', iso2709Base64: pdf } }, admin);
    expect(bytes.importMarcRecords).toEqual({ importRun: null, userErrors: [{ field: ['iso2709Base64'], code: 'NOT_MARC', message: expect.stringMatching(/^unsupported format: upload looks like/) }] });
    const text = await execute(IMPORT, { input: { memberCode: 'CN-110000-RUC', marcxml: 'Title\tAuthor\nA book\tSomeone\n' } }, admin);
    expect(text.importMarcRecords).toMatchObject({ importRun: null, userErrors: [{ field: ['marcxml'], code: 'NOT_MARC' }] });
    expect(await importRows()).toBe(before);
    const member = await memberByCode(t.database.db, 'CN-110000-RUC');
    const runs = await t.database.db.select({ n: count() }).from(imports).where(and(eq(imports.memberId, member!.id), eq(imports.status, 'SUCCEEDED')));
    expect(runs[0].n).toBe(1); // only the good upload above
  });
});
