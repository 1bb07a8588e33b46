import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { userError, UserErrorCode } from '../../graphql/user-error.js';
import {
  CreateResourceInput, ImportKbartInput, ImportKbartPayload, Resource, ResourceConnection, ResourceFilter, ResourcePayload, ResourceTitle, ResourceTitleConnection, ResourceTitlesArgs,
} from './resources.types.js';
import { titleMatchOf } from './titles.queries.js';
import * as service from './resources.service.js';
import { importKbart, UnknownResourceError, UnreadableKbartError } from './kbart-import.service.js';

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => ResourceConnection, { description: 'Licensed resources (databases, packages, platforms), in the order they were added.' })
  async resources(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ResourceFilter, { nullable: true, description: 'What to match; omit for everything.' }) filter: ResourceFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Resource>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const { rows, total } = await service.listResources(ctx.db, filter, first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.id], Resource.fromRow, total);
  }

  @FieldResolver(() => ResourceTitleConnection, { description: "The resource's KBART title list, A–Z by title (public, like the resource)." })
  async titles(@Root() resource: Resource, @Args(() => ResourceTitlesArgs) args: ResourceTitlesArgs, @Ctx() ctx: Context): Promise<Connection<ResourceTitle>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, 'si');
    const match = titleMatchOf(args.filter);
    const rows = await ctx.loaders.titlesPage({ limit: first + 1, after: after ? [String(after[0]), Number(after[1])] : null, match }).load(resource.dbId);
    return toConnection(rows, first, !!after, (t) => [t.titleKey, t.id], ResourceTitle.fromRow, () => ctx.loaders.titleCount(match).load(resource.dbId));
  }

  @FieldResolver(() => Int, { description: "How many rows the resource's KBART title list has (a title with two coverage ranges counts twice)." })
  titleCount(@Root() resource: Resource, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.titleCount({ key: null, identifiers: [] }).load(resource.dbId);
  }

  @Authorized('admin')
  @Mutation(() => ResourcePayload, { description: 'Admin: add a licensed resource, audited with a reason.' })
  async createResource(@Arg('input', () => CreateResourceInput, { description: 'What to do.' }) input: CreateResourceInput, @Ctx() ctx: Context): Promise<ResourcePayload> {
    const { resource, userErrors } = await service.createResource(ctx.db, ctx.viewer, input);
    return { resource: resource && Resource.fromRow(resource), userErrors };
  }

  @Authorized('admin')
  @Mutation(() => ImportKbartPayload, { description: "Admin: load or re-load a resource's title list from KBART; a re-load updates rows in place and removes dropped ones. Audited." })
  async importKbart(@Arg('input', () => ImportKbartInput, { description: 'What to do.' }) input: ImportKbartInput, @Ctx() ctx: Context): Promise<ImportKbartPayload> {
    const none = { resource: null, summary: null };
    const id = idOf(input.resourceId, 'Resource');
    if (id === null) return { ...none, userErrors: [userError(['resourceId'], UserErrorCode.UNKNOWN_RESOURCE, `${input.resourceId} is not a resource ID`)] };
    if (!input.reason.trim()) return { ...none, userErrors: [userError(['reason'], UserErrorCode.REQUIRED, 'say why (kept in the audit log)')] };
    try {
      const { resource, summary } = await importKbart(ctx.db, ctx.viewer, id, { text: input.kbart }, { reason: input.reason, via: 'api' });
      return { resource: Resource.fromRow(resource), summary, userErrors: [] };
    } catch (err) {
      if (err instanceof UnknownResourceError) return { ...none, userErrors: [userError(['resourceId'], UserErrorCode.UNKNOWN_RESOURCE, `no resource has ID ${input.resourceId}`)] };
      if (err instanceof UnreadableKbartError) return { ...none, userErrors: [userError(['kbart'], UserErrorCode.INVALID_KBART, err.message)] };
      throw err;
    }
  }
}
