import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { Member } from '../members/index.js';
import { BibRecord, idsWithIdentifier, isbnFilterValue, issnFilterValue } from '../records/index.js';
import { searchHoldings } from './holdings.queries.js';
import * as service from './holdings.service.js';
import { DeleteHoldingsInput, DeleteHoldingsPayload, Holding, HoldingConnection, HoldingFilter, UpsertHoldingsInput, UpsertHoldingsPayload } from './holdings.types.js';

async function memberOf(holding: Holding, ctx: Context): Promise<Member> {
  const row = await ctx.loaders.memberViewById.load(holding.memberId);
  if (!row) throw new Error(`holding ${holding.dbId} points at a missing member`); // foreign key: a bug
  return Member.fromRow(row);
}

@Resolver(() => Holding)
export class HoldingResolver {
  @Query(() => HoldingConnection, { description: 'Who holds what: ordered by distance with `near`, otherwise by when the holding was added.' })
  async holdings(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => HoldingFilter, { nullable: true, description: 'What to match; omit for everything.' }) filter: HoldingFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Holding>> {
    const first = pageSize(page.first);
    const near = filter?.near ?? null;
    if (near && !(Math.abs(near.lat) <= 90 && Math.abs(near.lon) <= 180)) throw badInput('filter.near: lat must be within ±90 and lon within ±180', { field: ['filter', 'near'] });
    const after = decodeCursor(page.after, near ? 'ni' : 'i');
    const recordId = filter?.recordId ? idOf(filter.recordId, 'Record') : null;
    if (filter?.recordId && recordId === null) throw badInput(`filter.recordId: "${filter.recordId}" is not a Record ID`, { field: ['filter', 'recordId'] });
    const recordIds = filter?.isbn
      ? idsWithIdentifier('isbn', isbnFilterValue(filter.isbn, ['filter', 'isbn']))
      : filter?.issn
        ? idsWithIdentifier('issn', issnFilterValue(filter.issn, ['filter', 'issn']))
        : null;
    const search = { recordIds, recordId, memberCode: filter?.memberCode ?? null, lendable: filter?.lendable ?? null, near };
    const cursor = after ? (near ? { distance: Number(after[0]), id: Number(after[1]) } : { id: Number(after[0]) }) : null;
    const { rows, total } = await searchHoldings(ctx.db, search, first + 1, cursor);
    return toConnection(
      rows,
      first,
      !!after,
      (r) => (near ? [r.distanceKm ?? 1e9, r.row.id] : [r.row.id]),
      (r) => Holding.fromRow(r.row, r.distanceKm),
      total,
    );
  }

  @FieldResolver(() => Member, { description: 'The member that holds this.' })
  member(@Root() holding: Holding, @Ctx() ctx: Context): Member | Promise<Member> {
    // "who holds": the look-ahead read it along (no promise: the executor takes the value as it is)
    return holding.aheadMember ?? memberOf(holding, ctx);
  }

  @FieldResolver(() => BibRecord, { description: 'The record held.' })
  async record(@Root() holding: Holding, @Ctx() ctx: Context): Promise<BibRecord> {
    const row = await ctx.loaders.recordById.load(holding.recordId);
    if (!row) throw new Error(`holding ${holding.dbId} points at a missing record`);
    return BibRecord.fromRow(row);
  }

  @Authorized('member', 'admin')
  @Mutation(() => UpsertHoldingsPayload, { description: "Create or update a member's holdings by its own localIds (idempotent; at most 1,000 a call)." })
  async upsertHoldings(@Arg('input', () => UpsertHoldingsInput, { description: 'What to do.' }) input: UpsertHoldingsInput, @Ctx() ctx: Context): Promise<UpsertHoldingsPayload> {
    const result = await service.upsertHoldings(ctx.db, ctx.viewer, input.memberCode, input.holdings);
    return { holdings: result.holdings.map((h) => Holding.fromRow(h)), userErrors: result.userErrors };
  }

  @Authorized('member', 'admin')
  @Mutation(() => DeleteHoldingsPayload, { description: 'Remove holdings a member has withdrawn, by its localIds.' })
  deleteHoldings(@Arg('input', () => DeleteHoldingsInput, { description: 'What to do.' }) input: DeleteHoldingsInput, @Ctx() ctx: Context): Promise<DeleteHoldingsPayload> {
    return service.deleteHoldings(ctx.db, ctx.viewer, input.memberCode, input.localIds);
  }
}
