/** `import marc` as a user runs it: the JSON summary on the last line, progress on stderr, exit codes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.resolve(ROOT, '../shared/fixtures/marc');
const dataDir = mkdtempSync(path.join(tmpdir(), 'sharegraph-import-'));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { TEST_DATABASE_URL: _t, DATABASE_URL: _d, NODE_ENV: _n, ...env } = process.env;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: { ...env, DATA_DIR: dataDir, JWT_SECRET: 'x'.repeat(40) } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  expect((await run(['seed'])).code).toBe(0); // the members exist
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('import marc', () => {
  it('prints the summary for all files as one JSON object on the last line of standard output', async () => {
    const r = await run(['import', 'marc', `${FIXTURES}/marc21/yaz-marc12.marc`, `${FIXTURES}/marc21/xbib-zdbtitutf8.mrc`, '--member', 'CN-110000-PKU', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['read', 'created', 'merged', 'updated', 'deleted', 'holdings', 'rejected']));
    expect(summary.read).toBe(summary.created + summary.merged + summary.updated + summary.deleted + summary.rejected.length);
    expect(summary.rejected).toEqual([{ file: `${FIXTURES}/marc21/xbib-zdbtitutf8.mrc`, position: expect.any(Number), reason: expect.stringMatching(/truncated/) }]);
    expect(r.stderr).toMatch(/read \d+: \d+ new clusters/); // messages go to standard error
  });

  it('exits 1 and writes nothing when a file is not MARC at all, even after a good file', async () => {
    const r = await run(['import', 'marc', `${FIXTURES}/marc21/yaz-marc5.marc`, `${FIXTURES}/unimarc/qa-unimarc.mrctxt`, '--member', 'CN-110000-PKU', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unsupported format: .*qa-unimarc\.mrctxt looks like/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a usage error, saying what is wrong', async () => {
    const noMember = await run(['import', 'marc', `${FIXTURES}/marc21/yaz-marc5.marc`]);
    expect(noMember.code).toBe(2);
    expect(noMember.stderr).toMatch(/--member CODE/);
    const unknown = await run(['import', 'marc', `${FIXTURES}/marc21/yaz-marc5.marc`, '--member', 'CN-NOBODY']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no member has code CN-NOBODY/);
    expect((await run(['import', 'marc', '/no/such/file.mrc', '--member', 'CN-110000-PKU'])).code).toBe(2);
  });
});
