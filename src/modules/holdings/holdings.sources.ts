/**
 * Holdings that came with a member's imported source records (holdings.source_id): the MARC ingest
 * and the admin's merge/split of clusters write them only through these functions, so the holdings
 * table is written by this module alone. Each takes the caller's transaction and is set-based: one
 * statement for a whole batch (the INSERT in chunks of 5,000 rows), never one per row.
 */
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/database.js';
import { intArray, jsonRows } from '../../db/bulk.js';
import type { SourceHoldingRow, SourceHoldings } from '../records/index.js';
import { EVENT_ID_CAP } from '../events/index.js';
import { holdings } from './holdings.tables.js';

/**
 * What a load did to a member's holdings, for its one HOLDINGS_CHANGED event: counts, and the first
 * EVENT_ID_CAP localIds named (the count goes on). One tally per batch attempt, added to the load's
 * once the batch has committed, so a rolled-back or retried batch counts nothing twice.
 */
export class HoldingsTally {
  created = 0;
  updated = 0;
  deleted = 0;
  /** how many localIds were named: each write or removal of a holding once (a holding written twice counts twice) */
  localIdsCount = 0;
  readonly localIds: string[] = [];
  private readonly listed = new Set<string>();

  get changed(): boolean {
    return this.created + this.updated + this.deleted > 0;
  }

  note(localIds: Iterable<string>): void {
    for (const id of new Set(localIds)) {
      this.localIdsCount++;
      if (this.localIds.length < EVENT_ID_CAP && !this.listed.has(id)) {
        this.listed.add(id);
        this.localIds.push(id);
      }
    }
  }

  add(other: HoldingsTally): void {
    this.created += other.created;
    this.updated += other.updated;
    this.deleted += other.deleted;
    this.note(other.localIds);
    this.localIdsCount += other.localIdsCount - other.localIds.length; // those past the other's cap
  }
}

/** Inserts or replaces (on the member's local id) a batch's holdings: how many were written, and how many of them were new rows. */
async function upsertSourceRows(tx: Tx, all: SourceHoldingRow[]): Promise<{ written: number; inserted: number }> {
  // one INSERT … ON CONFLICT may not touch a row twice: the last item with a given key wins
  const rows = [...new Map(all.map((r) => [r.localId, r])).values()];
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000).map((r) => ({
      member_id: r.memberId, record_id: r.recordId, source_id: r.sourceId, local_id: r.localId, location: r.location,
      call_number: r.callNumber, copies: r.copies, available: r.available, lendable: r.lendable,
    }));
    // xmax = 0 marks a row the INSERT made (not one ON CONFLICT updated); counted in the statement, one row back
    const [counted] = await queryRows<{ inserted: number | string }>(tx, sql`WITH w AS (INSERT INTO holdings (member_id, record_id, source_id, local_id, location, call_number, copies, available, lendable)
      SELECT v.member_id, v.record_id, v.source_id, v.local_id, v.location, v.call_number, v.copies, v.available, v.lendable
      FROM jsonb_to_recordset(${jsonRows(chunk)}::jsonb) AS v(member_id int, record_id int, source_id int, local_id text, location text, call_number text, copies int, available int, lendable boolean)
      ON CONFLICT (member_id, local_id) DO UPDATE SET record_id = excluded.record_id, source_id = excluded.source_id, location = excluded.location,
        call_number = excluded.call_number, copies = excluded.copies, available = excluded.available, lendable = excluded.lendable, updated_at = now()
      RETURNING (xmax = 0) AS inserted)
      SELECT count(*) FILTER (WHERE inserted) AS inserted FROM w`);
    inserted += Number(counted.inserted);
  }
  return { written: rows.length, inserted };
}

/** Inserts or replaces (on the member's local id) a batch's holdings; returns how many were written. */
export async function writeSourceHoldings(tx: Tx, all: SourceHoldingRow[]): Promise<number> {
  return (await upsertSourceRows(tx, all)).written;
}

