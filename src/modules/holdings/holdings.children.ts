/** A record's or a member's holdings as a nested connection, batched across all parents of a page. */
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { oneValue, type Selection } from '../../graphql/selection.js';
import { Member } from '../members/index.js';
import { BibRecord } from '../records/index.js';
import { AheadPage } from './holdings.ahead.js';
import { pageKey, type ChildPage } from './holdings.queries.js';
import { Holding, HoldingConnection } from './holdings.types.js';

@ArgsType()
export class HoldingsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only lendable (true) or only non-lendable (false) holdings.' })
  lendable!: boolean | null;
}

/**
 * The page the arguments ask for under each parent (throws on a bad `first` or `after`, as the field
 * does). Shared with the look-ahead (selectedHoldingsPage), which must key the same loader.
 */
export function childPageOf(args: Pick<HoldingsArgs, 'first' | 'after' | 'lendable'>): { first: number; hadCursor: boolean; page: ChildPage } {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 'i');
  return { first, hadCursor: !!after, page: { limit: first + 1, afterId: after ? Number(after[0]) : null, lendable: args.lendable ?? null } };
}

const holdingKey = (h: Holding) => [h.dbId];
const same = (h: Holding) => h;

export async function holdingsConnection(ctx: Context, parent: 'record' | 'member', parentId: number, args: HoldingsArgs, ahead?: unknown): Promise<Connection<Holding>> {
  const { first, hadCursor, page } = childPageOf(args);
  // the "who holds" look-ahead brought this page along (holdings.ahead.ts); for these page arguments only
  if (ahead instanceof AheadPage && ahead.pageKey === pageKey(page)) {
    return toConnection(ahead.holdings, first, hadCursor, holdingKey, same, () => ctx.loaders.holdingsCount(parent, page.lendable).load(parentId));
  }
  const rows = await ctx.loaders.holdingsPage(parent, page).load(parentId);
  // the page of a record's holdings brought their members along: `member` then needs no statement of its own
  // (prime never overwrites a member the loader already has; memberViewById, as the rows carry only what `Member` shows)
  for (const r of rows) if (r.member) ctx.loaders.memberViewById.prime(r.member.id, r.member);
  return toConnection(rows, first, hadCursor, (r) => [r.holding.id], (r) => Holding.fromRow(r.holding), () => ctx.loaders.holdingsCount(parent, page.lendable).load(parentId));
}

/**
 * The one page of holdings a selection of a `holdings` field asks for (the field itself, under every
 * alias and spelling); null when it is not selected, when aliases ask for different pages, or when
 * the arguments are bad (the field then reports that itself, as it always does).
 */
export function selectedHoldingsPage(holdings: Selection): ChildPage | null {
  return oneValue(
    holdings,
    (args) => {
      try {
        return childPageOf(args as Pick<HoldingsArgs, 'first' | 'after' | 'lendable'>).page;
      } catch {
        return null;
      }
    },
    pageKey,
  );
}

/** `Record.holdings`: here, not in the records module, because holdings depend on records and not the other way round. */
@Resolver(() => BibRecord)
export class RecordHoldingsResolver {
  @FieldResolver(() => HoldingConnection, { description: "Members' holdings of this record." })
  holdings(@Root() record: BibRecord, @Args(() => HoldingsArgs) args: HoldingsArgs, @Ctx() ctx: Context): Promise<Connection<Holding>> {
    return holdingsConnection(ctx, 'record', record.dbId, args, record.ahead);
  }

  @FieldResolver(() => Int, { description: 'How many holdings this record has (optionally only lendable or non-lendable ones).' })
  holdingsCount(@Root() record: BibRecord, @Arg('lendable', () => Boolean, { nullable: true, description: 'Count only lendable (true) or only non-lendable (false) holdings.' }) lendable: boolean | null, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.holdingsCount('record', lendable ?? null).load(record.dbId);
  }
}

/** `Member.holdings`: here, not in the members module, because holdings depend on members and not the other way round. */
@Resolver(() => Member)
export class MemberHoldingsResolver {
  @FieldResolver(() => HoldingConnection, { description: "This member's holdings, in the order they were added." })
  holdings(@Root() member: Member, @Args(() => HoldingsArgs) args: HoldingsArgs, @Ctx() ctx: Context): Promise<Connection<Holding>> {
    return holdingsConnection(ctx, 'member', member.dbId, args);
  }

  @FieldResolver(() => Int, { description: 'How many holdings this member has (optionally only lendable or non-lendable ones).' })
  holdingsCount(@Root() member: Member, @Arg('lendable', () => Boolean, { nullable: true, description: 'Count only lendable (true) or only non-lendable (false) holdings.' }) lendable: boolean | null, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.holdingsCount('member', lendable ?? null).load(member.dbId);
  }
}
