import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { Holding, HoldingConnection } from '../holdings/index.js';
import { holdingsConnection, HoldingsArgs, selectedHoldingsPage } from '../holdings/holdings.children.js';
import { Selection } from '../../graphql/selection.js';
import { BibRecord, RecordConnection, RecordFilter } from './records.types.js';
import { isIsbnOnly, listRecords } from './records.service.js';
import { loadRecordFollowingMerges } from '../../graphql/node.resolver.js';

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
    const holdingsPage = isIsbnOnly(filter) ? selectedHoldingsPage(Selection.of(info).path(['RecordConnection', 'edges'], ['RecordEdge', 'node'], ['Record', 'holdings'])) : null;
    const { rows, total, holdingsPages } = await listRecords(ctx.db, filter, first + 1, after ? Number(after[0]) : null, { holdingsPage });
    if (holdingsPage && holdingsPages) {
      const loader = ctx.loaders.holdingsPage('record', holdingsPage);
      for (const row of rows) loader.prime(row.id, holdingsPages.get(row.id) ?? []);
    }
    return toConnection(rows, first, !!after, (r) => [r.id], BibRecord.fromRow, total);
  }

  @FieldResolver(() => HoldingConnection, { description: "Members' holdings of this record." })
  holdings(@Root() record: BibRecord, @Args(() => HoldingsArgs) args: HoldingsArgs, @Ctx() ctx: Context): Promise<Connection<Holding>> {
    return holdingsConnection(ctx, 'record', record.dbId, args);
  }

  @FieldResolver(() => Int, { description: 'How many holdings this record has (optionally only lendable or non-lendable ones).' })
  holdingsCount(@Root() record: BibRecord, @Arg('lendable', () => Boolean, { nullable: true, description: 'Count only lendable (true) or only non-lendable (false) holdings.' }) lendable: boolean | null, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.holdingsCount('record', lendable ?? null).load(record.dbId);
  }
}
