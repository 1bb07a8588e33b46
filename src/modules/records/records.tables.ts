import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const records = pgTable(
  'records',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    title: text('title').notNull(),
    responsibility: text('responsibility'),
    edition: text('edition'),
    publisher: text('publisher'),
    place: text('place'),
    year: integer('year'),
    language: text('language'),
    isbns: text('isbns').array().notNull().default(sql`'{}'::text[]`), // ISBN-13, digits only
    issns: text('issns').array().notNull().default(sql`'{}'::text[]`), // NNNN-NNNC
    clc: text('clc'), // Chinese Library Classification, upper case
    subjects: text('subjects').array().notNull().default(sql`'{}'::text[]`),
    altTitles: text('alt_titles').array().notNull().default(sql`'{}'::text[]`), // vernacular (880) and parallel titles, searchable too
    format: text('format').notNull().default('BOOK'),
    // normalised search keys (see src/lib/search-text.ts). Only any_key has a trigram GIN index: it
    // holds the other three keys whole, so a title/author/publisher filter also tests any_key (the
    // index finds the candidates) and then its own key. Three more trigram indexes were half of an
    // import's database time (README, Performance → MARC import).
    titleKey: text('title_key').notNull().default(''),
    authorKey: text('author_key').notNull().default(''),
    publisherKey: text('publisher_key').notNull().default(''),
    anyKey: text('any_key').notNull().default(''), // title, author, publisher, subjects, identifiers
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('records_any_trgm_idx').using('gin', t.anyKey.op('gin_trgm_ops')),
    index('records_clc_idx').on(t.clc.op('text_pattern_ops')),
    index('records_language_idx').on(t.language),
    index('records_year_idx').on(t.year),
  ],
);

/** Standard numbers, one row each, so an ISBN or ISSN look-up is an index hit. */
export const recordIdentifiers = pgTable(
  'record_identifiers',
  {
    recordId: integer('record_id').notNull().references(() => records.id, { onDelete: 'cascade' }),
    scheme: text('scheme').notNull(), // 'isbn' (ISBN-13 digits) | 'issn' (NNNN-NNNC)
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scheme, t.value, t.recordId] }), index('record_identifiers_record_idx').on(t.recordId)],
);

export type RecordRow = typeof records.$inferSelect;

/**
 * The columns the GraphQL `Record` is made of (BibRecord.fromRow): a read that only feeds the API
 * (the who-holds look-ahead) selects these, not the search keys and timestamps, which no answer shows.
 */
export const recordViewColumns = ['id', 'title', 'responsibility', 'edition', 'publisher', 'place', 'year', 'language', 'isbns', 'issns', 'clc', 'subjects', 'format'] as const;
export type RecordView = Pick<RecordRow, (typeof recordViewColumns)[number]>;
