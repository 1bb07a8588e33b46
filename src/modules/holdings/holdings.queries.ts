/** Reading holdings: the "who holds this?" look-ups, each one SQL statement for any number of parents. */
import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { preparedStatement, queryRows, rowReader, type Db, type PreparedStatement } from '../../db/database.js';
import { members, memberViewColumns, type MemberView } from '../members/index.js';
import { holdings, type HoldingRow } from './holdings.tables.js';

const columns = (t: string) =>
  sql.raw(
    `${t}.id, ${t}.member_id AS "memberId", ${t}.record_id AS "recordId", ${t}.local_id AS "localId", ${t}.location, ` +
      `${t}.call_number AS "callNumber", ${t}.copies, ${t}.available, ${t}.lendable, ${t}.updated_at AS "updatedAt"`,
  );

type RawHolding = Omit<HoldingRow, 'updatedAt'> & { updatedAt: Date | string };

export function fromRaw(r: RawHolding): HoldingRow {
  return { ...r, updatedAt: r.updatedAt instanceof Date ? r.updatedAt : new Date(r.updatedAt) };
}

export interface ChildPage {
  /** rows to fetch per parent: the page size plus one, to tell hasNextPage */
  limit: number;
  afterId: number | null;
  lendable: boolean | null;
}

/** The key of a page among a parent kind's pages: the holdings page loader keeps one loader per key. */
export function pageKey(page: ChildPage): string {
  return `${page.limit}:${page.afterId}:${page.lendable}`;
}

/**
 * A holding of a page, with its member when the page was of a record's holdings (see holdingPages):
 * the member's columns that the GraphQL `Member` shows, not its search key and timestamps.
 */
export interface PageRow {
  holding: HoldingRow;
  member: MemberView | null;
}

const holdingColumns = rowReader(holdings, 'h');
const memberColumns = rowReader(members, 'm', 'm.', undefined, memberViewColumns);

const pageStatements = new Map<string, PreparedStatement>();

/**
 * One prepared statement per shape of page (parent kind, with or without `lendable`, with or without
 * a cursor): eight fixed texts at most, the parent ids going in as ONE array parameter. A record's
 * holdings come with their members joined in (the "who holds this?" page always asks for the member,
 * and members are few and small): the caller primes memberById with them, which saves the members
 * statement. The explicit ORDER BY keeps each parent's rows in id order whatever join the planner picks.
 */
function pageStatement(parent: 'record' | 'member', lendable: boolean, after: boolean): PreparedStatement {
  const key = `${parent}_${lendable ? 'l' : ''}${after ? 'a' : ''}`;
  let statement = pageStatements.get(key);
  if (!statement) {
    const withMember = parent === 'record';
    statement = preparedStatement(
      `holdings_page_${key}`,
      sql`SELECT ${holdingColumns.select}${withMember ? sql`, ${memberColumns.select}` : sql``}
          FROM unnest(${sql.placeholder('ids')}::int[]) AS p(id)
          CROSS JOIN LATERAL (
            SELECT * FROM holdings h WHERE ${sql.raw(withMember ? 'h.record_id' : 'h.member_id')} = p.id
            ${lendable ? sql`AND h.lendable = ${sql.placeholder('lendable')}` : sql``}
            ${after ? sql`AND h.id > ${sql.placeholder('afterId')}` : sql``}
            ORDER BY h.id LIMIT ${sql.placeholder('limit')}) h
          ${withMember ? sql`JOIN members m ON m.id = h.member_id ORDER BY h.id` : sql``}`,
      { maxRows: (v) => (v.ids as readonly number[]).length * Number(v.limit) }, // a page of 100 under 100 parents stays off the lane
    );
    pageStatements.set(key, statement);
  }
  return statement;
}

/**
 * The first `limit` holdings of each parent (a record or a member), in one statement: a LATERAL
 * join with LIMIT per parent walks the (parent, id) index instead of sorting every holding.
 */
export async function holdingPages(db: Db, parent: 'record' | 'member', parentIds: readonly number[], page: ChildPage): Promise<PageRow[]> {
  if (parentIds.length === 0) return [];
  const rows = await pageStatement(parent, page.lendable !== null, page.afterId !== null)(db, {
    ids: parentIds,
    lendable: page.lendable,
    afterId: page.afterId,
    limit: page.limit,
  });
  return rows.map((r) => ({ holding: holdingColumns.read(r), member: parent === 'record' ? memberColumns.read(r) : null }));
}

