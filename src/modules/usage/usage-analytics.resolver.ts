/**
 * The analytics queries. Each has a twin named `…Csv` with the same arguments that returns the same
 * answer as CSV text (usage-analytics.csv.ts). Permissions are decided in the service through the policy.
 */
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AgreementPeriod } from '../agreements/index.js';
import { Member, type MemberRow } from '../members/index.js';
import { Resource, type ResourceRow } from '../resources/index.js';
import * as csv from './usage-analytics.csv.js';
import { collectionOverlap } from './collection-overlap.service.js';
import { allianceEvaluation, costPerUseOfPeriod, type CostPerUseAnswer, type CostPerUseRow } from './cost-per-use.service.js';
import { topTitles, usageDenials, usageTotals, type UsageDimension, type UsageFilterInput, type UsageTotalRow } from './usage-analytics.service.js';
import {
  AllianceEvaluation, CollectionOverlap, DealEvaluation, MemberCostPerUse, MemberEvaluation, PeriodCostPerUse, UsageAccessMethod, UsageFilter, UsageGroupBy, UsageTotal,
} from './usage-analytics.types.js';

const present = <T>(v: T | null | Error | undefined): v is T => v !== null && v !== undefined && !(v instanceof Error);

/** Members and resources of an answer, loaded in one go each. */
async function lookups(ctx: Context, memberIds: (number | null)[], resourceIds: (number | null)[]) {
  const mIds = [...new Set(memberIds.filter((i): i is number => i !== null))];
  const rIds = [...new Set(resourceIds.filter((i): i is number => i !== null))];
  const members = new Map((await ctx.loaders.memberById.loadMany(mIds)).filter(present).map((m: MemberRow) => [m.id, m]));
  const resources = new Map((await ctx.loaders.resourceById.loadMany(rIds)).filter(present).map((r: ResourceRow) => [r.id, r]));
  return {
    member: (id: number | null) => (id === null || !members.has(id) ? null : Member.fromRow(members.get(id)!)),
    resource: (id: number | null) => (id === null || !resources.has(id) ? null : Resource.fromRow(resources.get(id)!)),
    names: { member: (id: number | null) => (id === null ? null : (members.get(id)?.code ?? null)), resource: (id: number | null) => (id === null ? null : (resources.get(id)?.name ?? null)) },
  };
}

async function totalsOut(ctx: Context, rows: UsageTotalRow[]): Promise<UsageTotal[]> {
  const l = await lookups(ctx, rows.map((r) => r.memberId), rows.map((r) => r.resourceId));
  return rows.map((r) =>
    Object.assign(new UsageTotal(), {
      metricType: r.metricType, accessMethod: r.accessMethod === 'TDM' ? UsageAccessMethod.TDM : UsageAccessMethod.REGULAR, reportFamily: r.family, count: BigInt(r.count),
      month: r.month, year: r.year, member: l.member(r.memberId), resource: l.resource(r.resourceId), platform: r.platform,
      title: r.itemId === null ? null : { name: r.title, printIssn: r.printIssn, onlineIssn: r.onlineIssn, isbn: r.isbn, doi: r.doi },
    }),
  );
}

async function totalsCsv(ctx: Context, rows: UsageTotalRow[]): Promise<string> {
  return csv.usageTotalsCsv(rows, (await lookups(ctx, rows.map((r) => r.memberId), rows.map((r) => r.resourceId))).names);
}

async function periodOf(ctx: Context, id: number): Promise<AgreementPeriod> {
  const row = await ctx.loaders.periodById.load(id);
  if (!row) throw new Error(`period ${id} vanished while being evaluated`);
  return AgreementPeriod.fromRow(row);
}

function memberCosts(rows: CostPerUseRow[], currency: string, l: Awaited<ReturnType<typeof lookups>>, threshold: bigint | null): MemberCostPerUse[] {
  return rows.map((r) =>
    Object.assign(new MemberCostPerUse(), {
      member: l.member(r.memberId)!, share: r.share === null ? null : { amount: r.share, currency }, listPrice: r.listPrice === null ? null : { amount: r.listPrice, currency },
      uses: r.uses, costPerUse: r.costPerUse, belowThreshold: threshold === null ? null : r.uses < threshold,
      usesByResource: r.usesByResource.map((u) => ({ resource: l.resource(u.resourceId), uses: u.uses })),
    }),
  );
}

const resourceIdsOf = (a: CostPerUseAnswer) => a.rows.flatMap((r) => r.usesByResource.map((u) => u.resourceId));

const FILTER = { nullable: true, description: 'Which usage to count (default: all of it the viewer may read).' } as const;

