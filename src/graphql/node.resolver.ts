import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { can } from '../auth/policy.js';
import { fromGlobalId } from './global-id.js';
import type { Context } from './context.js';
import { Node } from './node.js';
import { Member } from '../modules/members/index.js';
import { BibRecord, loadRecordFollowingMerges, RecordSource } from '../modules/records/index.js';
import { Holding, holdingsByIds } from '../modules/holdings/index.js';
import { Resource } from '../modules/resources/index.js';
import { Agreement } from '../modules/agreements/index.js';
import { IllRequest, illRequestById } from '../modules/ill/index.js';
import { ApiClient, visibleApiClient } from '../modules/clients/index.js';

type AnyNode = Member | BibRecord | Holding | RecordSource | Resource | Agreement | IllRequest | ApiClient;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist. A merged-away record resolves to the record that absorbed it.' })
  async node(@Arg('id', () => ID, { description: 'A global ID as returned by the API.' }) id: string, @Ctx() ctx: Context): Promise<AnyNode | null> {
    const ref = fromGlobalId(id);
    if (!ref) return null;
    switch (ref.type) {
      case 'Member': {
        const row = await ctx.loaders.memberById.load(ref.id);
        return row && Member.fromRow(row);
      }
      case 'Record':
        return loadRecordFollowingMerges(ctx, ref.id);
      case 'Holding': {
        const [row] = await holdingsByIds(ctx.db, [ref.id]);
        return row ? Holding.fromRow(row) : null;
      }
      case 'RecordSource': {
        const row = await ctx.loaders.sourceById.load(ref.id);
        return row && RecordSource.fromRow(row);
      }
      case 'Resource': {
        const row = await ctx.loaders.resourceById.load(ref.id);
        return row && Resource.fromRow(row);
      }
      case 'Agreement': {
        if (!can(ctx.viewer, 'readAgreements')) return null; // deals are for signed-in users, as in agreements()
        const row = await ctx.loaders.agreementById.load(ref.id);
        return row && Agreement.fromRow(row);
      }
      case 'IllRequest': {
        if (ctx.viewer.role === 'anonymous') return null; // requests are for staff, as in illRequests()
        const row = await illRequestById(ctx.db, ctx.viewer, ref.id, { hidden: 'null' });
        return row && IllRequest.fromRow(row);
      }
      case 'ApiClient': {
        const row = await visibleApiClient(ctx.db, ctx.viewer, ref.id); // admins and the owning member's staff
        return row && ApiClient.fromRow(row);
      }
      default:
        return null; // ImportRun, periods and entitlements: through imports(), agreements() and member.entitlements
    }
  }
}
