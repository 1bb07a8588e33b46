/**
 * Clustering under concurrency. Which cluster a new source joins is decided from what the database
 * holds (lookupEvidence in ingest.service.ts): two loads that bring the same new ISBN at the same
 * moment would each see no cluster for it and each make one. So every step that decides or changes
 * clusters first takes transaction-level advisory locks in PostgreSQL itself (held to COMMIT), which
 * holds for any number of server and CLI processes on one database:
 *
 * - a batch with at most KEY_LIMIT match keys (its sources' ISBNs, ISSNs and work keys) takes the
 *   clustering lock SHARED and then one exclusive lock per key (hashed to a bigint in SQL), all in one
 *   statement in one global order (the clustering lock first, then the keys ascending), so two such
 *   batches never deadlock on them: batches that share a key run one after the other, and the second
 *   one's evidence look-up (a later statement, READ COMMITTED) sees what the first committed;
 *   batches with no key in common run side by side;
 * - a bigger batch (a bulk load's 1,000 records), a batch that deletes sources (removing a cluster
 *   another batch may be about to join), and an admin's merge or split take the clustering lock
 *   EXCLUSIVE: one at a time, and none beside any batch above.
 *
 * Why not one lock per key always: every advisory lock is an entry in the server's shared lock table
 * (max_locks_per_transaction × connections, about 15,000 entries on a default server), and a bulk
 * batch of 1,000 records has about 3,000 keys: a few concurrent bulk loads would fill the table and
 * fail everything ("out of shared memory"). Capped this way a transaction holds at most KEY_LIMIT + 1.
 *
 * The locks are taken before anything else in the transaction, so a transaction waiting for them
 * holds no row lock another one could be waiting for. On PGlite (one connection, transactions one at
 * a time) they are always free and cost one statement.
 */
import { sql } from 'drizzle-orm';
import { textArray } from '../../db/bulk.js';
import type { Tx } from '../../db/database.js';

/** The most match keys a batch locks one by one; above, it takes the clustering lock exclusively. */
export const KEY_LIMIT = 256;

/** The clustering lock: a two-int advisory lock ("sgcl", 0), a key space apart from the bigint keys. */
const CLUSTERING = sql`1936155500, 0`;

export interface KeySource {
  core: { isbns?: string[]; issns?: string[] };
  workKey: string;
}

/**
 * The match keys of these sources (what lookupEvidence looks them up by), or, once there are more
 * than `limit`, the first limit + 1 of them: a bulk batch's ~3,000 keys are not gathered only to be
 * counted.
 */
function matchKeys(sources: readonly KeySource[], limit: number): string[] {
  const keys = new Set<string>();
  for (const s of sources) {
    for (const v of s.core.isbns ?? []) keys.add(`isbn ${v}`);
    for (const v of s.core.issns ?? []) keys.add(`issn ${v}`);
    if (s.workKey) keys.add(`work ${s.workKey}`);
    if (keys.size > limit) break;
  }
  return [...keys];
}

/**
 * Locks what a batch of sources may cluster by, before the batch reads evidence or writes anything.
 * `deletes`: the batch also removes sources (and so maybe clusters): exclusive.
 */
export async function lockMatchKeys(tx: Tx, sources: readonly KeySource[], deletes: boolean): Promise<void> {
  const keys = matchKeys(sources, KEY_LIMIT);
  if (keys.length === 0 && !deletes) return;
  if (deletes || keys.length > KEY_LIMIT) return lockClustering(tx);
  // one statement: the clustering lock (the NULL row, sorted first) and then the keys' locks in
  // ascending order (PostgreSQL evaluates volatile functions of the select list after the sort)
  await tx.execute(sql`SELECT CASE WHEN x.h IS NULL THEN pg_advisory_xact_lock_shared(${CLUSTERING}) ELSE pg_advisory_xact_lock(x.h) END
    FROM (SELECT NULL::bigint AS h UNION SELECT hashtextextended(k, 0) FROM unnest(${textArray(keys)}) AS k) x
    ORDER BY x.h NULLS FIRST`);
}

/** Clusters change wholesale (merge, split, a bulk batch, deletions): alone, beside no other clustering step. */
export async function lockClustering(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${CLUSTERING})`);
}
