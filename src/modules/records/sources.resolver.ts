import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Member } from '../members/index.js';
import { BibRecord } from './records.types.js';
import { RecordSource } from './sources.types.js';

@Resolver(() => BibRecord)
export class RecordSourcesResolver {
  @FieldResolver(() => [RecordSource], { description: 'The member records this union record was clustered from, oldest first, each with why.' })
  async sources(@Root() record: BibRecord, @Ctx() ctx: Context): Promise<RecordSource[]> {
    return (await ctx.loaders.sourcesByRecord.load(record.dbId)).map(RecordSource.fromRow);
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
