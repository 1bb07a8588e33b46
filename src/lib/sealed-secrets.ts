/**
 * Credentials kept in the database sealed with AES-256-GCM: `iv.tag.data`, each part base64 (12-byte
 * random IV, 16-byte tag). The `context` (e.g. "usage_accounts.api_key:3:cid-1", the column and row it
 * belongs to) is authenticated with it, so a sealed value copied to another row or column does not open.
 * The key is SECRETS_KEY (src/auth/secrets-key.ts); values are never returned by any query, only used
 * when a request needs them.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export class SecretsKeyMissingError extends Error {
  constructor(why: string) {
    super(`credentials cannot be sealed or opened: ${why}`);
    this.name = 'SecretsKeyMissingError';
  }
}

export class SealedSecretError extends Error {
  constructor(context: string) {
    super(`a sealed credential (${context.split(':')[0]}) does not open with this SECRETS_KEY: it was sealed with another key, or changed`);
    this.name = 'SealedSecretError';
  }
}

export interface Sealer {
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

/** A sealer for this key; with null, every call throws SecretsKeyMissingError with `why`. */
export function createSealer(key: Buffer | null, why = 'SECRETS_KEY is not set'): Sealer {
  if (key === null) {
    const refuse = (): never => {
      throw new SecretsKeyMissingError(why);
    };
    return { seal: refuse, open: refuse };
  }
  if (key.length !== 32) throw new Error('an AES-256 key is 32 bytes');
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
    },
    open(sealed, context) {
      const parts = sealed.split('.');
      if (parts.length !== 3) throw new SealedSecretError(context);
      const [iv, tag, data] = parts.map((p) => Buffer.from(p, 'base64'));
      if (iv.length !== 12 || tag.length !== 16) throw new SealedSecretError(context);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
      } catch {
        throw new SealedSecretError(context);
      }
    },
  };
}
