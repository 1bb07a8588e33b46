/**
 * Writing one batch of a member's source records: update in place what the member sent before (same
 * 001), cluster the new ones, remove deletions, and replace the member's holdings of every source in
 * the batch. The caller runs it inside one transaction per batch, so an interrupted import never leaves
 * a half-written record or cluster.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/database.js';
import { jsonRows, parseTextArray, textArray } from '../../db/bulk.js';
import { refreshClusterIdentifiers } from './cluster-identifiers.js';
import { lockClustering, lockMatchKeys } from './cluster-locks.js';
import { decideCluster, editionCompatible } from './clustering.js';
import { identifierRows, type IdentifierRow } from './records.write.js';
import { clusterRowJson, RECORD_COLUMNS, RECORD_COLUMN_TYPES, sourceRowJson, type RecordInput, type SourceJson } from './record-values.js';
import { recordSources, type MatchPoints } from './sources.tables.js';

export interface ItemInput {
  itemId: string | null;
  location: string;
  callNumber: string | null;
  copies: number;
  available: number | null;
  lendable: boolean | null;
}

export interface SourceInput {
  localId: string;
  deleted: boolean;
  dialect: string;
  encoding: string | null;
  /** the record as stored (raw_record): compact JSON, marc-compact.ts */
  raw: string;
  core: RecordInput;
  invalid: { scheme: 'isbn' | 'issn'; value: string }[];
  workKey: string;
  items: ItemInput[];
  /** its row texts, when the reader made them (record-values.ts, sourceJson); else made here */
  json?: SourceJson;
}

export interface MfhdInput {
  bibLocalId: string;
  holdingsLocalId: string | null;
  items: ItemInput[];
}

export interface BatchCounts {
  created: number;
  merged: number;
  updated: number;
  deleted: number;
  holdings: number;
  /** MARC holdings records whose bibliographic record (004) is unknown */
  orphanHoldings: string[];
}

/** A holding as the ingest makes it from a source record's items (written by the holdings module). */
export interface SourceHoldingRow {
  memberId: number;
  recordId: number;
  sourceId: number;
  localId: string;
  location: string;
  callNumber: string | null;
  copies: number;
  available: number;
  lendable: boolean;
}

/**
 * How holdings that came with source records are written. The holdings module owns the table and
 * implements this (holdings' `sourceHoldings`); records may not import holdings (holdings depends on
 * records), so the caller that knows both, the MARC import, passes it in.
 */
export interface SourceHoldings {
  /** deletes the holdings of `replacedSourceIds`, then inserts or updates `rows`; returns rows written */
  replace(tx: Tx, replacedSourceIds: number[], rows: SourceHoldingRow[]): Promise<number>;
  remove(tx: Tx, sourceIds: number[]): Promise<void>;
  removePlaceholders(tx: Tx, sourceIds: number[]): Promise<void>;
  moveRecords(tx: Tx, fromRecordIds: number[], toRecordId: number): Promise<void>;
  moveSources(tx: Tx, sourceIds: number[], toRecordId: number): Promise<void>;
}

export interface BatchContext {
  memberId: number;
  lendsForIll: boolean;
  importId: number | null;
  holdings: SourceHoldings;
}

type Pending = { pending: number };
type ClusterRef = number | Pending;

