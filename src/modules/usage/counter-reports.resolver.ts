import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { Resource } from '../resources/index.js';
import { listCounterReports, listUsageProviders, unmatchedUsageTitles } from './counter-reports.service.js';
import { CounterReport, CounterReportConnection, CounterReportFilter, UnmatchedUsageTitle, UnmatchedUsageTitleConnection, UsageProvider } from './counter-reports.types.js';

/** A UsageProvider global ID as a database id; a wrong one is a BAD_USER_INPUT naming the argument. */
function providerIdOf(id: string | null | undefined, argument: string): number | null {
  if (id == null) return null;
  const dbId = idOf(id, 'UsageProvider');
  if (dbId === null) throw badInput(`${argument}: "${id}" is not a usage provider ID (use the id usageProviders gives)`, { argument });
  return dbId;
}

@Resolver(() => CounterReport)
export class CounterReportsResolver {
  @Authorized('member', 'analyst', 'admin')
  @Query(() => CounterReportConnection, { description: "Stored COUNTER reports, newest first. Member staff see their own member's only; analysts and admins everyone's." })
  async counterReports(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CounterReportFilter, { nullable: true, description: 'What to match; omit for everything you may see.' }) filter: CounterReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<CounterReport>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const { rows, total } = await listCounterReports(
      ctx.db, ctx.viewer, { memberCode: filter?.memberCode ?? null, providerId: providerIdOf(filter?.providerId, 'filter.providerId'), reportId: filter?.reportId ?? null },
      first + 1, after ? Number(after[0]) : null,
    );
    return toConnection(rows, first, !!after, (r) => [r.id], CounterReport.fromRow, total);
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => [UsageProvider], { description: 'The providers COUNTER usage was loaded or harvested from, by name.' })
  async usageProviders(@Ctx() ctx: Context): Promise<UsageProvider[]> {
    return (await listUsageProviders(ctx.db, ctx.viewer)).map(UsageProvider.fromRow);
  }

  @Authorized('analyst', 'admin')
  @Query(() => UnmatchedUsageTitleConnection, { description: 'Titles COUNTER reports counted that no title list matched (by ISSN, ISBN, DOI or proprietary ID), for review; oldest first. Analysts and admins.' })
  async unmatchedUsageTitles(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('providerId', () => ID, { nullable: true, description: "Only this provider's titles." }) providerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<UnmatchedUsageTitle>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const { rows, total } = await unmatchedUsageTitles(ctx.db, ctx.viewer, providerIdOf(providerId, 'providerId'), first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.id], UnmatchedUsageTitle.fromRow, total);
  }
}

@Resolver(() => UsageProvider)
export class UsageProviderResolver {
  @FieldResolver(() => Resource, { nullable: true, description: 'The licensed resource its usage counts for when no title, database or platform matches one.' })
  async resource(@Root() provider: UsageProvider, @Ctx() ctx: Context): Promise<Resource | null> {
    if (provider.resourceId == null) return null;
    const row = await ctx.loaders.resourceById.load(provider.resourceId);
    return row && Resource.fromRow(row);
  }
}
