/**
 * What a COUNTER API answer means for the harvest ledger (STANDARDS C1, "Exceptions"): a report to store,
 * "try later", "no usage", or a permanent failure. Pure: the HTTP status, the body and the readers in,
 * a decision out.
 */
import type { CounterException, CounterReadResult } from '../../importers/counter/counter-types.js';

/** Exception codes that mean "ask again later": service unavailable or busy, report queued, rate limit, usage not ready yet. */
export const RETRY_CODES: ReadonlySet<number> = new Set([1000, 1010, 1011, 1020, 3031]);
/** "No usage available for the requested dates": valid, zero usage. */
export const NO_USAGE_CODE = 3030;

export interface CounterReaders {
  /** reads a report (JSON text) into the reader's contract */
  read(text: string, fileName: string): CounterReadResult;
  /** the exceptions of a report header or an error body ([] when none) */
  readExceptions(body: unknown): CounterException[];
}

export type AnswerDecision =
  | { kind: 'STORE'; read: CounterReadResult; exceptions: CounterException[]; noUsage: boolean }
  | { kind: 'RETRY'; reason: string; exceptions: CounterException[]; retryAfterMs: number | null }
  | { kind: 'NO_USAGE'; reason: string; exceptions: CounterException[] }
  | { kind: 'FAILED'; reason: string; exceptions: CounterException[] };

/** "2020 APIKey Invalid (data)" for each exception, joined. */
export function describeExceptions(exceptions: readonly CounterException[]): string {
  return exceptions.map((e) => `${e.code} ${e.message}${e.data ? ` (${e.data})` : ''}`.trim()).join('; ');
}

/** Retry-After in seconds (the HTTP-date form is rare from COUNTER servers and is ignored). */
function retryAfterMs(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) * 1000 : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function decideAnswer(status: number, text: string, headers: Record<string, string | string[] | undefined>, readers: CounterReaders, fileName: string): AnswerDecision {
  const busyStatus = status === 429 || status >= 500;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const reason = `HTTP ${status}: the answer is not JSON${text.trim() ? ` (starts "${text.trim().slice(0, 60)}")` : ' (empty)'}`;
    return busyStatus ? { kind: 'RETRY', reason, exceptions: [], retryAfterMs: retryAfterMs(headers['retry-after']) } : { kind: 'FAILED', reason, exceptions: [] };
  }
  const exceptions = readers.readExceptions(json);
  const retry = exceptions.filter((e) => RETRY_CODES.has(e.code));
  if (retry.length > 0) return { kind: 'RETRY', reason: describeExceptions(retry), exceptions, retryAfterMs: retryAfterMs(headers['retry-after']) };
  if (isRecord(json) && isRecord(json.Report_Header)) {
    const read = readers.read(text, fileName);
    if (read.rejected.length > 0) {
      const reasons = read.rejected.slice(0, 3).map((r) => (r.row > 0 ? `row ${r.row}: ${r.reason}` : r.reason));
      return { kind: 'FAILED', reason: `the report was rejected (${read.rejected.length} problem${read.rejected.length === 1 ? '' : 's'}): ${reasons.join('; ')}`, exceptions };
    }
    return { kind: 'STORE', read, exceptions, noUsage: exceptions.some((e) => e.code === NO_USAGE_CODE) };
  }
  if (exceptions.some((e) => e.code === NO_USAGE_CODE)) return { kind: 'NO_USAGE', reason: describeExceptions(exceptions), exceptions };
  if (exceptions.length > 0) return { kind: 'FAILED', reason: `HTTP ${status}: ${describeExceptions(exceptions)}`, exceptions };
  const reason = `HTTP ${status}: the answer is neither a COUNTER report nor a COUNTER exception`;
  return busyStatus ? { kind: 'RETRY', reason, exceptions, retryAfterMs: retryAfterMs(headers['retry-after']) } : { kind: 'FAILED', reason, exceptions };
}
