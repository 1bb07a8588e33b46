/**
 * `import counter` as a user runs it: the JSON summary on the last line of standard output, the JSON
 * and TSV forms of one report giving the same totals (and the second replacing the first), several
 * files summed, a refused report (exit 1, nothing stored), usage errors (exit 2).
 * The first case runs the real binary (a process); the others run the same command lines in this
 * process (runCliInProcess), which differs only in where the output is collected.
 * Fixtures: ../shared/fixtures/counter/r51 (COUNTER's R5.1 samples).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runCliInProcess } from '../cli/run-cli.js';
import { seededDataDir } from '../support/test-db.js';

const R51 = path.resolve(ROOT, '../shared/fixtures/counter/r51');
let dataDir = '';
const env = { DATA_DIR: '' };
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);

beforeAll(async () => {
  dataDir = await seededDataDir(); // the members exist, as after `sharegraph seed`
  env.DATA_DIR = dataDir;
}, 300_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('import counter', () => {
  it('stores a report and prints its summary as one JSON object per file (a process); the TSV form gives the same totals', async () => {
    // the JSON form, then the TSV form of the same report, in one run: one summary per file, totals summed
    const json = await runCli(['import', 'counter', `${R51}/TRJ1_sample_r51.json`, `${R51}/TRJ1_sample_r51.tsv`, '--member', 'CN-110000-PKU', '--json'], env);
    expect(json.code).toBe(0);
    const both = lastJson(json.stdout);
    const [a, b] = both.reports;
    expect(Object.keys(a).slice(0, 8)).toEqual(['release', 'reportId', 'begin', 'end', 'rowsRead', 'factsStored', 'rejected', 'totals']);
    expect(a).toMatchObject({ release: '5.1', reportId: 'TR_J1', begin: '2022-01-01', end: '2022-12-01', rejected: [], stored: true, provider: 'Sample Publisher' });
    expect(a.factsStored).toBeGreaterThan(0);
    expect(Object.keys(a.totals).sort()).toEqual(['Total_Item_Requests', 'Unique_Item_Requests']);
    expect(json.stderr).toMatch(/TRJ1_sample_r51\.json: TR_J1 \(5\.1\) 2022-01\.\.2022-12 from Sample Publisher: \d+ rows read, \d+ facts stored for CN-110000-PKU/);

    expect(b.totals).toEqual(a.totals);
    expect(b.factsStored).toBe(a.factsStored);
    expect(both.totals).toEqual(Object.fromEntries(Object.entries(a.totals as Record<string, number>).map(([k, v]) => [k, 2 * v])));
    // that the second replaced the first in the store (no double count) is shown by counter-store.service.test.ts
  }, 120_000);

  it('sums several files, and without --json prints one line per file on standard output', async () => {
    const files = ['PR_sample_r51.tsv', 'PRP1_sample_r51.tsv'].map((f) => `${R51}/${f}`);
    const r = await runCliInProcess(['import', 'counter', ...files, '--member', 'CN-110000-THU', '--json'], env);
    expect(r.code).toBe(0);
    const out = lastJson(r.stdout);
    expect(out.reports.map((x: { reportId: string }) => x.reportId)).toEqual(['PR', 'PR_P1']);
    const summed: Record<string, number> = {};
    for (const rep of out.reports) for (const [k, v] of Object.entries(rep.totals as Record<string, number>)) summed[k] = (summed[k] ?? 0) + v;
    expect(out.totals).toEqual(summed);

    const plain = await runCliInProcess(['import', 'counter', files[1], '--member', 'CN-110000-THU'], env);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^.*PRP1_sample_r51\.tsv: PR_P1 \(5\.1\) .* facts stored for CN-110000-THU in [\d.]+ s\n$/);
  }, 120_000);

  it('exits 1 for a refused report, naming each bad row on standard error, and stores nothing of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sharegraph-counter-bad-'));
    try {
      const bad = path.join(dir, 'bad.json');
      writeFileSync(bad, '{"Report_Header": {"Release": "5.1", "Report_ID": "TR_J1"');
      const r = await runCliInProcess(['import', 'counter', bad, '--member', 'CN-110000-PKU', '--json'], env);
      expect(r.code).toBe(1);
      const out = lastJson(r.stdout);
      expect(out).toMatchObject({ stored: false, factsStored: 0, totals: {} });
      expect(out.rejected.length).toBeGreaterThan(0);
      expect(r.stderr).toMatch(/rejected: .*bad\.json row \d+: /);
      expect(r.stderr).toMatch(/refused, nothing stored/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.each([
    [['import', 'counter'], 'name at least one COUNTER report file to import'],
    [['import', 'counter', '/nonexistent/tr.json'], 'cannot read /nonexistent/tr.json: no such file'],
    [['import', 'counter', `${R51}/TRJ1_sample_r51.json`, '--member', 'CN-NOBODY'], '--member: no member has the code CN-NOBODY'],
  ])('%j is a usage error, exit 2', async (argv, problem) => {
    const r = await runCliInProcess(argv, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sharegraph: ${problem}\nRun "sharegraph import counter --help" for usage.\n`);
  }, 120_000);
});
