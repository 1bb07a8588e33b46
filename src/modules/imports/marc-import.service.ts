/**
 * A MARC load, from files (CLI) or bytes (API): read → map → cluster → holdings, in batches of
 * BATCH_SIZE records, one transaction per batch. Every load is recorded in `imports`.
 * Counting rule: `read` counts bibliographic records (holdings records count only in `holdings`), and
 * read = created + merged + updated + deleted + rejected always; records that `--replace` removes
 * because the file no longer has them are reported apart, as `deletedByReplace`.
 * A record's ID is its `idField`, else 001, else its first 035 $a (record-id.ts); warnings (the
 * reader's, an ID from a fallback, a holdings record without a link, an ID source that seems to have
 * changed) are counted and the first WARNINGS_KEPT kept with the load.
 * Reading and mapping (marc-read.ts) run in a reader thread for files and large uploads
 * (inReaderThread): this thread then only applies each batch's counts and writes it.
 */
import { and, eq, inArray, ne, or, isNull, sql } from 'drizzle-orm';
import { assertCanEditMember } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { transactionWithRetry } from '../../db/retry.js';
import { normalizeEncodingName } from '../../importers/marc/decode-bytes.js';
import type { MarcDialect } from '../../importers/marc/marc-record.js';
import { open } from 'node:fs/promises';
import { DETECT_HEAD_BYTES, detectFormat, UnsupportedFormatError, type MarcSource } from '../../importers/marc/read-marc.js';
import { formatIdField, idFieldOrder, type IdField } from '../../importers/marc/record-id.js';
import { memberByCode } from '../members/index.js';
import { HoldingsTally, sourceHoldings, trackedSourceHoldings } from '../holdings/index.js';
import { deleteSources, ingestBatch, recordSources, type BatchContext, type MfhdInput, type SourceInput } from '../records/index.js';
import { WarningList } from './import-warnings.js';
import { readBatches, type ReadBatch, type ReadSettings } from './marc-read.js';
import { ReaderThread } from './marc-read-thread.js';
import { imports, type ImportWarning, type RejectedRecord } from './imports.tables.js';
import { failureMessage, finish, LoadRow, saveProgress } from './marc-load-row.js';

export const BATCH_SIZE = 1000;

export interface MarcImportOptions {
  memberCode: string;
  format: 'auto' | 'iso2709' | 'marcxml' | 'json';
  dialect: 'auto' | MarcDialect;
  encoding: string; // 'auto' | 'utf8' | 'marc8' | 'gb18030' | any iconv-lite name
  replace: boolean;
  /** where each record's ID is (parseIdField); null: 001, else 035 $a */
  idField?: IdField | null;
  via: 'cli' | 'api';
  actor: string;
  onProgress?: (progress: { file: string; read: number; holdings: number }) => void;
  /**
   * false: read and map in the load's own thread whatever the input (tests compare the two ways).
   * Nothing else passes it. The CLI passed false on the embedded database until the reader thread
   * also made each source's row texts (SourceInput.json): there PostgreSQL runs in the load's thread,
   * and the thread gave no clear gain while it only read and mapped (100,000 records: 34.1, 34.1 and
   * 41.7 s with it, 39.4, 36.5 and 36.4 s without); with the row texts made there too, 28.5, 30.9 and
   * 30.3 s against 39.3, 36.4 and 33.8 s (2026-12-07, alternating pairs on a quiet machine), for
   * ~150 MB more memory (770–785 MB peak against 600–640).
   */
  readerThread?: boolean;
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
  /** the first WARNINGS_KEPT warnings, whole-load ones first */
  warnings: ImportWarning[];
  /** every warning, kept or not */
  warningCount: number;
}

/**
 * A problem with the request itself (an unknown member, an unknown character set), named by its
 * field: nothing was read or written.
 */
export class ImportRequestError extends Error {
  constructor(
    readonly field: 'memberCode' | 'encoding',
    message: string,
  ) {
    super(message);
    this.name = 'ImportRequestError';
  }
}

