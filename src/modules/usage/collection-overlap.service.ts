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
import { queryRows, type DbOrTx } from '../../db/database.js';

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
