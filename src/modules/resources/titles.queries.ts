/**
 * Pages of resources' KBART title lists, A–Z by title, for every resource of a page at once: one
 * statement for the pages of all parents (a LATERAL join with LIMIT per resource walks the
 * (resource_id, title_key, id) index), one GROUP BY for their counts.
 */
import { and, count, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, rowReader, type DbOrTx } from '../../db/database.js';
import { badInput } from '../../graphql/errors.js';
import { normaliseIsbn, normaliseIssn } from '../../lib/identifiers.js';
import { searchTermKey } from '../../graphql/search-term.js';
import { likeContains } from '../../lib/search-text.js';
import { resourceTitles, type ResourceTitleRow } from './resources.tables.js';

/** What a title filter asks for, checked and normalised (see titleFilterOf). */
export interface TitleMatch {
  /** searchKey of the search text; null when there is none */
  key: string | null;
  /** normalised ISSN or ISBN-13, matched against the print and the online identifier */
  identifiers: string[];
}

export interface TitlePage {
  limit: number;
  /** the (title_key, id) of the last title of the previous page */
  after: readonly [string, number] | null;
  match: TitleMatch;
}

/** Checks a filter's ISSN and ISBN (a bad one is the caller's mistake, as in records' filters). */
export function titleMatchOf(filter: { search?: string | null; issn?: string | null; isbn?: string | null } | null | undefined): TitleMatch {
  const identifiers: string[] = [];
  if (filter?.issn) {
    const issn = normaliseIssn(filter.issn);
    if (!issn) throw badInput(`filter.issn: "${filter.issn}" is not a valid ISSN (check digit or length)`, { field: ['filter', 'issn'] });
    identifiers.push(issn);
  }
  if (filter?.isbn) {
    const isbn = normaliseIsbn(filter.isbn);
    if (!isbn) throw badInput(`filter.isbn: "${filter.isbn}" is not a valid ISBN-10 or ISBN-13 (check digit or length)`, { field: ['filter', 'isbn'] });
    identifiers.push(isbn);
  }
  return { key: searchTermKey(filter?.search, ['filter', 'search']), identifiers };
}

/** The filter as SQL on resource_titles `t` (given fields combine with AND; each has an index). */
function matchWhere(match: TitleMatch): SQL | undefined {
  return and(
    match.key ? like(resourceTitles.titleKey, likeContains(match.key)) : undefined,
    ...match.identifiers.map((v) => or(eq(resourceTitles.printId, v), eq(resourceTitles.onlineId, v))),
  );
}

const titleColumns = rowReader(resourceTitles, 't');

/** The first `limit` titles (after the cursor) of each resource, ordered by resource, then A–Z. */
export async function titlePages(db: DbOrTx, resourceIds: readonly number[], page: TitlePage): Promise<ResourceTitleRow[]> {
  if (resourceIds.length === 0) return [];
  const where = matchWhere(page.match);
  const raw = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT ${titleColumns.select}
        FROM unnest(${`{${resourceIds.join(',')}}`}::int[]) AS p(id)
        CROSS JOIN LATERAL (
          SELECT * FROM ${resourceTitles} WHERE ${resourceTitles.resourceId} = p.id
          ${where ? sql`AND ${where}` : sql``}
          ${page.after ? sql`AND (${resourceTitles.titleKey}, ${resourceTitles.id}) > (${page.after[0]}, ${page.after[1]})` : sql``}
          ORDER BY ${resourceTitles.titleKey}, ${resourceTitles.id} LIMIT ${page.limit}) t
        ORDER BY t.resource_id, t.title_key, t.id`,
  );
  return raw.map((r) => titleColumns.read(r));
}

/** How many titles of each resource match, in one GROUP BY; a resource with none is absent. */
export async function titleCountsMatching(db: DbOrTx, resourceIds: readonly number[], match: TitleMatch): Promise<{ resourceId: number; n: number }[]> {
  if (resourceIds.length === 0) return [];
  return db
    .select({ resourceId: resourceTitles.resourceId, n: count() })
    .from(resourceTitles)
    .where(and(inArray(resourceTitles.resourceId, [...resourceIds]), matchWhere(match)))
    .groupBy(resourceTitles.resourceId);
}
