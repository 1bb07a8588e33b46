/**
 * `import marc` as a user runs it: the JSON summary on the last line, progress on stderr, exit codes.
 * The first case runs the real binary (a process); the others run the same command line in this
 * process (runCliInProcess), which differs from it only in where the output is collected.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir } from '../support/test-db.js';
import { ROOT, runCli, runCliInProcess } from './run-cli.js';

const FIXTURES = path.resolve(ROOT, '../shared/fixtures/marc');
let dataDir = '';
const inProcess = (args: string[]) => runCliInProcess(args, { DATA_DIR: dataDir });

beforeAll(async () => {
  dataDir = await seededDataDir(); // the members exist, as after `sharegraph seed`
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('import marc', () => {
  it('prints the summary for all files as one JSON object on the last line of standard output (a process)', async () => {
    const r = await runCli(['import', 'marc', `${FIXTURES}/marc21/yaz-marc12.marc`, `${FIXTURES}/marc21/xbib-zdbtitutf8.mrc`, '--member', 'CN-110000-PKU', '--json'], { DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['read', 'created', 'merged', 'updated', 'deleted', 'holdings', 'rejected']));
    expect(summary.read).toBe(summary.created + summary.merged + summary.updated + summary.deleted + summary.rejected.length);
    expect(summary.rejected).toEqual([{ file: `${FIXTURES}/marc21/xbib-zdbtitutf8.mrc`, position: expect.any(Number), reason: expect.stringMatching(/truncated/) }]);
    expect(r.stderr).toMatch(/read \d+: \d+ new clusters/); // messages go to standard error
  });

  it('exits 1 and writes nothing when a file is not MARC at all, even after a good file', async () => {
    const r = await inProcess(['import', 'marc', `${FIXTURES}/marc21/yaz-marc5.marc`, `${FIXTURES}/unimarc/qa-unimarc.mrctxt`, '--member', 'CN-110000-PKU', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unsupported format: .*qa-unimarc\.mrctxt looks like/);
    expect(r.stdout).toBe('');
  });

  it('reads IDs from --id-field, else 001, and shows every warning in the summary and on standard error', async () => {
    const [koha, utf8] = ['opac-holdings/modrs-koha-chatham.xml', 'marc21/pymarc-utf8_without_leader_flag.dat'].map((f) => `${FIXTURES}/${f}`);
    const r = await inProcess(['import', 'marc', koha, utf8, '--member', 'CN-110000-RUC', '--id-field', '999$c', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ read: 2, rejected: [], warningCount: 2 });
    expect(summary.warnings).toEqual([
      { file: utf8, position: 1, message: 'leader/09 blank declares MARC-8, but the bytes are valid UTF-8 with multi-byte sequences: read as UTF-8' },
      { file: utf8, position: 1, message: expect.stringMatching(/^no 999\$c: record ID ".+" taken from 001$/) },
    ]);
    expect(r.stderr).toContain(`warning: ${utf8} record 1: leader/09 blank declares MARC-8, but the bytes are valid UTF-8`);
    expect(r.stderr).toContain(`warning: ${utf8} record 1: ${summary.warnings[1].message}\n`);
    expect(r.stderr).toMatch(/; 2 warnings in /);
  });

  it('exits 2 with a one-line reason for an --id-field that is not a field', async () => {
    const r = await inProcess(['import', 'marc', `${FIXTURES}/marc21/yaz-marc5.marc`, '--member', 'CN-110000-PKU', '--id-field', '907']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('sharegraph: --id-field: 907 is a data field: name its subfield too, e.g. 907$a (III/Sierra), 999$c (Koha) or 001');
  });

  it('exits 2 on a usage error, saying what is wrong', async () => {
    const noMember = await inProcess(['import', 'marc', `${FIXTURES}/marc21/yaz-marc5.marc`]);
    expect(noMember.code).toBe(2);
    expect(noMember.stderr).toMatch(/--member CODE/);
    const unknown = await inProcess(['import', 'marc', `${FIXTURES}/marc21/yaz-marc5.marc`, '--member', 'CN-NOBODY']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no member has code CN-NOBODY/);
    expect((await inProcess(['import', 'marc', '/no/such/file.mrc', '--member', 'CN-110000-PKU'])).code).toBe(2);
  });
});
