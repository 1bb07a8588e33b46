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
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

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
  };
}
