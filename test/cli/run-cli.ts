/**
 * The CLI two ways, with one result shape and the same environment:
 * - `runCli`: `src/cli.ts` as a user runs it (a process of its own): proves the binary, its exit code
 *   and what reaches its standard streams. Each command keeps one test this way.
 * - `runCliInProcess`: the same command line through `runCommandLine` (src/cli-main.ts) in the test's
 *   process, its output collected: the other cases of a command, without a process (and a TypeScript
 *   load) each.
 * Neither sees a server database: TEST_DATABASE_URL, DATABASE_URL and NODE_ENV are left out.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { runCommandLine } from '../../src/cli-main.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cliEnv(env: Record<string, string>): Record<string, string | undefined> {
  const { TEST_DATABASE_URL: _t, DATABASE_URL: _d, NODE_ENV: _n, ...inherited } = process.env;
  return { ...inherited, JWT_SECRET: 'x'.repeat(40), ...env };
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: cliEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function runCliInProcess(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCommandLine(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: cliEnv(env),
  });
  return { code, stdout, stderr };
}
