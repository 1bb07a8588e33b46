/**
 * `readCounterReport`: one COUNTER R5.0 / R5.1 report, JSON or tabular (TSV, or CSV as spreadsheets
 * save it), from text or bytes, into header, items and every rule broken. Never throws for bad input:
 * a report that breaks a rule comes back with `rejected` non-empty and is to be stored not at all.
 *
 * Form: JSON when the first non-blank character is `{` or `[`; otherwise tabular, TSV unless the
 * first line has no tab but a comma (or the file name ends in .csv and the first line has no tab).
 * Bytes must be UTF-8 (a BOM is stripped).
 */
import type { CounterReadResult } from './counter-types.js';
import { readCounterJson } from './read-counter-json.js';
import { readCounterTabular } from './read-counter-tabular.js';

export interface ReadCounterOptions {
  /** The file's name, a hint for CSV against TSV; never opened. */
  fileName?: string;
}

export function detectCounterFormat(text: string, fileName?: string): CounterReadResult['format'] {
  const first = /\S/.exec(text);
  if (first && (first[0] === '{' || first[0] === '[')) return 'json';
  const nl = text.search(/[\r\n]/);
  const line = nl < 0 ? text : text.slice(0, nl);
  if (line.includes('\t')) return 'tsv';
  if (line.includes(',') || /\.csv$/i.test(fileName ?? '')) return 'csv';
  return 'tsv';
}

export function readCounterReport(input: string | Uint8Array, options: ReadCounterOptions = {}): CounterReadResult {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      const format = /\.json$/i.test(options.fileName ?? '') ? 'json' : /\.csv$/i.test(options.fileName ?? '') ? 'csv' : 'tsv';
      return { format, header: null, items: [], rowsRead: 0, rejected: [{ row: 0, reason: 'the file is not UTF-8 text (COUNTER reports are UTF-8)' }] };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const format = detectCounterFormat(text, options.fileName);
  return format === 'json' ? readCounterJson(text) : readCounterTabular(text, format);
}
