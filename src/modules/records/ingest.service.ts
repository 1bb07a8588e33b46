/**
 * Writing one batch of a member's source records: update in place what the member sent before (same
 * 001), cluster the new ones, remove deletions, and replace the member's holdings of every source in
 * the batch. The caller runs it inside one transaction per batch, so an interrupted import never leaves
 * a half-written record or cluster.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { holdings } from '../holdings/holdings.tables.js';
import { decideCluster, editionCompatible } from './clustering.js';
import { recordIdentifiers, records } from './records.tables.js';
import { identifierRows, insertIdentifiers, recordValues, searchKeys, type RecordInput } from './records.write.js';
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
  rawMarcxml: string;
  core: RecordInput;
  invalid: { scheme: 'isbn' | 'issn'; value: string }[];
  workKey: string;
  items: ItemInput[];
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

export interface BatchContext {
  memberId: number;
  lendsForIll: boolean;
  importId: number | null;
}

type Pending = { pending: number };
type ClusterRef = number | Pending;

export async function ingestBatch(tx: Tx, ctx: BatchContext, batch: SourceInput[], mfhds: MfhdInput[]): Promise<BatchCounts> {
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
  if (deletions.length) await deleteSources(tx, ctx.memberId, deletions.map((s) => s.localId));

  const existing = live.length
    ? await tx
        .select({ id: recordSources.id, recordId: recordSources.recordId, localId: recordSources.localId, via: sql<string>`${recordSources.matchPoints}->>'via'` })
        .from(recordSources)
        .where(and(eq(recordSources.memberId, ctx.memberId), inArray(recordSources.localId, live.map((s) => s.localId))))
    : [];
  const existingByLocal = new Map(existing.map((e) => [e.localId, e]));
  const updates = live.filter((s) => existingByLocal.has(s.localId));
  const fresh = live.filter((s) => !existingByLocal.has(s.localId));
  counts.updated += updates.length;

  const sourceIds = new Map<string, number>(); // localId -> source id, for holdings
  await applyUpdates(tx, updates, existingByLocal, sourceIds);
  const { created, merged } = await clusterAndInsert(tx, ctx, fresh, sourceIds);
  counts.created += created;
  counts.merged += merged;
  counts.holdings += await replaceHoldings(tx, ctx, live, sourceIds);
  const mfhd = await addMfhdHoldings(tx, ctx, mfhds, sourceIds);
  counts.holdings += mfhd.written;
  counts.orphanHoldings.push(...mfhd.orphans);
  return counts;
}

/** Removes a member's sources (and their holdings); a cluster left with no source and no holding goes too. */
export async function deleteSources(tx: Tx, memberId: number, localIds: string[]): Promise<number> {
  if (localIds.length === 0) return 0;
  const gone = await tx
    .delete(recordSources)
    .where(and(eq(recordSources.memberId, memberId), inArray(recordSources.localId, localIds)))
    .returning({ id: recordSources.id, recordId: recordSources.recordId });
  if (gone.length === 0) return 0;
  await tx.delete(holdings).where(inArray(holdings.sourceId, gone.map((g) => g.id)));
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

async function applyUpdates(tx: Tx, updates: SourceInput[], existing: Map<string, { id: number; recordId: number; via: string }>, sourceIds: Map<string, number>) {
  const rebuild: { recordId: number; core: RecordInput }[] = [];
  const identifiers = [];
  for (const s of updates) {
    const e = existing.get(s.localId)!;
    sourceIds.set(s.localId, e.id);
    await tx
      .update(recordSources)
      .set({ rawMarcxml: s.rawMarcxml, core: s.core as unknown as Record<string, unknown>, workKey: s.workKey, dialect: s.dialect, encoding: s.encoding, updatedAt: sql`now()` })
      .where(eq(recordSources.id, e.id));
    if (e.via === 'new') rebuild.push({ recordId: e.recordId, core: s.core }); // the source the cluster was built from
    identifiers.push(...identifierRows(e.recordId, { ...s.core, invalid: s.invalid }));
  }
  for (const r of rebuild) await tx.update(records).set({ ...recordValues(r.core), updatedAt: sql`now()` }).where(eq(records.id, r.recordId));
  await insertIdentifiers(tx, identifiers);
  await refreshClusterIdentifiers(tx, [...new Set(updates.map((s) => existing.get(s.localId)!.recordId))]);
}

async function lookupEvidence(tx: Tx, fresh: SourceInput[]) {
  const isbns = [...new Set(fresh.flatMap((s) => s.core.isbns ?? []))];
  const issns = [...new Set(fresh.flatMap((s) => s.core.issns ?? []))];
  const keys = [...new Set(fresh.map((s) => s.workKey).filter(Boolean))];
  const byNumber = new Map<string, number>();
  if (isbns.length || issns.length) {
    const rows = await tx
      .select({ scheme: recordIdentifiers.scheme, value: recordIdentifiers.value, recordId: sql<number>`min(${recordIdentifiers.recordId})` })
      .from(recordIdentifiers)
      .where(
        sql`(${recordIdentifiers.scheme} = 'isbn' AND ${recordIdentifiers.value} IN (${sql.join(isbns.length ? isbns.map((v) => sql`${v}`) : [sql`NULL`], sql`, `)}))
         OR (${recordIdentifiers.scheme} = 'issn' AND ${recordIdentifiers.value} IN (${sql.join(issns.length ? issns.map((v) => sql`${v}`) : [sql`NULL`], sql`, `)}))`,
      )
      .groupBy(recordIdentifiers.scheme, recordIdentifiers.value);
    for (const r of rows) byNumber.set(`${r.scheme} ${r.value}`, Number(r.recordId));
  }
  const byKey = new Map<string, { recordId: number; isbns: string[] }>();
  if (keys.length) {
    const rows = await tx
      .select({ key: recordSources.workKey, recordId: sql<number>`min(${recordSources.recordId})` })
      .from(recordSources)
      .where(inArray(recordSources.workKey, keys))
      .groupBy(recordSources.workKey);
    const clusterIsbns = rows.length
      ? await tx.select({ id: records.id, isbns: records.isbns }).from(records).where(inArray(records.id, rows.map((r) => Number(r.recordId))))
      : [];
    const isbnsOf = new Map(clusterIsbns.map((c) => [c.id, c.isbns]));
    for (const r of rows) byKey.set(r.key, { recordId: Number(r.recordId), isbns: isbnsOf.get(Number(r.recordId)) ?? [] });
  }
  return { byNumber, byKey };
}

async function clusterAndInsert(tx: Tx, ctx: BatchContext, fresh: SourceInput[], sourceIds: Map<string, number>) {
  if (fresh.length === 0) return { created: 0, merged: 0 };
  const { byNumber, byKey } = await lookupEvidence(tx, fresh);
  // clusters started in this batch, so two new sources of one book in a batch land together
  const pendingCores: RecordInput[] = [];
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
    const ref: ClusterRef = d.cluster ?? { pending: pendingCores.push(s.core) - 1 };
    for (const v of isbns) if (!batchNumber.has(`isbn ${v}`) && !byNumber.has(`isbn ${v}`)) batchNumber.set(`isbn ${v}`, ref);
    for (const v of s.core.issns ?? []) if (!batchNumber.has(`issn ${v}`) && !byNumber.has(`issn ${v}`)) batchNumber.set(`issn ${v}`, ref);
    if (s.workKey && !batchKey.has(s.workKey) && !byKey.has(s.workKey)) batchKey.set(s.workKey, { ref, isbns });
    decisions.push({ source: s, ref, matchPoints: d.matchPoints });
  }
  const newIds = pendingCores.length ? (await tx.insert(records).values(pendingCores.map(recordValues)).returning({ id: records.id })).map((r) => r.id) : [];
  const resolve = (ref: ClusterRef) => (typeof ref === 'number' ? ref : newIds[ref.pending]);
  const now = new Date().toISOString();
  const inserted = await tx
    .insert(recordSources)
    .values(
      decisions.map((d) => ({
        recordId: resolve(d.ref),
        memberId: ctx.memberId,
        localId: d.source.localId,
        dialect: d.source.dialect,
        encoding: d.source.encoding,
        rawMarcxml: d.source.rawMarcxml,
        core: d.source.core as unknown as Record<string, unknown>,
        workKey: d.source.workKey,
        matchPoints: { ...d.matchPoints, at: now },
        importId: ctx.importId,
      })),
    )
    .returning({ id: recordSources.id, localId: recordSources.localId });
  for (const r of inserted) sourceIds.set(r.localId, r.id);
  await insertIdentifiers(tx, decisions.flatMap((d) => identifierRows(resolve(d.ref), { ...d.source.core, invalid: d.source.invalid })));
  const joinedExisting = [...new Set(decisions.filter((d) => typeof d.ref === 'number').map((d) => d.ref as number))];
  await refreshClusterIdentifiers(tx, joinedExisting);
  return { created: pendingCores.length, merged: decisions.length - pendingCores.length };
}

