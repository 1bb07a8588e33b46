/**
 * Loads a resource's KBART title list: read (importers/kbart), diff against the stored list, then
 * write the difference in one transaction. A re-load updates rows in place (same id), adds new
 * ones and removes the dropped ones; a file that is not KBART at all writes nothing.
 */
import { assertAdmin } from '../../auth/policy.js';
import { eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/database.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { transactionWithRetry } from '../../db/retry.js';
import type { Viewer } from '../../auth/viewer.js';
import { diffKbart, readKbart, type KbartReadResult, type KbartSource } from '../../importers/kbart/index.js';
import { recordAudit } from '../audit/index.js';
import { recordEvent } from '../events/index.js';
import { resources, resourceTitles, type ResourceRow } from './resources.tables.js';
import { titleColumns as columnsOf } from './title-columns.js';
import { titleListChanged } from './title-list-hooks.js';

export interface KbartSummary {
  read: number;
  added: number;
  changed: number;
  unchanged: number;
  dropped: number;
  rejected: { row: number; reason: string }[];
  warnings: { row: number; message: string }[];
}

/** The resource does not exist (a usage error for the CLI, a userError for the API). */
export class UnknownResourceError extends Error {
  override name = 'UnknownResourceError';
}

/** The file is not a KBART list at all (no header with publication_title, or empty): nothing is written. */
export class UnreadableKbartError extends Error {
  override name = 'UnreadableKbartError';
}

const CHUNK = 500;

export interface KbartImportOptions {
  reason: string;
  via: 'cli' | 'api';
  onProgress?: (message: string) => void;
}

export async function importKbart(db: Db, viewer: Viewer, resourceId: number, source: KbartSource, options: KbartImportOptions): Promise<{ resource: ResourceRow; summary: KbartSummary }> {
  assertAdmin(viewer);
  const read: KbartReadResult = readKbart(source);
  const fatal = read.rejected.find((r) => r.row === 1);
  if (fatal && read.rows.length === 0) throw new UnreadableKbartError(fatal.reason);
  options.onProgress?.(`read ${read.rows.length + read.rejected.length} rows (KBART phase ${read.phase})`);
  // a deadlock or serialisation failure runs the load again (its progress messages repeat)
  return transactionWithRetry(db, async (tx) => {
    const [resource] = await tx.select().from(resources).where(eq(resources.id, resourceId)).for('update'); // one load at a time per resource
    if (!resource) throw new UnknownResourceError(`no resource has id ${resourceId}`);
    const stored = await tx.select({ id: resourceTitles.id, key: resourceTitles.key, data: resourceTitles.data }).from(resourceTitles).where(eq(resourceTitles.resourceId, resourceId));
    const idByKey = new Map(stored.map((s) => [s.key, s.id]));
    const previous = stored.map((s) => ({ ...s.data, row: 0, key: s.key }));
    const diff = diffKbart(previous, read.rows);
    const droppedIds = diff.dropped.map((r) => idByKey.get(r.key)!);
    for (let i = 0; i < droppedIds.length; i += 5000) await tx.delete(resourceTitles).where(inArray(resourceTitles.id, droppedIds.slice(i, i + 5000)));
    for (let i = 0; i < diff.changed.length; i += CHUNK) {
      const values = diff.changed.slice(i, i + CHUNK).map((c) => ({ id: idByKey.get(c.key)!, ...columnsOf(resourceId, c.next) }));
      await tx.execute(sql`UPDATE resource_titles t SET title = v.title, title_key = v.title_key, print_id = v.print_id, online_id = v.online_id,
          coverage_start = v.coverage_start, coverage_end = v.coverage_end, data = v.data
        FROM jsonb_to_recordset(${JSON.stringify(values.map((v) => ({ id: v.id, title: v.title, title_key: v.titleKey, print_id: v.printId, online_id: v.onlineId, coverage_start: v.coverageStart, coverage_end: v.coverageEnd, data: v.data })))}::jsonb)
          AS v(id int, title text, title_key text, print_id text, online_id text, coverage_start date, coverage_end date, data jsonb)
        WHERE t.id = v.id`);
      options.onProgress?.(`updated ${Math.min(i + CHUNK, diff.changed.length)}/${diff.changed.length} changed rows`);
    }
    for (let i = 0; i < diff.added.length; i += CHUNK) {
      await tx.insert(resourceTitles).values(diff.added.slice(i, i + CHUNK).map((r) => columnsOf(resourceId, r)));
      options.onProgress?.(`added ${Math.min(i + CHUNK, diff.added.length)}/${diff.added.length} rows`);
    }
    const summary: KbartSummary = {
      read: read.rows.length + read.rejected.length,
      added: diff.added.length,
      changed: diff.changed.length,
      unchanged: diff.unchanged.length,
      dropped: diff.dropped.length,
      rejected: read.rejected.map((r) => ({ row: r.row, reason: r.reason })),
      warnings: read.warnings.map((w) => ({ row: w.row, message: w.message })),
    };
    if (diff.added.length || diff.changed.length || diff.dropped.length) {
      await titleListChanged(tx, resourceId);
      await recordEvent(tx, {
        type: 'TITLE_LIST_RELOADED', memberCodes: await entitledMembers(tx, resourceId),
        data: {
          resource: toGlobalId('Resource', resourceId), resourceName: resource.name, titles: stored.length - diff.dropped.length + diff.added.length,
          added: diff.added.length, removed: diff.dropped.length, changed: diff.changed.length,
        },
      });
    }
    const { warnings: _w, rejected, ...counts } = summary;
    await recordAudit(tx, viewer, {
      action: 'importKbart', entityType: 'Resource', entityId: resourceId, reason: options.reason,
      before: { titleCount: stored.length },
      after: { titleCount: stored.length - diff.dropped.length + diff.added.length, ...counts, rejected: rejected.length, via: options.via },
    });
    return { resource, summary };
  });
}

/**
 * ISILs of the members entitled to the resource in a period that has not ended: whose link resolvers
 * and discovery layers read its title list. (Read in SQL: entitlements and agreements depend on this module.)
 */
async function entitledMembers(tx: Tx, resourceId: number): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(
    tx,
    sql`SELECT DISTINCT m.code FROM agreement_resources ar
          JOIN agreement_periods p ON p.agreement_id = ar.agreement_id AND p.end_date >= current_date
          JOIN entitlements e ON e.period_id = p.id
          JOIN members m ON m.id = e.member_id
        WHERE ar.resource_id = ${resourceId}
        ORDER BY m.code`,
  );
  return rows.map((r) => r.code);
}
