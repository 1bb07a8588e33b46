/** Configuration from the environment, and the JWT secret it leads to. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_SECRET_LENGTH, resolveJwtSecret } from './auth/secret.js';
import { ConfigError, DEFAULT_HARVEST_RETRY_DELAYS_MS, loadConfig, type Config } from './config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ env: 'development', port: 4000, host: '0.0.0.0', databaseUrl: null, redisUrl: null, demoData: true, introspection: true });
    expect(c.jwt).toEqual({ secret: null, issuer: 'sharegraph', audience: 'sharegraph-api', jwksUrl: null });
    expect(c.limits).toEqual({ maxDepth: 12, maxCost: 25_000, maxAliases: 30, rateLimitPerMinute: 6_000, statementTimeoutMs: 15_000 });
    expect(path.isAbsolute(c.dataDir)).toBe(true);
  });

  it('reads the variables it documents', () => {
    const c = loadConfig({ NODE_ENV: 'production', PORT: '8080', DEMO_DATA: 'off', GRAPHQL_INTROSPECTION: 'No', MAX_QUERY_DEPTH: '8', RATE_LIMIT_PER_MINUTE: '0', JWKS_URL: 'https://idp.example/jwks', DATA_DIR: '/srv/sg' });
    expect(c).toMatchObject({ env: 'production', port: 8080, demoData: false, introspection: false, dataDir: '/srv/sg' });
    expect(c.limits.maxDepth).toBe(8);
    expect(c.limits.rateLimitPerMinute).toBe(0);
    expect(c.jwt.jwksUrl).toBe('https://idp.example/jwks');
  });

  it('runs one serve worker per core unless WORKERS says otherwise, and refuses 0', () => {
    expect(loadConfig({}).workers).toBe(os.availableParallelism());
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(() => loadConfig({ WORKERS: '0' })).toThrow(/WORKERS must be an integer >= 1 and <= 64, got "0"/);
  });

  it('refuses a PORT that is not a number, naming PORT and the value', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT.*"http"/);
    expect(() => loadConfig({ PORT: '80.5' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '-1' })).toThrow(/PORT/);
  });

  it('refuses a PORT above 65535 at start rather than failing later in listen()', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be an integer >= 0 and <= 65535, got "70000"/);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it('treats a blank number as not set, not as 0', () => {
    expect(loadConfig({ PORT: ' ' }).port).toBe(4000);
    expect(loadConfig({ PORT: ' 8080 ' }).port).toBe(8080);
  });

  it('refuses limits below their minimum', () => {
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0' })).toThrow(/MAX_QUERY_DEPTH must be an integer >= 1/);
    expect(() => loadConfig({ DATABASE_POOL_MAX: '0' })).toThrow(/DATABASE_POOL_MAX/);
  });

  it('refuses a boolean it cannot read, naming the variable', () => {
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow('DEMO_DATA must be true or false, got "maybe"');
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: '2' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });

  it('takes REDIS_URL for shared rate limits, and refuses one that is not a Redis URL', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(loadConfig({ REDIS_URL: 'rediss://:pw@cache.example:6380/2' }).redisUrl).toBe('rediss://:pw@cache.example:6380/2');
    expect(loadConfig({ REDIS_URL: ' ' }).redisUrl).toBeNull();
    expect(() => loadConfig({ REDIS_URL: '127.0.0.1:6379' })).toThrow('REDIS_URL must be a redis:// or rediss:// URL, got "127.0.0.1:6379"');
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(ConfigError);
  });
});

describe('outbound, secrets and harvest settings', () => {
  it('has defaults: no allowed hosts, 30 s, 64 MiB, 5 redirects, no key, harvest from the 15th', () => {
    const c = loadConfig({});
    expect(c.outbound).toEqual({ allowedHosts: [], timeoutMs: 30_000, maxBytes: 64 * 1024 * 1024, maxRedirects: 5 });
    expect(c.secretsKey).toBeNull();
    expect(c.usageHarvest).toEqual({ day: 15, retryDelaysMs: DEFAULT_HARVEST_RETRY_DELAYS_MS });
  });

  it('reads OUTBOUND_ALLOWED_HOSTS as host[:port] entries, lower case, and refuses URLs', () => {
    expect(loadConfig({ OUTBOUND_ALLOWED_HOSTS: ' 127.0.0.1:8080, Sushi.Local ,[::1]:9000,' }).outbound.allowedHosts).toEqual(['127.0.0.1:8080', 'sushi.local', '[::1]:9000']);
    expect(() => loadConfig({ OUTBOUND_ALLOWED_HOSTS: 'https://sushi.local' })).toThrow(/OUTBOUND_ALLOWED_HOSTS takes host or host:port .*"https:\/\/sushi.local"/);
    expect(() => loadConfig({ OUTBOUND_ALLOWED_HOSTS: 'sushi.local/path' })).toThrow(ConfigError);
    expect(() => loadConfig({ OUTBOUND_ALLOWED_HOSTS: '::1' })).toThrow(ConfigError);
    expect(() => loadConfig({ OUTBOUND_ALLOWED_HOSTS: 'host:70000' })).toThrow(ConfigError);
  });

  it('reads the webhook settings: dispatched by serve, 5 s per attempt, 8 subscriptions at once', () => {
    expect(loadConfig({}).webhooks).toEqual({ dispatch: true, timeoutMs: 5_000, concurrency: 8 });
    expect(loadConfig({ WEBHOOK_DISPATCH: 'false', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_CONCURRENCY: '32' }).webhooks).toEqual({ dispatch: false, timeoutMs: 2_000, concurrency: 32 });
    expect(() => loadConfig({ WEBHOOK_TIMEOUT_MS: '60000' })).toThrow(/WEBHOOK_TIMEOUT_MS must be an integer >= 100 and <= 30000/);
  });

  it('reads the outbound limits', () => {
    const c = loadConfig({ OUTBOUND_TIMEOUT_MS: '5000', OUTBOUND_MAX_BYTES: '1048576', OUTBOUND_MAX_REDIRECTS: '0' });
    expect(c.outbound).toMatchObject({ timeoutMs: 5000, maxBytes: 1_048_576, maxRedirects: 0 });
    expect(() => loadConfig({ OUTBOUND_TIMEOUT_MS: '0' })).toThrow(/OUTBOUND_TIMEOUT_MS must be an integer >= 1/);
    expect(() => loadConfig({ OUTBOUND_MAX_REDIRECTS: '21' })).toThrow(/OUTBOUND_MAX_REDIRECTS/);
  });

  it('reads SECRETS_KEY as 64 hex digits or base64 of 32 bytes, and refuses anything else', () => {
    const bytes = Buffer.alloc(32, 7);
    expect(loadConfig({ SECRETS_KEY: bytes.toString('hex') }).secretsKey).toEqual(bytes);
    expect(loadConfig({ SECRETS_KEY: bytes.toString('base64') }).secretsKey).toEqual(bytes);
    expect(loadConfig({ SECRETS_KEY: bytes.toString('base64url') }).secretsKey).toEqual(bytes);
    expect(() => loadConfig({ SECRETS_KEY: 'too-short' })).toThrow(/SECRETS_KEY must be 32 bytes/);
    expect(() => loadConfig({ SECRETS_KEY: Buffer.alloc(16).toString('hex') })).toThrow(/SECRETS_KEY must be 32 bytes/);
  });

  it('reads the harvest day (0 = off) and the retry delays', () => {
    expect(loadConfig({ USAGE_HARVEST_DAY: '0' }).usageHarvest.day).toBe(0);
    expect(() => loadConfig({ USAGE_HARVEST_DAY: '29' })).toThrow(/USAGE_HARVEST_DAY must be an integer >= 0 and <= 28/);
    expect(loadConfig({ USAGE_HARVEST_RETRY_DELAYS: '30s, 15m,2h,1d' }).usageHarvest.retryDelaysMs).toEqual([30_000, 900_000, 7_200_000, 86_400_000]);
    expect(() => loadConfig({ USAGE_HARVEST_RETRY_DELAYS: '1h,soon' })).toThrow(/USAGE_HARVEST_RETRY_DELAYS takes durations .*"soon"/);
  });

  it('reads how long ILL patron references are kept after a request closes (90 days unless set)', () => {
    expect(loadConfig({}).ill.patronRetentionDays).toBe(90);
    expect(loadConfig({ ILL_PATRON_RETENTION_DAYS: '30' }).ill.patronRetentionDays).toBe(30);
    expect(() => loadConfig({ ILL_PATRON_RETENTION_DAYS: '-1' })).toThrow(/ILL_PATRON_RETENTION_DAYS must be an integer >= 0/);
  });
});

describe('resolveJwtSecret', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  function config(env: Record<string, string>): Config {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-secret-'));
    dirs.push(dir);
    return loadConfig({ DATA_DIR: path.join(dir, 'data'), ...env });
  }

  it('uses JWT_SECRET when it is long enough', () => {
    const secret = 'x'.repeat(MIN_SECRET_LENGTH);
    expect(resolveJwtSecret(config({ JWT_SECRET: secret, NODE_ENV: 'production' }))).toBe(secret);
  });

  it('refuses a short JWT_SECRET, in any environment', () => {
    for (const NODE_ENV of ['production', 'development']) {
      expect(() => resolveJwtSecret(config({ JWT_SECRET: 'short', NODE_ENV }))).toThrow(ConfigError);
      expect(() => resolveJwtSecret(config({ JWT_SECRET: 'short', NODE_ENV }))).toThrow(/at least 32 characters long \(it has 5\)/);
    }
  });

  it('refuses production without a secret, saying what to set', () => {
    const c = config({ NODE_ENV: 'production' });
    expect(() => resolveJwtSecret(c)).toThrow(ConfigError);
    expect(() => resolveJwtSecret(c)).toThrow(/JWT_SECRET is not set.*openssl rand.*JWKS_URL/s);
    expect(fs.existsSync(c.dataDir)).toBe(false); // nothing generated behind the operator's back
  });

  it('in production with only JWKS_URL has no secret (identity-provider tokens only)', () => {
    expect(resolveJwtSecret(config({ NODE_ENV: 'production', JWKS_URL: 'https://idp.example/jwks' }))).toBeNull();
  });

  it('in development generates a secret once, keeps it in the data folder, and reuses it', () => {
    const c = config({});
    const first = resolveJwtSecret(c)!;
    expect(first.length).toBeGreaterThanOrEqual(MIN_SECRET_LENGTH);
    const file = path.join(c.dataDir, 'jwt-secret');
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(first);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o077).toBe(0); // readable by the owner only
    expect(resolveJwtSecret(c)).toBe(first);
    expect(resolveJwtSecret(loadConfig({ DATA_DIR: c.dataDir }))).toBe(first); // as after a restart
    expect(resolveJwtSecret(config({}))).not.toBe(first); // another data folder, another secret
  });

  it('replaces a stored secret that is too short', () => {
    const c = config({});
    fs.mkdirSync(c.dataDir, { recursive: true });
    fs.writeFileSync(path.join(c.dataDir, 'jwt-secret'), 'tiny\n');
    const secret = resolveJwtSecret(c)!;
    expect(secret).not.toBe('tiny');
    expect(secret.length).toBeGreaterThanOrEqual(MIN_SECRET_LENGTH);
  });
});
