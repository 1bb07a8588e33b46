import { pino, type DestinationStream, type Logger } from 'pino';

/** JSON lines on standard error (standard output stays free for command results such as `token`), or on `destination`. */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: { service: 'sharegraph' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
