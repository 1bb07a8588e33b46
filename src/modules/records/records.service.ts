/** The union catalogue: finding records. Every filter has an index behind it (see records.tables.ts). */
import { and, asc, count, eq, gt, gte, inArray, like, lte, sql, type Column, type SQL } from 'drizzle-orm';
import { preparedStatement, rowReader, type Db } from '../../db/database.js';
import { badInput } from '../../graphql/errors.js';
import { normaliseIsbn, normaliseIssn } from '../../lib/identifiers.js';
import { searchTermKey } from '../../graphql/search-term.js';
import { likeContains } from '../../lib/search-text.js';
import { recordIdentifiers, records, type RecordRow, type RecordView } from './records.tables.js';
import type { RecordFilter } from './records.types.js';

/** Record ids carrying a standard number, as a subquery. */
export function idsWithIdentifier(scheme: 'isbn' | 'issn', value: string): SQL {
  return sql`(select ${recordIdentifiers.recordId} from ${recordIdentifiers} where ${recordIdentifiers.scheme} = ${scheme} and ${recordIdentifiers.value} = ${value})`;
}

export function isbnFilterValue(isbn: string, field: string[]): string {
  const value = normaliseIsbn(isbn);
  if (!value) throw badInput(`${field.join('.')}: "${isbn}" is not a valid ISBN-10 or ISBN-13 (check digit or length)`, { field });
  return value;
}

export function issnFilterValue(issn: string, field: string[]): string {
  const value = normaliseIssn(issn);
  if (!value) throw badInput(`${field.join('.')}: "${issn}" is not a valid ISSN (check digit or length)`, { field });
  return value;
}

function textFilter(column: Column, text: string | null | undefined, field: string[]): SQL | undefined {
  const key = searchTermKey(text, field);
  return key ? like(column, likeContains(key)) : undefined;
}

/**
 * A title, author or publisher filter. Only any_key has a trigram index (records.tables.ts); it holds
 * the field's key whole (searchKeys in records.write.ts), so any row whose field key contains the text
 * has an any_key that contains it too: the any_key condition lets the index find the candidates and
 * changes no result, the field's own condition then keeps only real matches.
 */
function fieldFilter(column: Column, text: string | null | undefined, field: string[]): SQL | undefined {
  const key = searchTermKey(text, field);
  return key ? and(like(records.anyKey, likeContains(key)), like(column, likeContains(key))) : undefined;
}

function anyFilter(q: string | null | undefined): SQL | undefined {
  if (!q?.trim()) return undefined;
  const isbn = normaliseIsbn(q);
  const issn = normaliseIssn(q);
  const text = textFilter(records.anyKey, q, ['filter', 'q']);
  const extra = [isbn && inArray(records.id, idsWithIdentifier('isbn', isbn)), issn && inArray(records.id, idsWithIdentifier('issn', issn))].filter(
    (c): c is SQL => !!c,
  );
  if (!text) return extra.length ? sql`(${sql.join(extra, sql` or `)})` : undefined;
  return extra.length ? sql`(${sql.join([text, ...extra], sql` or `)})` : text;
}

