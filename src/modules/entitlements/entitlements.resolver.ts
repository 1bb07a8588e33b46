import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Agreement, AgreementPeriod, CostShareMethod, type AgreementPeriodRow } from '../agreements/index.js';
import { consortiumToday, LocalDate, Resource } from '../resources/index.js';
import { Member, type MemberRow } from '../members/index.js';
import {
  AssignEntitlementInput, CostShare, CostSharesPayload, Entitlement, MemberIpRangesPayload, RecomputeCostSharesInput, RemoveEntitlementInput, SetMemberIpRangesInput,
} from './entitlements.types.js';
import type { EntitlementRow } from './entitlements.tables.js';
import * as service from './entitlements.service.js';
import { setMemberIpRanges } from './ip-ranges.service.js';
import { assertCanReadMemberLicensing, can, visibleCostShares } from '../../auth/policy.js';
import { ipActivationCsv, memberKbart } from './exports.service.js';

async function memberOf(ctx: Context, memberId: number): Promise<Member> {
  const row = await ctx.loaders.memberById.load(memberId);
  if (!row) throw new Error(`entitlement points at missing member ${memberId}`); // FK: a bug
  return Member.fromRow(row);
}

async function periodOf(ctx: Context, periodId: number): Promise<AgreementPeriod> {
  const row = await ctx.loaders.periodById.load(periodId);
  if (!row) throw new Error(`entitlement points at missing period ${periodId}`);
  return AgreementPeriod.fromRow(row);
}

/** The period's shares the viewer may see: all for analysts and admins, their own for member staff, none otherwise. */
async function visibleShares(ctx: Context, rows: EntitlementRow[], period: Pick<AgreementPeriodRow, 'currency' | 'costShareMethod'>): Promise<CostShare[]> {
  const members = await ctx.loaders.memberById.loadMany(rows.map((r) => r.memberId));
  const codeOf = new Map(rows.map((r, i) => [r, members[i] && !(members[i] instanceof Error) ? (members[i] as MemberRow).code : null]));
  return visibleCostShares(ctx.viewer, rows, (r) => codeOf.get(r) ?? null).map((r) => CostShare.fromRow(r, period.currency, period.costShareMethod as CostShareMethod));
}

function sharesPayload(ctx: Context, r: service.CostShareResult): Promise<CostSharesPayload> | CostSharesPayload {
  if (!r.costShares || !r.period) return { costShares: null, costShareProblem: null, userErrors: r.userErrors };
  return visibleShares(ctx, r.costShares, r.period).then((costShares) => ({ costShares, costShareProblem: r.costShareProblem, userErrors: [] }));
}

@Resolver(() => AgreementPeriod)
export class PeriodCostSharesResolver {
  @FieldResolver(() => [CostShare], { description: "Each entitled member's share of the period's cost, by member. Member staff see only their own; analysts and admins all." })
  async costShares(@Root() period: AgreementPeriod, @Ctx() ctx: Context): Promise<CostShare[]> {
    if (!can(ctx.viewer, 'readAgreements')) return []; // nothing to show: skip the read
    const rows = await ctx.loaders.entitlementsByPeriod.load(period.dbId);
    return visibleShares(ctx, rows, { currency: period.totalCost.currency, costShareMethod: period.costShareMethod });
  }
}

@Resolver(() => CostShare)
export class CostShareResolver {
  @FieldResolver(() => Member, { description: 'The member who pays this share.' })
  member(@Root() share: CostShare, @Ctx() ctx: Context): Promise<Member> {
    return memberOf(ctx, share.memberId);
  }
  @FieldResolver(() => AgreementPeriod, { description: 'The period.' })
  period(@Root() share: CostShare, @Ctx() ctx: Context): Promise<AgreementPeriod> {
    return periodOf(ctx, share.periodId);
  }
}

@Resolver(() => Entitlement)
export class EntitlementResolver {
  @FieldResolver(() => Member, { description: 'The entitled member.' })
  member(@Root() e: Entitlement, @Ctx() ctx: Context): Promise<Member> {
    return memberOf(ctx, e.memberId);
  }
  @FieldResolver(() => Resource, { description: 'The resource.' })
  async resource(@Root() e: Entitlement, @Ctx() ctx: Context): Promise<Resource> {
    const row = await ctx.loaders.resourceById.load(e.resourceId);
    if (!row) throw new Error(`entitlement points at missing resource ${e.resourceId}`);
    return Resource.fromRow(row);
  }
  @FieldResolver(() => AgreementPeriod, { description: 'The agreement period it runs in.' })
  period(@Root() e: Entitlement, @Ctx() ctx: Context): Promise<AgreementPeriod> {
    return periodOf(ctx, e.periodId);
  }
  @FieldResolver(() => Agreement, { description: 'The deal it comes from.' })
  async agreement(@Root() e: Entitlement, @Ctx() ctx: Context): Promise<Agreement> {
    const period = await periodOf(ctx, e.periodId);
    const row = await ctx.loaders.agreementById.load(period.agreementId);
    if (!row) throw new Error(`period ${period.dbId} points at a missing agreement`);
    return Agreement.fromRow(row);
  }
}

