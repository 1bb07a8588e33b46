/**
 * Holdings that came with a member's imported source records (holdings.source_id): the MARC ingest
 * and the admin's merge/split of clusters write them only through these functions, so the holdings
 * table is written by this module alone. Each takes the caller's transaction and is set-based: one
 * statement for a whole batch (the INSERT in chunks of 5,000 rows), never one per row.
 */
import { and, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { intArray, jsonRows } from '../../db/bulk.js';
import type { SourceHoldingRow, SourceHoldings } from '../records/index.js';
import { holdings } from './holdings.tables.js';

/** Inserts or replaces (on the member's local id) a batch's holdings; returns how many were written. */
export async function writeSourceHoldings(tx: Tx, all: SourceHoldingRow[]): Promise<number> {
  // one INSERT … ON CONFLICT may not touch a row twice: the last item with a given key wins
  const rows = [...new Map(all.map((r) => [r.localId, r])).values()];
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000).map((r) => ({
      member_id: r.memberId, record_id: r.recordId, source_id: r.sourceId, local_id: r.localId, location: r.location,
      call_number: r.callNumber, copies: r.copies, available: r.available, lendable: r.lendable,
    }));
    await tx.execute(sql`INSERT INTO holdings (member_id, record_id, source_id, local_id, location, call_number, copies, available, lendable)
      SELECT v.member_id, v.record_id, v.source_id, v.local_id, v.location, v.call_number, v.copies, v.available, v.lendable
      FROM jsonb_to_recordset(${jsonRows(chunk)}::jsonb) AS v(member_id int, record_id int, source_id int, local_id text, location text, call_number text, copies int, available int, lendable boolean)
      ON CONFLICT (member_id, local_id) DO UPDATE SET record_id = excluded.record_id, source_id = excluded.source_id, location = excluded.location,
        call_number = excluded.call_number, copies = excluded.copies, available = excluded.available, lendable = excluded.lendable, updated_at = now()`);
  }
  return rows.length;
}

/**
 * A member's holdings of re-imported sources are replaced by the batch's rows: one DELETE of the
 * sources imported before (a source inserted in this batch has none yet) and the INSERT.
 */
export async function replaceSourceHoldings(tx: Tx, replacedSourceIds: number[], rows: SourceHoldingRow[]): Promise<number> {
  if (replacedSourceIds.length) await tx.execute(sql`DELETE FROM holdings WHERE source_id = ANY (${intArray(replacedSourceIds)})`);
  return writeSourceHoldings(tx, rows);
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
