import type { DestinationStream, Logger } from 'pino';
import type { CliIo } from './cli-io.js';
import { createLogger } from './log.js';

/**
 * A command's logger: JSON lines on its standard error, at `warn` when the configuration says `info`
 * (unless `quiet` is false): a one-shot command's summary is its output, not the store's start-up lines.
 */
export function commandLogger(level: string, io: CliIo, quiet = true): Logger {
  const shown = quiet && level === 'info' ? 'warn' : level;
  // the process's standard error through pino's own synchronous writer; another writer as given
  return createLogger(shown, io.stderr === process.stderr ? undefined : (io.stderr as DestinationStream));
}
