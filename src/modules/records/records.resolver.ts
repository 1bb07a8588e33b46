import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { Selection } from '../../graphql/selection.js';
import { BibRecord, RecordConnection, RecordFilter } from './records.types.js';
import { isIsbnOnly, listRecords } from './records.service.js';
import { loadRecordFollowingMerges } from './records.follow.js';

@Resolver(() => BibRecord)
export class RecordResolver {
  @Query(() => BibRecord, { nullable: true, description: 'A record by its global ID.' })
  async record(@Arg('id', () => ID, { description: 'A global ID as returned by the API.' }) id: string, @Ctx() ctx: Context): Promise<BibRecord | null> {
    const dbId = idOf(id, 'Record');
    return dbId === null ? null : loadRecordFollowingMerges(ctx, dbId);
  }

  @Query(() => RecordConnection, { description: 'Search the union catalogue. Records are ordered by when they entered it.' })
  async records(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => RecordFilter, { nullable: true, description: 'What to match; omit for everything.' }) filter: RecordFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<BibRecord>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    // an ISBN look-up brings each record's page of holdings along when the query asks for one page
    // under every record, however it is spelt (fragments, aliases, directives)
    // (the holdings module makes that read, through the request's loaders: records may not import holdings)
    const isbnWithHoldings = isIsbnOnly(filter) ? ctx.loaders.isbnRecordsWithHoldings(Selection.of(info)) : null;
    const { rows, total } = await listRecords(ctx.db, filter, first + 1, after ? Number(after[0]) : null, { isbnWithHoldings });
    return toConnection(rows, first, !!after, (r) => [r.id], BibRecord.fromRow, total);
  }
}
