/** A record's or a member's holdings as a nested connection, batched across all parents of a page. */
import { ArgsType, Field } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { Holding } from './holdings.types.js';

@ArgsType()
export class HoldingsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only lendable (true) or only non-lendable (false) holdings.' })
  lendable!: boolean | null;
}

export async function holdingsConnection(ctx: Context, parent: 'record' | 'member', parentId: number, args: HoldingsArgs): Promise<Connection<Holding>> {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 'i');
  const lendable = args.lendable ?? null;
  const rows = await ctx.loaders.holdingsPage(parent, { limit: first + 1, afterId: after ? Number(after[0]) : null, lendable }).load(parentId);
  return toConnection(rows, first, !!after, (h) => [h.id], (h) => Holding.fromRow(h), () => ctx.loaders.holdingsCount(parent, lendable).load(parentId));
}
