/**
 * A MARC load's row in `imports`: written once, when first needed, its counts as of each committed
 * batch, and its end (final counts and the load's events) in one transaction. marc-import.service.ts
 * runs the load; this is what it records of it.
 */
import { DrizzleQueryError, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/database.js';
import { storableText } from '../../lib/storable-text.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { HoldingsTally } from '../holdings/index.js';
import { recordEvent } from '../events/index.js';
import { registerRun, unregisterRun } from './interrupted.js';
import { imports, type RejectedRecord } from './imports.tables.js';
import type { ImportSummary } from './marc-import.service.js';

/**
 * The load's row in `imports`, written once, when first needed; its owner is this process's database
 * sessions (interrupted.ts), and this process counts it as running until `done`.
 */
export class LoadRow {
  private inserted: Promise<number> | null = null;
  private known: number | null = null;
  constructor(
    private readonly db: Db,
    private readonly values: { memberId: number; kind: string; files: string[]; via: string; actor: string },
  ) {}

  get started(): boolean {
    return this.inserted !== null;
  }

  id(): Promise<number> {
    this.inserted ??= registerRun(this.db, async () => {
      const [row] = await this.db
        .insert(imports)
        .values({ ...this.values, status: 'RUNNING', owner: sql`current_setting('application_name')`, rejected: [] })
        .returning({ id: imports.id });
      return (this.known = row.id);
    });
    return this.inserted;
  }

  /** From now on a sweep may take a row still RUNNING for what it is: a load that ended without saying so. */
  done(): void {
    if (this.known !== null) unregisterRun(this.db, this.known);
    else this.inserted?.then((id) => unregisterRun(this.db, id), () => {});
  }
}

/**
 * What the load's row says went wrong: the database's own reason, not Drizzle's wrapper, whose
 * message is the whole statement with every parameter (a batch's records: megabytes, no reason).
 */
export function failureMessage(err: unknown): string {
  if (err instanceof DrizzleQueryError && err.cause instanceof Error) return `the database refused a batch: ${err.cause.message}`;
  return err instanceof Error ? err.message : String(err);
}

/** what an import row stores of a summary, written with each batch and at the end */
type Counts = Pick<ImportSummary, 'read' | 'created' | 'merged' | 'updated' | 'deleted' | 'holdings' | 'warnings' | 'warningCount'>;

/**
 * The load's counts as of a committed batch; `rejected` are the records rejected since the last one
 * (appended, so a load with many rejects does not rewrite them all every batch). It also says RUNNING
 * again: the one writing is the owner, alive, whatever a sweep concluded meanwhile (interrupted.ts).
 */
export async function saveProgress(tx: DbOrTx, id: number, p: Counts & { rejected: RejectedRecord[] }) {
  const { rejected, ...counts } = p;
  await tx
    .update(imports)
    .set({ ...storableCounts(counts), rejected: sql`${imports.rejected} || ${JSON.stringify(storableRejects(rejected))}::jsonb`, status: 'RUNNING', message: null, finishedAt: null })
    .where(eq(imports.id, id));
}

function storableCounts(p: Counts) {
  return {
    read: p.read, created: p.created, merged: p.merged, updated: p.updated, deleted: p.deleted, holdings: p.holdings,
    warnings: p.warnings.map((w) => ({ ...w, file: w.file === null ? null : storableText(w.file), message: storableText(w.message) })),
    warningCount: p.warningCount,
  };
}

const storableRejects = (rejected: RejectedRecord[]) => rejected.map((r) => ({ ...r, file: storableText(r.file), reason: storableText(r.reason) }));

interface Finished {
  member: { id: number; code: string };
  via: string;
  tally: HoldingsTally;
}

/**
 * The load's row gets its final counts, and the load its events, in one transaction: IMPORT_FINISHED
 * (SUCCEEDED or FAILED, with the summary) and, when its committed batches changed the member's
 * holdings, one HOLDINGS_CHANGED for the whole load: two INSERTs per load, never one per record.
 */
export async function finish(db: Db, id: number, s: ImportSummary, status: 'SUCCEEDED' | 'FAILED', message: string | null, f: Finished) {
  const counts = { ...s, deleted: s.deleted + s.deletedByReplace };
  const importRun = toGlobalId('ImportRun', id);
  const member = toGlobalId('Member', f.member.id);
  await db.transaction(async (tx) => {
    await tx
      .update(imports)
      .set({ ...storableCounts(counts), rejected: storableRejects(s.rejected), status, message: message === null ? null : storableText(message), finishedAt: sql`now()` })
      .where(eq(imports.id, id));
    const { tally } = f;
    if (tally.changed) {
      await recordEvent(tx, {
        type: 'HOLDINGS_CHANGED', memberCodes: [f.member.code],
        data: {
          member, memberCode: f.member.code, via: 'IMPORT', importRun, created: tally.created, updated: tally.updated, deleted: tally.deleted,
          localIds: tally.localIds, localIdsCount: tally.localIdsCount, localIdsTruncated: tally.localIdsCount > tally.localIds.length,
        },
      });
    }
    await recordEvent(tx, {
      type: 'IMPORT_FINISHED', memberCodes: [f.member.code],
      data: {
        importRun, member, memberCode: f.member.code, format: 'MARC', status,
        summary: {
          via: f.via, read: s.read, created: s.created, merged: s.merged, updated: s.updated, deleted: counts.deleted, deletedByReplace: s.deletedByReplace,
          holdings: s.holdings, rejected: s.rejected.length, message,
        },
        warningCount: s.warningCount,
      },
    });
  });
}
