/**
 * COUNTER exceptions: in a report header (JSON `Exceptions` array, tabular `Exceptions` line) and in a
 * SUSHI / COUNTER API error body. R5.0 objects carry `Code, Severity, Message, Data, Help_URL`; R5.1
 * drops `Severity`. Codes come as numbers or numeric strings; both are read.
 */
import type { CounterException } from './counter-types.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number') return String(v);
  return null;
}

/** One exception object → CounterException, or null when it has no numeric Code. */
export function exceptionFromJson(v: unknown): CounterException | null {
  if (!isRecord(v)) return null;
  const raw = v.Code;
  const code = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(code) || code < 0) return null;
  return {
    code,
    message: text(v.Message) ?? '',
    severity: text(v.Severity),
    data: text(v.Data),
    helpUrl: text(v.Help_URL),
  };
}

/**
 * The exceptions in a COUNTER API answer, for the harvester: give it the response body (text or parsed
 * JSON) of an error response or of a report. Understood shapes: one exception object (R5.0 and R5.1
 * error bodies), an array of them, `{ "Exception": {…} }` / `{ "Exceptions": […] }` wrappers some servers
 * send, and a report whose `Report_Header.Exceptions` lists them. Returns [] when there are none or the
 * body is not JSON; never throws. Entries without a numeric `Code` are skipped.
 */
export function readCounterExceptions(body: unknown): CounterException[] {
  let v = body;
  if (typeof v === 'string' || v instanceof Uint8Array) {
    const s = (typeof v === 'string' ? v : new TextDecoder().decode(v)).replace(/^\uFEFF/, '');
    try {
      v = JSON.parse(s) as unknown;
    } catch {
      return [];
    }
  }
  const list = (x: unknown): CounterException[] =>
    (Array.isArray(x) ? x : [x]).map(exceptionFromJson).filter((e): e is CounterException => e !== null);
  if (Array.isArray(v)) return list(v);
  if (!isRecord(v)) return [];
  if ('Code' in v) return list(v);
  if (isRecord(v.Report_Header) && v.Report_Header.Exceptions !== undefined) return list(v.Report_Header.Exceptions);
  if (v.Exceptions !== undefined) return list(v.Exceptions);
  if (v.Exception !== undefined) return list(v.Exception);
  return [];
}

/**
 * The tabular `Exceptions` header value: `{Code}: {Message} ({Data})`, several joined by `; `. Splits only
 * before a `digits:` start, so a `;` inside Data stays. Returns the exceptions and the parts not read.
 */
export function parseTabularExceptions(value: string): { exceptions: CounterException[]; unreadable: string[] } {
  const exceptions: CounterException[] = [];
  const unreadable: string[] = [];
  const v = value.trim();
  if (v === '') return { exceptions, unreadable };
  for (const part of v.split(/;\s*(?=\d+\s*:)/)) {
    const m = /^(\d+)\s*:\s*(.*?)\s*(?:\((.*)\))?\s*$/s.exec(part.trim());
    if (!m) {
      unreadable.push(part.trim());
      continue;
    }
    exceptions.push({ code: Number(m[1]), message: m[2], severity: null, data: m[3] ?? null, helpUrl: null });
  }
  return { exceptions, unreadable };
}
