import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { userError, UserErrorCode } from '../../graphql/user-error.js';
import { Member } from '../members/index.js';
import { mergeRecords, splitRecord } from './clusters.service.js';
import { BibRecord } from './records.types.js';
import { ClusterPayload, MergeRecordsInput, RecordSource, SplitRecordInput } from './sources.types.js';

@Resolver(() => BibRecord)
export class RecordSourcesResolver {
  @FieldResolver(() => [RecordSource], { description: 'The member records this union record was clustered from, oldest first, each with why.' })
  async sources(@Root() record: BibRecord, @Ctx() ctx: Context): Promise<RecordSource[]> {
    return (await ctx.loaders.sourcesByRecord.load(record.dbId)).map(RecordSource.fromRow);
  }

  @Authorized('admin')
  @Mutation(() => ClusterPayload, { description: 'Admin: merge records into the target; their sources and holdings move, their IDs keep resolving to it.' })
  async mergeRecords(@Arg('input', () => MergeRecordsInput, { description: 'What to merge, and why.' }) input: MergeRecordsInput, @Ctx() ctx: Context): Promise<ClusterPayload> {
    const target = idOf(input.targetRecordId, 'Record');
    const others = input.recordIds.map((id) => idOf(id, 'Record'));
    if (target === null) return { record: null, remaining: null, userErrors: [userError(['targetRecordId'], UserErrorCode.UNKNOWN_RECORD, 'not a Record ID')] };
    const bad = others.findIndex((id) => id === null);
    if (bad >= 0) return { record: null, remaining: null, userErrors: [userError(['recordIds', String(bad)], UserErrorCode.UNKNOWN_RECORD, 'not a Record ID')] };
    const r = await mergeRecords(ctx.db, ctx.viewer, target, others as number[], input.reason);
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
    const r = await splitRecord(ctx.db, ctx.viewer, recordId, ids as number[], input.reason);
    return { record: r.record && BibRecord.fromRow(r.record), remaining: r.remaining && BibRecord.fromRow(r.remaining), userErrors: r.userErrors };
  }
}

@Resolver(() => RecordSource)
export class RecordSourceResolver {
  @FieldResolver(() => Member, { description: 'The member that contributed it.' })
  async member(@Root() source: RecordSource, @Ctx() ctx: Context): Promise<Member> {
    const row = await ctx.loaders.memberById.load(source.memberId);
    if (!row) throw new Error(`source ${source.dbId} points at a missing member`);
    return Member.fromRow(row);
  }

  @FieldResolver(() => BibRecord, { description: 'The union record (cluster) it belongs to.' })
  async record(@Root() source: RecordSource, @Ctx() ctx: Context): Promise<BibRecord> {
    const row = await ctx.loaders.recordById.load(source.recordId);
    if (!row) throw new Error(`source ${source.dbId} points at a missing record`);
    return BibRecord.fromRow(row);
  }

  @FieldResolver(() => String, { description: 'The record as contributed, as MARCXML (loaded only when asked for).' })
  async rawMarc(@Root() source: RecordSource, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.rawMarcBySource.load(source.dbId)) ?? '';
  }
}
