/** Writing records with their search keys and identifier rows; used by the seed and the importers. */
import { KEY_SEPARATOR, searchKey } from '../../lib/search-text.js';
import type { DbOrTx } from '../../db/database.js';
import { recordIdentifiers, records } from './records.tables.js';

export interface RecordInput {
  title: string;
  responsibility?: string | null;
  edition?: string | null;
  publisher?: string | null;
  place?: string | null;
  year?: number | null;
  language?: string | null;
  isbns?: string[]; // ISBN-13 digits, already normalised
  issns?: string[]; // NNNN-NNNC, already normalised
  clc?: string | null;
  subjects?: string[];
  format?: string;
  /** vernacular (880) or parallel titles: searchable like the title */
  altTitles?: string[];
}

/** Identifier schemes in record_identifiers. Invalid numbers are kept (not dropped) under their own scheme. */
export type IdentifierScheme = 'isbn' | 'issn' | 'invalid-isbn' | 'invalid-issn';

export interface KeySource {
  title: string;
  responsibility: string | null;
  publisher: string | null;
  subjects: string[];
  isbns: string[];
  issns: string[];
  altTitles: string[];
}

/**
 * The normalised search keys of a record (see src/lib/search-text.ts). anyKey holds titleKey, authorKey
 * and publisherKey whole: the title/author/publisher filters find their candidates through any_key's
 * trigram index, the only one (records.service.ts, fieldFilter).
 */
export function searchKeys(r: KeySource) {
  const titleKey = [r.title, ...r.altTitles].map(searchKey).join(KEY_SEPARATOR);
  const authorKey = searchKey(r.responsibility);
  const publisherKey = searchKey(r.publisher);
  return {
    titleKey,
    authorKey,
    publisherKey,
    anyKey: [titleKey, authorKey, publisherKey, ...r.subjects.map(searchKey), ...r.isbns, ...r.issns.map(searchKey)].join(KEY_SEPARATOR),
  };
}

export function recordValues(r: RecordInput): typeof records.$inferInsert {
  const base = {
    title: r.title,
    responsibility: r.responsibility ?? null,
    edition: r.edition ?? null,
    publisher: r.publisher ?? null,
    place: r.place ?? null,
    year: r.year ?? null,
    language: r.language ?? null,
    isbns: r.isbns ?? [],
    issns: r.issns ?? [],
    clc: r.clc ? r.clc.trim().toUpperCase() : null,
    subjects: r.subjects ?? [],
    altTitles: r.altTitles ?? [],
    format: r.format ?? 'BOOK',
  };
  return { ...base, ...searchKeys(base) };
}

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
