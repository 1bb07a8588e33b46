/**
 * API clients over HTTP, as an integrator sees them: the key from createApiClient works as
 * `Authorization: Bearer sgk_…` and as `X-Api-Key`, acts as its member's staff within its scopes
 * (READ cannot write), stops at once when revoked (UNAUTHENTICATED, never anonymous), carries
 * RateLimit-* headers, is refused with 429 and Retry-After past its rate or its daily quota, and is
 * metered (requestStats, the Prometheus counter).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const PKU = 'CN-110000-PKU';
const CREATE = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { client { id name scopes memberCode rateLimitPerMinute dailyQuota } key userErrors { field code message } } }`;
const UPSERT = `mutation Upsert($input: UpsertHoldingsInput!) { upsertHoldings(input: $input) { holdings { localId } userErrors { code } } }`;
const MINE = `query Mine { apiClients { name memberCode } }`;

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp({ seed: true, meterFlushMs: 50 });
  admin = await t.token('admin');
});
afterAll(() => t?.close());

async function create(input: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const r = await t.execute(CREATE, { input: { reason: 'test', ...input } }, admin);
  expect(r.data!.createApiClient.userErrors).toEqual([]);
  return { id: r.data!.createApiClient.client.id, key: r.data!.createApiClient.key };
}

async function call(query: string, headers: Record<string, string>, variables?: Record<string, unknown>): Promise<{ res: Response; body: GraphQLResponse }> {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { res, body: await res.json() };
}
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('a key from createApiClient', () => {
  it('works as a bearer token and as X-Api-Key, acting as its member', async () => {
    const r = await t.execute(CREATE, { input: { name: 'PKU catalogue', memberCode: PKU, scopes: ['READ'], reason: 'go live' } }, admin);
    expect(r.data!.createApiClient).toMatchObject({ client: { name: 'PKU catalogue', scopes: ['READ'], memberCode: PKU, rateLimitPerMinute: null, dailyQuota: null }, userErrors: [] });
    const key: string = r.data!.createApiClient.key;
    for (const headers of [bearer(key), { 'x-api-key': key }]) {
      const { res, body } = await call(MINE, headers);
      expect(res.status).toBe(200);
      expect(body).toEqual({ data: { apiClients: [{ name: 'PKU catalogue', memberCode: PKU }] } });
    }
  });

  it('is a node for admins and its member\'s staff, null for anyone else', async () => {
    const { id } = await create({ name: 'as a node', memberCode: PKU, scopes: ['READ'] });
    const NODE = `query($id: ID!) { node(id: $id) { ... on ApiClient { name memberCode keys { active } } } }`;
    expect((await t.execute(NODE, { id }, admin)).data).toEqual({ node: { name: 'as a node', memberCode: PKU, keys: [{ active: true }] } });
    expect((await t.execute(NODE, { id }, await t.token('member', PKU))).data!.node.name).toBe('as a node');
    expect((await t.execute(NODE, { id }, await t.token('member', 'CN-310000-FDU'))).data).toEqual({ node: null });
    expect((await t.execute(NODE, { id })).data).toEqual({ node: null });
  });

  it('reports a bad scope combination as a userError', async () => {
    const r = await t.execute(CREATE, { input: { name: 'x', scopes: ['MEMBER_WRITE'] } }, admin);
    expect(r.data!.createApiClient).toMatchObject({ client: null, key: null, userErrors: [{ field: ['scopes'], code: 'INVALID_SCOPES' }] });
  });

  it('with READ only cannot write; with MEMBER_WRITE it writes its own member only', async () => {
    const input = { memberCode: PKU, holdings: [{ localId: 'PKU-API-1', isbn: '978-0-14-143951-8', copies: 1 }] };
    const reader = await create({ name: 'reader', memberCode: PKU, scopes: ['READ'] });
    const refused = await call(UPSERT, bearer(reader.key), { input });
    expect(refused.body.data?.upsertHoldings ?? null).toBeNull();
    expect(refused.body.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/scope READ.*MEMBER_WRITE/) });
    const writer = await create({ name: 'writer', memberCode: PKU, scopes: ['READ', 'MEMBER_WRITE'] });
    expect((await call(UPSERT, bearer(writer.key), { input })).body).toEqual({ data: { upsertHoldings: { holdings: [{ localId: 'PKU-API-1' }], userErrors: [] } } });
    const other = await call(UPSERT, bearer(writer.key), { input: { ...input, memberCode: 'CN-310000-FDU' } });
    expect(other.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('stops working at once when revoked: 401 UNAUTHENTICATED, not anonymous', async () => {
    const { id, key } = await create({ name: 'short-lived', memberCode: PKU, scopes: ['READ'] });
    expect((await call('{ __typename }', bearer(key))).res.status).toBe(200);
    const revoked = await t.execute(`mutation($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { client { revokedAt } userErrors { code } } }`, { input: { id, reason: 'leaked' } }, admin);
    expect(revoked.data!.revokeApiClient.userErrors).toEqual([]);
    for (const headers of [bearer(key), { 'x-api-key': key }]) {
      const { res, body } = await call('{ __typename }', headers);
      expect(res.status).toBe(401);
      expect(body.errors![0]).toMatchObject({ message: expect.stringMatching(/was revoked/), extensions: { code: 'UNAUTHENTICATED' } });
    }
    const unknown = await call('{ __typename }', { 'x-api-key': `sgk_0000000000000000_${'A'.repeat(43)}` });
    expect([unknown.res.status, unknown.body.errors![0].extensions!.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('rotated with a grace period: both keys work until it ends; rotated with 0 the old one stops', async () => {
    const { id, key } = await create({ name: 'rotating', memberCode: PKU, scopes: ['READ'] });
    const ROTATE = `mutation($input: RotateApiClientKeyInput!) { rotateApiClientKey(input: $input) { key client { keys { active } } userErrors { code } } }`;
    const graced = (await t.execute(ROTATE, { input: { id, graceSeconds: 600 } }, admin)).data!.rotateApiClientKey;
    expect(graced.client.keys).toEqual([{ active: true }, { active: true }]);
    expect([(await call('{ __typename }', bearer(key))).res.status, (await call('{ __typename }', bearer(graced.key))).res.status]).toEqual([200, 200]);
    const now = (await t.execute(ROTATE, { input: { id, graceSeconds: 0 } }, admin)).data!.rotateApiClientKey;
    expect(now.client.keys).toEqual([{ active: false }, { active: false }, { active: true }]);
    expect([(await call('{ __typename }', bearer(key))).res.status, (await call('{ __typename }', bearer(now.key))).res.status]).toEqual([401, 200]);
  });

  it('refuses an X-Api-Key next to an Authorization header', async () => {
    const { key } = await create({ name: 'both', memberCode: PKU, scopes: ['READ'] });
    const { res, body } = await call('{ __typename }', { 'x-api-key': key, authorization: `Bearer ${admin}` });
    expect([res.status, body.errors![0].extensions!.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('limits per client', () => {
  it('answers with RateLimit-* headers and refuses past the rate with 429 and Retry-After', async () => {
    const { key } = await create({ name: 'busy', memberCode: PKU, scopes: ['READ'], rateLimitPerMinute: 3 });
    const seen: [number, string | null, string | null][] = [];
    for (let i = 0; i < 4; i++) {
      const { res } = await call('{ __typename }', bearer(key));
      seen.push([res.status, res.headers.get('ratelimit-limit'), res.headers.get('ratelimit-remaining')]);
      expect(res.headers.get('ratelimit-policy')).toBe('3;w=60');
      expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
      expect(Number(res.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60);
    }
    expect(seen).toEqual([[200, '3', '2'], [200, '3', '1'], [200, '3', '0'], [429, '3', '0']]);
    const { res, body } = await call('{ __typename }', bearer(key));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringMatching(/at most 3 a minute/) });
    // another client has its own allowance
    const calm = await create({ name: 'calm', memberCode: PKU, scopes: ['READ'], rateLimitPerMinute: 3 });
    expect((await call('{ __typename }', bearer(calm.key))).res.status).toBe(200);
  });

  it('refuses past the daily quota until 00:00 UTC, naming the quota', async () => {
    const { key } = await create({ name: 'quota', scopes: ['ANALYST'], rateLimitPerMinute: 100, dailyQuota: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call('{ __typename }', bearer(key))).res.status);
    expect(statuses).toEqual([200, 200, 429]);
    const { res, body } = await call('{ __typename }', bearer(key));
    expect(res.headers.get('ratelimit-policy')).toBe('2;w=86400');
    const untilMidnight = Math.ceil((Date.parse(new Date().toISOString().slice(0, 10) + 'T00:00:00Z') + 86_400_000 - Date.now()) / 1000);
    expect(Math.abs(Number(res.headers.get('retry-after')) - untilMidnight)).toBeLessThanOrEqual(5);
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringMatching(/daily quota of 2 requests is used up/) });
  });
});

describe('metering', () => {
  it("counts each client's requests, errors, time and cost per day and operation, and in the Prometheus counter", async () => {
    const { id, key } = await create({ name: 'metered', memberCode: PKU, scopes: ['READ'] });
    for (let i = 0; i < 3; i++) expect((await call(MINE, bearer(key))).body.errors).toBeUndefined();
    expect((await call('query Broken { member(code: "CN-110000-PKU") { nope } }', bearer(key))).body.errors).toBeDefined();
    const today = new Date().toISOString().slice(0, 10);
    const STATS = `query($id: ID!, $d: Date!) { apiClient(id: $id) { name requestStats(from: $d, to: $d) { day operation requests errors p95Ms costPoints } } }`;
    await vi.waitFor(async () => {
      const r = await t.execute(STATS, { id, d: today }, admin);
      const stats = r.data!.apiClient.requestStats;
      expect(stats.map((s: { operation: string; requests: number; errors: number }) => [s.operation, s.requests, s.errors])).toEqual([['Broken', 1, 1], ['Mine', 3, 0]]);
      expect(stats[1].costPoints).toBeGreaterThan(0);
      expect(stats[1].p95Ms).toBeGreaterThan(0);
    }, { timeout: 10_000, interval: 100 });
    // the owning member's staff read it too; another member's staff may not
    const staff = await t.execute(STATS, { id, d: today }, await t.token('member', PKU));
    expect(staff.data!.apiClient.name).toBe('metered');
    const stranger = await t.execute(STATS, { id, d: today }, await t.token('member', 'CN-310000-FDU'));
    expect(stranger.errors![0].extensions!.code).toBe('FORBIDDEN');
    const metrics = await (await fetch(`${t.origin}/metrics`)).text();
    const clientId = Buffer.from(id, 'base64url').toString().split(':')[1];
    expect(metrics).toContain(`sharegraph_api_client_requests_total{client="${clientId}",outcome="ok"} 3`);
    expect(metrics).toContain(`sharegraph_api_client_requests_total{client="${clientId}",outcome="error"} 1`);
  });
});