export async function ingestBatch(tx: Tx, ctx: BatchContext, batch: SourceInput[], mfhds: MfhdInput[]): Promise<BatchCounts> {
  await cheapCompression(tx);
  const counts: BatchCounts = { created: 0, merged: 0, updated: 0, deleted: 0, holdings: 0, orphanHoldings: [] };
  // the last occurrence of a 001 in a batch wins; earlier ones count as updates of it
  const latest = new Map<string, SourceInput>();
  for (const s of batch) {
    if (latest.has(s.localId)) counts.updated++;
    latest.set(s.localId, s);
  }
  const all = [...latest.values()];
  const deletions = all.filter((s) => s.deleted);
  const live = all.filter((s) => !s.deleted);
  counts.deleted += deletions.length;
  // first of all: concurrent batches that may meet in a cluster go one after the other (cluster-locks.ts)
  await lockMatchKeys(tx, all, deletions.length > 0);
  if (deletions.length) await deleteSources(tx, ctx.holdings, ctx.memberId, deletions.map((s) => s.localId));

  const existing = live.length
    ? await tx
        .select({ id: recordSources.id, recordId: recordSources.recordId, localId: recordSources.localId, via: sql<string>`${recordSources.matchPoints}->>'via'` })
        .from(recordSources)
        .where(and(eq(recordSources.memberId, ctx.memberId), sql`${recordSources.localId} = ANY (${textArray(live.map((s) => s.localId))})`))
    : [];
  const existingByLocal = new Map(existing.map((e) => [e.localId, e]));
  const updates = live.filter((s) => existingByLocal.has(s.localId));
  const fresh = live.filter((s) => !existingByLocal.has(s.localId));
  counts.updated += updates.length;

  const sourceIds = new Map<string, number>(); // localId -> source id, for holdings
  const recordOfSource = new Map<number, number>(); // source id -> its cluster, known from the writes (no re-select)
  await applyUpdates(tx, updates, existingByLocal, sourceIds, recordOfSource);
  const { created, merged } = await clusterAndInsert(tx, ctx, fresh, sourceIds, recordOfSource);
  counts.created += created;
  counts.merged += merged;
  counts.holdings += await replaceHoldings(tx, ctx, live, sourceIds, recordOfSource, new Set(fresh.map((s) => sourceIds.get(s.localId)!)));
  const mfhd = await addMfhdHoldings(tx, ctx, mfhds, sourceIds);
  counts.holdings += mfhd.written;
  counts.orphanHoldings.push(...mfhd.orphans);
  return counts;
}

/**
 * A source row over 2 KB (a long record: its compact JSON and core) is compressed when stored; with
 * PostgreSQL's default, pglz, that was half the cost of inserting a row when every row held 2–3 KB
 * of MARCXML. lz4 compresses about as well at a fraction of the CPU and reads back faster; a server built without it (and PGlite, which has no lz4) keeps pglz. Set for
 * this transaction only; a value already stored keeps the method it was written with.
 */