@Resolver()
export class UsageAnalyticsResolver {
  @Authorized('member', 'analyst', 'admin')
  @Query(() => [UsageTotal], {
    description:
      'COUNTER usage counts grouped by the dimensions asked for (and always by metric type), computed in the database. Each use counted once: the counted facts of one report family (TR when grouped by TITLE, else PR) and one access method (Regular unless TDM is asked for), or exactly the reports in filter.reportIds. At most 5,000 rows (QUERY_TOO_COMPLEX beyond). Member staff: their own member only.',
  })
  async usageTotals(
    @Arg('filter', () => UsageFilter, FILTER) filter: UsageFilter | null,
    @Arg('groupBy', () => [UsageGroupBy], { defaultValue: [], description: 'Dimensions to group by; none = one total per metric type.' }) groupBy: UsageGroupBy[],
    @Ctx() ctx: Context,
  ): Promise<UsageTotal[]> {
    return totalsOut(ctx, await usageTotals(ctx.db, ctx.viewer, filter as UsageFilterInput | null, groupBy as UsageDimension[]));
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => String, { description: 'usageTotals as CSV (a header row, then one line per row).' })
  async usageTotalsCsv(
    @Arg('filter', () => UsageFilter, FILTER) filter: UsageFilter | null,
    @Arg('groupBy', () => [UsageGroupBy], { defaultValue: [], description: 'Dimensions to group by.' }) groupBy: UsageGroupBy[],
    @Ctx() ctx: Context,
  ): Promise<string> {
    return totalsCsv(ctx, await usageTotals(ctx.db, ctx.viewer, filter as UsageFilterInput | null, groupBy as UsageDimension[]));
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => [UsageTotal], { description: 'The most used titles (TR family), biggest count first; metric Unique_Item_Requests unless filter.metricTypes names others.' })
  async topTitles(
    @Arg('filter', () => UsageFilter, FILTER) filter: UsageFilter | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many rows (1 to 1,000).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<UsageTotal[]> {
    return totalsOut(ctx, await topTitles(ctx.db, ctx.viewer, filter as UsageFilterInput | null, first));
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => String, { description: 'topTitles as CSV.' })
  async topTitlesCsv(
    @Arg('filter', () => UsageFilter, FILTER) filter: UsageFilter | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many rows (1 to 1,000).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return totalsCsv(ctx, await topTitles(ctx.db, ctx.viewer, filter as UsageFilterInput | null, first));
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => [UsageTotal], { description: 'Denials (No_License, Limit_Exceeded) as a demand signal: users turned away for want of a licence or at the user limit. Grouped by TITLE and MEMBER unless groupBy says otherwise; biggest first.' })
  async usageDenials(
    @Arg('filter', () => UsageFilter, FILTER) filter: UsageFilter | null,
    @Arg('groupBy', () => [UsageGroupBy], { nullable: true, description: 'Dimensions; default [TITLE, MEMBER].' }) groupBy: UsageGroupBy[] | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many rows (1 to 1,000).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<UsageTotal[]> {
    return totalsOut(ctx, await usageDenials(ctx.db, ctx.viewer, filter as UsageFilterInput | null, groupBy as UsageDimension[] | null, first));
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => String, { description: 'usageDenials as CSV.' })
  async usageDenialsCsv(
    @Arg('filter', () => UsageFilter, FILTER) filter: UsageFilter | null,
    @Arg('groupBy', () => [UsageGroupBy], { nullable: true, description: 'Dimensions; default [TITLE, MEMBER].' }) groupBy: UsageGroupBy[] | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many rows (1 to 1,000).' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return totalsCsv(ctx, await usageDenials(ctx.db, ctx.viewer, filter as UsageFilterInput | null, groupBy as UsageDimension[] | null, first));
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => PeriodCostPerUse, { description: "Cost per use in one agreement period: each member's cost share ÷ its use of the deal's resources in the period's months (PR family, Regular). Member staff: their own member's row." })
  async costPerUse(
    @Arg('periodId', () => ID, { description: 'The agreement period (its ID).' }) periodId: string,
    @Arg('metricType', () => String, { nullable: true, description: "Metric to divide by; default the period's usageMetric, else Unique_Item_Requests." }) metricType: string | null,
    @Ctx() ctx: Context,
  ): Promise<PeriodCostPerUse> {
    const a = await costPerUseOfPeriod(ctx.db, ctx.viewer, periodId, metricType);
    const l = await lookups(ctx, a.rows.map((r) => r.memberId), resourceIdsOf(a));
    return Object.assign(new PeriodCostPerUse(), {
      period: await periodOf(ctx, a.period.id), agreementName: a.period.agreementName, metricType: a.metricType, from: a.from, to: a.to, members: memberCosts(a.rows, a.period.currency, l, null),
    });
  }

  @Authorized('member', 'analyst', 'admin')
  @Query(() => String, { description: 'costPerUse as CSV.' })
  async costPerUseCsv(
    @Arg('periodId', () => ID, { description: 'The agreement period (its ID).' }) periodId: string,
    @Arg('metricType', () => String, { nullable: true, description: 'Metric to divide by.' }) metricType: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const a = await costPerUseOfPeriod(ctx.db, ctx.viewer, periodId, metricType);
    return csv.costPerUseCsv(a, (await lookups(ctx, [], [])).names);
  }

  @Authorized('analyst', 'admin')
  @Query(() => CollectionOverlap, { description: "Analysts: collection overlap of some members (at most 50) in union-catalogue records: each one's records and those no other member holds, and for each pair how many of A's records B also holds." })
  async collectionOverlap(@Arg('memberCodes', () => [String], { description: 'ISILs of the members to compare.' }) memberCodes: string[], @Ctx() ctx: Context): Promise<CollectionOverlap> {
    const a = await collectionOverlap(ctx.db, ctx.viewer, memberCodes);
    const l = await lookups(ctx, a.members.map((m) => m.memberId), []);
    return Object.assign(new CollectionOverlap(), {
      members: a.members.map((m) => ({ member: l.member(m.memberId)!, records: m.records, uniqueRecords: m.uniqueRecords })),
      pairs: a.pairs.map((p) => ({ member: l.member(p.memberId)!, other: l.member(p.otherId)!, sharedRecords: p.shared, shareOfMember: p.records === 0 ? null : Math.round((p.shared / p.records) * 10_000) / 10_000 })),
      asOf: new Date(a.asOf),
    });
  }

  @Authorized('analyst', 'admin')
  @Query(() => String, { description: 'collectionOverlap as CSV.' })
  async collectionOverlapCsv(@Arg('memberCodes', () => [String], { description: 'ISILs of the members to compare.' }) memberCodes: string[], @Ctx() ctx: Context): Promise<string> {
    return csv.overlapCsv(await collectionOverlap(ctx.db, ctx.viewer, memberCodes));
  }

  @Authorized('analyst', 'admin')
  @Query(() => AllianceEvaluation, { description: "Analysts: the year's evaluation of every deal period starting in it (price against the members' list prices, cost per use, members below the threshold) and of every member across them." })
  async allianceEvaluation(
    @Arg('year', () => Int, { description: 'Periods starting in this year.' }) year: number,
    @Arg('threshold', () => Int, { defaultValue: 100, description: 'Members with fewer uses in a deal are listed as below it.' }) threshold: number,
    @Arg('metricType', () => String, { nullable: true, description: 'Metric uses are counted in; default Unique_Item_Requests.' }) metricType: string | null,
    @Ctx() ctx: Context,
  ): Promise<AllianceEvaluation> {
    const a = await allianceEvaluation(ctx.db, ctx.viewer, year, threshold, metricType);
    const l = await lookups(ctx, [...a.deals.flatMap((d) => d.rows.map((r) => r.memberId)), ...a.members.map((m) => m.memberId)], a.deals.flatMap(resourceIdsOf));
    const deals: DealEvaluation[] = [];
    for (const d of a.deals) {
      const c = d.period.currency;
      deals.push(Object.assign(new DealEvaluation(), {
        period: await periodOf(ctx, d.period.id), agreementName: d.period.agreementName, price: { amount: d.period.totalAmount, currency: c },
        listPriceTotal: d.listPriceTotal === null ? null : { amount: d.listPriceTotal, currency: c }, savings: d.savings === null ? null : { amount: d.savings, currency: c },
        membersWithoutListPrice: d.membersWithoutListPrice, membersBelowThreshold: d.belowThreshold, members: memberCosts(d.rows, c, l, a.threshold),
      }));
    }
    return Object.assign(new AllianceEvaluation(), {
      year: a.year, metricType: a.metricType, threshold: a.threshold, deals,
      members: a.members.map((m) => Object.assign(new MemberEvaluation(), { member: l.member(m.memberId)!, shares: { amount: m.shares, currency: m.currency }, uses: m.uses, costPerUse: m.costPerUse, deals: m.deals })),
    });
  }

  @Authorized('analyst', 'admin')
  @Query(() => String, { description: 'allianceEvaluation as CSV: one row per deal, per deal and member, and per member.' })
  async allianceEvaluationCsv(
    @Arg('year', () => Int, { description: 'Periods starting in this year.' }) year: number,
    @Arg('threshold', () => Int, { defaultValue: 100, description: 'Members with fewer uses in a deal are flagged.' }) threshold: number,
    @Arg('metricType', () => String, { nullable: true, description: 'Metric uses are counted in.' }) metricType: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return csv.allianceCsv(await allianceEvaluation(ctx.db, ctx.viewer, year, threshold, metricType));
  }
}
