/** `ill purge` as an operator runs it, on the demo data: removes the patron references of closed requests only. */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededDataDir } from '../support/test-db.js';
import { runCli, runCliInProcess } from './run-cli.js';

let dataDir = '';
const env = { DATA_DIR: '', DEMO_DATA: 'false' };
beforeAll(async () => {
  dataDir = await seededDataDir('seeded');
  env.DATA_DIR = dataDir;
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('keeps references within the retention period, then removes those of the closed demo requests with --days 0; --help and a bad --days', async () => {
  const kept = await runCli(['ill', 'purge', '--json'], env);
  expect(kept.code).toBe(0);
  expect(JSON.parse(kept.stdout.trim().split('\n').at(-1)!)).toMatchObject({ removed: 0, retentionDays: 90 });
  // the real binary once (above); the other cases run the same command line in this process
  const purged = await runCliInProcess(['ill', 'purge', '--days', '0'], env);
  expect(purged.code).toBe(0);
  expect(purged.stdout).toMatch(/^removed 3 patron references of ILL requests closed before .* \(0 days\)\n$/); // COMPLETED, CANCELLED, UNFILLED
  const help = await runCliInProcess(['ill', 'purge', '--help'], env);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: sharegraph ill purge \[--days N\] \[--json\]/);
  const bad = await runCliInProcess(['ill', 'purge', '--days', 'soon'], env);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe('sharegraph: --days takes a whole number of days (0 to 36500), got "soon"\nRun "sharegraph ill purge --help" for usage.\n');
}, 300_000); // one process opening the embedded database, then three runs in this one
