/**
 * Environment -> typed configuration, read and validated once at start.
 * Every variable here is documented in README.md ("Environment variables").
 */
import os from 'node:os';
import path from 'node:path';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  databasePoolMax: number;
  /**
   * `serve` on a PostgreSQL server: how many worker processes answer HTTP (WORKERS, default the
   * number of cores). The embedded database is one process, so there it is always 1.
   */
  workers: number;
  /** redis://… : rate-limit counters shared by every server process; null keeps them in memory */
  redisUrl: string | null;
  demoData: boolean;
  jwt: { secret: string | null; issuer: string; audience: string; jwksUrl: string | null };
  introspection: boolean;
  logLevel: string;
  limits: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    rateLimitPerMinute: number;
    statementTimeoutMs: number;
  };
  /** Every outgoing HTTP request (SUSHI harvests): src/lib/outbound/. */
  outbound: OutboundConfig;
  /**
   * SECRETS_KEY: the 32-byte AES-256-GCM key that seals stored credentials (SUSHI requestor_id and
   * api_key); null when not set (see src/auth/secrets-key.ts for what happens then).
   */
  secretsKey: Buffer | null;
  /** POST /iso18626 (src/modules/ill/iso18626/): README "ISO 18626". */
  iso18626: {
    /** ISO18626_XSD: the ISO 18626 v1.2 schema file, or a folder holding ISO-18626-v1_2.xsd; null: ../shared/fixtures/iso18626/xsd beside the project */
    xsd: string | null;
    /** ISO18626_REQUIRE_AUTH: every message must carry the sending member's bearer token */
    requireAuth: boolean;
  };
  /** The monthly COUNTER harvest (src/modules/usage/). */
  usageHarvest: {
    /** Day of the month (1–28) from which `serve` harvests the previous month; 0 = no automatic harvest. */
    day: number;
    /** Waits before the 2nd, 3rd … attempt after a "try later" answer; after the last, FAILED. */
    retryDelaysMs: number[];
  };
  /** Webhook deliveries (src/modules/webhooks/): README "Webhooks". */
  webhooks: {
    /** WEBHOOK_DISPATCH: whether `serve` sends webhooks (false: this deployment's API only; another process sends) */
    dispatch: boolean;
    /** WEBHOOK_TIMEOUT_MS: one delivery attempt's deadline */
    timeoutMs: number;
    /** WEBHOOK_CONCURRENCY: subscriptions one process sends to at once */
    concurrency: number;
  };
  /** Interlibrary loan (src/modules/ill/). */
  ill: {
    /** ILL_PATRON_RETENTION_DAYS: days after a request closes that its patron reference is removed (daily by `serve`, or `sharegraph ill purge`). */
    patronRetentionDays: number;
  };
}

export interface OutboundConfig {
  /** host or host:port (lower case, IPv6 in brackets) exempt from the address and https checks */
  allowedHosts: string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export class ConfigError extends Error {}

export type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name]?.trim(); // Number(' ') is 0: a blank value is "not set", not zero
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer >= ${min}${max < Number.MAX_SAFE_INTEGER ? ` and <= ${max}` : ''}, got "${env[name]}"`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function redisUrl(env: Env): string | null {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got "${raw}"`);
  return raw;
}

/** OUTBOUND_ALLOWED_HOSTS: `host[:port]` entries, comma-separated; a URL, path or wildcard is refused. */
function allowedHosts(env: Env): string[] {
  const raw = env.OUTBOUND_ALLOWED_HOSTS?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '').map((entry) => {
    const ok = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/.test(entry) && Number(entry.match(/:(\d+)$/)?.[1] ?? 1) <= 65_535;
    if (!ok || (entry.includes(':') && !entry.startsWith('[') && entry.indexOf(':') !== entry.lastIndexOf(':'))) {
      throw new ConfigError(`OUTBOUND_ALLOWED_HOSTS takes host or host:port entries separated by commas (IPv6 as [::1]:8080), got "${entry}"`);
    }
    return entry;
  });
}

