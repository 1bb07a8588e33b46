/**
 * A MARC load, from files (CLI) or bytes (API): read → map → cluster → holdings, in batches of
 * BATCH_SIZE records, one transaction per batch. Every load is recorded in `imports`.
 * Counting rule: `read` counts bibliographic records (holdings records count only in `holdings`), and
 * read = created + merged + updated + deleted + rejected always; records that `--replace` removes
 * because the file no longer has them are reported apart, as `deletedByReplace`.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { detectDialect } from '../../importers/marc/detect-dialect.js';
import { extractItems, holdingsFromMfhd } from '../../importers/marc/items-extract.js';
import { mapRecord } from '../../importers/marc/map-record.js';
import { matchKeys } from '../../importers/marc/match-key.js';
import type { MarcDialect, MarcRecord } from '../../importers/marc/marc-record.js';
import { open } from 'node:fs/promises';
import { DETECT_HEAD_BYTES, detectFormat, readMarc, UnsupportedFormatError, type MarcSource } from '../../importers/marc/read-marc.js';
import { toMarcXml } from '../../importers/marc/to-marcxml.js';
import { memberByCode } from '../members/index.js';
import { sourceHoldings } from '../holdings/index.js';
import { deleteSources, ingestBatch, recordSources, type BatchContext, type MfhdInput, type SourceInput } from '../records/index.js';
import { imports, type RejectedRecord } from './imports.tables.js';

export const BATCH_SIZE = 1000;

export interface MarcImportOptions {
  memberCode: string;
  format: 'auto' | 'iso2709' | 'marcxml' | 'json';
  dialect: 'auto' | MarcDialect;
  encoding: string; // 'auto' | 'utf8' | 'marc8' | 'gb18030' | any iconv-lite name
  replace: boolean;
  via: 'cli' | 'api';
  actor: string;
  onProgress?: (progress: { file: string; read: number; holdings: number }) => void;
}

export interface MarcInput {
  name: string;
  source: MarcSource;
}

export interface ImportSummary {
  importId: number;
  read: number;
  created: number;
  merged: number;
  updated: number;
  deleted: number;
  holdings: number;
  rejected: RejectedRecord[];
  deletedByReplace: number;
  warnings: string[];
}

/** A problem with the request itself (unknown member): nothing was read or written. */
export class ImportRequestError extends Error {}

const HOLDINGS_TYPES = new Set(['u', 'v', 'x', 'y']);

export async function importMarc(db: Db, inputs: MarcInput[], options: MarcImportOptions): Promise<ImportSummary> {
  const member = await memberByCode(db, options.memberCode);
  if (!member) throw new ImportRequestError(`no member has code ${options.memberCode}`);
  if (options.format === 'auto') for (const input of inputs) await assertMarc(input); // an unreadable file: nothing is written
  const [run] = await db
    .insert(imports)
    .values({ memberId: member.id, kind: 'marc', files: inputs.map((i) => i.name), via: options.via, actor: options.actor, status: 'RUNNING', rejected: [] })
    .returning({ id: imports.id });
  const summary: ImportSummary = { importId: run.id, read: 0, created: 0, merged: 0, updated: 0, deleted: 0, holdings: 0, rejected: [], deletedByReplace: 0, warnings: [] };
  const ctx = { memberId: member.id, lendsForIll: member.lendsForIll, importId: run.id, holdings: sourceHoldings };
  const seen = new Set<string>();
  try {
    for (const input of inputs) await importOne(db, ctx, input, options, summary, seen);
    if (options.replace) summary.deletedByReplace = await removeUnseen(db, member.id, seen);
    await finish(db, run.id, summary, 'SUCCEEDED', null);
    return summary;
  } catch (err) {
    await finish(db, run.id, summary, 'FAILED', (err as Error).message);
    throw err;
  }
}

