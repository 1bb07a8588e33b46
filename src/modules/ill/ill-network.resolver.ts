/** The ILL network's operations: lending policy and rules, closures, fee tiers, statements, statistics. Thin: the services ask the policy. */
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { formatAmount } from '../../lib/money.js';
import { Member, type MemberRow } from '../members/index.js';
import { RecordFormat } from '../records/index.js';
import type { IllFeeTierRow, IllLendingRulesRow } from './ill.tables.js';
import {
  AddIllClosureInput, IllClosure, IllClosurePayload, IllFeeTier, IllMemberStatistics, IllStatement, IllStatementLine, IllStatistics,
  LendingPolicy, LendingRule, LendingRules, LendingRuleSource, RemoveIllClosureInput, SetIllFeeTierInput, SetIllFeeTierPayload, SetLendingRulesInput, SetLendingRulesPayload,
} from './ill-network.types.js';
import * as rules from './ill-rules.service.js';
import type { IllServiceLevel, IllServiceType } from './ill-states.js';
import { illStatement } from './ill-statements.service.js';
import { illStatistics } from './ill-statistics.service.js';

function policyOut(p: rules.LendingPolicyResult): LendingPolicy {
  return {
    member: Member.fromRow(p.member),
    rules: { ...p.rules, lendableFormats: p.rules.lendableFormats as RecordFormat[] | null },
    sources: rules.RULE_FIELDS.map((f) => ({ rule: f as LendingRule, source: p.sources[f] as LendingRuleSource })),
    closures: p.closures.map((c) => IllClosure.fromRow(c)),
    feeTiers: p.feeTiers.map((t) => ({ serviceType: t.serviceType as IllServiceType, serviceLevel: t.serviceLevel as IllServiceLevel, fee: { amount: t.amount, currency: t.currency }, source: t.source as LendingRuleSource })),
  };
}

/** A rules row as written: its nulls mean "inherit" (booleans shown as the default they fall back to when nobody sets them). */
function rowOut(row: IllLendingRulesRow): LendingRules {
  return {
    loanPeriodDays: row.loanPeriodDays, renewals: row.renewals, lendableFormats: row.lendableFormats as RecordFormat[] | null, excludedLocations: row.excludedLocations ?? [],
    suppliesLoans: row.suppliesLoans ?? true, suppliesCopies: row.suppliesCopies ?? true, dailyCapacity: row.dailyCapacity, notes: row.notes,
  };
}

const SIGNED_IN = ['member', 'analyst', 'admin'];

@Resolver()
export class IllNetworkResolver {
  @Authorized(...SIGNED_IN)
  @Query(() => LendingPolicy, { nullable: true, description: "A member's ILL lending policy: the rules in effect (its own over the consortium's) and where each came from, its closures and fees. Any signed-in user; null for an unknown member." })
  async lendingPolicy(@Arg('memberCode', () => String, { description: 'ISIL of the member.' }) memberCode: string, @Ctx() ctx: Context): Promise<LendingPolicy | null> {
    const p = await rules.lendingPolicy(ctx.db, ctx.viewer, memberCode);
    return p && policyOut(p);
  }

  @Authorized('member', 'admin')
  @Mutation(() => SetLendingRulesPayload, { description: "Sets a member's lending rules (its staff, admins) or the consortium-wide ones (memberCode null: admins). Replaces the row: null fields inherit." })
  async setLendingRules(@Arg('input', () => SetLendingRulesInput) input: SetLendingRulesInput, @Ctx() ctx: Context): Promise<SetLendingRulesPayload> {
    const r = await rules.setLendingRules(ctx.db, ctx.viewer, input);
    if (r.userErrors.length || !r.rules) return { policy: null, rules: null, userErrors: r.userErrors };
    const policy = r.member ? await rules.lendingPolicy(ctx.db, ctx.viewer, r.member.code) : null;
    return { policy: policy && policyOut(policy), rules: rowOut(r.rules), userErrors: [] };
  }

  @Authorized('member', 'admin')
  @Mutation(() => IllClosurePayload, { description: 'Closes a member for ILL from startsOn to endsOn inclusive (its staff, admins): it is left off every rota built on those days.' })
  async addIllClosure(@Arg('input', () => AddIllClosureInput) input: AddIllClosureInput, @Ctx() ctx: Context): Promise<IllClosurePayload> {
    const r = await rules.addIllClosure(ctx.db, ctx.viewer, input);
    return { closure: r.closure && IllClosure.fromRow(r.closure), userErrors: r.userErrors };
  }