export function recordWhere(filter: RecordFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const clc = filter.clc?.trim().toUpperCase();
  return and(
    anyFilter(filter.q),
    filter.isbn ? inArray(records.id, idsWithIdentifier('isbn', isbnFilterValue(filter.isbn, ['filter', 'isbn']))) : undefined,
    filter.issn ? inArray(records.id, idsWithIdentifier('issn', issnFilterValue(filter.issn, ['filter', 'issn']))) : undefined,
    fieldFilter(records.titleKey, filter.title, ['filter', 'title']),
    fieldFilter(records.authorKey, filter.author, ['filter', 'author']),
    fieldFilter(records.publisherKey, filter.publisher, ['filter', 'publisher']),
    clc ? like(records.clc, `${clc.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    filter.language ? eq(records.language, filter.language.trim().toLowerCase()) : undefined,
    filter.yearFrom != null ? gte(records.year, filter.yearFrom) : undefined,
    filter.yearTo != null ? lte(records.year, filter.yearTo) : undefined,
    filter.heldBy
      ? sql`exists (select 1 from holdings h join members m on m.id = h.member_id where h.record_id = ${records.id} and m.code = ${filter.heldBy})`
      : undefined,
  );
}

const recordColumns = rowReader(records, 'r');
/** The ISBN look-up ("who holds ISBN X" starts here): one fixed text, prepared (see preparedStatement). */
const recordsWithIsbn = preparedStatement(
  'records_with_isbn',
  sql`SELECT ${recordColumns.select} FROM records r
      WHERE r.id IN (SELECT ri.record_id FROM record_identifiers ri WHERE ri.scheme = 'isbn' AND ri.value = ${sql.placeholder('isbn')})
      ORDER BY r.id LIMIT ${sql.placeholder('limit')}`,
  { maxRows: (v) => Number(v.limit) },
);
const recordsWithIsbnAfter = preparedStatement(
  'records_with_isbn_after',
  sql`SELECT ${recordColumns.select} FROM records r
      WHERE r.id IN (SELECT ri.record_id FROM record_identifiers ri WHERE ri.scheme = 'isbn' AND ri.value = ${sql.placeholder('isbn')})
        AND r.id > ${sql.placeholder('afterId')}
      ORDER BY r.id LIMIT ${sql.placeholder('limit')}`,
  { maxRows: (v) => Number(v.limit) },
);

/**
 * What the caller will ask for next about the records found, so that it can come along (a look-ahead).
 * `isbnWithHoldings` reads the ISBN look-up's records (the same rows, in the same order) together with
 * the page of holdings the caller will read under each, in one statement, and hands each record's page
 * back on its row (`ahead`, which BibRecord.fromRow keeps for Record.holdings). The holdings module makes it (ctx.loaders.isbnRecordsWithHoldings): records may not
 * import holdings, which depends on records.
 */
export interface RecordsAhead {
  /** its rows carry what it read along (`ahead`, for BibRecord.ahead) and may lack the columns the query does not read */
  isbnWithHoldings: ((isbn: string, limit: number, afterId: number | null) => Promise<(RecordView & { ahead: unknown })[]>) | null;
}

export interface RecordsFound {
  /** what the GraphQL `Record` shows (the look-ahead reads no more than that, and only what the query reads) */
  rows: (RecordView & { ahead?: unknown })[];
  total: () => Promise<number>;
}

/** A filter of an ISBN alone: the common look-up, which has prepared statements of its own. */
export function isIsbnOnly(filter: RecordFilter | null | undefined): filter is RecordFilter & { isbn: string } {
  if (!filter?.isbn) return false;
  for (const k in filter) if (k !== 'isbn' && filter[k as keyof RecordFilter] != null) return false; // no entries array: on every who-holds request
  return true;
}

export async function listRecords(
  db: Db,
  filter: RecordFilter | null | undefined,
  limit: number,
  afterId: number | null,
  ahead: RecordsAhead = { isbnWithHoldings: null },
): Promise<RecordsFound> {
  // A filter of an ISBN alone takes a prepared statement; any other filter is built by recordWhere.
  // Same rows, same order: records carrying that ISBN, by id.
  if (isIsbnOnly(filter)) {
    const isbn = isbnFilterValue(filter.isbn, ['filter', 'isbn']);
    const total = async () => (await db.select({ n: count() }).from(records).where(recordWhere(filter)))[0].n;
    // "who holds ISBN X": the records with their holdings and members in one statement
    if (ahead.isbnWithHoldings) return { rows: await ahead.isbnWithHoldings(isbn, limit, afterId), total };
    const raw = afterId === null ? await recordsWithIsbn(db, { isbn, limit }) : await recordsWithIsbnAfter(db, { isbn, afterId, limit });
    return { rows: raw.map(recordColumns.read), total };
  }
  const where = recordWhere(filter);
  const rows = await db
    .select()
    .from(records)
    .where(and(where, afterId !== null ? gt(records.id, afterId) : undefined))
    .orderBy(asc(records.id))
    .limit(limit);
  const total = async () => (await db.select({ n: count() }).from(records).where(where))[0].n;
  return { rows, total };
}

/** By primary key, the ids as one array parameter: one prepared text for any number of ids. */
const recordsWithIds = preparedStatement('records_by_ids', sql`SELECT ${recordColumns.select} FROM records r WHERE r.id = ANY(${sql.placeholder('ids')}::int[])`, {
  maxRows: (v) => (v.ids as readonly number[]).length,
});

export async function recordsByIds(db: Db, ids: readonly number[]): Promise<RecordRow[]> {
  if (ids.length === 0) return [];
  return (await recordsWithIds(db, { ids })).map(recordColumns.read);
}
