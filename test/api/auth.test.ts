/** Who may read and who may write, as a client sees it over HTTP with bearer tokens. */
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_TOKENS, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const secret = new TextEncoder().encode(TEST_TOKENS.secret!);
const READ = '{ records(first: 2) { totalCount edges { node { title } } } }';

/** A token signed with the test secret, with the claims given and iss/aud/sub/exp changed by `edit`. */
function signed(claims: Record<string, unknown>, edit: (j: SignJWT) => SignJWT = (j) => j, key: Uint8Array = secret): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject('tester').setIssuer(TEST_TOKENS.issuer).setAudience(TEST_TOKENS.audience).setIssuedAt().setExpirationTime('10m');
  return edit(jwt).sign(key);
}

async function post(query: string, variables: Record<string, unknown> | undefined, authorization?: string) {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] } }; // any: result shapes vary
}

describe('reading without a token', () => {
  it('works for public reads', async () => {
    const r = await t.execute(READ);
    expect(r.errors).toBeUndefined();
    expect(r.data!.records.totalCount).toBeGreaterThan(0);
    expect(r.data!.records.edges).toHaveLength(2);
  });

  it('works the same with a valid token', async () => {
    const r = await t.execute(READ, undefined, await t.token('analyst'));
    expect(r.errors).toBeUndefined();
    expect(r.data!.records.edges).toHaveLength(2);
  });
});

describe('an invalid token is refused even for a public read', () => {
  const cases: [string, () => Promise<string>][] = [
    ['garbage', async () => 'Bearer this-is-not-a-jwt'],
    ['a header that is not Bearer', async () => `Token ${await signed({ role: 'admin' })}`],
    ['a bad signature', async () => `Bearer ${await signed({ role: 'admin' }, undefined, new TextEncoder().encode('some-other-secret-of-32-characters-or-more'))}`],
    ['a tampered payload', async () => {
      const [h, , s] = (await signed({ role: 'analyst' })).split('.');
      const p = Buffer.from(JSON.stringify({ role: 'admin', sub: 'x', iss: TEST_TOKENS.issuer, aud: TEST_TOKENS.audience, exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
      return `Bearer ${h}.${p}.${s}`;
    }],
    ['an expired token', async () => `Bearer ${await signed({ role: 'admin' }, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600))}`],
    ['a token from another issuer', async () => `Bearer ${await signed({ role: 'admin' }, (j) => j.setIssuer('https://evil.example'))}`],
    ['a token for another audience', async () => `Bearer ${await signed({ role: 'admin' }, (j) => j.setAudience('another-api'))}`],
    ['an unsigned token (alg none)', async () => `Bearer ${new UnsecuredJWT({ role: 'admin' }).setSubject('x').setIssuer(TEST_TOKENS.issuer).setAudience(TEST_TOKENS.audience).setExpirationTime('10m').encode()}`],
    ['an RS256 token (algorithm confusion with the HS256 secret)', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return `Bearer ${await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'RS256' }).setSubject('x').setIssuer(TEST_TOKENS.issuer).setAudience(TEST_TOKENS.audience).setExpirationTime('10m').sign(privateKey)}`;
    }],
    ['an unknown role', async () => `Bearer ${await signed({ role: 'root' })}`],
    ['a member token without a member claim', async () => `Bearer ${await signed({ role: 'member' })}`],
  ];

  it.each(cases)('%s', async (_name, make) => {
    const r = await post(READ, undefined, await make());
    expect(r.status).toBe(401);
    expect(r.body.data ?? null).toBeNull();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.body.errors![0].message).toMatch(/token|Authorization/);
    expect(JSON.stringify(r.body)).not.toMatch(/stacktrace|records/);
  });
});

describe('writing holdings', () => {
  const UPSERT = `mutation Upsert($input: UpsertHoldingsInput!) {
    upsertHoldings(input: $input) { holdings { localId member { code } record { title } } userErrors { code message } }
  }`;
  const PKU_HOLDINGS = `query($code: String!) { member(code: $code) { holdingsCount holdings(first: 100) { edges { node { localId } } } } }`;
  const input = (memberCode: string, localId: string) => ({ memberCode, holdings: [{ localId, isbn: '978-7-02-000220-7', location: 'Stacks', copies: 2 }] });

  async function pku(): Promise<{ count: number; localIds: string[] }> {
    const r = await t.execute(PKU_HOLDINGS, { code: 'CN-110000-PKU' });
    expect(r.errors).toBeUndefined();
    return { count: r.data!.member.holdingsCount, localIds: r.data!.member.holdings.edges.map((e: { node: { localId: string } }) => e.node.localId) };
  }

  it('anonymous: UNAUTHENTICATED, nothing written', async () => {
    const before = await pku();
    const r = await t.execute(UPSERT, { input: input('CN-110000-PKU', 'auth-anon') });
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].path).toEqual(['upsertHoldings']);
    expect(await pku()).toEqual(before);
  });

  it('analyst: FORBIDDEN (reading role only), nothing written', async () => {
    const before = await pku();
    const r = await t.execute(UPSERT, { input: input('CN-110000-PKU', 'auth-analyst') }, await t.token('analyst'));
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0].message).toMatch(/analyst/);
    expect(await pku()).toEqual(before);
  });

  it("another member's staff: FORBIDDEN, and the member's holdings are unchanged", async () => {
    const before = await pku();
    const r = await t.execute(UPSERT, { input: input('CN-110000-PKU', 'auth-fdu') }, await t.token('member', 'CN-310000-FDU'));
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(r.errors![0].message).toMatch(/CN-310000-FDU.*CN-110000-PKU/);
    const after = await pku();
    expect(after).toEqual(before);
    expect(after.localIds).not.toContain('auth-fdu');
    // nor did it land anywhere else
    const h = await t.execute(`{ holdings(first: 100, filter: { isbn: "9787020002207" }) { edges { node { localId } } } }`);
    expect(h.data!.holdings.edges.map((e: { node: { localId: string } }) => e.node.localId)).not.toContain('auth-fdu');
  });

  it("a member's own staff may, and so may an admin for any member", async () => {
    const own = await t.execute(UPSERT, { input: input('CN-310000-FDU', 'auth-fdu-own') }, await t.token('member', 'CN-310000-FDU'));
    expect(own.errors).toBeUndefined();
    expect(own.data!.upsertHoldings).toEqual({ userErrors: [], holdings: [{ localId: 'auth-fdu-own', member: { code: 'CN-310000-FDU' }, record: { title: '傲慢与偏见' } }] });

    const before = await pku();
    const admin = await t.execute(UPSERT, { input: input('CN-110000-PKU', 'auth-admin') }, await t.token('admin'));
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.upsertHoldings.userErrors).toEqual([]);
    expect(admin.data!.upsertHoldings.holdings).toEqual([{ localId: 'auth-admin', member: { code: 'CN-110000-PKU' }, record: { title: '傲慢与偏见' } }]);
    const after = await pku();
    expect(after.count).toBe(before.count + 1);
  });

  it('an expired admin token writes nothing', async () => {
    const before = await pku();
    const expired = await signed({ role: 'admin' }, (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 1));
    const r = await post(UPSERT, { input: input('CN-110000-PKU', 'auth-expired') }, `Bearer ${expired}`);
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.body.errors?.[0].message).toMatch(/expired/);
    expect(await pku()).toEqual(before);
  });
});
