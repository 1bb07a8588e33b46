import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Agreement, AgreementPeriod, CostShareMethod, Money, type AgreementPeriodRow } from '../agreements/index.js';
import { formatAmount } from '../../lib/money.js';
import { consortiumToday, LocalDate, Resource } from '../resources/index.js';
import { Member, type MemberRow } from '../members/index.js';
import {
  AssignEntitlementInput, CostShare, PaymentStatus, CostSharesPayload, Entitlement, MemberIpRangesPayload, RecomputeCostSharesInput, RemoveEntitlementInput, SetMemberIpRangesInput,
} from './entitlements.types.js';
import type { EntitlementRow } from './entitlements.tables.js';
import * as service from './entitlements.service.js';
import { setMemberIpRanges } from './ip-ranges.service.js';
import { assertCanReadMemberLicensing, can, seesAllDealMoney, seesDeals, visibleCosts, visibleCostShares, visiblePeriodMoney, type CostFields } from '../../auth/policy.js';
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

/** The ISILs of the members entered in a period (batched: the same loads as its cost shares). */
async function participantCodes(ctx: Context, periodId: number): Promise<(string | null)[]> {
  const rows = await ctx.loaders.entitlementsByPeriod.load(periodId);
  const members = await ctx.loaders.memberById.loadMany(rows.map((r) => r.memberId));
  return members.map((m) => (m && !(m instanceof Error) ? m.code : null));
}

/** A period's money: who sees it is the policy's (visiblePeriodMoney); it lives here because it depends on who takes part. */
@Resolver(() => AgreementPeriod)
export class PeriodCostSharesResolver {
  @FieldResolver(() => Money, {
    name: 'totalCost', nullable: true,
    description: 'What the consortium pays for the period. Analysts, admins and the staff of members taking part in the period see it; null for anyone else.',
  })
  async totalCost(@Root() period: AgreementPeriod, @Ctx() ctx: Context): Promise<Money | null> {
    if (seesAllDealMoney(ctx.viewer)) return period.total; // no need to ask who takes part
    if (!seesDeals(ctx.viewer)) return null;
    return visiblePeriodMoney(ctx.viewer, await participantCodes(ctx, period.dbId), period.total);
  }

  @FieldResolver(() => [CostShare], { description: "Each entitled member's share of the period's cost, by member. Member staff see only their own; analysts and admins all." })
  async costShares(@Root() period: AgreementPeriod, @Ctx() ctx: Context): Promise<CostShare[]> {
    if (!can(ctx.viewer, 'readAgreements')) return []; // nothing to show: skip the read
    const rows = await ctx.loaders.entitlementsByPeriod.load(period.dbId);
    return visibleShares(ctx, rows, { currency: period.total.currency, costShareMethod: period.costShareMethod });
  }
}

type Costed = CostFields & { memberId: number; currency: string };

/** A share's amount, payment and invoice as the viewer may see them (visibleCosts), from the row's member. */
async function visibleCostsOf(ctx: Context, row: Costed): Promise<CostFields> {
  if (can(ctx.viewer, 'readMemberLicensing')) return row; // analysts and admins: no need to load the member
  const member = await ctx.loaders.memberById.load(row.memberId);
  return visibleCosts(ctx.viewer, member?.code ?? null, row);
}

const moneyOf = (costs: CostFields, currency: string): Money | null => (costs.shareAmount !== null ? { amount: formatAmount(costs.shareAmount, currency), currency } : null);

/** The cost fields of Entitlement and CostShare: one place asks the policy, whichever answer the object is reached from. */
function costFieldResolvers<T extends Costed>(of: () => new () => T) {
  @Resolver(of)
  class CostFieldsResolver {
    @FieldResolver(() => Money, { nullable: true, description: "The member's share of the period's cost; null until computed, or when this viewer may not see this member's costs." })
    async share(@Root() row: T, @Ctx() ctx: Context): Promise<Money | null> {
      return moneyOf(await visibleCostsOf(ctx, row), row.currency);
    }
    @FieldResolver(() => PaymentStatus, { nullable: true, description: "Payment of the member's share; null for viewers who may not see this member's costs." })
    async paymentStatus(@Root() row: T, @Ctx() ctx: Context): Promise<PaymentStatus | null> {
      return (await visibleCostsOf(ctx, row)).paymentStatus as PaymentStatus | null;
    }
    @FieldResolver(() => String, { nullable: true, description: "Invoice reference; null when none, or for viewers who may not see this member's costs." })
    async invoiceReference(@Root() row: T, @Ctx() ctx: Context): Promise<string | null> {
      return (await visibleCostsOf(ctx, row)).invoiceReference;
    }
  }
  return CostFieldsResolver;
}

export const EntitlementCostsResolver = costFieldResolvers(() => Entitlement);
export const CostShareCostsResolver = costFieldResolvers(() => CostShare);

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
  @FieldResolver(() => AgreementPeriod, { nullable: true, description: 'The agreement period it runs in; null for the anonymous (deals need a token, as in `agreements`).' })
  async period(@Root() e: Entitlement, @Ctx() ctx: Context): Promise<AgreementPeriod | null> {
    if (!seesDeals(ctx.viewer)) return null; // skip the read
    return periodOf(ctx, e.periodId);
  }
  @FieldResolver(() => Agreement, { nullable: true, description: 'The deal it comes from; null for the anonymous (deals need a token, as in `agreements`).' })
  async agreement(@Root() e: Entitlement, @Ctx() ctx: Context): Promise<Agreement | null> {
    if (!seesDeals(ctx.viewer)) return null;
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
