import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { UserError } from '../../graphql/user-error.js';
import { CostShareMethod, CostShareTierInput, LicenceTerm, UsageWindow } from '../agreements/index.js';
import { LocalDate } from '../resources/index.js';
import { Member } from '../members/index.js';
import type { EntitlementRow } from './entitlements.tables.js';

export enum AccessMethod {
  IP = 'IP',
  PROXY = 'PROXY',
  SSO = 'SSO',
}
registerEnumType(AccessMethod, {
  name: 'AccessMethod',
  description: "How a member's users reach a resource.",
  valuesConfig: { IP: { description: "By the member's IP ranges." }, PROXY: { description: 'Through the member\'s proxy (EZproxy etc.).' }, SSO: { description: 'Federated sign-on (SAML, CARSI, OpenAthens).' } },
});

export enum PaymentStatus {
  DUE = 'DUE',
  INVOICED = 'INVOICED',
  PAID = 'PAID',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus', description: 'Where a cost share stands.', valuesConfig: { DUE: { description: 'Not invoiced yet.' }, INVOICED: { description: 'Invoice sent (see invoiceReference).' }, PAID: { description: 'Paid.' } } });

export enum AccessDenialReason {
  NO_ENTITLEMENT = 'NO_ENTITLEMENT',
  OUTSIDE_PERIOD = 'OUTSIDE_PERIOD',
  IP_NOT_IN_RANGE = 'IP_NOT_IN_RANGE',
  OUTSIDE_COVERAGE = 'OUTSIDE_COVERAGE',
  EMBARGOED = 'EMBARGOED',
}
registerEnumType(AccessDenialReason, {
  name: 'AccessDenialReason',
  description: 'Why access is denied.',
  valuesConfig: {
    NO_ENTITLEMENT: { description: 'The member takes part in no active deal covering the resource (or no resource carries the title).' },
    OUTSIDE_PERIOD: { description: 'The member is entitled, but no entitled period contains the date.' },
    IP_NOT_IN_RANGE: { description: "The address is in no member's IP ranges (or not in the given member's)." },
    OUTSIDE_COVERAGE: { description: 'The issue asked for (publishedOn) is outside the coverage on the resource.' },
    EMBARGOED: { description: 'The issue asked for is under the embargo (moving wall) on the date.' },
  },
});

@ObjectType({ description: "A member's share of an agreement period's cost (one per entitled member)." })
export class CostShare {
  dbId!: number;
  memberId!: number;
  periodId!: number;
  currency!: string;
  shareAmount!: string | null;
  @Field(() => [AccessMethod], { description: "How the member's users get in." })
  accessMethods!: AccessMethod[];
  /** Shown as `paymentStatus`, `invoiceReference` and `share` through the policy (CostFieldsResolver): raw here. */
  paymentStatus!: PaymentStatus | null;
  invoiceReference!: string | null;
  /** The stored row's values; what a viewer sees of the costs is decided by field resolvers asking the policy. */
  fill(row: EntitlementRow, currency: string): this {
    Object.assign(this, {
      dbId: row.id, memberId: row.memberId, periodId: row.periodId, currency, shareAmount: row.shareAmount, accessMethods: row.accessMethods as AccessMethod[],
      paymentStatus: row.paymentStatus as PaymentStatus | null, invoiceReference: row.invoiceReference,
    });
    return this;
  }

  @Field(() => CostShareMethod, { description: 'How the share was computed.' })
  method!: CostShareMethod;

  static fromRow(row: EntitlementRow, currency: string, method: CostShareMethod): CostShare {
    const c = new CostShare().fill(row, currency);
    c.method = method;
    return c;
  }
}

@ObjectType({ description: "A member's entitlement to one resource through an agreement period." })
export class Entitlement {
  dbId!: number;
  memberId!: number;
  periodId!: number;
  currency!: string;
  shareAmount!: string | null;
  @Field(() => [AccessMethod], { description: "How the member's users get in." })
  accessMethods!: AccessMethod[];
  /** Shown as `paymentStatus`, `invoiceReference` and `share` through the policy (CostFieldsResolver): raw here. */
  paymentStatus!: PaymentStatus | null;
  invoiceReference!: string | null;
  /** The stored row's values; what a viewer sees of the costs is decided by field resolvers asking the policy. */
  fill(row: EntitlementRow, currency: string): this {
    Object.assign(this, {
      dbId: row.id, memberId: row.memberId, periodId: row.periodId, currency, shareAmount: row.shareAmount, accessMethods: row.accessMethods as AccessMethod[],
      paymentStatus: row.paymentStatus as PaymentStatus | null, invoiceReference: row.invoiceReference,
    });
    return this;
  }

