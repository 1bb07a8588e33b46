/**
 * Admin decisions on clusters: merge several into one, or split sources out into a new one. Both move
 * sources with their holdings, are audited with a reason, and survive later imports (a re-imported
 * source is updated in place and keeps its cluster). A merged-away record's ID keeps resolving.
 */
import { assertAdmin } from '../../auth/policy.js';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { transactionWithRetry } from '../../db/retry.js';
import type { Viewer } from '../../auth/viewer.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { queryRows } from '../../db/database.js';
import { recordAudit } from '../audit/index.js';
import { recordEvent } from '../events/index.js';
import { recordIdentifiers, records, type RecordRow } from './records.tables.js';
import { identifierRows, insertIdentifiers, recordValues, type RecordInput } from './records.write.js';
import { lockClustering } from './cluster-locks.js';
import { refreshClusterIdentifiers } from './cluster-identifiers.js';
import type { SourceHoldings } from './ingest.service.js';
import { recordRedirects, recordSources } from './sources.tables.js';

export interface ClusterResult {
  record: RecordRow | null;
  remaining: RecordRow | null;
  userErrors: UserError[];
}

const fail = (field: string, code: UserErrorCode, message: string): ClusterResult => ({ record: null, remaining: null, userErrors: [userError([field], code, message)] });

/** The record an ID points at now, following merges. */
export async function resolveRecordId(db: Db | Tx, id: number): Promise<number | null> {
  const [row] = await db.select({ id: records.id }).from(records).where(eq(records.id, id));
  if (row) return row.id;
  const [redirect] = await db.select({ to: recordRedirects.toRecordId }).from(recordRedirects).where(eq(recordRedirects.fromRecordId, id));
  return redirect?.to ?? null;
}

/** `holdings` moves the holdings along (the holdings module's `sourceHoldings`; records may not import it). */
export async function mergeRecords(db: Db, viewer: Viewer, targetId: number, otherIds: number[], reason: string, holdings: SourceHoldings): Promise<ClusterResult> {
  assertAdmin(viewer);
  if (!reason.trim()) return fail('reason', UserErrorCode.REQUIRED, 'a merge needs a reason');
  const others = [...new Set(otherIds)].filter((id) => id !== targetId);
  if (others.length === 0) return fail('recordIds', UserErrorCode.REQUIRED, 'name at least one record other than the target');
  return transactionWithRetry(db, async (tx) => {
    await lockClustering(tx); // no import decides on these clusters meanwhile (cluster-locks.ts)
    const found = await tx.select({ id: records.id }).from(records).where(inArray(records.id, [targetId, ...others]));
    const known = new Set(found.map((f) => f.id));
    if (!known.has(targetId)) return fail('targetRecordId', UserErrorCode.UNKNOWN_RECORD, 'the target record does not exist (or was merged away)');
    const missing = others.filter((id) => !known.has(id));
    if (missing.length) return fail('recordIds', UserErrorCode.UNKNOWN_RECORD, `${missing.length} of the records do not exist (or were merged away)`);
    const at = new Date().toISOString();
    await tx
      .update(recordSources)
      .set({ recordId: targetId, matchPoints: { via: 'merge', reason, at }, updatedAt: sql`now()` })
      .where(inArray(recordSources.recordId, others));
    await holdings.moveRecords(tx, others, targetId);
    await tx.execute(sql`INSERT INTO record_identifiers (record_id, scheme, value)
      SELECT ${targetId}::int, scheme, value FROM record_identifiers WHERE record_id IN (${sql.join(others.map((id) => sql`${id}::int`), sql`, `)})
      ON CONFLICT DO NOTHING`);
    await tx.update(recordRedirects).set({ toRecordId: targetId }).where(inArray(recordRedirects.toRecordId, others)); // chains stay one hop
    await tx.insert(recordRedirects).values(others.map((id) => ({ fromRecordId: id, toRecordId: targetId, reason })));
    await tx.delete(records).where(inArray(records.id, others));
    await refreshClusterIdentifiers(tx, [targetId]);
    await recordAudit(tx, viewer, { action: 'mergeRecords', entityType: 'Record', entityId: targetId, before: { records: [targetId, ...others] }, after: { record: targetId, merged: others }, reason });
    await recordEvent(tx, {
      type: 'RECORDS_MERGED', memberCodes: await membersOfRecords(tx, [targetId]),
      data: { into: toGlobalId('Record', targetId), merged: others.map((id) => toGlobalId('Record', id)), reason },
    });
    const [record] = await tx.select().from(records).where(eq(records.id, targetId));
    return { record, remaining: null, userErrors: [] };
  });
}

