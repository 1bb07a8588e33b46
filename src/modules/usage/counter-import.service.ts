/**
 * One COUNTER file, read and stored: what the CLI (`import counter`) and the admin upload
 * (`importCounterReports`) both do per file. Each file is its own report, stored whole or refused
 * whole; the caller sums the totals of several.
 */
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { readCounterReport } from '../../importers/counter/index.js';
import { storeCounterReport, type CounterStoreOptions, type CounterStoreSummary } from './counter-store.service.js';

export interface CounterFile {
  /** the file name (its extension helps tell JSON from TSV/CSV) */
  name: string;
  bytes: Uint8Array;
}

export type CounterImportOptions = Omit<CounterStoreOptions, 'fileName' | 'raw'>;

export async function importCounterFile(db: Db, viewer: Viewer, file: CounterFile, options: CounterImportOptions): Promise<CounterStoreSummary> {
  const read = readCounterReport(file.bytes, { fileName: file.name });
  // kept as received; only a report the reader accepted (UTF-8 text) is ever stored with it
  const raw = new TextDecoder('utf-8').decode(file.bytes);
  return storeCounterReport(db, viewer, read, { ...options, fileName: file.name, raw });
}

/** Metric_Type → count, summed over reports (those stored; a refused one has no totals). */
export function sumTotals(summaries: readonly CounterStoreSummary[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of summaries) for (const [metric, n] of Object.entries(s.totals)) out[metric] = (out[metric] ?? 0) + n;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