  resourceId!: number;
  @Field(() => ID, { description: 'Opaque global ID of the entitlement (member × period).' })
  get id(): string {
    return toGlobalId('Entitlement', this.dbId);
  }
  static fromRow(row: EntitlementRow, resourceId: number, currency: string): Entitlement {
    const e = new Entitlement().fill(row, currency);
    e.resourceId = resourceId;
    return e;
  }
}

@InputType({ description: 'Enter a member into an agreement period (or change its entry). Shares are recomputed.' })
export class AssignEntitlementInput {
  @Field(() => ID, { description: 'The agreement period.' })
  periodId!: string;
  @Field(() => String, { description: 'ISIL of the member.' })
  memberCode!: string;
  @Field(() => [AccessMethod], { nullable: true, description: 'How its users get in; defaults to [IP].' })
  accessMethods?: AccessMethod[] | null;
  @Field(() => String, { nullable: true, description: "The member's amount, for a FIXED split (decimal string)." })
  fixedShare?: string | null;
  @Field(() => Int, { nullable: true, description: "Last period's usage, the weight of a BY_USAGE split when the period has no COUNTER usage setting or some member has no COUNTER usage in its window." })
  usage?: number | null;
  @Field(() => String, { nullable: true, description: 'What the member would pay the vendor alone (decimal string in the period\'s currency), for the alliance evaluation\'s savings.' })
  listPrice?: string | null;
  @Field(() => PaymentStatus, { nullable: true, description: 'Payment status; defaults to DUE for a new entry.' })
  paymentStatus?: PaymentStatus | null;
  @Field(() => String, { nullable: true, description: 'Invoice reference.' })
  invoiceReference?: string | null;
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@InputType({ description: 'Take a member out of an agreement period (it leaves mid-deal). Shares are recomputed.' })
export class RemoveEntitlementInput {
  @Field(() => ID, { description: 'The agreement period.' })
  periodId!: string;
  @Field(() => String, { description: 'ISIL of the member.' })
  memberCode!: string;
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@InputType({ description: "Recompute a period's cost shares, optionally with another method or tier table." })
export class RecomputeCostSharesInput {
  @Field(() => ID, { description: 'The agreement period.' })
  periodId!: string;
  @Field(() => CostShareMethod, { nullable: true, description: "A new method; omit to keep the period's." })
  method?: CostShareMethod | null;
  @Field(() => [CostShareTierInput], { nullable: true, description: 'A new tier table (TIER).' })
  tiers?: CostShareTierInput[] | null;
  @Field(() => String, { nullable: true, description: 'BY_USAGE: a new COUNTER metric for the split (with usageWindow); omit both to keep the period\'s.' })
  usageMetric?: string | null;
  @Field(() => UsageWindow, { nullable: true, description: 'BY_USAGE: a new usage window (with usageMetric).' })
  usageWindow?: UsageWindow | null;
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@ObjectType({ description: 'Result of assignEntitlement / removeEntitlement / recomputeCostShares.' })
export class CostSharesPayload {
  @Field(() => [CostShare], { nullable: true, description: "The period's cost shares after the change; null when userErrors is not empty." })
  costShares!: CostShare[] | null;
  @Field(() => String, { nullable: true, description: 'Set when the entry was saved but the shares could not be split (e.g. FIXED amounts that do not add up yet): the shares are cleared until recomputeCostShares succeeds.' })
  costShareProblem!: string | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@InputType({ description: "Replace a member's IP ranges." })
export class SetMemberIpRangesInput {
  @Field(() => String, { description: 'ISIL of the member.' })
  memberCode!: string;
  @Field(() => [String], { description: 'IPv4 / IPv6 CIDR ranges or single addresses; the full new list.' })
  ranges!: string[];
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Accept ranges that overlap another member's (shared campuses); needs a reason." })
  allowOverlap?: boolean | null;
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@ObjectType({ description: 'Result of setMemberIpRanges.' })
export class MemberIpRangesPayload {
  @Field(() => Member, { nullable: true, description: 'The member; null when userErrors is not empty.' })
  member!: Member | null;
  @Field(() => [String], { nullable: true, description: 'The ranges as saved (normalised CIDR).' })
  ipRanges!: string[] | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@InputType({ description: 'What to check: one of resourceId / issn / isbn, and memberCode and/or ip.' })
export class AccessCheckInput {
  @Field(() => ID, { nullable: true, description: 'The resource.' })
  resourceId?: string | null;
  @Field(() => String, { nullable: true, description: 'Or a journal by ISSN (print or online, with or without hyphen).' })
  issn?: string | null;
  @Field(() => String, { nullable: true, description: 'Or a book by ISBN (10 or 13, print or online).' })
  isbn?: string | null;
  @Field(() => String, { nullable: true, description: "A member's ISIL (its staff, analysts and admins only)." })
  memberCode?: string | null;
  @Field(() => String, { nullable: true, description: 'An IP address (anyone may ask).' })
  ip?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The day of access; defaults to today in the consortium time zone (CONSORTIUM_TZ).' })
  date?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'With issn/isbn: the publication date of the issue wanted, checked against coverage and embargo.' })
  publishedOn?: string | null;
}

@ObjectType({ description: 'The answer of accessCheck.' })
export class AccessCheckResult {
  @Field(() => Boolean, { description: 'Whether access is allowed.' })
  allowed!: boolean;
  @Field(() => AccessDenialReason, { nullable: true, description: 'Why not; null when allowed.' })
  reason!: AccessDenialReason | null;
  @Field(() => String, { description: 'The answer in English, for people.' })
  message!: string;
  @Field(() => LocalDate, { description: 'The day checked.' })
  date!: string;
  @Field(() => Member, { nullable: true, description: 'The member the access is through (given, or found by IP).' })
  member!: Member | null;
  @Field(() => Entitlement, { nullable: true, description: "The entitlement that grants access (or the nearest one when denied for period, coverage or embargo). Its costs, and for the anonymous its period and agreement, are null when the viewer may not see them." })
  entitlement!: Entitlement | null;
  @Field(() => [LicenceTerm], { description: "The licence terms of that entitlement's agreement ([] without one)." })
  terms!: LicenceTerm[];
}