export async function splitRecord(db: Db, viewer: Viewer, recordId: number, sourceIds: number[], reason: string, holdings: SourceHoldings): Promise<ClusterResult> {
  assertAdmin(viewer);
  if (!reason.trim()) return fail('reason', UserErrorCode.REQUIRED, 'a split needs a reason');
  const wanted = [...new Set(sourceIds)];
  if (wanted.length === 0) return fail('sourceIds', UserErrorCode.REQUIRED, 'name at least one source to split out');
  return transactionWithRetry(db, async (tx) => {
    await lockClustering(tx);
    const sources = await tx.select({ id: recordSources.id, recordId: recordSources.recordId, core: recordSources.core }).from(recordSources).where(eq(recordSources.recordId, recordId));
    if (sources.length === 0) return fail('recordId', UserErrorCode.UNKNOWN_RECORD, 'this record has no source records to split');
    const moving = sources.filter((s) => wanted.includes(s.id));
    if (moving.length !== wanted.length) return fail('sourceIds', UserErrorCode.INVALID_VALUE, 'every source must belong to the record being split');
    if (moving.length === sources.length) return fail('sourceIds', UserErrorCode.INVALID_VALUE, 'at least one source must stay: splitting all of them would only rename the record');
    const core = moving[0].core as unknown as RecordInput;
    const [created] = await tx.insert(records).values(recordValues(core)).returning({ id: records.id });
    const at = new Date().toISOString();
    const ids = moving.map((s) => s.id);
    await tx.update(recordSources).set({ recordId: created.id, matchPoints: { via: 'split', reason, at }, updatedAt: sql`now()` }).where(inArray(recordSources.id, ids));
    await holdings.moveSources(tx, ids, created.id);
    await rebuildIdentifiers(tx, recordId);
    await rebuildIdentifiers(tx, created.id);
    await recordAudit(tx, viewer, {
      action: 'splitRecord', entityType: 'Record', entityId: recordId, reason,
      before: { record: recordId, sources: sources.map((s) => s.id) },
      after: { record: recordId, sources: sources.filter((s) => !ids.includes(s.id)).map((s) => s.id), newRecord: created.id, newRecordSources: ids },
    });
    await recordEvent(tx, {
      type: 'RECORDS_SPLIT', memberCodes: await membersOfRecords(tx, [recordId, created.id]),
      data: { from: toGlobalId('Record', recordId), into: [toGlobalId('Record', created.id)], reason, sources: ids.map((id) => toGlobalId('RecordSource', id)) },
    });
    const rows = await tx.select().from(records).where(inArray(records.id, [created.id, recordId]));
    return { record: rows.find((r) => r.id === created.id)!, remaining: rows.find((r) => r.id === recordId)!, userErrors: [] };
  });
}

/** A cluster's identifiers are the union of its sources' (valid and invalid) numbers. */
async function rebuildIdentifiers(tx: Tx, recordId: number): Promise<void> {
  const sources = await tx.select({ core: recordSources.core }).from(recordSources).where(eq(recordSources.recordId, recordId));
  await tx.delete(recordIdentifiers).where(eq(recordIdentifiers.recordId, recordId));
  await insertIdentifiers(
    tx,
    sources.flatMap((s) => {
      const core = s.core as unknown as RecordInput & { invalid?: { scheme: 'isbn' | 'issn'; value: string }[] };
      return identifierRows(recordId, core);
    }),
  );
  await refreshClusterIdentifiers(tx, [recordId]);
}

/** ISILs of the members with a source or a holding in these records (after the change): whom a merge or split concerns. */
async function membersOfRecords(tx: Tx, recordIds: number[]): Promise<string[]> {
  const ids = sql.join(recordIds.map((id) => sql`${id}::int`), sql`, `);
  const rows = await queryRows<{ code: string }>(
    tx,
    sql`SELECT m.code FROM members m WHERE m.id IN (
          SELECT member_id FROM record_sources WHERE record_id IN (${ids}) UNION SELECT member_id FROM holdings WHERE record_id IN (${ids}))
        ORDER BY m.code`,
  );
  return rows.map((r) => r.code);
}
