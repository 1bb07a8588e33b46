/**
 * The text of an API key, `sgk_<keyId>_<secret>`, and the hash kept of its secret. Pure functions over
 * node:crypto: the key is made and shown once, the database holds the keyId and an scrypt hash only.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const KEY_PREFIX = 'sgk_';

/** scrypt's cost: N = 2^14, r = 8, p = 1 (node's defaults, about 16 MB and some tens of ms) */
const SCRYPT = { N: 16_384, r: 8, p: 1 } as const;
const HASH_BYTES = 32;

function scryptAsync(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(secret, salt, HASH_BYTES, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))));
}

/** A new key: its public id (hex, no `_`) and its secret (32 random bytes, base64url). */
export function newKey(): { keyId: string; secret: string; key: string } {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secret, key: `${KEY_PREFIX}${keyId}_${secret}` };
}

/** Whether a credential is meant as an API key (rather than a JWT). */
export const looksLikeApiKey = (text: string): boolean => text.startsWith(KEY_PREFIX);

/** The keyId and secret of a key, or null when it is not `sgk_<16 hex>_<secret>`. */
export function parseKey(key: string): { keyId: string; secret: string } | null {
  const m = /^sgk_([0-9a-f]{16})_([A-Za-z0-9_-]{20,100})$/.exec(key);
  return m ? { keyId: m[1], secret: m[2] } : null;
}

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(secret, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The in-process cache's key for a whole API key: fast, and never the key itself in memory twice. */
export const fingerprint = (key: string): string => createHash('sha256').update(key).digest('base64url');