/** SECRETS_KEY: 32 bytes as 64 hex digits or base64 (standard or URL-safe). */
function secretsKey(env: Env): Buffer | null {
  const raw = env.SECRETS_KEY?.trim();
  if (!raw) return null;
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : /^[A-Za-z0-9+/_-]+={0,2}$/.test(raw) ? Buffer.from(raw, 'base64') : null;
  if (!key || key.length !== 32) {
    throw new ConfigError('SECRETS_KEY must be 32 bytes written as 64 hex digits or in base64 (e.g. `openssl rand -base64 32`)');
  }
  return key;
}

const DURATION_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** USAGE_HARVEST_RETRY_DELAYS: durations such as `15m,1h,6h,1d`, comma-separated. */
function durations(env: Env, name: string, fallback: number[]): number[] {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  return raw.split(',').map((part) => {
    const m = /^(\d+)\s*([smhd])$/.exec(part.trim());
    if (!m || Number(m[1]) === 0) throw new ConfigError(`${name} takes durations such as 15m,1h,6h,1d separated by commas, got "${part.trim()}"`);
    return Number(m[1]) * DURATION_MS[m[2] as keyof typeof DURATION_MS];
  });
}

/** The default waits between harvest attempts: 1 h, 6 h, 1, 2, 4 and 7 days (about two weeks in all). */
export const DEFAULT_HARVEST_RETRY_DELAYS_MS = [1, 6, 24, 48, 96, 168].map((h) => h * 3_600_000);

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  return {
    env: nodeEnv,
    port: int(env, 'PORT', 4000, 0, 65_535),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './.data'),
    databaseUrl: env.DATABASE_URL || null,
    databasePoolMax: int(env, 'DATABASE_POOL_MAX', 10, 1),
    workers: int(env, 'WORKERS', os.availableParallelism(), 1, 64),
    redisUrl: redisUrl(env),
    demoData: bool(env, 'DEMO_DATA', true),
    jwt: {
      secret: env.JWT_SECRET || null,
      issuer: env.JWT_ISSUER || 'sharegraph',
      audience: env.JWT_AUDIENCE || 'sharegraph-api',
      jwksUrl: env.JWKS_URL || null,
    },
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', true),
    logLevel: env.LOG_LEVEL || 'info',
    limits: {
      maxDepth: int(env, 'MAX_QUERY_DEPTH', 12, 1),
      maxCost: int(env, 'MAX_QUERY_COST', 25_000, 1),
      maxAliases: int(env, 'MAX_ALIASES', 30, 1),
      rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 6_000),
      statementTimeoutMs: int(env, 'STATEMENT_TIMEOUT_MS', 15_000),
    },
    outbound: {
      allowedHosts: allowedHosts(env),
      timeoutMs: int(env, 'OUTBOUND_TIMEOUT_MS', 30_000, 1),
      maxBytes: int(env, 'OUTBOUND_MAX_BYTES', 64 * 1024 * 1024, 1),
      maxRedirects: int(env, 'OUTBOUND_MAX_REDIRECTS', 5, 0, 20),
    },
    secretsKey: secretsKey(env),
    iso18626: {
      xsd: env.ISO18626_XSD?.trim() || null,
      requireAuth: bool(env, 'ISO18626_REQUIRE_AUTH', false),
    },
    usageHarvest: {
      day: int(env, 'USAGE_HARVEST_DAY', 15, 0, 28),
      retryDelaysMs: durations(env, 'USAGE_HARVEST_RETRY_DELAYS', DEFAULT_HARVEST_RETRY_DELAYS_MS),
    },
    webhooks: {
      dispatch: bool(env, 'WEBHOOK_DISPATCH', true),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 5_000, 100, 30_000),
      concurrency: int(env, 'WEBHOOK_CONCURRENCY', 8, 1, 256),
    },
    ill: {
      patronRetentionDays: int(env, 'ILL_PATRON_RETENTION_DAYS', 90, 0, 36_500),
    },
  };
}
