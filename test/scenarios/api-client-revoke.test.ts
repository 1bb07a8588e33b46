/**
 * Scenario (npm run test:scenarios, on the PostgreSQL server of TEST_DATABASE_URL): two `sharegraph
 * serve` processes on one database accept an API client's key, and once the client is revoked (here
 * through the service, as the CLI or a third process would) both refuse it at the next request, though
 * each had checked its secret and cached that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { openDatabase } from '../../src/db/database.js';
import { createApiClient, revokeApiClient } from '../../src/modules/clients/index.js';
import { createMember, MemberType } from '../../src/modules/members/index.js';
import { scenarioDatabase } from '../support/scenario-database.js';
import { cliProcesses } from '../support/cli-processes.js';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';

async function ask(url: string, key: string): Promise<{ status: number; code?: string }> {
  const res = await fetch(url.replace('localhost', '127.0.0.1'), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: '{"query":"query Mine { apiClients { name } }"}' });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code };
}

describe('an API key on two server processes', () => {
  const scenario = scenarioDatabase('sg_test_clients');
  const one = cliProcesses();
  const two = cliProcesses();
  let databaseUrl = '';

  beforeAll(async () => {
    databaseUrl = await scenario.create();
  });

  afterAll(async () => {
    one.cleanup();
    two.cleanup();
    await scenario.drop();
  });

  it('has a server to run on', () => {
    expect(serverUrl, 'npm run test:scenarios needs TEST_DATABASE_URL (a PostgreSQL server)').toMatch(/^postgres(ql)?:\/\//);
  });

  it('stops working on both at once when the client is revoked', async () => {
    const database = await openDatabase({ url: databaseUrl, poolMax: 1 });
    try {
      await database.migrate();
      await createMember(database.db, SYSTEM_VIEWER, { code: 'CN-CLIENTS-1', name: 'Clients test library', type: MemberType.UNIVERSITY });
      const { client, key } = await createApiClient(database.db, SYSTEM_VIEWER, { name: 'two-process app', memberCode: 'CN-CLIENTS-1', scopes: ['READ'] });
      const [a, b] = await Promise.all([one.serve({ DATABASE_URL: databaseUrl }), two.serve({ DATABASE_URL: databaseUrl })]);
      // twice each: the second answer comes with the secret's check cached in that process
      for (const server of [a, b, a, b]) expect(await ask(server.url, key!)).toEqual({ status: 200, code: undefined });
      expect((await revokeApiClient(database.db, SYSTEM_VIEWER, client!.id, 'scenario')).userErrors).toEqual([]);
      expect([await ask(a.url, key!), await ask(b.url, key!)]).toEqual([
        { status: 401, code: 'UNAUTHENTICATED' },
        { status: 401, code: 'UNAUTHENTICATED' },
      ]);
    } finally {
      await database.close();
    }
  });
});