async function cheapCompression(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT set_config('default_toast_compression', 'lz4', true) FROM pg_settings
    WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)`);
}

/** Removes a member's sources (and their holdings); a cluster left with no source and no holding goes too. */
export async function deleteSources(tx: Tx, holdings: SourceHoldings, memberId: number, localIds: string[]): Promise<number> {
  if (localIds.length === 0) return 0;
  await lockClustering(tx); // a cluster may go: never while another batch is deciding to join it
  const gone = await tx
    .delete(recordSources)
    .where(and(eq(recordSources.memberId, memberId), inArray(recordSources.localId, localIds)))
    .returning({ id: recordSources.id, recordId: recordSources.recordId });
  if (gone.length === 0) return 0;
  await holdings.remove(tx, gone.map((g) => g.id));
  await removeEmptyClusters(tx, [...new Set(gone.map((g) => g.recordId))]);
  return gone.length;
}

export async function removeEmptyClusters(tx: Tx, recordIds: number[]): Promise<void> {
  if (recordIds.length === 0) return;
  await tx.execute(sql`DELETE FROM records r WHERE r.id IN (${sql.join(recordIds.map((id) => sql`${id}::int`), sql`, `)})
    AND NOT EXISTS (SELECT 1 FROM record_sources s WHERE s.record_id = r.id)
    AND NOT EXISTS (SELECT 1 FROM holdings h WHERE h.record_id = r.id)
    AND NOT EXISTS (SELECT 1 FROM record_redirects d WHERE d.to_record_id = r.id)`);
}

async function applyUpdates(tx: Tx, updates: SourceInput[], existing: Map<string, { id: number; recordId: number; via: string }>, sourceIds: Map<string, number>, recordOfSource: Map<number, number>) {
  if (updates.length === 0) return;
  // the last rebuild of a cluster wins, as when the rows were updated one after the other
  const rebuild = new Map<number, SourceInput>();
  const identifiers: IdentifierRow[] = [];
  const sourceRows: string[] = [];
  for (const s of updates) {
    const e = existing.get(s.localId)!;
    sourceIds.set(s.localId, e.id);
    recordOfSource.set(e.id, e.recordId);
    // the row's own columns as the reader made them (its local_id is not read here)
    sourceRows.push(withColumns(`"id":${e.id},"raw_record":${jsonRows(s.raw)}`, s.json?.source ?? sourceRowJson(s)));
    if (e.via === 'new') rebuild.set(e.recordId, s); // the source the cluster was built from
    identifiers.push(...identifierRows(e.recordId, { ...s.core, invalid: s.invalid }));
  }
  // one statement per batch (not one per row)
  await tx.execute(sql`UPDATE record_sources s SET raw_record = v.raw_record, raw_marcxml = NULL, core = v.core, work_key = v.work_key, dialect = v.dialect, encoding = v.encoding, updated_at = now()
    FROM jsonb_to_recordset(${`[${sourceRows.join(',')}]`}::jsonb) AS v(id int, raw_record text, core jsonb, work_key text, dialect text, encoding text)
    WHERE s.id = v.id`);
  if (rebuild.size) {
    const rows = [...rebuild].map(([id, s]) => withColumns(`"id":${id}`, s.json?.cluster ?? clusterRowJson(s.core)));
    await tx.execute(sql`UPDATE records r SET ${sql.raw(RECORD_COLUMNS.map((c) => `${c} = v.${c}`).join(', '))}, updated_at = now()
      FROM jsonb_to_recordset(${`[${rows.join(',')}]`}::jsonb) AS v(id int, ${sql.raw(RECORD_COLUMN_TYPES)})
      WHERE r.id = v.id`);
  }
  await writeIdentifiers(tx, identifiers);
  await refreshClusterIdentifiers(tx, [...new Set(updates.map((s) => existing.get(s.localId)!.recordId))]);
}

async function lookupEvidence(tx: Tx, fresh: SourceInput[]) {
  const isbns = [...new Set(fresh.flatMap((s) => s.core.isbns ?? []))];
  const issns = [...new Set(fresh.flatMap((s) => s.core.issns ?? []))];
  const keys = [...new Set(fresh.map((s) => s.workKey).filter(Boolean))];
  const byNumber = new Map<string, number>();
  if (isbns.length || issns.length) {
    const rows = await queryRows<{ scheme: string; value: string; record_id: number }>(
      tx,
      sql`SELECT i.scheme, i.value, min(i.record_id) AS record_id FROM record_identifiers i
        WHERE (i.scheme = 'isbn' AND i.value = ANY (${textArray(isbns)}))
           OR (i.scheme = 'issn' AND i.value = ANY (${textArray(issns)}))
        GROUP BY i.scheme, i.value`,
    );
    for (const r of rows) byNumber.set(`${r.scheme} ${r.value}`, Number(r.record_id));
  }
  const byKey = new Map<string, { recordId: number; isbns: string[] }>();
  if (keys.length) {
    // the cluster a work key first went to, with that cluster's ISBNs, in one statement
    const rows = await queryRows<{ key: string; record_id: number; isbns: string[] | string | null }>(
      tx,
      sql`SELECT k.key, k.record_id, r.isbns FROM (
          SELECT s.work_key AS key, min(s.record_id) AS record_id FROM record_sources s
          WHERE s.work_key = ANY (${textArray(keys)})
          GROUP BY s.work_key) k
        LEFT JOIN records r ON r.id = k.record_id`,
    );
    for (const r of rows) byKey.set(r.key, { recordId: Number(r.record_id), isbns: r.isbns == null ? [] : parseTextArray(r.isbns) });
  }
  return { byNumber, byKey };
}

async function clusterAndInsert(tx: Tx, ctx: BatchContext, fresh: SourceInput[], sourceIds: Map<string, number>, recordOfSource: Map<number, number>) {
  if (fresh.length === 0) return { created: 0, merged: 0 };
  const { byNumber, byKey } = await lookupEvidence(tx, fresh);
  // clusters started in this batch, so two new sources of one book in a batch land together
  const pending: SourceInput[] = []; // sources that start a cluster, in order
  const batchNumber = new Map<string, ClusterRef>();
  const batchKey = new Map<string, { ref: ClusterRef; isbns: string[] }>();
  const decisions: { source: SourceInput; ref: ClusterRef; matchPoints: MatchPoints }[] = [];
  for (const s of fresh) {
    const isbns = s.core.isbns ?? [];
    const d = decideCluster<ClusterRef>(
      { isbns, issns: s.core.issns ?? [], workKey: s.workKey },
      {
        isbn: (v) => batchNumber.get(`isbn ${v}`) ?? byNumber.get(`isbn ${v}`) ?? null,
        issn: (v) => batchNumber.get(`issn ${v}`) ?? byNumber.get(`issn ${v}`) ?? null,
        workKey: (k, mine) => {
          const hit = batchKey.get(k) ?? (byKey.has(k) ? { ref: byKey.get(k)!.recordId, isbns: byKey.get(k)!.isbns } : null);
          return hit && editionCompatible(mine, hit.isbns) ? hit.ref : null;
        },
      },
    );
    const ref: ClusterRef = d.cluster ?? { pending: pending.push(s) - 1 };
    for (const v of isbns) if (!batchNumber.has(`isbn ${v}`) && !byNumber.has(`isbn ${v}`)) batchNumber.set(`isbn ${v}`, ref);
    for (const v of s.core.issns ?? []) if (!batchNumber.has(`issn ${v}`) && !byNumber.has(`issn ${v}`)) batchNumber.set(`issn ${v}`, ref);
    if (s.workKey && !batchKey.has(s.workKey) && !byKey.has(s.workKey)) batchKey.set(s.workKey, { ref, isbns });
    decisions.push({ source: s, ref, matchPoints: d.matchPoints });
  }
  const newIds = await insertRecordRows(tx, pending.map((s) => s.json?.cluster ?? clusterRowJson(s.core)));
  const resolve = (ref: ClusterRef) => (typeof ref === 'number' ? ref : newIds[ref.pending]);
  const now = new Date().toISOString();
  // one statement for the batch, rows as one JSON parameter: building thousands of bound parameters
  // was a third of the import's CPU. A row's own columns come as JSON text made where it was read
  // (sourceRowJson); the columns known only now go in front of them. The stored records (most of the
  // bytes) travel apart as one text joined by U+0001, which their JSON (toCompactMarc) never holds raw:
  // no escaping and parsing of them again.
  const head = `"member_id":${ctx.memberId},"import_id":${JSON.stringify(ctx.importId)}`;
  const rowsJson = `[${decisions
    .map((d, n) => withColumns(`"n":${n},"record_id":${resolve(d.ref)},${head},"match_points":${jsonRows({ ...d.matchPoints, at: now })}`, d.source.json?.source ?? sourceRowJson(d.source)))
    .join(',')}]`;
  const inserted = await queryRows<{ id: number; local_id: string; record_id: number }>(
    tx,
    sql`INSERT INTO record_sources (record_id, member_id, local_id, dialect, encoding, raw_record, core, work_key, match_points, import_id)
      SELECT v.record_id, v.member_id, v.local_id, v.dialect, v.encoding, x.raw_record, v.core, v.work_key, v.match_points, v.import_id
      FROM jsonb_to_recordset(${rowsJson}::jsonb) AS v(n int, record_id int, member_id int, local_id text, dialect text, encoding text, core jsonb, work_key text, match_points jsonb, import_id int)
      JOIN unnest(string_to_array(${decisions.map((d) => d.source.raw).join(RAW_SEPARATOR)}::text, chr(1))) WITH ORDINALITY AS x(raw_record, n) ON x.n = v.n + 1
      RETURNING id, local_id, record_id`,
  );
  for (const r of inserted) {
    sourceIds.set(r.local_id, Number(r.id));
    recordOfSource.set(Number(r.id), Number(r.record_id));
  }
  await writeIdentifiers(tx, decisions.flatMap((d) => identifierRows(resolve(d.ref), { ...d.source.core, invalid: d.source.invalid })));
  const joinedExisting = [...new Set(decisions.filter((d) => typeof d.ref === 'number').map((d) => d.ref as number))];
  await refreshClusterIdentifiers(tx, joinedExisting);
  return { created: pending.length, merged: decisions.length - pending.length };
}

function holdingRows(ctx: BatchContext, sourceId: number, recordId: number, localId: string, items: ItemInput[]): SourceHoldingRow[] {
  if (items.length === 0) {
    return [{ memberId: ctx.memberId, recordId, sourceId, localId, location: '', callNumber: null, copies: 1, available: 1, lendable: ctx.lendsForIll }];
  }
  return items.map((item, i) => ({
    memberId: ctx.memberId,
    recordId,
    sourceId,
    localId: `${localId}#${item.itemId ?? i + 1}`,
    location: item.location,
    callNumber: item.callNumber,
    copies: Math.max(item.copies, 0),
    available: Math.min(Math.max(item.available ?? item.copies, 0), Math.max(item.copies, 0)),
    lendable: ctx.lendsForIll && (item.lendable ?? true),
  }));
}

