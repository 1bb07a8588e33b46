import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { fromGlobalId } from './global-id.js';
import type { Context } from './context.js';
import { Node } from './node.js';
import { Member } from '../modules/members/index.js';
import { BibRecord } from '../modules/records/index.js';
import { Holding } from '../modules/holdings/index.js';
import { holdingsByIds } from '../modules/holdings/holdings.queries.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist.' })
  async node(@Arg('id', () => ID, { description: 'A global ID as returned by the API.' }) id: string, @Ctx() ctx: Context): Promise<Member | BibRecord | Holding | null> {
    const ref = fromGlobalId(id);
    if (!ref) return null;
    switch (ref.type) {
      case 'Member': {
        const row = await ctx.loaders.memberById.load(ref.id);
        return row && Member.fromRow(row);
      }
      case 'Record': {
        const row = await ctx.loaders.recordById.load(ref.id);
        return row && BibRecord.fromRow(row);
      }
      case 'Holding': {
        const [row] = await holdingsByIds(ctx.db, [ref.id]);
        return row ? Holding.fromRow(row) : null;
      }
    }
  }
}
