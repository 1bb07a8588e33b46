/**
 * The server and CLI as separate processes, as a user runs them: the embedded database's folder lock,
 * crash recovery (SIGKILL), clean stop on SIGTERM, and `token` needing no database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'a-test-secret-that-is-long-enough-to-use-1234';
const dataDir = mkdtempSync(path.join(tmpdir(), 'sharegraph-cli-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}) {
  const { TEST_DATABASE_URL: _t, DATABASE_URL: _d, NODE_ENV: _n, ...rest } = process.env;
  return { ...rest, DATA_DIR: dataDir, JWT_SECRET: SECRET, DEMO_DATA: 'false', PORT: '0', LOG_LEVEL: 'info', ...extra };
}

function run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: env(extra) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `serve` and resolves with its URL once it logs that it serves. */
function serve(): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], { cwd: ROOT, env: env() });
  children.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d) => {
      log += d;
      const m = /"url":"(http:\/\/localhost:\d+\/graphql)"/.exec(log);
      if (m) resolve({ child, url: m[1], log: () => log });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${log}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));
/** After 'close' every byte the process wrote has been read. */
const closed = (child: ChildProcess) => new Promise<void>((resolve) => (child.stderr!.readableEnded ? resolve() : child.on('close', () => resolve())));
const messages = (log: string) => log.split('\n').flatMap((line) => (line.startsWith('{') ? [(JSON.parse(line) as { msg: string }).msg] : []));

async function gql(url: string, query: string, token?: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
  return res.json() as Promise<{ data?: any; errors?: { message: string }[] }>; // any: result shape
}

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
    const r = await run(['token', '--role', 'member']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--member CODE/);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('the embedded database folder', () => {
  it('is locked while a server runs, survives a SIGKILL with acknowledged writes, and is freed by SIGTERM', async () => {
    const first = await serve();
    // a first start says what it does: the folder it creates, the migrations, then where it serves
    const started = messages(first.log());
    expect(started[0]).toBe(`creating the database in ${path.join(dataDir, 'pgdata')}`);
    expect(started[1]).toMatch(/^applying \d+ migrations$/);
    expect(started.at(-1)).toBe(`ready at ${first.url}`);
    // a second database-using command on the same folder stops with a clear message
    const seed = await run(['seed']);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toMatch(/in use by a sharegraph server \(pid \d+/);
    expect(seed.stderr).toMatch(/Stop that process first|through its API/);
    // a write the API acknowledged …
    const admin = (await run(['token', '--role', 'admin'])).stdout.trim().split('\n').at(-1)!;
    const created = await gql(first.url, `mutation { createMember(input: { code: "CN-999-CRASH", name: "崩溃测试馆", type: PUBLIC, reason: "test" }) { member { code } userErrors { message } } }`, admin);
    expect(created.data.createMember.member).toEqual({ code: 'CN-999-CRASH' });
    // … survives a crash, and the dead process's lock does not keep the next server down
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(existsSync(path.join(dataDir, 'sharegraph.lock'))).toBe(true);
    const second = await serve();
    const read = await gql(second.url, `{ member(code: "CN-999-CRASH") { name } }`);
    expect(read.data.member).toEqual({ name: '崩溃测试馆' });
    expect(messages(second.log()).filter((m) => /^(creating|applying)/.test(m))).toEqual([]); // nothing to create or apply now
    // SIGTERM stops cleanly, says so last, and removes the lock
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    await closed(second.child);
    expect(messages(second.log()).at(-1)).toBe('sharegraph stopped');
    expect(existsSync(path.join(dataDir, 'sharegraph.lock'))).toBe(false);
  });

  it('takes over a lock whose process is gone', async () => {
    writeFileSync(path.join(dataDir, 'sharegraph.lock'), JSON.stringify({ pid: 2 ** 22 + 7, command: 'serve', hostname: (await import('node:os')).hostname(), startedAt: 'then' }));
    const r = await run(['migrate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/migrations applied/);
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
