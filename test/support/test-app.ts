/** A real HTTP server on a free port over a test database, and helpers to call it as clients do. */
import { pino, type Logger } from 'pino';
import { createTokenVerifier, issueToken, type TokenSettings } from '../../src/auth/tokens.js';
import type { TokenRole } from '../../src/auth/viewer.js';
import { createApp } from '../../src/http/app.js';
import { createMetrics } from '../../src/http/metrics.js';
import { openTestDatabase, type TestDatabase } from './test-db.js';

export const TEST_TOKENS: TokenSettings = { secret: 'test-secret-of-at-least-thirty-two-characters!', issuer: 'sharegraph', audience: 'sharegraph-api', jwksUrl: null };

export interface GraphQLResponse<T = Record<string, any>> { // any: tests read arbitrary result shapes
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface TestApp extends TestDatabase {
  url: string;
  origin: string;
  execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>; // any: see above
  token(role: TokenRole, member?: string): Promise<string>;
}

export interface TestAppOptions {
  seed?: boolean;
  rateLimitPerMinute?: number;
  introspection?: boolean;
  maxCost?: number;
  /** rate-limit counters in this Redis (see createApp) */
  redisUrl?: string;
  rateLimitKeyPrefix?: string;
  /** the app's logger (silent when not given) */
  log?: Logger;
  /** runs of a query by graphql-js before it is compiled (see createApp); 0 by default: tests run the compiled path */
  compileAfterRuns?: number;
  /** how often API clients' request statistics are written (see createApp) */
  meterFlushMs?: number;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const t = await openTestDatabase({ seed: options.seed ?? true });
  const { httpServer, apollo } = await createApp({
    database: t.database,
    verifyToken: createTokenVerifier(TEST_TOKENS),
    limits: { maxDepth: 12, maxCost: options.maxCost ?? 25_000, maxAliases: 30, rateLimitPerMinute: options.rateLimitPerMinute ?? 0 },
    redisUrl: options.redisUrl ?? null,
    rateLimitKeyPrefix: options.rateLimitKeyPrefix,
    introspection: options.introspection ?? true,
    metrics: createMetrics(),
    log: options.log ?? pino({ level: 'silent' }),
    // every query through the compiled path from its first run (production runs a text once with graphql-js first;
    // test/api/compiled-executor.test.ts holds both paths equal)
    compileAfterRuns: options.compileAfterRuns ?? 0,
    meterFlushMs: options.meterFlushMs,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/graphql`;
  return {
    ...t,
    url,
    origin,
    async execute(query, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    token: (role, member) => issueToken(TEST_TOKENS, { role, member, ttlSeconds: 600 }),
    async close() {
      await apollo.stop();
      await t.close();
    },
  };
}
