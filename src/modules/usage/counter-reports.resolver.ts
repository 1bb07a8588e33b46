import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { Resource } from '../resources/index.js';
import { listCounterReports, listUsageProviders, unmatchedUsageTitles } from './counter-reports.service.js';
import { userError, UserErrorCode } from '../../graphql/user-error.js';
import { sizeText } from '../../lib/size-text.js';
import { CounterStoreRequestError } from './counter-store.service.js';
import { MAX_COUNTER_UPLOAD_BYTES, uploadCounterReports } from './counter-upload.service.js';
import {
  CounterFileEncoding, CounterImportResult, CounterReport, CounterReportConnection, CounterReportFilter, ImportCounterReportsInput, ImportCounterReportsPayload, metricCounts,
  UnmatchedUsageTitle, UnmatchedUsageTitleConnection, UsageProvider,
} from './counter-reports.types.js';

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

  @Authorized('admin')
  @Mutation(() => ImportCounterReportsPayload, {
    description: `Store COUNTER R5/R5.1 reports (JSON, TSV or CSV; at most ${sizeText(MAX_COUNTER_UPLOAD_BYTES)} per call): the same as the CLI's import counter. Each file is its own report, stored whole or refused whole with every bad row; a re-loaded report replaces its months. Admins.`,
  })
  async importCounterReports(@Arg('input', () => ImportCounterReportsInput, { description: 'The report files and whom they are for.' }) input: ImportCounterReportsInput, @Ctx() ctx: Context): Promise<ImportCounterReportsPayload> {
    try {
      const r = await uploadCounterReports(ctx.db, ctx.viewer, {
        files: input.files.map((f) => ({ name: f.name, content: f.content, encoding: f.encoding === CounterFileEncoding.BASE64 ? 'base64' : 'text' })),
        memberCode: input.memberCode ?? null,
        provider: input.provider ?? null,
      });
      return { results: r.results.map((x) => CounterImportResult.fromSummary(x.fileName, x.summary)), totals: metricCounts(r.totals), userErrors: r.userErrors };
    } catch (err) {
      if (err instanceof CounterStoreRequestError) return { results: [], totals: [], userErrors: [userError([err.field], UserErrorCode.UNKNOWN_MEMBER, err.message)] };
      throw err;
    }
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
