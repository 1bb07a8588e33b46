/**
 * `import kbart` as a user runs it: the JSON summary on the last line, progress on stderr, exit codes.
 * The first load runs the real binary (a process); the other cases run the same command lines in this
 * process (runCliInProcess), which differs only in where the output is collected.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir } from '../support/test-db.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { ROOT, runCli, runCliInProcess } from '../cli/run-cli.js';

const FIXTURES = path.resolve(ROOT, '../shared/fixtures/kbart');
let dataDir = '';
const RESOURCE = toGlobalId('Resource', 1); // the first demo resource; the API gives the same ID

const run = (args: string[]) => runCliInProcess(args, { DATA_DIR: dataDir });

beforeAll(async () => {
  dataDir = await seededDataDir(); // members and the demo deals exist, as after `sharegraph seed`
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('import kbart', () => {
  it('prints the summary as one JSON object on the last line (a process); a re-load reports what changed', async () => {
    const first = await runCli(['import', 'kbart', `${FIXTURES}/gokb-Example_Ebook_Package_Allfields_Original.txt`, '--resource', RESOURCE, '--json'], { DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    const s1 = JSON.parse(first.stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(s1)).toEqual(['read', 'added', 'changed', 'unchanged', 'dropped', 'rejected', 'warnings']);
    expect(s1).toMatchObject({ read: 100, added: 100, changed: 0, unchanged: 0, dropped: 4, rejected: [] }); // the 4 demo titles give way
    expect(first.stderr).toMatch(/read 100: 100 added/);
    const second = await run(['import', 'kbart', `${FIXTURES}/gokb-Example_Ebook_Package_Allfields_Changed.txt`, '--resource', RESOURCE, '--json']);
    expect(second.code).toBe(0);
    const s2 = JSON.parse(second.stdout.trim().split('\n').at(-1)!);
    expect(s2).toMatchObject({ read: 100, added: 21, changed: 0, unchanged: 79, dropped: 21 });
    expect(s2.read).toBe(s2.added + s2.changed + s2.unchanged + s2.rejected.length);
  }, 120_000); // a process opening the embedded database, slow on a busy machine

  it('reports warnings with their line numbers', async () => {
    const r = await run(['import', 'kbart', `${FIXTURES}/gokb-test_validation_serials_errors.txt`, '--resource', RESOURCE, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!).warnings).toEqual([{ row: 2, message: 'online_identifier "1673-3550" is not a valid ISSN (wrong check digit); dropped' }]);
    expect(r.stderr).toMatch(/warning: line 2: online_identifier/);
  });

  it('exits 1 and writes nothing when the file is not KBART', async () => {
    const file = path.join(dataDir, 'not-kbart.txt');
    writeFileSync(file, 'title\tissn\nA\t1\n');
    const r = await run(['import', 'kbart', file, '--resource', RESOURCE, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a KBART file: line 1 is not a KBART header/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a usage error, saying what is wrong', async () => {
    const file = `${FIXTURES}/gokb-test_validation_serials_valid.txt`;
    const none = await run(['import', 'kbart', file]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringMatching(/--resource ID/)]);
    const unknown = await run(['import', 'kbart', file, '--resource', toGlobalId('Resource', 9999)]);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringMatching(/no resource has ID/)]);
    const notAResource = await run(['import', 'kbart', file, '--resource', toGlobalId('Member', 1)]);
    expect(notAResource.code).toBe(2);
    expect((await run(['import', 'kbart', '/no/such/file.txt', '--resource', RESOURCE])).code).toBe(2);
  });
});
