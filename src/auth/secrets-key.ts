/**
 * The key that seals stored credentials (SUSHI requestor_id / api_key), and what happens without one:
 *
 * - SECRETS_KEY set: that key, everywhere.
 * - Production without it: no key. Storing credentials is refused with a message naming SECRETS_KEY,
 *   and harvesting an account that has sealed credentials fails with the same message (providers
 *   without credentials still harvest).
 * - Development and tests on the embedded database: a random key generated once and kept in
 *   DATA_DIR/secrets-key (mode 600), beside the database it protects, as the development JWT secret is.
 *   That protects a copied database dump, not a copied data folder: set SECRETS_KEY for real credentials.
 * - Development on a PostgreSQL server without it: no key (servers sharing one database would each
 *   generate their own and could not open each other's credentials).
 *
 * Keep the key with the database's backups: credentials sealed with a lost key must be entered again.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { createSealer, type Sealer } from '../lib/sealed-secrets.js';

const KEY_FILE = 'secrets-key';

export function resolveSecretsKey(config: Config): { key: Buffer | null; why: string } {
  if (config.secretsKey) return { key: config.secretsKey, why: '' };
  if (config.env === 'production') return { key: null, why: 'SECRETS_KEY is not set (required with NODE_ENV=production: 32 random bytes, e.g. `openssl rand -base64 32`)' };
  if (config.databaseUrl) return { key: null, why: 'SECRETS_KEY is not set (required with DATABASE_URL, so that every server sharing the database uses the same key: e.g. `openssl rand -base64 32`)' };
  const file = path.join(config.dataDir, KEY_FILE);
  try {
    const stored = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (stored.length === 32) return { key: stored, why: '' };
  } catch {
    // not created yet
  }
  const key = randomBytes(32);
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return { key, why: '' };
}

/** The sealer for this configuration (see above for when it refuses). */
export function sealerFor(config: Config): Sealer {
  const { key, why } = resolveSecretsKey(config);
  return createSealer(key, why);
}
