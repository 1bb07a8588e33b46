/**
 * A cluster's column values and search keys, and the JSON texts a batch's new rows travel in: pure
 * (no database layer, no GraphQL), so the MARC reader thread computes them while the load's thread
 * writes the previous batch (records/pure.ts is its way in). records.write.ts and ingest.service.ts
 * write what these make.
 */
import { jsonRows } from '../../lib/json-rows.js';
import { KEY_SEPARATOR, searchKey } from '../../lib/search-text.js';

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

export interface KeySource {
  title: string;
  responsibility: string | null;
  publisher: string | null;
  subjects: string[];
  isbns: string[];
  issns: string[];
  altTitles: string[];
}

export interface SearchKeys {
  titleKey: string;
  authorKey: string;
  publisherKey: string;
  anyKey: string;
}

/**
 * The normalised search keys of a record (see src/lib/search-text.ts). anyKey holds titleKey, authorKey
 * and publisherKey whole: the title/author/publisher filters find their candidates through any_key's
 * trigram index, the only one (records.service.ts, fieldFilter).
 */
export function searchKeys(r: KeySource): SearchKeys {
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

/** A cluster's row (records.$inferInsert, checked in records.write.ts) made from a record. */
export interface RecordValues extends KeySource, SearchKeys {
  edition: string | null;
  place: string | null;
  year: number | null;
  language: string | null;
  clc: string | null;
  format: string;
}

export function recordValues(r: RecordInput): RecordValues {
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

/** The records columns a cluster is inserted or rebuilt with, and their types for jsonb_to_recordset. */
export const RECORD_COLUMNS = ['title', 'responsibility', 'edition', 'publisher', 'place', 'year', 'language', 'isbns', 'issns', 'clc', 'subjects', 'alt_titles', 'format', 'title_key', 'author_key', 'publisher_key', 'any_key'] as const;
export const RECORD_COLUMN_TYPES =
  'title text, responsibility text, edition text, publisher text, place text, year int, language text, isbns text[], issns text[], clc text, subjects text[], ' +
  'alt_titles text[], format text, title_key text, author_key text, publisher_key text, any_key text';

/** recordValues() under the table's column names. */
function recordColumns(v: RecordValues): Record<(typeof RECORD_COLUMNS)[number], unknown> {
  return {
    title: v.title, responsibility: v.responsibility, edition: v.edition, publisher: v.publisher, place: v.place,
    year: v.year, language: v.language, isbns: v.isbns, issns: v.issns, clc: v.clc, subjects: v.subjects,
    alt_titles: v.altTitles, format: v.format, title_key: v.titleKey, author_key: v.authorKey, publisher_key: v.publisherKey, any_key: v.anyKey,
  };
}

/** What a source row holds before it is clustered (ingest.service.ts, SourceInput has these). */
export interface SourceFacts {
  localId: string;
  dialect: string;
  encoding: string | null;
  core: RecordInput;
  workKey: string;
}

/**
 * A source's row texts, made where it was read (the reader thread) so that the load's thread only
 * joins them: the cluster's row, if the source starts one (one JSON object: RECORD_COLUMNS), and the
 * source row's own columns (one JSON object: local_id, dialect, encoding, core, work_key; the load adds
 * the columns known only once the batch is clustered).
 */
export interface SourceJson {
  cluster: string;
  source: string;
}

export function sourceJson(s: SourceFacts): SourceJson {
  return { cluster: clusterRowJson(s.core), source: sourceRowJson(s) };
}

export function clusterRowJson(core: RecordInput): string {
  return jsonRows(recordColumns(recordValues(core)));
}

export function sourceRowJson(s: SourceFacts): string {
  return jsonRows({ local_id: s.localId, dialect: s.dialect, encoding: s.encoding, core: s.core, work_key: s.workKey });
}
