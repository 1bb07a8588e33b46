/**
 * Bearer JWTs with jose. HS256 with a shared secret, and/or RS256/ES256 through a JWKS URL. The
 * algorithm is pinned per key type, so `alg: none` and HS/RS confusion are refused by jose itself.
 */
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { apiError } from '../graphql/errors.js';
import { ANONYMOUS, TOKEN_ROLES, type TokenRole, type Viewer } from './viewer.js';

export interface TokenSettings {
  secret: string | null;
  issuer: string;
  audience: string;
  jwksUrl: string | null;
}

export type VerifyToken = (authorization: string | undefined) => Promise<Viewer>;

const ASYMMETRIC = ['RS256', 'ES256'];

export function createTokenVerifier(settings: TokenSettings): VerifyToken {
  const secretKey = settings.secret ? new TextEncoder().encode(settings.secret) : null;
  const jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : null;
  const options = { issuer: settings.issuer, audience: settings.audience, requiredClaims: ['exp', 'sub'] }; // a token that never expires is refused

  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw apiError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
    const token = match[1];
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      if (alg === 'HS256' && secretKey) payload = (await jwtVerify(token, secretKey, { ...options, algorithms: ['HS256'] })).payload;
      else if (alg && ASYMMETRIC.includes(alg) && jwks) payload = (await jwtVerify(token, jwks, { ...options, algorithms: ASYMMETRIC })).payload;
      else throw new Error(`tokens signed with "${alg ?? 'none'}" are not accepted here`);
    } catch (err) {
      const reason = (err as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : (err as Error).message;
      throw apiError('UNAUTHENTICATED', `Invalid token: ${reason}.`);
    }
    return viewerFromClaims(payload);
  };
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  const role = payload.role;
  if (typeof role !== 'string' || !(TOKEN_ROLES as readonly string[]).includes(role)) {
    throw apiError('UNAUTHENTICATED', `Invalid token: the "role" claim must be one of ${TOKEN_ROLES.join(', ')}.`);
  }
  const member = typeof payload.member === 'string' ? payload.member : null;
  if (role === 'member' && !member) throw apiError('UNAUTHENTICATED', 'Invalid token: a member token needs a "member" claim (the ISIL).');
  if (!payload.sub) throw apiError('UNAUTHENTICATED', 'Invalid token: the "sub" claim is missing.');
  return { role: role as TokenRole, sub: payload.sub, memberCode: role === 'member' ? member : null };
}

export interface IssueOptions {
  role: TokenRole;
  member?: string | null;
  sub?: string;
  ttlSeconds: number;
}

export async function issueToken(settings: TokenSettings, options: IssueOptions): Promise<string> {
  if (!settings.secret) throw new Error('no JWT secret is configured to sign with (set JWT_SECRET)');
  const claims: JWTPayload = { role: options.role };
  if (options.member) claims.member = options.member;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.sub ?? (options.member ? `staff@${options.member}` : options.role))
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + options.ttlSeconds)
    .sign(new TextEncoder().encode(settings.secret));
}

/** "90s", "15m", "1h", "7d" -> seconds. */
export function parseTtl(text: string): number | null {
  const m = /^(\d+)\s*([smhd])$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
}
