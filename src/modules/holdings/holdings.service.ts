/** Member libraries' writes to their holdings: validate everything first, then one transaction. */
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { textArray } from '../../db/bulk.js';
import { queryRows, type Db, type DbOrTx } from '../../db/database.js';
import { compareKeys, transactionWithRetry } from '../../db/retry.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { assertCanEditMember } from '../../auth/policy.js';
import { SYSTEM_VIEWER, type Viewer } from '../../auth/viewer.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { recordAudit } from '../audit/index.js';
import { cappedList, recordEvent, type EventDataOf } from '../events/index.js';
import { memberByCode } from '../members/index.js';
import { recordIdentifiers, records } from '../records/index.js';
import { holdings, type HoldingRow } from './holdings.tables.js';
import type { HoldingInput } from './holdings.types.js';
import { checkHoldingRow, MAX_ROWS_PER_CALL, type RecordRef } from './holdings.validate.js';

const refKey = (ref: RecordRef) => (ref.kind === 'id' ? `id:${ref.id}` : `${ref.kind}:${ref.value}`);

/** Resolves every record reference of a batch with one query per kind. */
async function resolveRecords(db: DbOrTx, refs: RecordRef[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const ids = [...new Set(refs.flatMap((r) => (r.kind === 'id' ? [r.id] : [])))];
  if (ids.length) for (const r of await db.select({ id: records.id }).from(records).where(inArray(records.id, ids))) found.set(`id:${r.id}`, r.id);
  for (const scheme of ['isbn', 'issn'] as const) {
    const values = [...new Set(refs.flatMap((r) => (r.kind === scheme ? [r.value] : [])))];
    if (!values.length) continue;
    const rows = await db
      .select({ value: recordIdentifiers.value, id: sql<number>`min(${recordIdentifiers.recordId})` })
      .from(recordIdentifiers)
      .where(and(eq(recordIdentifiers.scheme, scheme), inArray(recordIdentifiers.value, values)))
      .groupBy(recordIdentifiers.value);
    for (const r of rows) found.set(`${scheme}:${r.value}`, Number(r.id));
  }
  return found;
}

export interface UpsertResult {
  holdings: HoldingRow[];
  userErrors: UserError[];
}

export async function upsertHoldings(db: Db, viewer: Viewer, memberCode: string, rows: HoldingInput[]): Promise<UpsertResult> {
  assertCanEditMember(viewer, memberCode);
  if (rows.length > MAX_ROWS_PER_CALL) {
    return { holdings: [], userErrors: [userError(['holdings'], UserErrorCode.TOO_MANY_ROWS, `at most ${MAX_ROWS_PER_CALL} holdings per call, got ${rows.length}: split the batch`)] };
  }
  const checked = rows.map((row, i) => checkHoldingRow(row, ['holdings', String(i)]));
  const userErrors = checked.flatMap((c) => c.errors);
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const localId = row.localId.trim(); // stored trimmed, so compared trimmed
    const first = seen.get(localId);
    if (first !== undefined) userErrors.push(userError(['holdings', String(i), 'localId'], UserErrorCode.DUPLICATE_LOCAL_ID, `localId "${localId}" appears twice in this batch (rows ${first} and ${i})`));
    else if (localId) seen.set(localId, i);
  });
  const member = await memberByCode(db, memberCode);
  if (!member) userErrors.push(userError(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${memberCode}`));
  const refs = checked.map((c) => c.ref);
  const recordIds = await resolveRecords(db, refs.filter((r): r is RecordRef => r !== null));
  refs.forEach((ref, i) => {
    if (ref && !recordIds.has(refKey(ref))) {
      const field = ref.kind === 'id' ? 'recordId' : ref.kind;
      userErrors.push(userError(['holdings', String(i), field], UserErrorCode.UNKNOWN_RECORD, `no record in the union catalogue has ${ref.kind === 'id' ? 'this ID' : `${ref.kind.toUpperCase()} ${ref.value}`}`));
    }
  });
  if (userErrors.length > 0 || !member) return { holdings: [], userErrors }; // nothing half-written
  if (rows.length === 0) return { holdings: [], userErrors: [] };

  const values = rows.map((row, i) => {
    const copies = row.copies ?? 1;
    return {
      memberId: member.id,
      recordId: recordIds.get(refKey(refs[i]!))!,
      localId: row.localId.trim(),
      location: row.location?.trim() ?? '',
      callNumber: row.callNumber?.trim() || null,
      copies,
      available: row.available ?? copies,
      lendable: row.lendable ?? true,
    };
  });
  // rows in one order (member, then localId) for every caller: concurrent calls over the same localIds
  // then wait for each other instead of deadlocking; a deadlock that happens anyway runs the call again
  const ordered = [...values].sort((a, b) => compareKeys(a.localId, b.localId));
  const saved = await transactionWithRetry(db, async (tx) => {
    const written = await tx
      .insert(holdings)
      .values(ordered)
      .onConflictDoUpdate({
        target: [holdings.memberId, holdings.localId],
        set: {
          recordId: sql`excluded.record_id`,
          location: sql`excluded.location`,
          callNumber: sql`excluded.call_number`,
          copies: sql`excluded.copies`,
          available: sql`excluded.available`,
          lendable: sql`excluded.lendable`,
          updatedAt: sql`now()`,
        },
      })
      // xmax = 0: the row was inserted, not updated (PostgreSQL's own marker of an ON CONFLICT update)
      .returning({ ...getTableColumns(holdings), inserted: sql<boolean>`(xmax = 0)` });
    await recordAudit(tx, viewer, { action: 'upsertHoldings', entityType: 'Member', entityId: memberCode, changes: { localIds: values.map((v) => v.localId) } });
    const created = written.filter((w) => w.inserted).length;
    await holdingsChanged(tx, viewer, member, { created, updated: written.length - created, deleted: 0, localIds: values.map((v) => v.localId) });
    return written.map(({ inserted: _inserted, ...row }) => row);
  });
  const byLocal = new Map(saved.map((h) => [h.localId, h]));
  return { holdings: values.map((v) => byLocal.get(v.localId)!), userErrors: [] };
}

export interface DeleteResult {
  deletedLocalIds: string[];
  notFoundLocalIds: string[];
  userErrors: UserError[];
}

export async function deleteHoldings(db: Db, viewer: Viewer, memberCode: string, localIds: string[]): Promise<DeleteResult> {
  assertCanEditMember(viewer, memberCode);
  const empty = { deletedLocalIds: [], notFoundLocalIds: [] };
  if (localIds.length > MAX_ROWS_PER_CALL) {
    return { ...empty, userErrors: [userError(['localIds'], UserErrorCode.TOO_MANY_ROWS, `at most ${MAX_ROWS_PER_CALL} localIds per call, got ${localIds.length}`)] };
  }
  const member = await memberByCode(db, memberCode);
  if (!member) return { ...empty, userErrors: [userError(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${memberCode}`)] };
  const wanted = [...new Set(localIds.map((id) => id.trim()).filter(Boolean))];
  if (wanted.length === 0) return { ...empty, userErrors: [] };
  const deleted = await transactionWithRetry(db, async (tx) => {
    // the rows locked in upsertHoldings' order (localId by code point, which COLLATE "C" is) before they go
    const rows = await queryRows<{ localId: string }>(
      tx,
      sql`DELETE FROM holdings h USING (
          SELECT id FROM holdings WHERE member_id = ${member.id} AND local_id = ANY (${textArray(wanted)}) ORDER BY local_id COLLATE "C" FOR UPDATE) l
        WHERE h.id = l.id RETURNING h.local_id AS "localId"`,
    );
    if (rows.length) {
      await recordAudit(tx, viewer, { action: 'deleteHoldings', entityType: 'Member', entityId: memberCode, changes: { localIds: rows.map((r) => r.localId) } });
      await holdingsChanged(tx, viewer, member, { created: 0, updated: 0, deleted: rows.length, localIds: rows.map((r) => r.localId) });
    }
    return new Set(rows.map((r) => r.localId));
  });
  return { deletedLocalIds: wanted.filter((id) => deleted.has(id)), notFoundLocalIds: wanted.filter((id) => !deleted.has(id)), userErrors: [] };
}

/** The one HOLDINGS_CHANGED event of an API (or CLI) call, in its transaction. */
async function holdingsChanged(tx: DbOrTx, viewer: Viewer, member: { id: number; code: string }, change: { created: number; updated: number; deleted: number; localIds: string[] }) {
  const { localIds, ...counts } = change;
  const data: EventDataOf['HOLDINGS_CHANGED'] = {
    member: toGlobalId('Member', member.id), memberCode: member.code, via: viewer === SYSTEM_VIEWER ? 'CLI' : 'API', ...counts,
    ...(cappedList('localIds', localIds) as Pick<EventDataOf['HOLDINGS_CHANGED'], 'localIds' | 'localIdsCount' | 'localIdsTruncated'>),
  };
  await recordEvent(tx, { type: 'HOLDINGS_CHANGED', memberCodes: [member.code], data });
}

export type NewHoldingRow = typeof holdings.$inferInsert;

/**
 * Loads holdings as given (the demo data): 2,000 rows a statement, in the caller's transaction. The
 * holdings table is written by this module only; other modules bring rows here.
 */
export async function insertHoldings(tx: DbOrTx, rows: readonly NewHoldingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await tx.insert(holdings).values(rows.slice(i, i + 2000));
}