/** Throws UnsupportedFormatError when the input's first bytes are not MARC in any form we read. */
async function assertMarc(input: MarcInput): Promise<void> {
  let head: Buffer;
  if ('path' in input.source) {
    const file = await open(input.source.path, 'r');
    try {
      const buffer = Buffer.alloc(DETECT_HEAD_BYTES);
      const { bytesRead } = await file.read(buffer, 0, DETECT_HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } else head = Buffer.from('bytes' in input.source ? input.source.bytes : Buffer.from(input.source.text, 'utf8')).subarray(0, DETECT_HEAD_BYTES);
  const detected = detectFormat(head);
  if ('unsupported' in detected) throw new UnsupportedFormatError(input.name, detected.unsupported);
}

async function importOne(db: Db, ctx: BatchContext, input: MarcInput, options: MarcImportOptions, summary: ImportSummary, seen: Set<string>) {
  let batch: SourceInput[] = [];
  let mfhds: MfhdInput[] = [];
  const flush = async () => {
    if (batch.length === 0 && mfhds.length === 0) return;
    const [b, m] = [batch, mfhds];
    batch = [];
    mfhds = [];
    const counts = await db.transaction((tx) => ingestBatch(tx, ctx, b, m));
    summary.created += counts.created;
    summary.merged += counts.merged;
    summary.updated += counts.updated;
    summary.deleted += counts.deleted;
    summary.holdings += counts.holdings;
    for (const o of counts.orphanHoldings) summary.warnings.push(`${input.name}: holdings record ${o} names a bibliographic record (004) this member has not loaded`);
    options.onProgress?.({ file: input.name, read: summary.read, holdings: summary.holdings });
  };
  // The next batch is read and mapped while the previous one is written (on a PostgreSQL server the
  // two then run on two cores). Batches are still written one at a time, in order, one transaction each,
  // and a failed batch ends the load where it failed, as if nothing had been read after it.
  type Written = { err: unknown; at: { read: number; rejected: number; warnings: number } } | null;
  let inflight: Promise<Written> | null = null;
  const written = async () => {
    const failed = await inflight;
    inflight = null;
    if (failed) {
      summary.read = failed.at.read;
      summary.rejected.length = failed.at.rejected;
      summary.warnings.length = Math.min(summary.warnings.length, failed.at.warnings);
      throw failed.err;
    }
  };
  const flushBehind = async () => {
    await written();
    const at = { read: summary.read, rejected: summary.rejected.length, warnings: summary.warnings.length };
    inflight = flush().then(
      () => null,
      (err: unknown) => ({ err, at }),
    );
  };
  const reject = (position: number, reason: string) => summary.rejected.push({ file: input.name, position, reason });
  try {
    await readAll();
  } catch (err) {
    await written(); // a batch being written finishes first; if it failed, that is the load's failure
    throw err;
  }
  await written();
  await flush();

  async function readAll() {
    for await (const result of readMarc(input.source, { format: options.format, encoding: options.encoding, fileName: input.name })) {
      const record = result.record;
      if (!record) {
        summary.read++;
        reject(result.position, result.error ?? 'unreadable record');
        continue;
      }
      if (HOLDINGS_TYPES.has(record.leader[6])) {
        const h = holdingsFromMfhd(record);
        if (h.bibLocalId) mfhds.push({ bibLocalId: h.bibLocalId, holdingsLocalId: controlField(record, '001'), items: h.items });
        else summary.warnings.push(`${input.name}: holdings record at position ${result.position} has no 004 (link to its bibliographic record): skipped`);
        continue;
      }
      summary.read++;
      const source = toSource(record, options.dialect, result.encoding);
      if (typeof source === 'string') {
        reject(result.position, source);
        continue;
      }
      seen.add(source.localId);
      batch.push(source);
      if (batch.length >= BATCH_SIZE) await flushBehind();
    }
  }
}

function controlField(record: MarcRecord, tag: string): string | null {
  const f = record.fields.find((x) => x.tag === tag);
  return f && 'value' in f ? f.value.trim() || null : null;
}

/** The record as a source to write, or the reason it is rejected. */
function toSource(record: MarcRecord, dialectOption: 'auto' | MarcDialect, encoding: string | null): SourceInput | string {
  const dialect = dialectOption === 'auto' ? detectDialect(record) : dialectOption;
  const mapped = mapRecord(record, dialect);
  if (!mapped.localId) return 'no record identifier (001): the record cannot be updated or deleted later, so it is not loaded';
  if (!mapped.deleted && mapped.problems.length) return mapped.problems.join('; ');
  const keys = matchKeys(mapped);
  return {
    localId: mapped.localId,
    deleted: mapped.deleted,
    dialect,
    encoding,
    rawMarcxml: toMarcXml(record),
    core: { ...mapped.core, altTitles: mapped.altTitles, invalid: mapped.invalidIdentifiers } as SourceInput['core'],
    // invalid numbers travel with the core, so a split can rebuild a cluster's identifiers from its sources
    invalid: mapped.invalidIdentifiers,
    workKey: keys.workKey,
    items: mapped.deleted ? [] : extractItems(record, dialect),
  };
}

async function removeUnseen(db: Db, memberId: number, seen: Set<string>): Promise<number> {
  const mine = await db.select({ localId: recordSources.localId }).from(recordSources).where(eq(recordSources.memberId, memberId));
  const gone = mine.map((m) => m.localId).filter((id) => !seen.has(id));
  let removed = 0;
  for (let i = 0; i < gone.length; i += BATCH_SIZE) {
    const chunk = gone.slice(i, i + BATCH_SIZE);
    removed += await db.transaction((tx) => deleteSources(tx, sourceHoldings, memberId, chunk));
  }
  return removed;
}

async function finish(db: Db, id: number, s: ImportSummary, status: 'SUCCEEDED' | 'FAILED', message: string | null) {
  await db
    .update(imports)
    .set({ status, read: s.read, created: s.created, merged: s.merged, updated: s.updated, deleted: s.deleted + s.deletedByReplace, holdings: s.holdings, rejected: s.rejected, message, finishedAt: sql`now()` })
    .where(and(eq(imports.id, id)));
}
