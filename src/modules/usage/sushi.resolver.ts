import { eq, inArray } from 'drizzle-orm';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toConnection, type Connection } from '../../graphql/pagination.js';
import { userError, UserErrorCode } from '../../graphql/user-error.js';
import { createUsageProvider, setUsageAccount } from './sushi-accounts.service.js';
import { apiConfig, harvestDepsFor, sealerFromEnvironment } from './sushi-environment.js';
import { harvestUsage, monthStart } from './sushi-harvest.service.js';
import { listHarvests } from './sushi-harvests.queries.js';
import { assertAdmin } from '../../auth/policy.js';
import { members } from '../members/index.js';
import { usageHarvests } from './sushi.tables.js';
import { usageProviders } from './usage.tables.js';
import {
  CreateUsageProviderInput, HarvestUsageInput, HarvestUsagePayload, SetUsageAccountInput, UsageAccount, UsageAccountPayload, UsageHarvest, UsageHarvestConnection, UsageHarvestFilter,
  UsageProviderPayload,
} from './sushi.types.js';
import { UsageProvider } from './counter-reports.types.js';

@Resolver(() => UsageHarvest)
export class SushiResolver {
  @Authorized('member', 'analyst', 'admin')
  @Query(() => UsageHarvestConnection, { description: "The COUNTER API harvest ledger, newest first: each member account × report × month asked for, its status and the COUNTER exception codes of the last answer. Member staff see their own member's lines only." })
  async usageHarvests(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UsageHarvestFilter, { nullable: true, description: 'What to match; omit for everything you may see.' }) filter: UsageHarvestFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<UsageHarvest>> {
    const first = pageSize(page.first);
    const after = decodeCursor(page.after, 'i');
    const providerId = filter?.providerId ? (idOf(filter.providerId, 'UsageProvider') ?? -1) : null; // an ID of another type matches nothing
    const { rows, total } = await listHarvests(ctx.db, ctx.viewer, { providerId, memberCode: filter?.memberCode ?? null, status: filter?.status ?? null }, first + 1, after ? Number(after[0]) : null);
    return toConnection(rows, first, !!after, (r) => [r.harvest.id], UsageHarvest.fromRow, total);
  }

  @Authorized('admin')
  @Mutation(() => UsageProviderPayload, { description: 'Admin: add a usage provider with its COUNTER API (SUSHI) endpoint and the reports to harvest from it. Audited.' })
  async createUsageProvider(@Arg('input', () => CreateUsageProviderInput, { description: 'The provider.' }) input: CreateUsageProviderInput, @Ctx() ctx: Context): Promise<UsageProviderPayload> {
    const { provider, userErrors } = await createUsageProvider(ctx.db, ctx.viewer, input);
    return { provider: provider && UsageProvider.fromRow(provider), userErrors };
  }

  @Authorized('admin')
  @Mutation(() => UsageAccountPayload, { description: "Admin: set a member's account at a usage provider (customer_id, and requestor_id and api_key, stored encrypted and never returned). Audited without the credentials." })
  async setUsageAccount(@Arg('input', () => SetUsageAccountInput, { description: 'The account.' }) input: SetUsageAccountInput, @Ctx() ctx: Context): Promise<UsageAccountPayload> {
    assertAdmin(ctx.viewer);
    const providerId = idOf(input.providerId, 'UsageProvider');
    if (providerId === null) return { account: null, userErrors: [userError(['providerId'], UserErrorCode.UNKNOWN_PROVIDER, `${input.providerId} is not a usage provider ID`)] };
    const r = await setUsageAccount(ctx.db, ctx.viewer, sealerFromEnvironment(), { ...input, providerId });
    if (!r.account || !r.memberCode) return { account: null, userErrors: r.userErrors };
    const [provider] = await ctx.db.select().from(usageProviders).where(eq(usageProviders.id, r.account.providerId));
    return { account: UsageAccount.fromRow(r.account, provider, r.memberCode), userErrors: [] };
  }

  @Authorized('admin')
  @Mutation(() => HarvestUsagePayload, { description: 'Admin: harvest a month now (default the previous month) from one provider or all, and wait for it: waiting and retrying lines are asked at once; with `again`, finished ones too.' })
  async harvestUsage(@Arg('input', () => HarvestUsageInput, { description: 'What to harvest.' }) input: HarvestUsageInput, @Ctx() ctx: Context): Promise<HarvestUsagePayload> {
    assertAdmin(ctx.viewer);
    const none = { month: null, scheduled: 0, harvests: [] };
    let providerId: number | null = null;
    if (input.providerId) {
      providerId = idOf(input.providerId, 'UsageProvider');
      const [row] = providerId === null ? [] : await ctx.db.select({ id: usageProviders.id, sushiUrl: usageProviders.sushiUrl }).from(usageProviders).where(eq(usageProviders.id, providerId));
      if (!row) return { ...none, userErrors: [userError(['providerId'], UserErrorCode.UNKNOWN_PROVIDER, `no usage provider has ID ${input.providerId}`)] };
      if (!row.sushiUrl) return { ...none, userErrors: [userError(['providerId'], UserErrorCode.INVALID_VALUE, 'this provider has no COUNTER API URL (sushiUrl): its usage is loaded from files')] };
    }
    if (input.month && !monthStart(input.month)) return { ...none, userErrors: [userError(['month'], UserErrorCode.INVALID_VALUE, `month must be yyyy-mm (got "${input.month}")`)] };
    const summary = await harvestUsage(ctx.db, harvestDepsFor(apiConfig()), { providerId, month: input.month ?? null, again: input.again ?? false, mode: 'asked' });
    const ids = summary.harvests.map((h) => h.id);
    const rows = ids.length === 0 ? [] : await ctx.db
      .select({ harvest: usageHarvests, provider: usageProviders, memberCode: members.code })
      .from(usageHarvests)
      .innerJoin(usageProviders, eq(usageProviders.id, usageHarvests.providerId))
      .innerJoin(members, eq(members.id, usageHarvests.memberId))
      .where(inArray(usageHarvests.id, ids))
      .orderBy(usageHarvests.id);
    return { month: summary.month, scheduled: summary.scheduled, harvests: rows.map(UsageHarvest.fromRow), userErrors: [] };
  }
}
