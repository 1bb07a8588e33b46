/** Writing records with their search keys and identifier rows; used by the seed and the importers. */
import type { DbOrTx } from '../../db/database.js';
import { recordIdentifiers, records } from './records.tables.js';
import { recordValues, type RecordInput } from './record-values.js';

export { recordValues, searchKeys, type KeySource, type RecordInput } from './record-values.js';

/** Identifier schemes in record_identifiers. Invalid numbers are kept (not dropped) under their own scheme. */
export type IdentifierScheme = 'isbn' | 'issn' | 'invalid-isbn' | 'invalid-issn';

export interface IdentifierRow {
  recordId: number;
  scheme: IdentifierScheme;
  value: string;
}

export function identifierRows(recordId: number, r: { isbns?: string[]; issns?: string[]; invalid?: { scheme: 'isbn' | 'issn'; value: string }[] }): IdentifierRow[] {
  const rows = new Map<string, IdentifierRow>();
  for (const value of r.isbns ?? []) rows.set(`isbn ${value}`, { recordId, scheme: 'isbn', value });
  for (const value of r.issns ?? []) rows.set(`issn ${value}`, { recordId, scheme: 'issn', value });
  for (const bad of r.invalid ?? []) rows.set(`invalid-${bad.scheme} ${bad.value}`, { recordId, scheme: `invalid-${bad.scheme}`, value: bad.value });
  return [...rows.values()];
}

export async function insertIdentifiers(tx: DbOrTx, rows: IdentifierRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) await tx.insert(recordIdentifiers).values(rows.slice(i, i + 5000)).onConflictDoNothing();
}

/** Inserts records and their identifier rows; returns the new ids in input order. */
export async function insertRecords(tx: DbOrTx, inputs: RecordInput[]): Promise<number[]> {
  if (inputs.length === 0) return [];
  const rows = await tx.insert(records).values(inputs.map(recordValues)).returning({ id: records.id });
  const ids = rows.map((r) => r.id);
  await insertIdentifiers(tx, inputs.flatMap((r, i) => identifierRows(ids[i], r)));
  return ids;
}
