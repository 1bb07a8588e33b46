/**
 * The HS256 secret: JWT_SECRET, or in development a generated one kept in the data folder (so tokens
 * printed by `token` keep working across restarts). Production without a proper secret refuses to start.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../config.js';

export const MIN_SECRET_LENGTH = 32;
const SECRET_FILE = 'jwt-secret';

export function resolveJwtSecret(config: Config): string | null {
  const { secret, jwksUrl } = config.jwt;
  if (secret !== null) {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long (it has ${secret.length}).`);
    }
    return secret;
  }
  if (config.env === 'production') {
    if (jwksUrl) return null; // tokens come from the consortium's identity provider only
    throw new ConfigError(
      `JWT_SECRET is not set. With NODE_ENV=production set JWT_SECRET to a random string of at least ${MIN_SECRET_LENGTH} characters ` +
        '(e.g. `openssl rand -base64 48`), or set JWKS_URL to use an identity provider.',
    );
  }
  const file = path.join(config.dataDir, SECRET_FILE);
  try {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (stored.length >= MIN_SECRET_LENGTH) return stored;
  } catch {
    // not created yet
  }
  const generated = randomBytes(48).toString('base64url');
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}
