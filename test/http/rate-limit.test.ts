/**
 * The rate limit when its Redis does not answer: the API keeps answering and still limits, counting
 * in the process, and says so once in the log. (Two servers sharing one limit through a live Redis:
 * test/scenarios/rate-limit-redis.test.ts.)
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRateLimit, rateLimitKey } from '../../src/http/rate-limit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface LogLine {
  level: number;
  msg: string;
  redis?: string;
}

function capturingLogger() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe('with an unreachable Redis', () => {
  let t: TestApp;
  const { log, lines } = capturingLogger();
  beforeAll(async () => {
    // port 1: nothing listens there, every connection attempt is refused
    t = await startTestApp({ seed: false, rateLimitPerMinute: 3, redisUrl: 'redis://:secret-pw@127.0.0.1:1', log });
  });
  afterAll(() => t?.close());

  it('keeps answering, still limits each client in the process, and warns once', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"}' });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    }
    for (let i = 0; i < 5; i++) {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"}' });
      expect(res.status).toBe(429);
      expect((await res.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    }
    expect((await t.execute('{ __typename }', undefined, await t.token('admin'))).data).toEqual({ __typename: 'Query' });
    const warnings = () => lines.filter((l) => l.level === 40);
    await vi.waitFor(() => expect(warnings()).toHaveLength(1));
    expect(warnings()[0].msg).toMatch(/^Redis unavailable: rate limits are counted in this process/);
    expect(warnings()[0].redis).toBe('redis://:***@127.0.0.1:1');
    // more requests while Redis stays away: no more warnings
    for (let i = 0; i < 5; i++) await (await fetch(t.url)).arrayBuffer();
    expect(await t.execute('{ __typename }', undefined, await t.token('analyst'))).toEqual({ data: { __typename: 'Query' } });
    expect(warnings()).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('secret-pw');
  });
});

describe('createRateLimit', () => {
  const { log } = capturingLogger();

  it('counts in memory without a Redis URL, per key, and is off at 0', async () => {
    const limit = createRateLimit({ pointsPerMinute: 2, redisUrl: null, log });
    expect(limit?.store).toBe('memory');
    expect([await limit!.consume('a'), await limit!.consume('a'), await limit!.consume('a')]).toEqual([true, true, false]);
    expect(await limit!.consume('b')).toBe(true);
    await limit!.close();
    expect(createRateLimit({ pointsPerMinute: 0, redisUrl: 'redis://127.0.0.1:1', log })).toBeNull();
  });

  it('keys a client by who its verified token names (sub and member), else by address', () => {
    const staff = { role: 'member' as const, sub: 'staff@CN-110000-PKU', memberCode: 'CN-110000-PKU' };
    expect(rateLimitKey(staff, '10.0.0.1')).toBe(rateLimitKey(staff, '10.0.0.2'));
    expect(rateLimitKey(staff, '10.0.0.1')).toBe('id:["staff@CN-110000-PKU","CN-110000-PKU"]');
    expect(rateLimitKey({ ...staff, memberCode: 'CN-310000-SHL' }, '10.0.0.1')).not.toBe(rateLimitKey(staff, '10.0.0.1'));
    expect(rateLimitKey({ role: 'admin', sub: 'ops', memberCode: null }, '10.0.0.1')).toBe('id:["ops",""]');
    expect(rateLimitKey({ role: 'anonymous', sub: null, memberCode: null }, '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(rateLimitKey(null, '10.0.0.1')).toBe('ip:10.0.0.1'); // a token that did not verify
    expect(rateLimitKey(null, undefined)).toBe('ip:unknown');
  });
});
