import { pino, type Logger } from 'pino';

/** JSON lines on standard error (standard output stays free for command results such as `token`). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'sharegraph' }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
}
