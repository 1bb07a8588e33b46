/** Bearer tokens: the ones sharegraph issues (HS256) and the ones an identity provider signs (JWKS). */
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, SignJWT, UnsecuredJWT, type CryptoKey, type JWK } from 'jose';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { createTokenVerifier, issueToken, parseTtl, type TokenSettings } from './tokens.js';

const HS: TokenSettings = { secret: 'unit-test-secret-of-at-least-32-characters', issuer: 'sharegraph', audience: 'sharegraph-api', jwksUrl: null };
const hsKey = new TextEncoder().encode(HS.secret!);

/** The UNAUTHENTICATED message a verifier refuses the header with (fails the test when it accepts it). */
async function refusal(verify: (h: string | undefined) => Promise<unknown>, authorization: string): Promise<string> {
  try {
    const viewer = await verify(authorization);
    throw new Error(`accepted: ${JSON.stringify(viewer)}`);
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
    return err.message;
  }
}

describe('parseTtl', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect(parseTtl('90s')).toBe(90);
    expect(parseTtl('15m')).toBe(900);
    expect(parseTtl('1h')).toBe(3600);
    expect(parseTtl('7d')).toBe(604_800);
    expect(parseTtl(' 2 h ')).toBe(7200);
  });

  it('refuses anything else', () => {
    for (const text of ['', '1', 'h', '1w', '1.5h', '-1h', '1H', '1h30m', 'soon']) expect(parseTtl(text)).toBeNull();
  });
});

describe('issueToken', () => {
  it('signs HS256 with role, member, sub, iss, aud and an exp ttl seconds ahead', async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await issueToken(HS, { role: 'member', member: 'CN-310000-FDU', ttlSeconds: 3600 });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(token, hsKey, { issuer: 'sharegraph', audience: 'sharegraph-api' });
    expect(payload).toMatchObject({ role: 'member', member: 'CN-310000-FDU', sub: 'staff@CN-310000-FDU', iss: 'sharegraph', aud: 'sharegraph-api' });
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.iat).toBeGreaterThanOrEqual(before);
  });

  it('leaves out member for other roles and takes an explicit sub', async () => {
    const payload = decodeJwt(await issueToken(HS, { role: 'admin', sub: 'ops@consortium', ttlSeconds: 60 }));
    expect(payload.role).toBe('admin');
    expect(payload.sub).toBe('ops@consortium');
    expect('member' in payload).toBe(false);
    expect(decodeJwt(await issueToken(HS, { role: 'analyst', ttlSeconds: 60 })).sub).toBe('analyst');
  });

  it('round-trips through the verifier', async () => {
    const verify = createTokenVerifier(HS);
    expect(await verify(`Bearer ${await issueToken(HS, { role: 'member', member: 'CN-110000-PKU', ttlSeconds: 60 })}`)).toEqual({ role: 'member', sub: 'staff@CN-110000-PKU', memberCode: 'CN-110000-PKU' });
    expect(await verify(`bearer ${await issueToken(HS, { role: 'admin', ttlSeconds: 60 })}`)).toEqual({ role: 'admin', sub: 'admin', memberCode: null });
  });

  it('refuses to sign without a secret', async () => {
    await expect(issueToken({ ...HS, secret: null }, { role: 'admin', ttlSeconds: 60 })).rejects.toThrow(/JWT_SECRET/);
  });
});

describe('createTokenVerifier with a shared secret', () => {
  const verify = createTokenVerifier(HS);
  const sign = (claims: Record<string, unknown>, edit: (j: SignJWT) => SignJWT = (j) => j) =>
    edit(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer(HS.issuer).setAudience(HS.audience).setIssuedAt().setExpirationTime('10m')).sign(hsKey);

  it('treats no header as anonymous', async () => {
    expect(await verify(undefined)).toEqual({ role: 'anonymous', sub: null, memberCode: null });
  });

  it('refuses a header that is not a bearer token', async () => {
    expect(await refusal(verify, 'Basic dXNlcjpwYXNz')).toMatch(/Bearer <token>/);
    expect(await refusal(verify, 'Bearer')).toMatch(/Bearer <token>/);
  });

  it('refuses expired, foreign and malformed tokens', async () => {
    expect(await refusal(verify, `Bearer ${await sign({ role: 'admin' }, (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 60))}`)).toMatch(/expired/);
    expect(await refusal(verify, `Bearer ${await sign({ role: 'admin' }, (j) => j.setIssuer('someone-else'))}`)).toMatch(/iss/);
    expect(await refusal(verify, `Bearer ${await sign({ role: 'admin' }, (j) => j.setAudience('other-api'))}`)).toMatch(/aud/);
    const other = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(HS.issuer).setAudience(HS.audience).setExpirationTime('10m').sign(new TextEncoder().encode('another-secret-of-at-least-32-characters'));
    expect(await refusal(verify, `Bearer ${other}`)).toMatch(/signature/);
    await refusal(verify, 'Bearer not.a.jwt');
  });

  it('refuses alg none and HS512', async () => {
    const unsigned = new UnsecuredJWT({ role: 'admin' }).setSubject('x').setIssuer(HS.issuer).setAudience(HS.audience).setExpirationTime('10m').encode();
    expect(await refusal(verify, `Bearer ${unsigned}`)).toMatch(/"none"/);
    const hs512 = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS512' }).setSubject('x').setIssuer(HS.issuer).setAudience(HS.audience).setExpirationTime('10m').sign(hsKey);
    expect(await refusal(verify, `Bearer ${hs512}`)).toMatch(/"HS512"/);
  });

  it('refuses an RS256 token when there is no JWKS, even one "signed" with the secret as HMAC key', async () => {
    // algorithm confusion: header says RS256, the signature is an HMAC over the shared secret
    const [h, p] = (await sign({ role: 'admin' })).split('.');
    const rsHeader = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url');
    const { createHmac } = await import('node:crypto');
    const sig = createHmac('sha256', HS.secret!).update(`${rsHeader}.${p}`).digest('base64url');
    expect(h).not.toBe(rsHeader);
    expect(await refusal(verify, `Bearer ${rsHeader}.${p}.${sig}`)).toMatch(/"RS256"/);
  });

  it('refuses tokens whose claims do not make a viewer', async () => {
    expect(await refusal(verify, `Bearer ${await sign({ role: 'superuser' })}`)).toMatch(/"role" claim/);
    expect(await refusal(verify, `Bearer ${await sign({})}`)).toMatch(/"role" claim/);
    expect(await refusal(verify, `Bearer ${await sign({ role: 'member' })}`)).toMatch(/"member" claim/);
    const noSub = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(HS.issuer).setAudience(HS.audience).setExpirationTime('10m').sign(hsKey);
    expect(await refusal(verify, `Bearer ${noSub}`)).toMatch(/"sub" claim/);
  });

  it('ignores a member claim on a non-member token', async () => {
    expect(await verify(`Bearer ${await sign({ role: 'analyst', member: 'CN-110000-PKU' })}`)).toEqual({ role: 'analyst', sub: 'someone', memberCode: null });
  });
});