/** Every imported record gives the member a holding; a re-import replaces the member's holdings of it. */
async function replaceHoldings(tx: Tx, ctx: BatchContext, live: SourceInput[], sourceIds: Map<string, number>, recordOfSource: Map<number, number>, freshIds: Set<number>): Promise<number> {
  if (live.length === 0) return 0;
  const ids = live.map((s) => sourceIds.get(s.localId)!);
  // a source inserted in this batch has no holdings yet: only the updated ones have some to replace
  const old = ids.filter((id) => !freshIds.has(id));
  const rows = live.flatMap((s) => {
    const sourceId = sourceIds.get(s.localId)!;
    return holdingRows(ctx, sourceId, recordOfSource.get(sourceId)!, s.localId, s.items);
  });
  return ctx.holdings.replace(tx, old, rows);
}

/** MARC 21 holdings records (leader/06 x, y, v, u) attach items to the bibliographic record their 004 names. */
async function addMfhdHoldings(tx: Tx, ctx: BatchContext, mfhds: MfhdInput[], sourceIds: Map<string, number>) {
  if (mfhds.length === 0) return { written: 0, orphans: [] as string[] };
  const unknown = [...new Set(mfhds.map((m) => m.bibLocalId).filter((id) => !sourceIds.has(id)))];
  if (unknown.length) {
    const found = await tx.select({ id: recordSources.id, localId: recordSources.localId }).from(recordSources).where(and(eq(recordSources.memberId, ctx.memberId), inArray(recordSources.localId, unknown)));
    for (const f of found) sourceIds.set(f.localId, f.id);
  }
  const orphans = mfhds.filter((m) => !sourceIds.has(m.bibLocalId)).map((m) => m.holdingsLocalId ?? `(004 ${m.bibLocalId})`);
  const attached = mfhds.filter((m) => sourceIds.has(m.bibLocalId));
  if (attached.length === 0) return { written: 0, orphans };
  const ids = [...new Set(attached.map((m) => sourceIds.get(m.bibLocalId)!))];
  const recordOf = new Map((await tx.select({ id: recordSources.id, recordId: recordSources.recordId }).from(recordSources).where(inArray(recordSources.id, ids))).map((r) => [r.id, r.recordId]));
  // the placeholder holding of a record without items gives way to the holdings record's items
  await ctx.holdings.removePlaceholders(tx, ids);
  const rows = attached.flatMap((m) => {
    const sourceId = sourceIds.get(m.bibLocalId)!;
    const items = m.items.length ? m.items : [{ itemId: null, location: '', callNumber: null, copies: 1, available: null, lendable: null }];
    return holdingRows(ctx, sourceId, recordOf.get(sourceId)!, m.bibLocalId, items.map((it, i) => ({ ...it, itemId: it.itemId ?? `${m.holdingsLocalId ?? 'h'}-${i + 1}` })));
  });
  return { written: await ctx.holdings.replace(tx, [], rows), orphans };
}