/** Holdings per parent, counted in one GROUP BY for all the parents asked about (prepared, ids as one array). */
function countStatement(parent: 'record' | 'member', lendable: boolean): PreparedStatement {
  const key = `${parent}_${lendable ? 'l' : ''}`;
  let statement = countStatements.get(key);
  if (!statement) {
    const column = sql.raw(parent === 'record' ? 'h.record_id' : 'h.member_id');
    statement = preparedStatement(
      `holdings_count_${key}`,
      sql`SELECT ${column} AS "parentId", count(*)::int AS n FROM holdings h
          WHERE ${column} = ANY(${sql.placeholder('ids')}::int[]) ${lendable ? sql`AND h.lendable = ${sql.placeholder('lendable')}` : sql``}
          GROUP BY ${column}`,
      // no maxRows: a count over a large member reads all its holdings, so it never takes the look-up lane
    );
    countStatements.set(key, statement);
  }
  return statement;
}
const countStatements = new Map<string, PreparedStatement>();

async function countBy(db: Db, parent: 'record' | 'member', ids: readonly number[], lendable: boolean | null): Promise<{ parentId: number; n: number }[]> {
  const rows = await countStatement(parent, lendable !== null)(db, { ids, lendable });
  return rows.map((r) => ({ parentId: Number(r.parentId), n: Number(r.n) }));
}

/** Holdings per record, counted in one GROUP BY for all the records asked about. */
export async function countByRecord(db: Db, recordIds: readonly number[], lendable: boolean | null): Promise<{ recordId: number; n: number }[]> {
  return (await countBy(db, 'record', recordIds, lendable)).map((r) => ({ recordId: r.parentId, n: r.n }));
}

export async function countByMember(db: Db, memberIds: readonly number[], lendable: boolean | null): Promise<{ memberId: number; n: number }[]> {
  return (await countBy(db, 'member', memberIds, lendable)).map((r) => ({ memberId: r.parentId, n: r.n }));
}

export interface HoldingSearch {
  recordIds: SQL | null; // a subquery of record ids, or null for all
  recordId: number | null;
  memberCode: string | null;
  lendable: boolean | null;
  near: { lat: number; lon: number } | null;
}

function searchWhere(s: HoldingSearch): SQL | undefined {
  return and(
    s.recordIds ? inArray(holdings.recordId, s.recordIds) : undefined,
    s.recordId !== null ? eq(holdings.recordId, s.recordId) : undefined,
    s.memberCode !== null ? sql`${holdings.memberId} = (select m.id from members m where m.code = ${s.memberCode})` : undefined,
    s.lendable !== null ? eq(holdings.lendable, s.lendable) : undefined,
  );
}

/** Great-circle distance in km from a point to the holding member (haversine); members without a location sort last. */
function distanceSql(near: { lat: number; lon: number }): SQL {
  return sql`coalesce(6371.0088 * 2 * asin(sqrt(
      power(sin(radians(m.lat - ${near.lat}::float8) / 2), 2) +
      cos(radians(${near.lat}::float8)) * cos(radians(m.lat)) * power(sin(radians(m.lon - ${near.lon}::float8) / 2), 2))), 1e9)`;
}

export async function searchHoldings(db: Db, s: HoldingSearch, limit: number, after: { id: number; distance?: number } | null) {
  const where = searchWhere(s);
  const total = async () => (await db.select({ n: count() }).from(holdings).where(where))[0].n;
  if (!s.near) {
    const rows = await db
      .select()
      .from(holdings)
      .where(and(where, after ? gt(holdings.id, after.id) : undefined))
      .orderBy(asc(holdings.id))
      .limit(limit);
    return { rows: rows.map((row) => ({ row, distanceKm: null as number | null })), total };
  }
  const distance = distanceSql(s.near);
  const rows = await queryRows<RawHolding & { distanceKm: number }>(
    db,
    sql`SELECT * FROM (
          SELECT ${columns('holdings')}, ${distance} AS "distanceKm"
          FROM holdings JOIN members m ON m.id = holdings.member_id
          WHERE ${where ?? sql`true`}) h
        ${after ? sql`WHERE ("distanceKm", id) > (${after.distance ?? 0}::float8, ${after.id}::int)` : sql``}
        ORDER BY "distanceKm", id LIMIT ${limit}`,
  );
  return { rows: rows.map((r) => ({ row: fromRaw(r), distanceKm: Number(r.distanceKm) >= 1e9 ? null : Number(r.distanceKm) })), total };
}

export async function holdingsByIds(db: Db, ids: number[]): Promise<HoldingRow[]> {
  return db.select().from(holdings).where(inArray(holdings.id, ids));
}
