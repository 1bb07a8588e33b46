/** Resources and their title lists. Functions take the database handle first; rules live here. */
import { assertAdmin } from '../../auth/policy.js';
import { and, asc, count, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { preparedStatement, rowReader, type Db, type DbOrTx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { normaliseIsbn, normaliseIssn } from '../../lib/identifiers.js';
import { recordAudit } from '../audit/index.js';
import { resources, resourceTitles, type ResourceRow, type ResourceTitleRow } from './resources.tables.js';
import type { CreateResourceInput, ResourceFilter } from './resources.types.js';
import { titleCountsMatching } from './titles.queries.js';

function filterWhere(filter: ResourceFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  const search = filter.search?.trim();
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    pattern ? or(sql`${resources.name} ILIKE ${pattern}`, sql`${resources.vendor} ILIKE ${pattern}`) : undefined,
    filter.contentType ? eq(resources.contentType, filter.contentType) : undefined,
  );
}

/** Ordered by id (the order they were added): keyset pagination on the primary key. */
export async function listResources(db: Db, filter: ResourceFilter | null | undefined, limit: number, afterId: number | null) {
  const where = filterWhere(filter);
  const rows = await db.select().from(resources).where(and(where, afterId !== null ? gt(resources.id, afterId) : undefined)).orderBy(asc(resources.id)).limit(limit);
  const total = async () => (await db.select({ n: count() }).from(resources).where(where))[0].n;
  return { rows, total };
}

/** Every resource, in the order they were added: a consortium licenses hundreds at most (the CLI lists them all). */
export async function allResources(db: DbOrTx): Promise<ResourceRow[]> {
  return db.select().from(resources).orderBy(asc(resources.id));
}

/** How many title rows each of the given resources has, in one GROUP BY; a resource without any is absent. */
export function titleCounts(db: DbOrTx, resourceIds: readonly number[]): Promise<{ resourceId: number; n: number }[]> {
  return titleCountsMatching(db, resourceIds, { key: null, identifiers: [] });
}

const resourceColumns = rowReader(resources, 'r');
/** By primary key, the ids as one array parameter: one prepared text for any number of ids (accessCheck reads one per request). */
const resourcesWithIds = preparedStatement('resources_by_ids', sql`SELECT ${resourceColumns.select} FROM resources r WHERE r.id = ANY(${sql.placeholder('ids')}::int[])`, {
  maxRows: (v) => (v.ids as readonly number[]).length,
});

export async function resourcesByIds(db: DbOrTx, ids: readonly number[]): Promise<ResourceRow[]> {
  if (ids.length === 0) return [];
  return (await resourcesWithIds(db, { ids: [...ids] })).map(resourceColumns.read);
}

export async function createResource(db: Db, viewer: Viewer, input: CreateResourceInput): Promise<{ resource: ResourceRow | null; userErrors: UserError[] }> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  const name = input.name.trim();
  if (!name) errors.push(userError(['name'], UserErrorCode.REQUIRED, 'a resource needs a name'));
  const url = input.url?.trim() || null;
  if (url && !/^https?:\/\/\S+$/i.test(url)) errors.push(userError(['url'], UserErrorCode.INVALID_VALUE, `url must start with http:// or https:// (got "${url}")`));
  if (!input.reason.trim()) errors.push(userError(['reason'], UserErrorCode.REQUIRED, 'say why (kept in the audit log)'));
  if (errors.length) return { resource: null, userErrors: errors };
  return db.transaction(async (tx) => {
    const values = { name, vendor: input.vendor?.trim() || null, platform: input.platform?.trim() || null, contentType: input.contentType, url };
    const [row] = await tx.insert(resources).values(values).returning();
    await recordAudit(tx, viewer, { action: 'createResource', entityType: 'Resource', entityId: String(row.id), before: null, after: values, reason: input.reason });
    return { resource: row, userErrors: [] };
  });
}

/** An ISSN (with or without hyphen) or ISBN (10 or 13) as stored in resource_titles, or null when invalid. */
export function titleIdentifier(issn: string | null | undefined, isbn: string | null | undefined): string | null {
  if (issn) return normaliseIssn(issn);
  if (isbn) return normaliseIsbn(isbn);
  return null;
}

/** Title rows (print or online identifier) on every resource, ordered by resource and coverage. */
export async function titlesByIdentifier(db: DbOrTx, identifier: string, resourceIds?: readonly number[]): Promise<ResourceTitleRow[]> {
  return db
    .select()
    .from(resourceTitles)
    .where(and(or(eq(resourceTitles.printId, identifier), eq(resourceTitles.onlineId, identifier)), resourceIds ? inArray(resourceTitles.resourceId, [...resourceIds]) : undefined))
    .orderBy(asc(resourceTitles.resourceId), sql`${resourceTitles.coverageStart} NULLS FIRST`, asc(resourceTitles.id));
}

/** Every title row of the given resources (for exports), in load order. */
export async function titlesOfResources(db: DbOrTx, resourceIds: readonly number[]): Promise<ResourceTitleRow[]> {
  if (resourceIds.length === 0) return [];
  return db.select().from(resourceTitles).where(inArray(resourceTitles.resourceId, [...resourceIds])).orderBy(asc(resourceTitles.resourceId), asc(resourceTitles.id));
}