// ---- bulk statements (see db/bulk.ts) -------------------------------------------------------------

/** A row's JSON text (an object, never empty) with more columns in front: `"id":1` + `{"a":2}` → `{"id":1,"a":2}`. */
function withColumns(columns: string, rowText: string): string {
  return `{${columns},${rowText.slice(1)}`;
}

/** Joins the stored records of a batch's sources into one parameter (see clusterAndInsert). */
const RAW_SEPARATOR = '\u0001';

/** Inserts clusters, each given as its row's JSON text (clusterRowJson); returns their ids in input order. */
async function insertRecordRows(tx: Tx, rowTexts: string[]): Promise<number[]> {
  if (rowTexts.length === 0) return [];
  const cols = RECORD_COLUMNS.join(', ');
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`INSERT INTO records (${sql.raw(cols)})
      SELECT ${sql.raw(RECORD_COLUMNS.map((c) => `v.${c}`).join(', '))} FROM jsonb_to_recordset(${`[${rowTexts.join(',')}]`}::jsonb) AS v(${sql.raw(RECORD_COLUMN_TYPES)})
      RETURNING id`,
  );
  return rows.map((r) => Number(r.id));
}

/** insertIdentifiers() as one statement per 5,000 rows. */
async function writeIdentifiers(tx: Tx, rows: IdentifierRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000).map((r) => ({ record_id: r.recordId, scheme: r.scheme, value: r.value }));
    await tx.execute(sql`INSERT INTO record_identifiers (record_id, scheme, value)
      SELECT v.record_id, v.scheme, v.value FROM jsonb_to_recordset(${jsonRows(chunk)}::jsonb) AS v(record_id int, scheme text, value text)
      ON CONFLICT DO NOTHING`);
  }
}