/**
 * A member's holdings of re-imported sources are replaced by the batch's rows: one DELETE of the
 * sources imported before (a source inserted in this batch has none yet) and the INSERT. For the
 * tally a holding removed and written again in one batch is one updated, not one deleted and one created.
 */
async function replaceCounted(tx: Tx, replacedSourceIds: number[], rows: SourceHoldingRow[], tally: HoldingsTally | null): Promise<number> {
  let removed = 0;
  if (replacedSourceIds.length) {
    const [gone] = await queryRows<{ n: number | string }>(tx, sql`WITH d AS (DELETE FROM holdings WHERE source_id = ANY (${intArray(replacedSourceIds)}) RETURNING 1) SELECT count(*) AS n FROM d`);
    removed = Number(gone.n);
  }
  const { written, inserted } = await upsertSourceRows(tx, rows);
  if (tally) {
    const again = Math.min(removed, inserted);
    tally.created += inserted - again;
    tally.updated += written - inserted + again;
    tally.deleted += removed - again;
    tally.note(rows.map((r) => r.localId));
  }
  return written;
}

export function replaceSourceHoldings(tx: Tx, replacedSourceIds: number[], rows: SourceHoldingRow[]): Promise<number> {
  return replaceCounted(tx, replacedSourceIds, rows, null);
}

/** Removes the holdings of these sources (the member deleted or replaced them). */
export async function deleteSourceHoldings(tx: Tx, sourceIds: number[]): Promise<void> {
  if (sourceIds.length) await tx.delete(holdings).where(inArray(holdings.sourceId, sourceIds));
}

/** The placeholder holding of a record without items (local id without `#`) gives way to a MARC holdings record's items. */
export async function deletePlaceholderHoldings(tx: Tx, sourceIds: number[]): Promise<void> {
  if (sourceIds.length) await tx.delete(holdings).where(and(inArray(holdings.sourceId, sourceIds), sql`${holdings.localId} NOT LIKE '%#%'`));
}

/** Holdings follow their records into another cluster (mergeRecords). */
export async function moveRecordHoldings(tx: Tx, fromRecordIds: number[], toRecordId: number): Promise<void> {
  if (fromRecordIds.length) await tx.update(holdings).set({ recordId: toRecordId }).where(inArray(holdings.recordId, fromRecordIds));
}

/** Holdings follow their sources into another cluster (splitRecord). */
export async function moveSourceHoldings(tx: Tx, sourceIds: number[], toRecordId: number): Promise<void> {
  if (sourceIds.length) await tx.update(holdings).set({ recordId: toRecordId }).where(inArray(holdings.sourceId, sourceIds));
}

/** What the records module's ingest and cluster decisions take to write holdings (records may not import this module). */
export const sourceHoldings: SourceHoldings = {
  replace: replaceSourceHoldings,
  remove: deleteSourceHoldings,
  removePlaceholders: deletePlaceholderHoldings,
  moveRecords: moveRecordHoldings,
  moveSources: moveSourceHoldings,
};

/** `sourceHoldings` counting what it does to holdings into `tally` (a load's HOLDINGS_CHANGED event). */
export function trackedSourceHoldings(tally: HoldingsTally): SourceHoldings {
  const removing = async (tx: Tx, where: SQL) => {
    const gone = await tx.delete(holdings).where(where).returning({ localId: holdings.localId });
    tally.deleted += gone.length;
    tally.note(gone.map((g) => g.localId));
  };
  return {
    ...sourceHoldings,
    replace: (tx, replacedSourceIds, rows) => replaceCounted(tx, replacedSourceIds, rows, tally),
    remove: async (tx, sourceIds) => {
      if (sourceIds.length) await removing(tx, inArray(holdings.sourceId, sourceIds));
    },
    removePlaceholders: async (tx, sourceIds) => {
      if (sourceIds.length) await removing(tx, and(inArray(holdings.sourceId, sourceIds), sql`${holdings.localId} NOT LIKE '%#%'`)!);
    },
  };
}
