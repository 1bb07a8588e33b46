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
}

export function recordValues(r: RecordInput): typeof records.$inferInsert {
  const isbns = r.isbns ?? [];
  const issns = r.issns ?? [];
  const subjects = r.subjects ?? [];
  const titleKey = searchKey(r.title);
  const authorKey = searchKey(r.responsibility);
  const publisherKey = searchKey(r.publisher);
  return {
    title: r.title,
    responsibility: r.responsibility ?? null,
    edition: r.edition ?? null,
    publisher: r.publisher ?? null,
    place: r.place ?? null,
    year: r.year ?? null,
    language: r.language ?? null,
    isbns,
    issns,
    clc: r.clc ? r.clc.trim().toUpperCase() : null,
    subjects,
    format: r.format ?? 'BOOK',
    titleKey,
    authorKey,
    publisherKey,
    anyKey: [titleKey, authorKey, publisherKey, ...subjects.map(searchKey), ...isbns, ...issns.map(searchKey)].join(KEY_SEPARATOR),
  };
}

/** Inserts records and their identifier rows; returns the new ids in input order. */
export async function insertRecords(tx: DbOrTx, inputs: RecordInput[]): Promise<number[]> {
  if (inputs.length === 0) return [];
  const rows = await tx.insert(records).values(inputs.map(recordValues)).returning({ id: records.id });
  const ids = rows.map((r) => r.id);
  const identifiers = inputs.flatMap((r, i) => [
    ...new Set((r.isbns ?? []).map((v) => `isbn ${v}`)),
    ...new Set((r.issns ?? []).map((v) => `issn ${v}`)),
  ].map((s) => ({ recordId: ids[i], scheme: s.slice(0, 4), value: s.slice(5) })));
  for (let i = 0; i < identifiers.length; i += 5000) await tx.insert(recordIdentifiers).values(identifiers.slice(i, i + 5000));
  return ids;
}
