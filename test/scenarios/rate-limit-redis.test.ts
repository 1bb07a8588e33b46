/**
 * Two servers with the same REDIS_URL share one rate limit (a client cannot get N times the limit
 * behind a load balancer of N processes), and a stopped server leaves no Redis connection behind.
 * Needs Redis at REDIS_URL (default redis://127.0.0.1:6379), as CI has.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { createApiClient } from '../../src/modules/clients/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

describe('rate limits through Redis', () => {
  // a prefix of its own: runs in parallel (or left-over keys) never share counters
  const prefix = `sharegraph-test:${randomUUID()}`;
  const redis = new Redis(REDIS_URL);
  let a: TestApp;
  let b: TestApp;
  let closed = false;
  beforeAll(async () => {
    [a, b] = await Promise.all([0, 1].map(() => startTestApp({ seed: false, rateLimitPerMinute: 4, redisUrl: REDIS_URL, rateLimitKeyPrefix: prefix })));
  });
  afterAll(async () => {
    if (!closed) await Promise.all([a?.close(), b?.close()]);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  const call = async (app: TestApp) => (await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"}' })).status;

  it('are shared by two servers: the limit holds for a client whichever server answers', async () => {
    // each server alone would allow 4; together they allow 4
    expect([await call(a), await call(b), await call(a), await call(b)]).toEqual([200, 200, 200, 200]);
    expect([await call(a), await call(b)]).toEqual([429, 429]);
    expect(await redis.keys(`${prefix}*`)).toEqual([`${prefix}:ip:127.0.0.1`]);
    // another client (a token) still has its own allowance on both
    const token = await a.token('analyst');
    expect((await b.execute('{ __typename }', undefined, token)).data).toEqual({ __typename: 'Query' });
  });

  it("count an API client's own rate and daily quota once across both servers", async () => {
    // each test server has a database of its own: the same client registered in both has the same id there,
    // as one client has on servers that share a database (each key is verified by its own server)
    const input = { name: 'shared', scopes: ['ANALYST' as const], rateLimitPerMinute: 3, dailyQuota: 1000 };
    const [made, twin] = [await createApiClient(a.database.db, SYSTEM_VIEWER, input), await createApiClient(b.database.db, SYSTEM_VIEWER, input)];
    expect(twin.client!.id).toBe(made.client!.id);
    const keyOf = (app: TestApp) => (app === a ? made.key! : twin.key!);
    const answers = [];
    for (const app of [a, b, a, b]) {
      const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': keyOf(app) }, body: '{"query": "{ __typename }"}' });
      answers.push([res.status, res.headers.get('ratelimit-remaining')]);
    }
    expect(answers).toEqual([[200, '2'], [200, '1'], [200, '0'], [429, '0']]);
    const day = new Date().toISOString().slice(0, 10);
    expect((await redis.keys(`${prefix}:client:*`)).sort()).toEqual([`${prefix}:client:${made.client!.id}:day:${day}`, `${prefix}:client:${made.client!.id}:minute`]);
    expect(await redis.get(`${prefix}:client:${made.client!.id}:day:${day}`)).toBe('3'); // the refused request used no quota
  });

  it('closes its Redis connection when the server stops', async () => {
    const named = async () => (await redis.client('LIST') as string).split('\n').filter((line) => line.includes(`name=${prefix}`)).length;
    expect(await named()).toBe(2);
    closed = true;
    await Promise.all([a.close(), b.close()]);
    expect(await named()).toBe(0);
  });
});