/**
 * A cluster shows and searches every valid ISBN/ISSN of its sources: after sources join or move,
 * its isbns/issns arrays and keys are rebuilt from record_identifiers, in one statement per batch.
 */
export async function refreshClusterIdentifiers(tx: Tx, recordIds: number[]): Promise<void> {
  if (recordIds.length === 0) return;
  const rows = await tx
    .select({
      id: records.id, title: records.title, responsibility: records.responsibility, publisher: records.publisher, subjects: records.subjects, altTitles: records.altTitles,
      isbns: sql<string[]>`coalesce((select array_agg(i.value order by i.value) from record_identifiers i where i.record_id = ${records.id} and i.scheme = 'isbn'), '{}')`,
      issns: sql<string[]>`coalesce((select array_agg(i.value order by i.value) from record_identifiers i where i.record_id = ${records.id} and i.scheme = 'issn'), '{}')`,
    })
    .from(records)
    .where(inArray(records.id, recordIds));
  for (const r of rows) {
    const isbns = parseArray(r.isbns);
    const issns = parseArray(r.issns);
    await tx.update(records).set({ isbns, issns, ...searchKeys({ ...r, isbns, issns }) }).where(eq(records.id, r.id));
  }
}

/** array_agg through a raw subquery comes back as a JS array on postgres.js and PGlite alike; be safe with '{…}' text. */
function parseArray(v: string[] | string): string[] {
  if (Array.isArray(v)) return v;
  return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}

