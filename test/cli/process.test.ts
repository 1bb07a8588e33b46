/**
 * The CLI as a process of its own, one at a time: `token` needing no database, and production refusals
 * of `serve`. The token's usage errors run in this process (runInProcess), which differs only in where
 * the output is collected.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cliProcesses } from '../support/cli-processes.js';

const { run, runInProcess, cleanup } = cliProcesses();
afterAll(cleanup);

describe('token', () => {
  it('prints a token as its last line, with no database opened', async () => {
    const r = await run(['token', '--role', 'member', '--member', 'CN-110000-PKU', '--ttl', '15m']);
    expect(r.code).toBe(0);
    const token = r.stdout.trim().split('\n').at(-1)!;
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ role: 'member', member: 'CN-110000-PKU', iss: 'sharegraph', aud: 'sharegraph-api' });
    expect(payload.exp - payload.iat).toBe(900);
  });

  it('answers a usage error with exit code 2 and says what is wrong', async () => {
    const r = await runInProcess(['token', '--role', 'member']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--member CODE/);
    expect((await runInProcess(['frobnicate'])).code).toBe(2);
  });
});

describe('production', () => {
  it('refuses to start without a proper JWT secret, saying what to set', async () => {
    const r = await run(['serve'], { NODE_ENV: 'production', JWT_SECRET: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/JWT_SECRET is not set/);
    const short = await run(['serve'], { NODE_ENV: 'production', JWT_SECRET: 'short' });
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 32 characters/);
  });
});
