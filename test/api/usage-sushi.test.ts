/**
 * The COUNTER API harvest over GraphQL: providers and accounts (credentials in, never out), the
 * harvestUsage mutation against a mock provider, and the ledger scoped per member. Every answer is
 * walked for the credentials.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { GraphQLObjectType } from 'graphql';
import { startMockSushi, type MockSushi } from '../support/mock-sushi.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const PKU = 'CN-110000-PKU';
const SJTU = 'CN-310000-SJTU';
const SECRETS = ['req-pku-secret', 'key-pku-secret-0123', 'req-sjtu-secret', 'key-sjtu-secret-4567'];

let t: TestApp;
let mock: MockSushi;
const tokens: Record<string, string> = {};
const answers: GraphQLResponse[] = [];
const saved: Record<string, string | undefined> = {};

async function call(query: string, variables: Record<string, unknown> = {}, token = tokens.admin) {
  const r = await t.execute(query, variables, token);
  answers.push(r);
  return r;
}

/** Every string anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const CREATE = `mutation($input: CreateUsageProviderInput!) { createUsageProvider(input: $input) { provider { id name sushiUrl release platform harvestReports active } userErrors { field code message } } }`;
const SET = `mutation($input: SetUsageAccountInput!) { setUsageAccount(input: $input) { account { id memberCode customerId hasRequestorId hasApiKey provider { id name } } userErrors { field code message } } }`;
const HARVEST = `mutation($input: HarvestUsageInput!) { harvestUsage(input: $input) { month scheduled harvests { id memberCode reportId month status attempts exceptionCodes exceptions { code message data } message httpStatus factsStored nextAttemptAt lastAttemptAt updatedAt provider { name sushiUrl } } userErrors { field code message } } }`;
const LEDGER = `query($filter: UsageHarvestFilter) { usageHarvests(first: 50, filter: $filter) { totalCount edges { node { memberCode reportId month status exceptionCodes message } } } }`;

let providerId: string;

beforeAll(async () => {
  mock = await startMockSushi([
    { customerId: 'cid-pku', requestorId: SECRETS[0], apiKey: SECRETS[1] },
    { customerId: 'cid-sjtu', requestorId: SECRETS[2], apiKey: SECRETS[3] },
  ]);
  // the API reads these from the environment when a mutation needs them
  for (const name of ['SECRETS_KEY', 'OUTBOUND_ALLOWED_HOSTS', 'NODE_ENV']) saved[name] = process.env[name];
  process.env.SECRETS_KEY = Buffer.alloc(32, 5).toString('base64');
  process.env.OUTBOUND_ALLOWED_HOSTS = mock.hostPort;
  t = await startTestApp();
  tokens.admin = await t.token('admin');
  tokens.pku = await t.token('member', PKU);
  tokens.sjtu = await t.token('member', SJTU);
  tokens.analyst = await t.token('analyst');
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await mock?.close();
  await t?.close();
});

describe('providers and accounts', () => {
  it('creates a provider and refuses bad input with userErrors', async () => {
    const bad = await call(CREATE, { input: { name: ' ', sushiUrl: 'ftp://x', release: '4', harvestReports: ['TR', 'JR1'] } });
    expect(bad.data!.createUsageProvider.provider).toBeNull();
    expect(bad.data!.createUsageProvider.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['name', 'sushiUrl', 'release', 'harvestReports.1']);
    const ok = await call(CREATE, { input: { name: 'Mock Publisher', sushiUrl: `${mock.origin}/`, release: '5.1', harvestReports: ['pr', 'TR'] } });
    expect(ok.data!.createUsageProvider).toMatchObject({ provider: { name: 'Mock Publisher', sushiUrl: mock.origin, release: '5.1', platform: null, harvestReports: ['PR', 'TR'], active: true }, userErrors: [] });
    providerId = ok.data!.createUsageProvider.provider.id;
    const again = await call(CREATE, { input: { name: 'Mock Publisher' } });
    expect(again.data!.createUsageProvider.userErrors).toEqual([{ field: ['name'], code: 'DUPLICATE_NAME', message: 'a usage provider named "Mock Publisher" exists already' }]);
  });

  it('sets accounts with credentials and shows only whether they are set', async () => {
    const pku = await call(SET, { input: { providerId, memberCode: PKU, customerId: 'cid-pku', requestorId: SECRETS[0], apiKey: SECRETS[1] } });
    expect(pku.data!.setUsageAccount).toMatchObject({ account: { memberCode: PKU, customerId: 'cid-pku', hasRequestorId: true, hasApiKey: true, provider: { id: providerId } }, userErrors: [] });
    const sjtu = await call(SET, { input: { providerId, memberCode: SJTU, customerId: 'cid-sjtu', requestorId: SECRETS[2] } });
    expect(sjtu.data!.setUsageAccount.account).toMatchObject({ hasRequestorId: true, hasApiKey: false });
    // null keeps what is stored, a value replaces it
    const key = await call(SET, { input: { providerId, memberCode: SJTU, customerId: 'cid-sjtu', requestorId: null, apiKey: SECRETS[3] } });
    expect(key.data!.setUsageAccount.account).toMatchObject({ hasRequestorId: true, hasApiKey: true });
    const unknown = await call(SET, { input: { providerId, memberCode: 'CN-NO-SUCH', customerId: 'x' } });
    expect(unknown.data!.setUsageAccount.userErrors).toEqual([{ field: ['memberCode'], code: 'UNKNOWN_MEMBER', message: 'no member has code "CN-NO-SUCH"' }]);
    const taken = await call(SET, { input: { providerId, memberCode: SJTU, customerId: 'cid-pku' } });
    expect(taken.data!.setUsageAccount.userErrors[0]).toMatchObject({ field: ['customerId'], code: 'INVALID_VALUE' });
  });
});

describe('harvesting through the API', () => {
  it('harvests a month from the mock provider and lists the ledger with its codes', async () => {
    // the answers that need no report store: no usage (3030), a permanent error (2020), "queued" (1011)
    const noUsage = { status: 200, body: { Code: 3030, Message: 'No Usage Available for Requested Dates' } };
    mock.script('PR', noUsage, { status: 202, body: { Code: 1011, Message: 'Report Queued for Processing' } });
    mock.script('TR', { status: 401, body: { Code: 2020, Message: 'APIKey Invalid' } }, noUsage);
    const r = await call(HARVEST, { input: { providerId, month: '2022-03' } });
    expect(r.errors).toBeUndefined();
    const payload = r.data!.harvestUsage;
    expect(payload).toMatchObject({ month: '2022-03', scheduled: 4, userErrors: [] });
    expect(payload.harvests.map((h: { memberCode: string; reportId: string; status: string; exceptionCodes: number[] }) => `${h.memberCode} ${h.reportId} ${h.status} ${h.exceptionCodes.join(',')}`)).toEqual([
      `${PKU} PR NO_USAGE 3030`,
      `${PKU} TR FAILED 2020`,
      `${SJTU} PR RETRY 1011`,
      `${SJTU} TR NO_USAGE 3030`,
    ]);
    expect(payload.harvests[1]).toMatchObject({ httpStatus: 401, attempts: 1, exceptions: [{ code: 2020, message: 'APIKey Invalid', data: null }], message: 'HTTP 401: 2020 APIKey Invalid', nextAttemptAt: null, provider: { name: 'Mock Publisher' } });
    expect(payload.harvests[2].nextAttemptAt).not.toBeNull();
    expect(mock.requests.find((q) => q.query.customer_id === 'cid-pku')?.query).toMatchObject({ requestor_id: SECRETS[0], api_key: SECRETS[1], begin_date: '2022-03', end_date: '2022-03' });
    expect(mock.requests.map((q) => q.release)).toEqual(['5.1', '5.1', '5.1', '5.1']);
  });

  it('refuses a bad month and an unknown provider with userErrors, asking nothing', async () => {
    const asked = mock.requests.length;
    const month = await call(HARVEST, { input: { month: '2022-3' } });
    expect(month.data!.harvestUsage.userErrors).toEqual([{ field: ['month'], code: 'INVALID_VALUE', message: 'month must be yyyy-mm (got "2022-3")' }]);
    const provider = await call(HARVEST, { input: { providerId: toGlobalId('UsageProvider', 9999), month: '2022-03' } });
    expect(provider.data!.harvestUsage.userErrors[0]).toMatchObject({ field: ['providerId'], code: 'UNKNOWN_PROVIDER' });
    expect(mock.requests.length).toBe(asked);
  });

  it("shows member staff their own member's ledger lines only", async () => {
    const admin = await call(LEDGER, {});
    expect(admin.data!.usageHarvests.totalCount).toBe(4);
    expect(admin.data!.usageHarvests.edges[0].node).toMatchObject({ memberCode: SJTU, reportId: 'TR', month: '2022-03', status: 'NO_USAGE' }); // newest first
    const failed = await call(LEDGER, { filter: { status: 'FAILED', providerId } }, tokens.analyst);
    expect(failed.data!.usageHarvests.edges.map((e: { node: { memberCode: string; exceptionCodes: number[] } }) => [e.node.memberCode, e.node.exceptionCodes])).toEqual([[PKU, [2020]]]);
    const own = await call(LEDGER, {}, tokens.pku);
    expect(own.data!.usageHarvests.edges.every((e: { node: { memberCode: string } }) => e.node.memberCode === PKU)).toBe(true);
    expect(own.data!.usageHarvests.totalCount).toBe(2);
    const other = await call(LEDGER, { filter: { memberCode: PKU } }, tokens.sjtu);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.execute(LEDGER, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('credentials never come back', () => {
  it('appear in no answer, the audit log included', async () => {
    await call('{ auditLog(first: 20) { edges { node { action entityType before after } } } }');
    const all = answers.flatMap((a) => strings(a));
    for (const secret of SECRETS) expect(all.filter((s) => s.includes(secret))).toEqual([]);
    expect(answers.length).toBeGreaterThan(10);
  });

  it('have no field in the schema: only hasRequestorId and hasApiKey', async () => {
    const schema = await buildApiSchema();
    const fields = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !type.name.startsWith('__'))
      .flatMap((type) => Object.keys(type.getFields()).map((f) => `${type.name}.${f}`))
      .filter((f) => /requestor|api_?key|secret|sealed|credential/i.test(f));
    // the one secret the schema gives out is a webhook's signing secret, which sharegraph makes and shows once, at creation
    expect(fields.sort()).toEqual(['CreateWebhookSubscriptionPayload.secret', 'UsageAccount.hasApiKey', 'UsageAccount.hasRequestorId']);
  });
});
