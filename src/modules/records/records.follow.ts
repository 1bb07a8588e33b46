/** A record by id, following merges: the `record(id:)` and `node(id:)` look-ups share it. */
import type { Context } from '../../graphql/context.js';
import { resolveRecordId } from './clusters.service.js';
import { BibRecord } from './records.types.js';

/** A record merged away resolves to the record that absorbed it, so third-party links do not break. */
export async function loadRecordFollowingMerges(ctx: Context, id: number): Promise<BibRecord | null> {
  const row = await ctx.loaders.recordById.load(id);
  if (row) return BibRecord.fromRow(row);
  const current = await resolveRecordId(ctx.db, id);
  const moved = current === null || current === id ? null : await ctx.loaders.recordById.load(current);
  return moved ? BibRecord.fromRow(moved) : null;
}
