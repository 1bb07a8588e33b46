/**
 * PGlite has no lock on its folder: a second process opening it sees the data, commits, exits 0,
 * and its writes are lost when the first closes (../shared/STACK.md). So sharegraph holds a lock
 * file of its own. A lock whose process is gone (crash, SIGKILL) is taken over, never obeyed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  command: string;
  hostname: string;
  startedAt: string;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const what = holder.command === 'serve' ? 'a sharegraph server' : `a sharegraph "${holder.command}" command`;
    super(
      `The data folder ${dataDir} is in use by ${what} (pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}). ` +
        'The embedded database allows one process at a time. Stop that process first, or, while the server runs, ' +
        'send the data through its API (importMarcRecords, upsertHoldings), or use a PostgreSQL server (DATABASE_URL).',
    );
  }
}

export interface DataDirLock {
  release(): void;
}

const LOCK_NAME = 'sharegraph.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false; // EPERM: exists, owned by someone else
  }
  // After a crash and a container restart the pid may belong to an unrelated process now.
  try {
    return /node|sharegraph/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return null; // half-written or removed meanwhile: treated as stale
  }
}

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_NAME);
  const me: LockHolder = { pid: process.pid, command, hostname: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' }); // atomic: fails if the file exists
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        const holder = readHolder(file);
        if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.on('exit', release); // however the process ends (short of a kill), the lock goes with it
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(file);
    // A lock from another host cannot be probed; a shared network folder is not a supported set-up.
    if (holder && holder.pid !== process.pid && holder.hostname === os.hostname() && isAlive(holder.pid)) {
      throw new DataDirBusyError(dataDir, holder);
    }
    fs.rmSync(file, { force: true }); // stale: its process died
  }
  throw new Error(`could not take the lock ${file}: another process keeps re-creating it`);
}
