/** Sealing credentials: round trip, bound to their context, refused without or with another key. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveSecretsKey, sealerFor } from '../auth/secrets-key.js';
import { loadConfig } from '../config.js';
import { createSealer, SealedSecretError, SecretsKeyMissingError } from './sealed-secrets.js';

const key = Buffer.alloc(32, 1);

describe('createSealer', () => {
  it('seals to iv.tag.data (random each time) and opens it again', () => {
    const s = createSealer(key);
    const a = s.seal('my-api-key', 'usage_accounts.api_key:1:cid');
    const b = s.seal('my-api-key', 'usage_accounts.api_key:1:cid');
    expect(a).toMatch(/^[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('my-api-key');
    expect(s.open(a, 'usage_accounts.api_key:1:cid')).toBe('my-api-key');
  });

  it('does not open in another context, with another key, or when changed', () => {
    const s = createSealer(key);
    const sealed = s.seal('secret', 'usage_accounts.api_key:1:cid');
    expect(() => s.open(sealed, 'usage_accounts.requestor_id:1:cid')).toThrow(SealedSecretError);
    expect(() => createSealer(Buffer.alloc(32, 2)).open(sealed, 'usage_accounts.api_key:1:cid')).toThrow(/sealed with another key/);
    const [iv, tag, data] = sealed.split('.');
    expect(() => s.open([iv, tag, Buffer.from('x').toString('base64') + data].join('.'), 'usage_accounts.api_key:1:cid')).toThrow(SealedSecretError);
    expect(() => s.open('not sealed', 'c')).toThrow(SealedSecretError);
  });

  it('refuses both ways without a key, saying why', () => {
    const s = createSealer(null, 'SECRETS_KEY is not set');
    expect(() => s.seal('x', 'c')).toThrow(SecretsKeyMissingError);
    expect(() => s.open('x', 'c')).toThrow(/credentials cannot be sealed or opened: SECRETS_KEY is not set/);
  });
});

describe('resolveSecretsKey', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const dataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-secrets-'));
    dirs.push(dir);
    return path.join(dir, 'data');
  };

  it('uses SECRETS_KEY when set', () => {
    expect(resolveSecretsKey(loadConfig({ SECRETS_KEY: key.toString('hex'), NODE_ENV: 'production' })).key).toEqual(key);
  });

  it('has no key in production or on a server database without SECRETS_KEY, and says so', () => {
    expect(resolveSecretsKey(loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() }))).toMatchObject({ key: null, why: expect.stringMatching(/SECRETS_KEY is not set \(required with NODE_ENV=production/) });
    expect(resolveSecretsKey(loadConfig({ DATABASE_URL: 'postgres://db/x', DATA_DIR: dataDir() }))).toMatchObject({ key: null, why: expect.stringMatching(/required with DATABASE_URL/) });
    expect(() => sealerFor(loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).seal('x', 'c')).toThrow(/SECRETS_KEY is not set/);
  });

  it('generates a development key once in the data folder (mode 600) and keeps it', () => {
    const dir = dataDir();
    const first = resolveSecretsKey(loadConfig({ DATA_DIR: dir })).key;
    expect(first).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'secrets-key')).mode & 0o777).toBe(0o600);
    expect(resolveSecretsKey(loadConfig({ DATA_DIR: dir })).key).toEqual(first);
    const sealed = sealerFor(loadConfig({ DATA_DIR: dir })).seal('k', 'c');
    expect(sealerFor(loadConfig({ DATA_DIR: dir })).open(sealed, 'c')).toBe('k');
  });
});
