/**
 * The request rate limit: counters in Redis when a URL is given, so that every server process on one
 * database counts against the same limit, else in this process's memory.
 *
 * Redis going away must never fail the API closed: while Redis does not answer, rate-limiter-flexible
 * hands each call to its `insuranceLimiter`, an in-memory limiter of the same size, and one warning is
 * logged per outage (not one per request). When Redis is back, counting is shared again.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer.js';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** requests a client may make a minute; 0 turns the limit off */
  pointsPerMinute: number;
  /** redis://… to share counters between processes; null counts in memory */
  redisUrl: string | null;
  /** prefix of the Redis keys (tests give each run its own) */
  keyPrefix?: string;
  log: Logger;
}

export interface RateLimit {
  /** where the counters live */
  readonly store: 'redis' | 'memory';
  /** counts one request for the key; false when the key is over its limit */
  consume(key: string): Promise<boolean>;
  /** closes the Redis connection, if any */
  close(): Promise<void>;
}

/**
 * Keyed by who the verified token says is asking (its `sub` with its `member`), else by address. Not by
 * the token's text: the same token has several spellings that verify (the signature's last base64url
 * character carries unused bits, a trailing `=` is tolerated) and a fresh token for the same person
 * is the same client; and a token that does not verify (garbage, expired, forged) is anonymous here,
 * so making up bearer strings never opens a fresh bucket.
 */
export function rateLimitKey(viewer: Viewer | null, ip: string | undefined): string {
  if (viewer && viewer.role !== 'anonymous' && viewer.sub !== null) return `id:${JSON.stringify([viewer.sub, viewer.memberCode ?? ''])}`;
  return `ip:${ip ?? 'unknown'}`;
}

const DURATION_SECONDS = 60;

export function createRateLimit(options: RateLimitOptions): RateLimit | null {
  const { pointsPerMinute: points, log } = options;
  if (points <= 0) return null;
  const memory = () => new RateLimiterMemory({ points, duration: DURATION_SECONDS });
  if (!options.redisUrl) return wrap(memory(), 'memory', async () => {});

  const where = redactedUrl(options.redisUrl);
  const keyPrefix = options.keyPrefix ?? 'sharegraph:rate';
  const client = new Redis(options.redisUrl, {
    // named after the key prefix, so `CLIENT LIST` shows whose connection it is
    connectionName: keyPrefix.replace(/[^\w:.-]/g, '_'),
    // a command while disconnected fails at once (the insurance limiter answers) instead of waiting in a queue
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // a Redis that accepts connections but stops answering must not hold requests
    commandTimeout: 1_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
  });
  let fallingBack = false;
  // ioredis emits 'error' on every failed (re)connection attempt: warn on the first of an outage only
  client.on('error', (err: Error) => {
    if (fallingBack) return;
    fallingBack = true;
    log.warn({ redis: where, err: err.message }, 'Redis unavailable: rate limits are counted in this process until it is back');
  });
  client.on('ready', () => {
    if (!fallingBack) return;
    fallingBack = false;
    log.info({ redis: where }, 'Redis reachable again: rate limits are shared again');
  });
  const limiter = new RateLimiterRedis({
    storeClient: client,
    keyPrefix,
    points,
    duration: DURATION_SECONDS,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory(),
  });
  return wrap(limiter, 'redis', async () => {
    if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
    else client.disconnect(); // also stops reconnection attempts
  });
}

function wrap(limiter: RateLimiterAbstract, store: RateLimit['store'], close: () => Promise<void>): RateLimit {
  return {
    store,
    async consume(key) {
      try {
        await limiter.consume(key);
        return true;
      } catch (err) {
        if (err instanceof RateLimiterRes) return false; // over the limit
        throw err; // neither Redis nor the insurance limiter could count: a server error, not a refusal
      }
    },
    close,
  };
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis';
  }
}
