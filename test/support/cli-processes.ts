/**
 * The CLI as a separate process, as a user runs it: `run` waits for a command to end, `serve` starts
 * the server and resolves once it serves; `runInProcess` runs a command line in this process
 * (src/cli-main.ts), with the same environment, its output collected. Each caller gets its own
 * DATA_DIR under the OS temp folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCommandLine } from '../../src/cli-main.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'a-test-secret-that-is-long-enough-to-use-1234';

export interface CliProcesses {
  dataDir: string;
  run(args: string[], extra?: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** the same command line, run in this process rather than as one of its own */
  runInProcess(args: string[], extra?: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** a command started and not waited for (to kill it mid-way); `output` is what it wrote so far */
  start(args: string[], extra?: Record<string, string>): { child: ChildProcess; output: () => string };
  serve(extra?: Record<string, string>): Promise<{ child: ChildProcess; url: string; log: () => string }>;
  /** kills what is still running and removes the data folder */
  cleanup(): void;
}

export function cliProcesses(): CliProcesses {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sharegraph-cli-'));
  const children: ChildProcess[] = [];
  const env = (extra: Record<string, string> = {}) => {
    const { TEST_DATABASE_URL: _t, DATABASE_URL: _d, NODE_ENV: _n, ...rest } = process.env;
    return { ...rest, DATA_DIR: dataDir, JWT_SECRET: SECRET, DEMO_DATA: 'false', PORT: '0', LOG_LEVEL: 'info', ...extra };
  };
  return {
    dataDir,
    run: (args, extra = {}) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: env(extra) });
        children.push(child);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      }),
    async runInProcess(args, extra = {}) {
      let stdout = '';
      let stderr = '';
      const code = await runCommandLine(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: env(extra) });
      return { code, stdout, stderr };
    },
    start(args, extra = {}) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: env(extra) });
      children.push(child);
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      return { child, output: () => output };
    },
    serve(extra = {}) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], { cwd: ROOT, env: env(extra) });
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
    },
    cleanup() {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
