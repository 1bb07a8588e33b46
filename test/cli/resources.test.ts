/**
 * `resources create` then `import kbart` with the ID it printed, and `resources list`: no API needed.
 * One `resources create` and one `resources list` run as processes (the real binary); the other
 * command lines run in this process (runCliInProcess), which differs only in where output is collected.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededDataDir } from '../support/test-db.js';
import { ROOT, runCli, runCliInProcess } from './run-cli.js';

let dataDir = '';
const env = { DATA_DIR: '', DEMO_DATA: 'false' };
beforeAll(async () => {
  dataDir = await seededDataDir('migrated'); // an empty, migrated store, as the first command would leave it
  env.DATA_DIR = dataDir;
});
const KBART = path.resolve(ROOT, '../shared/fixtures/kbart/gokb-Example_Ebook_Package_Allfields_Original.txt');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('creates a resource, loads its KBART list by the printed ID, and lists it with its title count', async () => {
  const created = await runCli(['resources', 'create', '--name', 'Example Ebook Package', '--provider', 'GOKb', '--content-type', 'ebooks', '--reason', 'test'], env);
  expect(created.code).toBe(0);
  const id = created.stdout.trim().split('\n').at(-1)!;
  expect(created.stderr).toContain(`sharegraph import kbart FILE --resource ${id}`);

  const loaded = await runCliInProcess(['import', 'kbart', KBART, '--resource', id], env);
  expect(loaded.code).toBe(0);

  const listed = await runCli(['resources', 'list', '--json'], env);
  expect(listed.code).toBe(0);
  expect(JSON.parse(listed.stdout.trim().split('\n').at(-1)!)).toEqual([
    { id, name: 'Example Ebook Package', vendor: 'GOKb', platform: null, contentType: 'EBOOKS', url: null, titleCount: 100 },
  ]);
  const table = await runCliInProcess(['resources', 'list'], env);
  expect(table.code).toBe(0);
  expect(table.stdout.split('\n')[1]).toMatch(new RegExp(`^${id} +100 +EBOOKS +Example Ebook Package \\(GOKb\\)$`));

  const json = await runCliInProcess(['resources', 'create', '--name', 'Second', '--json'], env);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout.trim().split('\n').at(-1)!)).toMatchObject({ name: 'Second', contentType: 'OTHER' });
  const bad = await runCliInProcess(['resources', 'create', '--name', 'Third', '--url', 'ftp://example.org'], env);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe('sharegraph: --url: url must start with http:// or https:// (got "ftp://example.org")\nRun "sharegraph resources create --help" for usage.\n');
}, 300_000); // two processes, each opening the embedded database
