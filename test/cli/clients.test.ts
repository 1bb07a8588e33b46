/**
 * `clients create|list|rotate|revoke` on a store opened as a command opens it: the key printed once on
 * the last line, verified by the service as a request would be; usage errors exit 2 naming the option.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { verifyApiKey } from '../../src/modules/clients/index.js';
import { createMember, MemberType } from '../../src/modules/members/index.js';
import { openTestStorePlace } from '../support/test-db.js';
import { runCli, runCliInProcess } from './run-cli.js';

let place: Awaited<ReturnType<typeof openTestStorePlace>>;
let env: Record<string, string>;

beforeAll(async () => {
  place = await openTestStorePlace();
  const database = await place.open();
  try {
    await createMember(database.db, SYSTEM_VIEWER, { code: 'CN-110000-PKU', name: '北京大学图书馆', type: MemberType.UNIVERSITY, reason: 'test' });
  } finally {
    await database.close();
  }
  env = { DATA_DIR: place.config.dataDir, ...(place.config.databaseUrl ? { DATABASE_URL: place.config.databaseUrl } : {}), DEMO_DATA: 'false' };
}, 180_000);
afterAll(() => place?.close());

const verify = async (key: string) => {
  const database = await place.open();
  try {
    return await verifyApiKey(database.db, key);
  } finally {
    await database.close();
  }
};

it('creates a client and prints its key once; rotate prints a new one; revoke stops them', async () => {
  const created = await runCli(['clients', 'create', '--name', 'PKU catalogue', '--member', 'CN-110000-PKU', '--scopes', 'read,member_write', '--rate', '120', '--quota', '5000'], env);
  expect(created.stderr).toContain('registered API client "PKU catalogue"');
  expect(created.code).toBe(0);
  const key = created.stdout.trim();
  expect(key).toMatch(/^sgk_[0-9a-f]{16}_\S+$/);
  expect(await verify(key)).toMatchObject({ role: 'member', memberCode: 'CN-110000-PKU', client: { scopes: ['READ', 'MEMBER_WRITE'], rateLimitPerMinute: 120, dailyQuota: 5000 } });

  const listed = await runCliInProcess(['clients', 'list', '--json'], env);
  const [client] = JSON.parse(listed.stdout.trim());
  expect(client).toMatchObject({ name: 'PKU catalogue', memberCode: 'CN-110000-PKU', scopes: ['READ', 'MEMBER_WRITE'], revokedAt: null });

  const rotated = await runCliInProcess(['clients', 'rotate', client.id], env);
  expect(rotated.code).toBe(0);
  const next = rotated.stdout.trim();
  await expect(verify(key)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  expect((await verify(next)).memberCode).toBe('CN-110000-PKU');

  expect((await runCliInProcess(['clients', 'revoke', client.id, '--reason', 'retired'], env)).code).toBe(0);
  await expect(verify(next)).rejects.toMatchObject({ message: expect.stringMatching(/was revoked/) });
  expect((await runCliInProcess(['clients', 'list'], env)).stdout).toMatch(/REVOKED/);
}, 120_000);

it('exits 2 naming the option for bad input, and writes nothing', async () => {
  const cases: [string[], string][] = [
    [['clients', 'create', '--name', 'x', '--scopes', 'WRITE'], '--scopes: "WRITE" is not a scope (READ, MEMBER_WRITE, ANALYST)'],
    [['clients', 'create', '--name', 'x', '--scopes', 'MEMBER_WRITE'], "--scopes: MEMBER_WRITE acts as a member's staff"],
    [['clients', 'create', '--name', 'x', '--scopes', 'READ', '--member', 'CN-NO-SUCH'], '--member: no member has code CN-NO-SUCH'],
    [['clients', 'rotate', '999', '--grace=-5'], '--grace takes a whole number'],
    [['clients', 'revoke', '999'], 'no API client has this id'],
  ];
  for (const [args, message] of cases) {
    const r = await runCliInProcess(args, env);
    expect(r.code, args.join(' ')).toBe(2);
    expect(r.stderr).toContain(message);
  }
  expect(JSON.parse((await runCliInProcess(['clients', 'list', '--json'], env)).stdout.trim())).toHaveLength(1);
}, 120_000);
