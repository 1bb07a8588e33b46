/**
 * Scenario (npm run test:scenarios): the embedded database's folder across several processes, as a
 * user runs them: the folder lock while a server runs, crash recovery (SIGKILL) with acknowledged
 * writes kept, clean stop on SIGTERM, and taking over a dead process's lock.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliProcesses } from '../support/cli-processes.js';

const { dataDir, run, serve, cleanup } = cliProcesses();
afterAll(cleanup);

/** After 'close' every byte the process wrote has been read. */
const closed = (child: ChildProcess) => new Promise<void>((resolve) => (child.stderr!.readableEnded ? resolve() : child.on('close', () => resolve())));
const messages = (log: string) => log.split('\n').flatMap((line) => (line.startsWith('{') ? [(JSON.parse(line) as { msg: string }).msg] : []));
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));

async function gql(url: string, query: string, token?: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
  return res.json() as Promise<{ data?: any; errors?: { message: string }[] }>; // any: result shape
}

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