describe('createTokenVerifier with an identity provider (JWKS)', () => {
  const ISS = 'https://idp.example.edu';
  let server: http.Server;
  let jwksUrl: string;
  let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
  let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
  let stranger: { privateKey: CryptoKey; publicKey: CryptoKey };
  let jwksRequests = 0;

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    stranger = await generateKeyPair('RS256');
    const keys: JWK[] = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    server = http.createServer((req, res) => {
      jwksRequests++;
      if (req.url !== '/.well-known/jwks.json') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    jwksUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const idpToken = (alg: 'RS256' | 'ES256', kid: string, key: CryptoKey, claims: Record<string, unknown>, audience = 'sharegraph-api') =>
    new SignJWT(claims).setProtectedHeader({ alg, kid }).setSubject('jdoe@fudan.edu.cn').setIssuer(ISS).setAudience(audience).setIssuedAt().setExpirationTime('5m').sign(key);

  it('accepts RS256 and ES256 tokens signed by a key in the JWKS', async () => {
    const verify = createTokenVerifier({ secret: null, issuer: ISS, audience: 'sharegraph-api', jwksUrl });
    expect(await verify(`Bearer ${await idpToken('RS256', 'rsa-1', rsa.privateKey, { role: 'member', member: 'CN-310000-FDU' })}`)).toEqual({ role: 'member', sub: 'jdoe@fudan.edu.cn', memberCode: 'CN-310000-FDU' });
    expect(await verify(`Bearer ${await idpToken('ES256', 'ec-1', ec.privateKey, { role: 'analyst' })}`)).toEqual({ role: 'analyst', sub: 'jdoe@fudan.edu.cn', memberCode: null });
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it('refuses tokens signed by a key not in the JWKS, or for another audience', async () => {
    const verify = createTokenVerifier({ secret: null, issuer: ISS, audience: 'sharegraph-api', jwksUrl });
    await refusal(verify, `Bearer ${await idpToken('RS256', 'rsa-1', stranger.privateKey, { role: 'admin' })}`);
    await refusal(verify, `Bearer ${await idpToken('RS256', 'unknown-kid', stranger.privateKey, { role: 'admin' })}`);
    expect(await refusal(verify, `Bearer ${await idpToken('RS256', 'rsa-1', rsa.privateKey, { role: 'admin' }, 'other-api')}`)).toMatch(/aud/);
  });

  it('refuses an HS256 token when only the JWKS is configured', async () => {
    const verify = createTokenVerifier({ secret: null, issuer: ISS, audience: 'sharegraph-api', jwksUrl });
    const hs = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(ISS).setAudience('sharegraph-api').setExpirationTime('5m').sign(hsKey);
    expect(await refusal(verify, `Bearer ${hs}`)).toMatch(/"HS256"/);
  });

  it('refuses an HS256 token whose HMAC key is the published RSA public key (algorithm confusion)', async () => {
    const verify = createTokenVerifier({ secret: null, issuer: ISS, audience: 'sharegraph-api', jwksUrl });
    const publicJwk = new TextEncoder().encode(JSON.stringify(await exportJWK(rsa.publicKey)));
    const forged = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' }).setSubject('x').setIssuer(ISS).setAudience('sharegraph-api').setExpirationTime('5m').sign(publicJwk);
    await refusal(verify, `Bearer ${forged}`);
  });

  it('accepts both kinds when both a secret and a JWKS are configured', async () => {
    const verify = createTokenVerifier({ secret: HS.secret, issuer: ISS, audience: 'sharegraph-api', jwksUrl });
    expect((await verify(`Bearer ${await issueToken({ ...HS, issuer: ISS }, { role: 'admin', ttlSeconds: 60 })}`)).role).toBe('admin');
    expect((await verify(`Bearer ${await idpToken('ES256', 'ec-1', ec.privateKey, { role: 'admin' })}`)).role).toBe('admin');
  });
});
