/**
 * The collection-overlap summary: per member its distinct union-catalogue records and those no other
 * member holds, per ordered pair of members the records both hold (collection-overlap.tables.ts).
 *
 * Why a summary: "records held by only one member" needs, for each of a member's records, whether any
 * other member holds it. At 1,000,000 holdings that is ~150,000 index probes for five large members
 * (2 s on a busy 2-core machine), and a pass over the whole (record_id, member_id) index takes as long;
 * the summary answers any set of members in milliseconds.
 *
 * Why it is never stale in an answer: holdings writes (owned by the holdings module, unchanged) note
 * their transaction in collection_overlap_changes through a statement-level trigger (migration 0012),
 * and collectionOverlap rebuilds the summary first when such a note is committed (or the summary was
 * never built). A rebuild reads every holding once (~2 s per million holdings on a quiet machine), so
 * only the first question after a holdings import pays it; `refreshCollectionOverlap` lets an import
 * job or the bench pay it up front. The answer says when the summary was built (`asOf`).
 */
import { sql } from 'drizzle-orm';
import { requireRole } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows, type DbOrTx } from '../../db/database.js';
import { apiError, badInput } from '../../graphql/errors.js';
import { intArray, MAX_OVERLAP_MEMBERS, textList } from './usage-analytics.service.js';

/** The advisory lock that serialises rebuilds: two ints ("sgco", 0), as records/cluster-locks.ts does. */
const REBUILD_LOCK = sql`1936155503, 0`;

export interface OverlapFreshness {
  /** When the summary was last rebuilt (ISO timestamp). */
  asOf: string;
  /** How long that rebuild took, in milliseconds. */
  refreshMs: number;
  /** Whether this call rebuilt it. */
  rebuilt: boolean;
}

interface StateRow {
  refreshed_at: string | null;
  refresh_ms: number | null;
  stale: boolean;
}

async function state(db: DbOrTx): Promise<StateRow> {
  const [row] = await queryRows<StateRow>(
    db,
    sql`SELECT to_char(s.refreshed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS refreshed_at, s.refresh_ms,
        (s.id IS NULL OR EXISTS (SELECT 1 FROM collection_overlap_changes)) AS stale
      FROM (SELECT 1) one LEFT JOIN collection_overlap_state s ON s.id = 1`,
  );
  return row;
}

/**
 * Rebuilds the summary from holdings, in one transaction (a savepoint inside the caller's), one rebuild
 * at a time. `onlyIfStale`: after waiting for another rebuild, skip when nothing changed since it.
 */
export async function refreshCollectionOverlap(db: DbOrTx, options: { onlyIfStale?: boolean } = {}): Promise<OverlapFreshness> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${REBUILD_LOCK})`);
    if (options.onlyIfStale) {
      const s = await state(tx);
      if (!s.stale) return { asOf: s.refreshed_at!, refreshMs: Number(s.refresh_ms), rebuilt: false };
    }
    const started = Date.now();
    // the notes this rebuild answers for: deleted first, so a write committed later leaves its note (stale again)
    await tx.execute(sql`DELETE FROM collection_overlap_changes`);
    await tx.execute(sql`DELETE FROM collection_overlap_pairs`);
    await tx.execute(sql`DELETE FROM collection_overlap_members`);
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`); // the pairs' hash aggregate (≤ members² groups) stays in memory
    // distinct (record, member) straight from the (record_id, member_id) index, in its order: the window needs no sort
    await tx.execute(sql`INSERT INTO collection_overlap_members (member_id, records, unique_records)
      SELECT member_id, count(*), count(*) FILTER (WHERE holders = 1)
      FROM (SELECT member_id, count(*) OVER (PARTITION BY record_id) AS holders FROM holdings GROUP BY record_id, member_id) x
      GROUP BY member_id`);
    // each unordered pair once (a merge join of the index with itself), stored in both directions
    await tx.execute(sql`INSERT INTO collection_overlap_pairs (member_id, other_id, shared)
      SELECT d.a, d.b, p.n
      FROM (SELECT x.member_id AS a, y.member_id AS b, count(*) AS n
            FROM (SELECT record_id, member_id FROM holdings GROUP BY record_id, member_id) x
            JOIN (SELECT record_id, member_id FROM holdings GROUP BY record_id, member_id) y ON y.record_id = x.record_id AND y.member_id > x.member_id
            GROUP BY x.member_id, y.member_id) p
      CROSS JOIN LATERAL (VALUES (p.a, p.b), (p.b, p.a)) d(a, b)`);
    const refreshMs = Date.now() - started;
    const [row] = await queryRows<{ at: string }>(
      tx,
      sql`INSERT INTO collection_overlap_state (id, refreshed_at, refresh_ms) VALUES (1, now(), ${refreshMs})
        ON CONFLICT (id) DO UPDATE SET refreshed_at = excluded.refreshed_at, refresh_ms = excluded.refresh_ms
        RETURNING to_char(refreshed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at`,
    );
    return { asOf: row.at, refreshMs, rebuilt: true };
  });
}

