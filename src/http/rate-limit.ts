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
const DAY_SECONDS = 86_400;

/** Where one limit stands after a request was counted: the RateLimit-* header fields. */
export interface LimitState {
  limit: number;
  remaining: number;
  /** seconds until the window starts afresh */
  resetSeconds: number;
  /** the window's length in seconds (RateLimit-Policy's `w`) */
  windowSeconds: number;
}

export interface LimitDecision {
  allowed: boolean;
  /** every limit that applies, the one closest to running out first; empty when none does */
  states: LimitState[];
}

/** An API client's own limits (README, "API clients"). */
export interface ClientLimits {
  id: number;
  /** requests a minute; null or 0: none */
  perMinute: number | null;
  /** requests a UTC day; null: none */
  perDay: number | null;
}

export interface RateLimit {
  /** where the counters live */
  readonly store: 'redis' | 'memory';
  /** counts one request for the key against the server's per-minute limit; false when the key is over it */
  consume(key: string): Promise<boolean>;
  /** the same, with where the limit stands (for the RateLimit-* headers) */
  take(key: string): Promise<LimitDecision>;
  /** closes the Redis connection, if any */
  close(): Promise<void>;
}

export interface Limits {
  readonly store: 'redis' | 'memory';
  /** the server-wide per-minute limit for people and the anonymous; null when RATE_LIMIT_PER_MINUTE is 0 */
  general: RateLimit | null;
  /** an API client's own per-minute limit and daily quota (a UTC day), counted per client */
  client(limits: ClientLimits, now?: Date): Promise<LimitDecision>;
  close(): Promise<void>;
}

/**
 * The counters: one limiter per (size, window), all on one store, so a client's counter is shared by
 * every process whatever limiter object counts it (rate-limiter-flexible keeps only the count and its
 * expiry under the key; the limit is compared in the process).
 */
function counterStore(options: RateLimitOptions) {
  const { log } = options;
  const keyPrefix = options.keyPrefix ?? 'sharegraph:rate';
  let client: Redis | null = null;
  const limiters = new Map<string, RateLimiterAbstract>();
  const where = options.redisUrl ? redactedUrl(options.redisUrl) : '';

  const redis = (url: string): Redis => {
    if (client) return client;
    client = new Redis(url, {
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
    return client;
  };

  // connected now, not at the first request: while it connects, commands fail at once (no offline queue) and
  // the first requests would be counted by the in-process insurance limiter, not shared
  if (options.redisUrl) redis(options.redisUrl);
  return {
    store: (options.redisUrl ? 'redis' : 'memory') as RateLimit['store'],
    limiter(points: number, duration: number): RateLimiterAbstract {
      const id = `${points}/${duration}`;
      let limiter = limiters.get(id);
      if (!limiter) {
        const memory = new RateLimiterMemory({ points, duration, keyPrefix });
        limiter = options.redisUrl
          ? new RateLimiterRedis({ storeClient: redis(options.redisUrl), keyPrefix, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: memory })
          : memory;
        limiters.set(id, limiter);
      }
      return limiter;
    },
    async close() {
      const c = client;
      if (!c) return;
      if (c.status === 'ready') await c.quit().catch(() => c.disconnect());
      else c.disconnect(); // also stops reconnection attempts
    },
  };
}

type Counters = ReturnType<typeof counterStore>;

/** Counts one point for the key: its state, and whether it was within the limit. */
async function count(limiter: RateLimiterAbstract, key: string, points: number, windowSeconds: number, resetAt?: number): Promise<{ allowed: boolean; state: LimitState }> {
  let res: RateLimiterRes;
  let allowed = true;
  try {
    res = await limiter.consume(key);
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err; // neither Redis nor the insurance limiter could count: a server error, not a refusal
    res = err;
    allowed = false;
  }
  const resetSeconds = resetAt ?? Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return { allowed, state: { limit: points, remaining: Math.max(0, res.remainingPoints), resetSeconds, windowSeconds } };
}

/** The limit closest to running out first (then the one that resets last). */
const byUrgency = (a: LimitState, b: LimitState) => a.remaining - b.remaining || b.resetSeconds - a.resetSeconds;

function generalLimit(counters: Counters, points: number, close: () => Promise<void>): RateLimit {
  const take = async (key: string): Promise<LimitDecision> => {
    const { allowed, state } = await count(counters.limiter(points, DURATION_SECONDS), key, points, DURATION_SECONDS);
    return { allowed, states: [state] };
  };
  return { store: counters.store, take, consume: async (key) => (await take(key)).allowed, close };
}

/**
 * An API client's limits: its per-minute rate (a window from its first request, like the server's),
 * then its daily quota, counted per UTC day (the key names the day, so the quota starts afresh at
 * 00:00 UTC on every process). A request refused by the minute limit does not use the day's quota.
 */
async function clientDecision(counters: Counters, limits: ClientLimits, now: Date): Promise<LimitDecision> {
  const states: LimitState[] = [];
  if (limits.perMinute) {
    const minute = await count(counters.limiter(limits.perMinute, DURATION_SECONDS), `client:${limits.id}:minute`, limits.perMinute, DURATION_SECONDS);
    if (!minute.allowed) return { allowed: false, states: [minute.state] };
    states.push(minute.state);
  }
  if (limits.perDay) {
    const day = now.toISOString().slice(0, 10);
    const untilMidnight = Math.max(1, Math.ceil((Date.parse(`${day}T00:00:00Z`) + DAY_SECONDS * 1000 - now.getTime()) / 1000));
    // the counter outlives its day by an hour, so a process whose clock is a little behind still finds it
    const quota = await count(counters.limiter(limits.perDay, DAY_SECONDS + 3600), `client:${limits.id}:day:${day}`, limits.perDay, DAY_SECONDS, untilMidnight);
    if (!quota.allowed) return { allowed: false, states: [quota.state] };
    states.push(quota.state);
  }
  return { allowed: true, states: states.sort(byUrgency) };
}

export function createLimits(options: RateLimitOptions): Limits {
  const counters = counterStore(options);
  return {
    store: counters.store,
    general: options.pointsPerMinute > 0 ? generalLimit(counters, options.pointsPerMinute, counters.close) : null,
    client: (limits, now = new Date()) => clientDecision(counters, limits, now),
    close: counters.close,
  };
}

export function createRateLimit(options: RateLimitOptions): RateLimit | null {
  return createLimits(options).general;
}

/**
 * The RateLimit-* answer headers (IETF draft-ietf-httpapi-ratelimit-headers, the -07 field names):
 * RateLimit-Limit, -Remaining and -Reset of the limit closest to running out, and every limit that
 * applies in RateLimit-Policy (`60;w=60, 10000;w=86400`).
 */
export function rateLimitHeaders(decision: LimitDecision): Record<string, string> {
  const [first] = decision.states;
  if (!first) return {};
  return {
    'ratelimit-limit': String(first.limit),
    'ratelimit-remaining': String(first.remaining),
    'ratelimit-reset': String(first.resetSeconds),
    'ratelimit-policy': decision.states.map((s) => `${s.limit};w=${s.windowSeconds}`).join(', '),
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
