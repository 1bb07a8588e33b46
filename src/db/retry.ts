/**
 * Transactions that concurrent callers can make collide: PostgreSQL ends one side of a deadlock with
 * 40P01 and a serialisation conflict with 40001, and the whole transaction can then simply run again.
 * transactionWithRetry does that a bounded number of times, after a short random wait (so the two
 * sides do not collide again in step), and then gives up with a TransactionConflictError, a clear
 * "try again" (the API's `TRY_AGAIN`), never the driver's error. Callers still order the rows they
 * write by key, so that retries are the exception.
 *
 * The callback may run more than once: it must keep its effects inside the transaction (rows it
 * writes, values it returns), never on objects outside it.
 */
import type { Db, Tx } from './database.js';

/** SQLSTATEs after which the same transaction, run again, can succeed. */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40P01', '40001']);

export interface RetryOptions {
  /** how many times the transaction may run in all (default 5) */
  attempts?: number;
  /** milliseconds to wait after failed attempt `n` (1-based); default backoffMs() */
  backoff?: (attempt: number) => number;
  /** how to wait (tests pass one that does not) */
  sleep?: (ms: number) => Promise<void>;
  /** called before each retry, with the conflict and the attempt that failed */
  onRetry?: (conflict: { code: string; message: string }, attempt: number) => void;
}

export const DEFAULT_ATTEMPTS = 5;

/** Full jitter: a random wait up to 20 ms, 40 ms, 80 ms … (at most 500 ms) after attempt 1, 2, 3 … */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(500, 20 * 2 ** (attempt - 1)));
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The transaction kept colliding with concurrent writes and gave up: nothing of it was written. */
export class TransactionConflictError extends Error {
  override name = 'TransactionConflictError';
  /** the code the API answers with (extensions.code) */
  readonly code = 'TRY_AGAIN';
  constructor(
    readonly sqlState: string,
    readonly attempts: number,
  ) {
    super(
      `the database stopped this write ${attempts} times because concurrent writes touched the same rows (${sqlState === '40P01' ? 'deadlock' : 'serialization failure'}); nothing of it was written: try again`,
    );
  }
}

/**
 * The SQLSTATE of a retryable failure anywhere in the error's cause chain (Drizzle wraps the
 * driver's error in a DrizzleQueryError), or null.
 */
export function retryableState(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE_SQLSTATES.has(code)) return code;
  }
  return null;
}

/**
 * The constraint a unique violation (23505) anywhere in the error's cause chain broke, or null: a
 * write that checked for a duplicate and then lost the race to a concurrent one answers with the same
 * userError as the check would have.
 */
export function uniqueViolation(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return String((e as { constraint_name?: unknown; constraint?: unknown }).constraint_name ?? (e as { constraint?: unknown }).constraint ?? '');
  }
  return null;
}

function conflictMessage(err: unknown): string {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (RETRYABLE_SQLSTATES.has(String((e as { code?: unknown }).code)) && e instanceof Error) return e.message;
  }
  return String(err);
}

/** `db.transaction(fn)`, run again on a deadlock or serialisation failure (see the top of this file). */
export async function transactionWithRetry<T>(db: Db, fn: (tx: Tx) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const backoff = options.backoff ?? ((n: number) => backoffMs(n));
  const sleep = options.sleep ?? wait;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(fn);
    } catch (err) {
      const state = retryableState(err);
      if (state === null) throw err;
      if (attempt >= attempts) throw new TransactionConflictError(state, attempt);
      options.onRetry?.({ code: state, message: conflictMessage(err) }, attempt);
      await sleep(backoff(attempt));
    }
  }
}

/**
 * Orders text keys by code point, which is UTF-8 byte order and so PostgreSQL's `COLLATE "C"`: a
 * write that sorts its rows with this locks them in the order a statement with `ORDER BY key COLLATE
 * "C"` does, whatever the database's collation. (`<` on strings compares UTF-16 units, which puts
 * characters beyond U+FFFF before U+E000–U+FFFF.)
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** A UTF-16 unit's place in code point order: surrogates (code points above U+FFFF) after U+E000–U+FFFF. */
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit <= 0xdfff ? unit + 0x2000 : unit - 0x800;
}
