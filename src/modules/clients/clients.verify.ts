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

/**
 * Wrong secrets for one real keyId, counted per minute in this process: each costs an scrypt (tens of
 * ms of a core), so a flood of made-up secrets for a keyId that exists could keep the server busy
 * before any rate limit applies (the limit counts who is asking, which a wrong key does not say).
 * Past the budget a keyId's uncached checks are refused for the rest of the minute without an
 * scrypt; a secret this process has already checked (the client's own key, in use) is unaffected.
 */
export const FAILED_CHECKS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;
const failures = new Map<string, { count: number; since: number }>();

class TooManyFailures extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many wrong secrets');
  }
}

async function secretIsRight(key: string, keyId: string, secret: string, secretHash: string, now: number): Promise<boolean> {
  const fp = fingerprint(key);
  const known = checked.get(fp);
  if (known && known.secretHash === secretHash) return known.matches;
  let failed = failures.get(keyId);
  if (failed && now - failed.since >= WINDOW_MS) failures.delete(keyId), (failed = undefined);
  if (failed && failed.count >= FAILED_CHECKS_PER_MINUTE) throw new TooManyFailures(Math.ceil((failed.since + WINDOW_MS - now) / 1000));
  const matches = await secretMatches(secret, secretHash);
  remember(fp, secretHash, matches);
  if (!matches) {
    if (failures.size >= MAX_CACHED) failures.delete(failures.keys().next().value!);
    failures.set(keyId, failed ? { count: failed.count + 1, since: failed.since } : { count: 1, since: now });
  }
  return matches;
}

const unauthenticated = (why: string) => apiError('UNAUTHENTICATED', `The API key ${why}. Ask the consortium office for a key (README, "API clients").`);

/**
 * The viewer for an API key: its member's staff (role `member`) within its scopes, an analyst
 * (ANALYST), or, for a consortium-wide READ client, what the public sees. Throws UNAUTHENTICATED
 * for a key that is malformed, unknown, revoked or expired.
 */
export async function verifyApiKey(db: Db, key: string, now: () => number = Date.now): Promise<Viewer> {
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
  let right = false;
  try {
    right = !!row && (await secretIsRight(key.trim(), parsed.keyId, parsed.secret, row.secretHash, now()));
  } catch (err) {
    if (!(err instanceof TooManyFailures)) throw err;
    throw unauthenticated(`is not known, and this key ID had more than ${FAILED_CHECKS_PER_MINUTE} wrong secrets in the last minute: try again in ${err.retryAfterSeconds} s`);
  }
  if (!right) throw unauthenticated('is not known');
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
