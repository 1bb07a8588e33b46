/**
 * What a command talks to: its two output streams and the environment its configuration is read
 * from. `src/cli.ts` passes the process's own; a test passes writers that collect the text, so a
 * command's cases can run in the test's process (one real-process test per command proves the binary).
 */
import type { Env } from './config.js';

export interface CliOutput {
  write(text: string): unknown;
  /** a terminal: progress may be redrawn in place */
  readonly isTTY?: boolean;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  env: Env;
}

/** The process's own streams and environment, as `sharegraph` runs. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