/** The summary as of now: rebuilt first when a holdings write is committed since the last rebuild (or none was made). */
export async function freshCollectionOverlap(db: DbOrTx): Promise<OverlapFreshness> {
  const s = await state(db);
  if (!s.stale) return { asOf: s.refreshed_at!, refreshMs: Number(s.refresh_ms), rebuilt: false };
  return refreshCollectionOverlap(db, { onlyIfStale: true });
}

export interface OverlapAnswer {
  members: { memberId: number; code: string; records: number; uniqueRecords: number }[];
  pairs: { memberId: number; otherId: number; code: string; otherCode: string; shared: number; records: number }[];
  /** When the summary these figures come from was built (it is rebuilt first whenever holdings changed since). */
  asOf: string;
}

/**
 * Collection overlap of some members (union-catalogue records, not copies): per member its records and
 * those no other consortium member holds; per ordered pair the records both hold. Read from the
 * collection-overlap summary (collection-overlap.service.ts), rebuilt first when holdings changed.
 */
export async function collectionOverlap(db: DbOrTx, viewer: Viewer, memberCodes: readonly string[]): Promise<OverlapAnswer> {
  requireRole(viewer, ['analyst', 'admin']);
  const codes = [...new Set(memberCodes.map((c) => c.trim()).filter(Boolean))];
  if (codes.length === 0) throw badInput('memberCodes: name at least one member', { field: ['memberCodes'] });
  if (codes.length > MAX_OVERLAP_MEMBERS) throw apiError('QUERY_TOO_COMPLEX', `memberCodes: at most ${MAX_OVERLAP_MEMBERS} members at a time (got ${codes.length})`, { field: ['memberCodes'] });
  const found = await queryRows<{ id: number; code: string }>(db, sql`SELECT id, code FROM members WHERE code IN ${textList(codes)}`);
  const known = new Set(found.map((r) => r.code));
  const missing = codes.filter((c) => !known.has(c));
  if (missing.length) throw badInput(`memberCodes: no member has code ${missing.join(', ')}`, { field: ['memberCodes'] });
  const { asOf } = await freshCollectionOverlap(db);
  // one primary-key look-up per member and per ordered pair (at most 50 + 2,450), never a scan of the summary
  const rows = await queryRows<{ kind: string; a: number; b: number | null; a_code: string; b_code: string | null; n: number; u: number | null }>(
    db,
    sql`WITH m AS (SELECT id, code FROM members WHERE id = ANY(${intArray(found.map((r) => Number(r.id)))}::int[]))
      SELECT 'member' AS kind, m.id AS a, NULL::int AS b, m.code AS a_code, NULL::text AS b_code,
          coalesce((SELECT s.records FROM collection_overlap_members s WHERE s.member_id = m.id), 0) AS n,
          coalesce((SELECT s.unique_records FROM collection_overlap_members s WHERE s.member_id = m.id), 0) AS u
        FROM m
      UNION ALL
      SELECT 'pair', ma.id, mb.id, ma.code, mb.code, coalesce((SELECT p.shared FROM collection_overlap_pairs p WHERE p.member_id = ma.id AND p.other_id = mb.id), 0), NULL
        FROM m ma JOIN m mb ON mb.id <> ma.id
      ORDER BY 1, 4, 5`,
  );
  const records = new Map(rows.filter((r) => r.kind === 'member').map((r) => [r.a_code, Number(r.n)]));
  return {
    members: rows.filter((r) => r.kind === 'member').map((r) => ({ memberId: Number(r.a), code: r.a_code, records: Number(r.n), uniqueRecords: Number(r.u) })),
    pairs: rows.filter((r) => r.kind === 'pair').map((r) => ({ memberId: Number(r.a), otherId: Number(r.b), code: r.a_code, otherCode: r.b_code!, shared: Number(r.n), records: records.get(r.a_code) ?? 0 })),
    asOf,
  };
}
