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
import { toGlobalId } from '../../graphql/global-id.js';
import { recordEvent } from '../events/index.js';

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

/**
 * Marks the RUNNING loads whose process is gone as INTERRUPTED, each with its IMPORT_FINISHED event
 * (status INTERRUPTED, the counts it had committed) in the same transaction: a member system waiting
 * for its load to end is told either way. Returns how many.
 */
export async function markInterruptedImports(db: DbOrTx): Promise<number> {
  const e = runningHere.get(db);
  // while one of this process's loads is being started, leave this process's own loads for the next sweep
  const mine = e && e.starting > 0 ? sql`false` : sql`i.owner = current_setting('application_name') AND NOT (i.id = ANY(${`{${[...(e?.ids ?? [])].join(',')}}`}::int[]))`;
  return db.transaction(async (tx) => {
    const marked = await queryRows<InterruptedRow>(tx, sql`
      WITH marked AS (
        UPDATE imports i SET status = 'INTERRUPTED', finished_at = now(), message = ${INTERRUPTED_MESSAGE}
        WHERE i.status = 'RUNNING' AND (
          i.owner IS NULL
          OR (${mine})
          OR (i.owner <> current_setting('application_name') AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = i.owner))
        )
        RETURNING i.*
      )
      SELECT marked.id, marked.member_id AS "memberId", m.code AS "memberCode", marked.via, marked.read, marked.created, marked.merged,
             marked.updated, marked.deleted, marked.holdings, jsonb_array_length(marked.rejected) AS rejected, marked.warning_count AS "warningCount"
      FROM marked JOIN members m ON m.id = marked.member_id
      ORDER BY marked.id`);
    for (const row of marked) {
      await recordEvent(tx, {
        type: 'IMPORT_FINISHED', memberCodes: [row.memberCode],
        data: {
          importRun: toGlobalId('ImportRun', row.id), member: toGlobalId('Member', row.memberId), memberCode: row.memberCode, format: 'MARC', status: 'INTERRUPTED',
          summary: {
            via: row.via, read: row.read, created: row.created, merged: row.merged, updated: row.updated, deleted: row.deleted,
            holdings: row.holdings, rejected: Number(row.rejected), message: INTERRUPTED_MESSAGE,
          },
          warningCount: row.warningCount,
        },
      });
    }
    return marked.length;
  });
}

interface InterruptedRow {
  id: number;
  memberId: number;
  memberCode: string;
  via: string;
  read: number;
  created: number;
  merged: number;
  updated: number;
  deleted: number;
  holdings: number;
  rejected: number | string;
  warningCount: number;
}