/**
 * The input was MARC-like at first sight but not one record in it could be read (trailing bytes, a
 * lone truncated record, an empty collection): like a file that is not MARC at all, nothing is written.
 */
export class NoMarcRecordsError extends UnsupportedFormatError {
  constructor(fileName: string, firstProblem: string | null) {
    super(fileName, 'MARC');
    this.message = `no MARC record could be read from ${fileName}${firstProblem ? ` (${firstProblem})` : ' (it holds no record)'}`;
    this.name = 'NoMarcRecordsError';
  }
}

/**
 * In-memory input (an API upload) smaller than this is read in the load's own thread; files, and
 * larger uploads, in a reader thread (marc-read-thread.ts). Measured from dist/ (load average ~10):
 * the thread costs 250–340 ms of CPU before its first batch (loading the readers' tables again in its
 * own isolate), reading in-thread ~270 µs of the load's thread per bench record (~680 bytes of ISO
 * 2709): the thread pays off from ~1,250 records, ~850 KB.
 */
export const READER_THREAD_MIN_BYTES = 1024 * 1024;

export function inReaderThread(inputs: MarcInput[]): boolean {
  let bytes = 0;
  for (const { source } of inputs) {
    if ('path' in source) return true;
    bytes += 'bytes' in source ? source.bytes.byteLength : Buffer.byteLength(source.text, 'utf8');
  }
  return bytes >= READER_THREAD_MIN_BYTES;
}

/**
 * The character set option's canonical name, checked before anything is read: an unknown name is the
 * request's fault. Only letters, digits and `-_.:` make a name (iconv-lite would read "utf8\0" as utf8).
 */
export function checkEncoding(encoding: string): string {
  try {
    if (/^[\w.:-]{0,40}$/.test(encoding.trim())) return normalizeEncodingName(encoding);
  } catch {
    // unknown to iconv-lite too
  }
  throw new ImportRequestError('encoding', `unknown character set ${JSON.stringify(encoding)}: use auto, utf8, marc8, iso5426, gb18030 or an iconv-lite encoding name (cp1251, gbk …)`);
}

/** `viewer` must be allowed to change the member's data (policy.ts); the CLI passes SYSTEM_VIEWER. */
export async function importMarc(db: Db, viewer: Viewer, inputs: MarcInput[], options: MarcImportOptions): Promise<ImportSummary> {
  assertCanEditMember(viewer, options.memberCode);
  options = { ...options, encoding: checkEncoding(options.encoding) };
  const member = await memberByCode(db, options.memberCode);
  if (!member) throw new ImportRequestError('memberCode', `no member has code ${options.memberCode}`);
  if (options.format === 'auto') for (const input of inputs) await assertMarc(input); // an unreadable file: nothing is written
  const hadRecords = (await db.select({ id: recordSources.id }).from(recordSources).where(eq(recordSources.memberId, member.id)).limit(1)).length > 0;
  // The load's row is written with its first batch (or at the end, for a load of rejected records
  // only): input in which not one record can be read is refused like a file that is not MARC.
  const run = new LoadRow(db, { memberId: member.id, kind: 'marc', files: inputs.map((i) => i.name), via: options.via, actor: options.actor });
  const warnings = new WarningList();
  const summary: ImportSummary = { importId: 0, read: 0, created: 0, merged: 0, updated: 0, deleted: 0, holdings: 0, rejected: [], deletedByReplace: 0, warnings: warnings.items, warningCount: 0 };
  const ctx: LoadContext = {
    memberId: member.id, lendsForIll: member.lendsForIll, importId: null, holdings: sourceHoldings, run, parsed: 0, firstProblem: null, rejectedSaved: 0, tally: new HoldingsTally(),
  };
  const ended = (status: 'SUCCEEDED' | 'FAILED', message: string | null) => finish(db, summary.importId, summary, status, message, { member, via: options.via, tally: ctx.tally });
  // `matchedBefore` turns true at the first record ID this member had loaded before this load
  const ids: LoadIds = { seen: new Set<string>(), matchedBefore: !hadRecords };
  const settings = (input: MarcInput): ReadSettings => ({ format: options.format, dialect: options.dialect, encoding: options.encoding, idField: options.idField ?? null, fileName: input.name });
  const reader = options.readerThread !== false && inReaderThread(inputs) ? new ReaderThread(inputs.map((input) => ({ source: input.source, settings: settings(input) })), BATCH_SIZE) : null;
  try {
    for (const [i, input] of inputs.entries()) {
      const batches = reader ? reader.batches(i) : readBatches(input.source, settings(input), BATCH_SIZE);
      await importOne(db, ctx, input, batches, options, summary, warnings, ids);
    }
    if (ctx.parsed === 0) throw new NoMarcRecordsError(inputs.map((i) => i.name).join(', '), ctx.firstProblem);
    summary.importId = await run.id();
    if (!ids.matchedBefore && ids.seen.size > 0) warnings.addFirst(idSourceChanged(options.idField ?? null, ids.seen.size));
    if (options.replace) summary.deletedByReplace = await removeUnseen(db, member.id, ids.seen, summary.importId, ctx.tally);
    summary.warningCount = warnings.count;
    await ended('SUCCEEDED', null);
    return summary;
  } catch (err) {
    summary.warningCount = warnings.count;
    // a failure after records were read is recorded; one before (nothing read, nothing written) is not
    if (ctx.parsed > 0 || run.started) {
      await run
        .id()
        .then((id) => {
          summary.importId = id;
          return ended('FAILED', failureMessage(err));
        })
        .catch(() => {}); // the database is unreachable: the next sweep marks the load INTERRUPTED (interrupted.ts)
    }
    throw err;
  } finally {
    run.done();
    await reader?.close();
  }
}

