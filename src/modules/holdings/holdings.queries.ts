/** Reading holdings: the "who holds this?" look-ups, each one SQL statement for any number of parents. */
import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
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

/**
 * The first `limit` holdings of each parent (a record or a member), in one statement: a LATERAL
 * join with LIMIT per parent walks the (parent, id) index instead of sorting every holding.
 */
export async function holdingPages(db: Db, parent: 'record' | 'member', parentIds: readonly number[], page: ChildPage): Promise<HoldingRow[]> {
  if (parentIds.length === 0) return [];
  const column = sql.raw(parent === 'record' ? 'h.record_id' : 'h.member_id');
  const ids = sql.join(parentIds.map((id) => sql`${id}`), sql`, `);
  const rows = await queryRows<RawHolding>(
    db,
    sql`SELECT ${columns('h')} FROM unnest(ARRAY[${ids}]::int[]) AS p(id)
        CROSS JOIN LATERAL (
          SELECT * FROM holdings h WHERE ${column} = p.id
          ${page.lendable === null ? sql`` : sql`AND h.lendable = ${page.lendable}`}
          ${page.afterId === null ? sql`` : sql`AND h.id > ${page.afterId}`}
          ORDER BY h.id LIMIT ${page.limit}) h`,
  );
  return rows.map(fromRaw);
}

/** Holdings per record, counted in one GROUP BY for all the records asked about. */
export async function countByRecord(db: Db, recordIds: readonly number[], lendable: boolean | null): Promise<{ recordId: number; n: number }[]> {
  return db
    .select({ recordId: holdings.recordId, n: count() })
    .from(holdings)
    .where(and(inArray(holdings.recordId, [...recordIds]), lendable === null ? undefined : eq(holdings.lendable, lendable)))
    .groupBy(holdings.recordId);
}

export async function countByMember(db: Db, memberIds: readonly number[], lendable: boolean | null): Promise<{ memberId: number; n: number }[]> {
  return db
    .select({ memberId: holdings.memberId, n: count() })
    .from(holdings)
    .where(and(inArray(holdings.memberId, [...memberIds]), lendable === null ? undefined : eq(holdings.lendable, lendable)))
    .groupBy(holdings.memberId);
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