@Resolver(() => Member)
export class MemberLicensingResolver {
  @FieldResolver(() => [String], { nullable: true, description: "The member's IP ranges (normalised CIDR), for IP-authenticated access. Its staff, analysts and admins only." })
  async ipRanges(@Root() member: Member, @Ctx() ctx: Context): Promise<string[]> {
    assertCanReadMemberLicensing(ctx.viewer, member.code);
    return ctx.loaders.ipRangesByMember.load(member.dbId);
  }

  @FieldResolver(() => [Entitlement], { nullable: true, description: 'What the member is entitled to: one entry per resource and agreement period. Its staff, analysts and admins only.' })
  async entitlements(
    @Root() member: Member,
    @Arg('on', () => LocalDate, { nullable: true, description: 'Only periods that contain this day; omit for every period.' }) on: string | null,
    @Ctx() ctx: Context,
  ): Promise<Entitlement[]> {
    assertCanReadMemberLicensing(ctx.viewer, member.code);
    const rows = await ctx.loaders.entitlementsByMember.load(member.dbId);
    return rows.filter((r) => !on || (r.startDate <= on && on <= r.endDate)).map((r) => Entitlement.fromRow(r.entitlement, r.resourceId, r.currency));
  }

  @FieldResolver(() => String, { nullable: true, description: 'KBART file (phase II, tab-separated) of every title on the resources the member is entitled to on a day. Its staff, analysts and admins only.' })
  async entitledTitlesKbart(
    @Root() member: Member,
    @Arg('date', () => LocalDate, { nullable: true, description: 'The day; defaults to today (CONSORTIUM_TZ).' }) date: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    assertCanReadMemberLicensing(ctx.viewer, member.code);
    return memberKbart(ctx.db, member.dbId, date ?? consortiumToday());
  }

  @Authorized('admin')
  @Mutation(() => MemberIpRangesPayload, { description: "Admin: replace a member's IP ranges. A range overlapping another member's is an IP_RANGE_OVERLAP userError unless allowOverlap is true. Audited." })
  async setMemberIpRanges(@Arg('input', () => SetMemberIpRangesInput, { description: 'What to do.' }) input: SetMemberIpRangesInput, @Ctx() ctx: Context): Promise<MemberIpRangesPayload> {
    const r = await setMemberIpRanges(ctx.db, ctx.viewer, input);
    return { member: r.member && Member.fromRow(r.member), ipRanges: r.ipRanges, userErrors: r.userErrors };
  }

  @Authorized('admin')
  @Mutation(() => CostSharesPayload, { description: "Admin: enter a member into an agreement period (or change its entry); the period's shares are recomputed. Audited." })
  async assignEntitlement(@Arg('input', () => AssignEntitlementInput, { description: 'What to do.' }) input: AssignEntitlementInput, @Ctx() ctx: Context): Promise<CostSharesPayload> {
    return sharesPayload(ctx, await service.assignEntitlement(ctx.db, ctx.viewer, input));
  }

  @Authorized('admin')
  @Mutation(() => CostSharesPayload, { description: "Admin: take a member out of an agreement period (it leaves mid-deal); the period's shares are recomputed. Audited." })
  async removeEntitlement(@Arg('input', () => RemoveEntitlementInput, { description: 'What to do.' }) input: RemoveEntitlementInput, @Ctx() ctx: Context): Promise<CostSharesPayload> {
    return sharesPayload(ctx, await service.removeEntitlement(ctx.db, ctx.viewer, input));
  }

  @Authorized('admin')
  @Mutation(() => CostSharesPayload, { description: "Admin: recompute a period's cost shares (optionally with another method); a split that fails changes nothing. Audited." })
  async recomputeCostShares(@Arg('input', () => RecomputeCostSharesInput, { description: 'What to do.' }) input: RecomputeCostSharesInput, @Ctx() ctx: Context): Promise<CostSharesPayload> {
    return sharesPayload(ctx, await service.recomputeCostShares(ctx.db, ctx.viewer, input));
  }
}

@Resolver(() => Resource)
export class ResourceExportsResolver {
  @Authorized('analyst', 'admin')
  @FieldResolver(() => String, { description: 'IP activation list for the vendor: CSV (member_code, member_name, member_name_en, cidr) of every member entitled on a day. Analysts and admins.' })
  ipActivationList(
    @Root() resource: Resource,
    @Arg('date', () => LocalDate, { nullable: true, description: 'The day; defaults to today (CONSORTIUM_TZ).' }) date: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ipActivationCsv(ctx.db, resource.dbId, date ?? consortiumToday());
  }
}