interface LoadContext extends BatchContext {
  run: LoadRow;
  /** records the readers could parse (bibliographic or holdings), rejected or not */
  parsed: number;
  /** the first unreadable entry's reason, for a load in which nothing could be read */
  firstProblem: string | null;
  /** how many of summary.rejected the row holds */
  rejectedSaved: number;
  /** what the committed batches did to the member's holdings (the load's HOLDINGS_CHANGED event) */
  tally: HoldingsTally;
}

interface LoadIds {
  seen: Set<string>;
  matchedBefore: boolean;
}

function idSourceChanged(idField: IdField | null, n: number): string {
  const order = idFieldOrder(idField).map(formatIdField).join(', else ');
  const none = n === 1 ? 'the record ID in this load matches no record' : `none of the ${n} record IDs in this load matches a record`;
  return (
    `${none} this member loaded before: the ID source may have changed (IDs were taken from ${order}). ` +
    `If your system keeps its record number in another field, load with --id-field TAG$code (idField over the API), ` +
    `e.g. 907$a for III/Sierra or 999$c for Koha; if these are all new records, ignore this`
  );
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

async function importOne(db: Db, ctx: LoadContext, input: MarcInput, batches: AsyncIterable<ReadBatch>, options: MarcImportOptions, summary: ImportSummary, warnings: WarningList, ids: LoadIds) {
  let batch: SourceInput[] = [];
  let mfhds: MfhdInput[] = [];
  /** what the load had read when a batch was closed: the row's counts once that batch is committed */
  type ReadPoint = { read: number; rejected: number; warnings: ReturnType<WarningList['mark']> };
  const readPoint = (): ReadPoint => ({ read: summary.read, rejected: summary.rejected.length, warnings: warnings.mark() });
  const flush = async (at: ReadPoint) => {
    if (batch.length === 0 && mfhds.length === 0) return;
    const [b, m] = [batch, mfhds];
    batch = [];
    mfhds = [];
    const importId = (ctx.importId = await ctx.run.id());
    if (!ids.matchedBefore && b.length > 0) ids.matchedBefore = await anyLoadedBefore(db, { memberId: ctx.memberId, importId }, b.map((x) => x.localId));
    // the counts go in the batch's own transaction: a crash keeps both or neither; a deadlock runs both again
    let tally = new HoldingsTally();
    const counts = await transactionWithRetry(db, async (tx) => {
      tally = new HoldingsTally(); // this attempt's
      const c = await ingestBatch(tx, { ...ctx, holdings: trackedSourceHoldings(tally) }, b, m);
      await saveProgress(tx, importId, {
        read: at.read,
        created: summary.created + c.created,
        merged: summary.merged + c.merged,
        updated: summary.updated + c.updated,
        deleted: summary.deleted + c.deleted,
        holdings: summary.holdings + c.holdings,
        rejected: summary.rejected.slice(ctx.rejectedSaved, at.rejected),
        warnings: warnings.items.slice(0, at.warnings.kept),
        warningCount: at.warnings.count,
      });
      return c;
    });
    ctx.rejectedSaved = at.rejected;
    ctx.tally.add(tally);
    summary.created += counts.created;
    summary.merged += counts.merged;
    summary.updated += counts.updated;
    summary.deleted += counts.deleted;
    summary.holdings += counts.holdings;
    for (const o of counts.orphanHoldings) warnings.add(input.name, null, `holdings record ${o} names a bibliographic record (004) this member has not loaded`);
    options.onProgress?.({ file: input.name, read: summary.read, holdings: summary.holdings });
  };
  // The next batch is read and mapped while the previous one is written (on a PostgreSQL server the
  // two then run on two cores). Batches are still written one at a time, in order, one transaction each,
  // and a failed batch ends the load where it failed, as if nothing had been read after it.
  type Written = { err: unknown; at: ReadPoint } | null;
  let inflight: Promise<Written> | null = null;
  const written = async () => {
    const failed = await inflight;
    inflight = null;
    if (failed) {
      summary.read = failed.at.read;
      summary.rejected.length = failed.at.rejected;
      warnings.rollback(failed.at.warnings);
      throw failed.err;
    }
  };
  const flushBehind = async () => {
    await written();
    const at = readPoint();
    inflight = flush(at).then(
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
  await flush(readPoint());

  /** Each batch read counts when it arrives (as each record did when read in-thread); a full one is written behind the next. */
  async function readAll() {
    for await (const b of batches) {
      summary.read += b.read;
      ctx.parsed += b.parsed;
      ctx.firstProblem ??= b.firstProblem;
      for (const w of b.warnings) warnings.add(input.name, w.position, w.message);
      for (const r of b.rejects) reject(r.position, r.reason);
      for (const source of b.sources) {
        ids.seen.add(source.localId);
        batch.push(source);
      }
      mfhds.push(...b.mfhds);
      if ('failure' in b) throw b.failure;
      if (b.full) await flushBehind();
    }
  }
}

/** True when one of these IDs is a record this member loaded before this load (not one it wrote). */
async function anyLoadedBefore(db: Db, ctx: { memberId: number; importId: number }, localIds: string[]): Promise<boolean> {
  const found = await db
    .select({ id: recordSources.id })
    .from(recordSources)
    .where(and(eq(recordSources.memberId, ctx.memberId), inArray(recordSources.localId, [...new Set(localIds)]), or(isNull(recordSources.importId), ne(recordSources.importId, ctx.importId))))
    .limit(1);
  return found.length > 0;
}

async function removeUnseen(db: Db, memberId: number, seen: Set<string>, importId: number, loadTally: HoldingsTally): Promise<number> {
  const mine = await db.select({ localId: recordSources.localId }).from(recordSources).where(eq(recordSources.memberId, memberId));
  const gone = mine.map((m) => m.localId).filter((id) => !seen.has(id));
  let removed = 0;
  for (let i = 0; i < gone.length; i += BATCH_SIZE) {
    const chunk = gone.slice(i, i + BATCH_SIZE);
    let tally = new HoldingsTally();
    removed += await transactionWithRetry(db, async (tx) => {
      tally = new HoldingsTally(); // this attempt's
      const n = await deleteSources(tx, trackedSourceHoldings(tally), memberId, chunk);
      await tx.update(imports).set({ deleted: sql`${imports.deleted} + ${n}` }).where(eq(imports.id, importId));
      return n;
    });
    loadTally.add(tally);
  }
  return removed;
}
