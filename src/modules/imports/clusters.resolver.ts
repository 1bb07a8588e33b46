/**
 * The admin's corrections of clustering (merge, split). They move source records (records module)
 * and the holdings that came with them (holdings module), so they are composed here, beside the MARC
 * import that makes the clusters: records may not import holdings, which depends on records.
 */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { userError, UserErrorCode } from '../../graphql/user-error.js';
import { sourceHoldings } from '../holdings/index.js';
import { BibRecord, ClusterPayload, mergeRecords, MergeRecordsInput, splitRecord, SplitRecordInput } from '../records/index.js';

@Resolver()
export class ClusterDecisionsResolver {
  @Authorized('admin')
  @Mutation(() => ClusterPayload, { description: 'Admin: merge records into the target; their sources and holdings move, their IDs keep resolving to it.' })
  async mergeRecords(@Arg('input', () => MergeRecordsInput, { description: 'What to merge, and why.' }) input: MergeRecordsInput, @Ctx() ctx: Context): Promise<ClusterPayload> {
    const target = idOf(input.targetRecordId, 'Record');
    const others = input.recordIds.map((id) => idOf(id, 'Record'));
    if (target === null) return { record: null, remaining: null, userErrors: [userError(['targetRecordId'], UserErrorCode.UNKNOWN_RECORD, 'not a Record ID')] };
    const bad = others.findIndex((id) => id === null);
    if (bad >= 0) return { record: null, remaining: null, userErrors: [userError(['recordIds', String(bad)], UserErrorCode.UNKNOWN_RECORD, 'not a Record ID')] };
    const r = await mergeRecords(ctx.db, ctx.viewer, target, others as number[], input.reason, sourceHoldings);
    return { record: r.record && BibRecord.fromRow(r.record), remaining: null, userErrors: r.userErrors };
  }

  @Authorized('admin')
  @Mutation(() => ClusterPayload, { description: 'Admin: move source records (with their holdings) out of a cluster into a new record.' })
  async splitRecord(@Arg('input', () => SplitRecordInput, { description: 'What to split out, and why.' }) input: SplitRecordInput, @Ctx() ctx: Context): Promise<ClusterPayload> {
    const recordId = idOf(input.recordId, 'Record');
    if (recordId === null) return { record: null, remaining: null, userErrors: [userError(['recordId'], UserErrorCode.UNKNOWN_RECORD, 'not a Record ID')] };
    const ids = input.sourceIds.map((id) => idOf(id, 'RecordSource'));
    const bad = ids.findIndex((id) => id === null);
    if (bad >= 0) return { record: null, remaining: null, userErrors: [userError(['sourceIds', String(bad)], UserErrorCode.INVALID_VALUE, 'not a RecordSource ID')] };
    const r = await splitRecord(ctx.db, ctx.viewer, recordId, ids as number[], input.reason, sourceHoldings);
    return { record: r.record && BibRecord.fromRow(r.record), remaining: r.remaining && BibRecord.fromRow(r.remaining), userErrors: r.userErrors };
  }
}
