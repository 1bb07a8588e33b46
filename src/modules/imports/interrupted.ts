/**
 * Loads interrupted by a crash. A load writes its counts in the same transaction as each batch, so
 * after kill -9 its row already holds what the store holds; only its status would still say RUNNING.
 * Each row names its owner: the database sessions' name of the process running it
 * (`application_name`, unique per open database, see Database.sessionName). A RUNNING load is dead
 * when
 *   - another process owns it and no session of that name is left (pg_stat_activity lists every
 *     session of a PostgreSQL server; PGlite lists only its own, and its folder is one process at a
 *     time, so there every other owner is dead), or
 *   - this process owns it but no longer runs it (it failed and could not record that, e.g. the
 *     database was unreachable at that moment), or
 *   - it names no owner (written before owners were recorded).
 * Such loads are marked INTERRUPTED, keeping their counts. This runs when a store opens and whenever
 * `imports` is read, so any process sees the truth as soon as the owner is gone.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/database.js';

/** The loads this process is running, per database handle (ids are per database). */
const runningHere = new WeakMap<object, { ids: Set<number>; starting: number }>();

function entry(db: DbOrTx) {
  let e = runningHere.get(db);
  if (!e) runningHere.set(db, (e = { ids: new Set(), starting: 0 }));
  return e;
}

/**
 * Around the insert of a load's row: while a row is being written it is not yet in `ids`, and a sweep
 * meanwhile must not take it for a dead load of this process.
 */
export async function registerRun(db: DbOrTx, insert: () => Promise<number>): Promise<number> {
  const e = entry(db);
  e.starting++;
  try {
    const id = await insert();
    e.ids.add(id);
    return id;
  } finally {
    e.starting--;
  }
}

export function unregisterRun(db: DbOrTx, id: number): void {
  runningHere.get(db)?.ids.delete(id);
}

export const INTERRUPTED_MESSAGE =
  'interrupted: the process running this load stopped (or lost its database) before the load finished; ' +
  'the counts are what it had committed, in whole batches';

/** Marks the RUNNING loads whose process is gone as INTERRUPTED; returns how many. */
export async function markInterruptedImports(db: DbOrTx): Promise<number> {
  const e = runningHere.get(db);
  // while one of this process's loads is being started, leave this process's own loads for the next sweep
  const mine = e && e.starting > 0 ? sql`false` : sql`i.owner = current_setting('application_name') AND NOT (i.id = ANY(${`{${[...(e?.ids ?? [])].join(',')}}`}::int[]))`;
  const marked = await queryRows<{ id: number }>(db, sql`
    UPDATE imports i SET status = 'INTERRUPTED', finished_at = now(), message = ${INTERRUPTED_MESSAGE}
    WHERE i.status = 'RUNNING' AND (
      i.owner IS NULL
      OR (${mine})
      OR (i.owner <> current_setting('application_name') AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = i.owner))
    )
    RETURNING i.id`);
  return marked.length;
}