function holdingRows(ctx: BatchContext, sourceId: number, recordId: number, localId: string, items: ItemInput[]) {
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

async function writeHoldings(tx: Tx, all: ReturnType<typeof holdingRows>): Promise<number> {
  // one INSERT … ON CONFLICT may not touch a row twice: the last item with a given key wins
  const rows = [...new Map(all.map((r) => [r.localId, r])).values()];
  for (let i = 0; i < rows.length; i += 2000) {
    await tx
      .insert(holdings)
      .values(rows.slice(i, i + 2000))
      .onConflictDoUpdate({
        target: [holdings.memberId, holdings.localId],
        set: {
          recordId: sql`excluded.record_id`, sourceId: sql`excluded.source_id`, location: sql`excluded.location`, callNumber: sql`excluded.call_number`,
          copies: sql`excluded.copies`, available: sql`excluded.available`, lendable: sql`excluded.lendable`, updatedAt: sql`now()`,
        },
      });
  }
  return rows.length;
}

/** Every imported record gives the member a holding; a re-import replaces the member's holdings of it. */
async function replaceHoldings(tx: Tx, ctx: BatchContext, live: SourceInput[], sourceIds: Map<string, number>): Promise<number> {
  if (live.length === 0) return 0;
  const ids = live.map((s) => sourceIds.get(s.localId)!);
  await tx.delete(holdings).where(inArray(holdings.sourceId, ids));
  const recordOf = new Map((await tx.select({ id: recordSources.id, recordId: recordSources.recordId }).from(recordSources).where(inArray(recordSources.id, ids))).map((r) => [r.id, r.recordId]));
  const rows = live.flatMap((s) => {
    const sourceId = sourceIds.get(s.localId)!;
    return holdingRows(ctx, sourceId, recordOf.get(sourceId)!, s.localId, s.items);
  });
  return writeHoldings(tx, rows);
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
  await tx.delete(holdings).where(and(inArray(holdings.sourceId, ids), sql`${holdings.localId} NOT LIKE '%#%'`));
  const rows = attached.flatMap((m) => {
    const sourceId = sourceIds.get(m.bibLocalId)!;
    const items = m.items.length ? m.items : [{ itemId: null, location: '', callNumber: null, copies: 1, available: null, lendable: null }];
    return holdingRows(ctx, sourceId, recordOf.get(sourceId)!, m.bibLocalId, items.map((it, i) => ({ ...it, itemId: it.itemId ?? `${m.holdingsLocalId ?? 'h'}-${i + 1}` })));
  });
  return { written: await writeHoldings(tx, rows), orphans };
}