  @Authorized('member', 'admin')
  @Mutation(() => IllClosurePayload, { description: 'Removes a closure (its member\'s staff, admins).' })
  async removeIllClosure(@Arg('input', () => RemoveIllClosureInput) input: RemoveIllClosureInput, @Ctx() ctx: Context): Promise<IllClosurePayload> {
    const r = await rules.removeIllClosure(ctx.db, ctx.viewer, idOf(input.id, 'IllClosure'));
    return { closure: r.closure && IllClosure.fromRow(r.closure), userErrors: r.userErrors };
  }

  @Authorized('member', 'admin')
  @Mutation(() => SetIllFeeTierPayload, { description: "Sets what a supplier charges per filled request of a service type and level (its staff, admins), or the consortium's tariff (memberCode null: admins). Decimal money." })
  async setIllFeeTier(@Arg('input', () => SetIllFeeTierInput) input: SetIllFeeTierInput, @Ctx() ctx: Context): Promise<SetIllFeeTierPayload> {
    const r = await rules.setIllFeeTier(ctx.db, ctx.viewer, input);
    return { feeTier: r.tier && tierOut(r.tier), userErrors: r.userErrors };
  }

  @Authorized(...SIGNED_IN)
  @Query(() => IllStatement, { description: "A member's ILL statement for a month: what it owes and is owed, per counterparty and currency, netted. Its staff, analysts, admins." })
  async illStatement(
    @Arg('memberCode', () => String, { description: 'ISIL of the member.' }) memberCode: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string,
    @Ctx() ctx: Context,
  ): Promise<IllStatement> {
    const s = await illStatement(ctx.db, ctx.viewer, memberCode, month);
    const money = (amount: string, currency: string) => ({ amount, currency });
    return {
      member: Member.fromRow(s.member), month: s.month,
      lines: s.lines.map((l) => Object.assign(new IllStatementLine(), {
        counterpartyId: l.counterpartyId, owes: money(l.owes, l.currency), owed: money(l.owed, l.currency), net: money(l.net, l.currency), borrowed: l.borrowed, lent: l.lent,
      })),
      totals: s.totals.map((t) => ({ owes: money(t.owes, t.currency), owed: money(t.owed, t.currency), net: money(t.net, t.currency) })),
    };
  }

  @Authorized(...SIGNED_IN)
  @Query(() => IllStatistics, { description: 'ILL figures over the requests placed from `from` to `to`: per member placed, filled, supplied, fill rate, turnaround, lending:borrowing. Analysts and admins: all or one member; member staff: their own.' })
  async illStatistics(
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day (inclusive), YYYY-MM-DD.' }) to: string,
    @Arg('memberCode', () => String, { nullable: true, description: 'One member (default: all the viewer may read).' }) memberCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<IllStatistics> {
    const s = await illStatistics(ctx.db, ctx.viewer, { from, to, memberCode });
    return { ...s, members: s.members.map((m) => Object.assign(new IllMemberStatistics(), m)) };
  }
}

function tierOut(t: IllFeeTierRow): IllFeeTier {
  return {
    serviceType: t.serviceType as IllServiceType, serviceLevel: t.serviceLevel as IllServiceLevel,
    fee: { amount: formatAmount(t.amount, t.currency), currency: t.currency }, source: t.memberId === null ? LendingRuleSource.CONSORTIUM : LendingRuleSource.MEMBER,
  };
}

async function memberOf(ctx: Context, id: number): Promise<Member> {
  const row: MemberRow | null = await ctx.loaders.memberById.load(id);
  if (!row) throw new Error(`ILL figures point at missing member ${id}`); // FK: a bug
  return Member.fromRow(row);
}

@Resolver(() => IllStatementLine)
export class IllStatementLineResolver {
  @FieldResolver(() => Member, { description: 'The other member.' })
  counterparty(@Root() line: IllStatementLine, @Ctx() ctx: Context): Promise<Member> {
    return memberOf(ctx, line.counterpartyId);
  }
}

@Resolver(() => IllMemberStatistics)
export class IllMemberStatisticsResolver {
  @FieldResolver(() => Member, { description: 'The member.' })
  member(@Root() row: IllMemberStatistics, @Ctx() ctx: Context): Promise<Member> {
    return memberOf(ctx, row.memberId);
  }
}
