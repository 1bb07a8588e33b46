/**
 * From an `sgk_` key to the viewer it acts as. Every request reads the key's one row (by its unique
 * keyId, joined to its client and member): that is where revocation and expiry live, so revoking or
 * rotating takes effect at once on every server process. Only the scrypt check of the secret is
 * cached, in this process, by a SHA-256 of the whole key next to the hash it was checked against.
 */
import { eq, sql } from 'drizzle-orm';
import { apiError } from '../../graphql/errors.js';
import type { ApiScope, Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { members } from '../members/index.js';
import { fingerprint, parseKey, secretMatches } from './api-keys.js';
import { apiClientKeys, apiClients } from './clients.tables.js';

/** secret checks remembered (both outcomes: a wrong secret repeated costs no second scrypt) */
const MAX_CACHED = 10_000;
const checked = new Map<string, { secretHash: string; matches: boolean }>();

function remember(fp: string, secretHash: string, matches: boolean): void {
  if (checked.size >= MAX_CACHED) checked.delete(checked.keys().next().value!); // oldest first (insertion order)
  checked.set(fp, { secretHash, matches });
}

async function secretIsRight(key: string, secret: string, secretHash: string): Promise<boolean> {
  const fp = fingerprint(key);
  const known = checked.get(fp);
  if (known && known.secretHash === secretHash) return known.matches;
  const matches = await secretMatches(secret, secretHash);
  remember(fp, secretHash, matches);
  return matches;
}

const unauthenticated = (why: string) => apiError('UNAUTHENTICATED', `The API key ${why}. Ask the consortium office for a key (README, "API clients").`);

/**
 * The viewer for an API key: its member's staff (role `member`) within its scopes, an analyst
 * (ANALYST), or, for a consortium-wide READ client, what the public sees. Throws UNAUTHENTICATED
 * for a key that is malformed, unknown, revoked or expired.
 */
export async function verifyApiKey(db: Db, key: string): Promise<Viewer> {
  const parsed = parseKey(key.trim());
  if (!parsed) throw unauthenticated('is not one: keys look like sgk_<16 hex digits>_<secret>');
  const [row] = await db
    .select({
      secretHash: apiClientKeys.secretHash,
      keyLive: sql<boolean>`(${apiClientKeys.expiresAt} IS NULL OR ${apiClientKeys.expiresAt} > now())`,
      clientId: apiClients.id,
      scopes: apiClients.scopes,
      revokedAt: apiClients.revokedAt,
      rateLimitPerMinute: apiClients.rateLimitPerMinute,
      dailyQuota: apiClients.dailyQuota,
      memberCode: members.code,
    })
    .from(apiClientKeys)
    .innerJoin(apiClients, eq(apiClients.id, apiClientKeys.clientId))
    .leftJoin(members, eq(members.id, apiClients.memberId))
    .where(eq(apiClientKeys.keyId, parsed.keyId));
  if (!row || !(await secretIsRight(key.trim(), parsed.secret, row.secretHash))) throw unauthenticated('is not known');
  if (row.revokedAt) throw unauthenticated('was revoked');
  if (!row.keyLive) throw unauthenticated('has expired (the client\'s key was rotated)');
  return clientViewer(row);
}

export function clientViewer(row: { clientId: number; scopes: ApiScope[]; memberCode: string | null; rateLimitPerMinute: number | null; dailyQuota: number | null }): Viewer {
  const client = { id: row.clientId, scopes: row.scopes, rateLimitPerMinute: row.rateLimitPerMinute, dailyQuota: row.dailyQuota };
  const sub = `client:${row.clientId}`;
  if (row.memberCode !== null) return { role: 'member', sub, memberCode: row.memberCode, client };
  if (row.scopes.includes('ANALYST')) return { role: 'analyst', sub, memberCode: null, client };
  return { role: 'anonymous', sub, memberCode: null, client };
}
