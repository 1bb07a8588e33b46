/**
 * `usage harvest` against a mock COUNTER API, on a store opened as a command opens it: the first run
 * as a process (the real binary), the others in this process (runCliInProcess), which differs only in
 * where the output is collected.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { createSealer } from '../../src/lib/sealed-secrets.js';
import { createMember, MemberType } from '../../src/modules/members/index.js';
import { createUsageProvider, setUsageAccount } from '../../src/modules/usage/index.js';
import { startMockSushi, type MockSushi } from '../support/mock-sushi.js';
import { openTestStorePlace } from '../support/test-db.js';
import { runCli, runCliInProcess } from './run-cli.js';

const KEY = Buffer.alloc(32, 3);
let place: Awaited<ReturnType<typeof openTestStorePlace>>;
let mock: MockSushi;
let env: Record<string, string>;

beforeAll(async () => {
  mock = await startMockSushi([{ customerId: 'cid-pku', requestorId: 'req-1', apiKey: 'key-1' }]);
  place = await openTestStorePlace();
  const database = await place.open();
  try {
    const { db } = database;
    const { provider } = await createUsageProvider(db, SYSTEM_VIEWER, { name: 'Mock Publisher', sushiUrl: mock.origin, release: '5.1', harvestReports: ['PR', 'TR_J1'] });
    // the members the account needs: the migrated store has none, so one is added as the API would
    const m = await createMember(db, SYSTEM_VIEWER, { code: 'CN-110000-PKU', name: '北京大学图书馆', type: MemberType.UNIVERSITY, reason: 'test' });
    expect(m.userErrors).toEqual([]);
    const a = await setUsageAccount(db, SYSTEM_VIEWER, createSealer(KEY), { providerId: provider!.id, memberCode: 'CN-110000-PKU', customerId: 'cid-pku', requestorId: 'req-1', apiKey: 'key-1' });
    expect(a.userErrors).toEqual([]);
  } finally {
    await database.close();
  }
  env = {
    DATA_DIR: place.config.dataDir,
    ...(place.config.databaseUrl ? { DATABASE_URL: place.config.databaseUrl } : {}),
    DEMO_DATA: 'false',
    SECRETS_KEY: KEY.toString('hex'),
    OUTBOUND_ALLOWED_HOSTS: mock.hostPort,
  };
}, 180_000);
afterAll(async () => {
  await mock?.close();
  await place?.close();
});

it('harvests the month asked for and prints the ledger lines as JSON; exit 1 while a line is not done', async () => {
  const noUsage = { status: 200, body: { Code: 3030, Message: 'No Usage Available for Requested Dates' } };
  mock.script('PR', noUsage, { status: 401, body: { Code: 2020, Message: 'APIKey Invalid' } });
  mock.script('TR_J1', noUsage, noUsage);
  const r = await runCli(['usage', 'harvest', '--provider', 'Mock Publisher', '--month', '2022-03', '--json'], env);
  const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  expect(out).toMatchObject({ month: '2022-03', scheduled: 2 });
  expect(out.harvests.map((h: { report: string; status: string; member: string }) => `${h.report} ${h.status} ${h.member}`)).toEqual(['PR NO_USAGE CN-110000-PKU', 'TR_J1 NO_USAGE CN-110000-PKU']);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('2022-03: 2 new ledger lines, 2 asked for');
  expect(mock.requests.map((q) => `${q.reportId} ${q.query.api_key}`)).toEqual(['PR key-1', 'TR_J1 key-1']);

  const again = await runCliInProcess(['usage', 'harvest', '--month', '2022-03', '--again'], env);
  expect(again.code).toBe(1);
  expect(again.stdout).toMatch(/^FAILED +Mock Publisher {2}PR {2}2022-03 {2}CN-110000-PKU {2}\[2020\] {2}HTTP 401: 2020 APIKey Invalid$/m);
  expect(r.stdout + r.stderr + again.stdout + again.stderr).not.toContain('key-1');
}, 120_000);

it('exits 2 for a bad month or an unknown provider, asking nothing', async () => {
  const month = await runCliInProcess(['usage', 'harvest', '--month', '2022-3'], env);
  expect(month.code).toBe(2);
  expect(month.stderr).toBe('sharegraph: --month must be yyyy-mm (got "2022-3")\nRun "sharegraph usage harvest --help" for usage.\n');
  const provider = await runCliInProcess(['usage', 'harvest', '--provider', 'Nobody'], env);
  expect(provider.code).toBe(2);
  expect(provider.stderr).toContain('no usage provider is named "Nobody"');
  expect(mock.requests).toHaveLength(4);
}, 120_000);
