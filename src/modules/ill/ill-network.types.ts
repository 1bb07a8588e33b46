/** GraphQL types of the ILL network: lending rules and policies, closures, fee tiers, statements, statistics. */
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { UserError } from '../../graphql/user-error.js';
import { Money } from '../agreements/index.js';
import { Member } from '../members/index.js';
import { RecordFormat } from '../records/index.js';
import { LocalDate } from '../resources/index.js';
import type { IllClosureRow } from './ill.tables.js';
import { IllServiceLevelEnum, IllServiceTypeEnum } from './ill.types.js';
import type { IllServiceLevel, IllServiceType } from './ill-states.js';

export enum LendingRule {
  LOAN_PERIOD_DAYS = 'loanPeriodDays',
  RENEWALS = 'renewals',
  LENDABLE_FORMATS = 'lendableFormats',
  EXCLUDED_LOCATIONS = 'excludedLocations',
  SUPPLIES_LOANS = 'suppliesLoans',
  SUPPLIES_COPIES = 'suppliesCopies',
  DAILY_CAPACITY = 'dailyCapacity',
  NOTES = 'notes',
}
registerEnumType(LendingRule, { name: 'LendingRule', description: 'One field of the lending rules.' });

export enum LendingRuleSource {
  MEMBER = 'MEMBER',
  CONSORTIUM = 'CONSORTIUM',
  DEFAULT = 'DEFAULT',
}
registerEnumType(LendingRuleSource, {
  name: 'LendingRuleSource',
  description: 'Where an effective lending rule comes from.',
  valuesConfig: {
    MEMBER: { description: "The member's own rules." },
    CONSORTIUM: { description: 'The consortium-wide rules (the member sets nothing for it).' },
    DEFAULT: { description: 'Neither sets it: the built-in default (supplies loans and copies, every format, no location excluded, no cap).' },
  },
});

@ObjectType({ description: 'Where one effective lending rule comes from.' })
export class LendingRuleOrigin {
  @Field(() => LendingRule, { description: 'The rule.' })
  rule!: LendingRule;
  @Field(() => LendingRuleSource, { description: 'Its source.' })
  source!: LendingRuleSource;
}

@ObjectType({ description: 'Lending rules in effect (a member\'s own over the consortium\'s, null fields inherited).' })
export class LendingRules {
  @Field(() => Int, { nullable: true, description: 'Loan period in days; null when no one sets one.' })
  loanPeriodDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'Renewals allowed; null when no one sets it.' })
  renewals!: number | null;
  @Field(() => [RecordFormat], { nullable: true, description: 'Record formats that lend (LOAN); null: every format. Copies are made from any format.' })
  lendableFormats!: RecordFormat[] | null;
  @Field(() => [String], { description: 'Holding locations that never lend nor copy (e.g. reference rooms).' })
  excludedLocations!: string[];
  @Field(() => Boolean, { description: 'Whether loans are supplied.' })
  suppliesLoans!: boolean;
  @Field(() => Boolean, { description: 'Whether copies (document delivery) are supplied.' })
  suppliesCopies!: boolean;
  @Field(() => Int, { nullable: true, description: 'New requests taken per day as supplier; null: no cap.' })
  dailyCapacity!: number | null;
  @Field(() => String, { nullable: true, description: 'Free-text notes.' })
  notes!: string | null;
}

@ObjectType({ description: 'A period when a member takes no ILL requests (it is left off every rota built within it).' })
export class IllClosure {
  dbId!: number;
  memberId!: number;
  @Field(() => ID, { description: 'Opaque global ID (for removeIllClosure).' })
  get id(): string {
    return toGlobalId('IllClosure', this.dbId);
  }
  @Field(() => LocalDate, { description: 'First day closed.' })
  startsOn!: string;
  @Field(() => LocalDate, { description: 'Last day closed (inclusive).' })
  endsOn!: string;
  @Field(() => String, { description: 'Why (e.g. Spring Festival, stocktaking).' })
  reason!: string;
  static fromRow(row: IllClosureRow): IllClosure {
    return Object.assign(new IllClosure(), { dbId: row.id, memberId: row.memberId, startsOn: row.startsOn, endsOn: row.endsOn, reason: row.reason });
  }
}

@ObjectType({ description: 'What a supplier charges per filled request of a service type and level.' })
export class IllFeeTier {
  @Field(() => IllServiceTypeEnum, { description: 'Loan or copy.' })
  serviceType!: IllServiceType;
  @Field(() => IllServiceLevelEnum, { description: 'Normal or rush.' })
  serviceLevel!: IllServiceLevel;
  @Field(() => Money, { description: 'The fee, decimal money.' })
  fee!: Money;
  @Field(() => LendingRuleSource, { description: "The member's own tier, or the consortium's tariff." })
  source!: LendingRuleSource;
}

@ObjectType({ description: "A member's ILL lending policy: the rules in effect and where each came from, its closures, its fees." })
export class LendingPolicy {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;
  @Field(() => LendingRules, { description: 'The rules in effect.' })
  rules!: LendingRules;
  @Field(() => [LendingRuleOrigin], { description: 'Where each rule comes from.' })
  sources!: LendingRuleOrigin[];
  @Field(() => [IllClosure], { description: 'Its closures, earliest first (past ones included).' })
  closures!: IllClosure[];
  @Field(() => [IllFeeTier], { description: 'Its fees per service type and level (its own tier, else the consortium\'s); a missing combination is free.' })
  feeTiers!: IllFeeTier[];
}

@InputType({ description: 'Lending rules for a member (or the consortium). Replaces its rules row: a field left null inherits.' })
export class SetLendingRulesInput {
  @Field(() => String, { nullable: true, description: 'ISIL of the member; null: the consortium-wide rules (admins).' })
  memberCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Loan period in days (at least 1).' })
  loanPeriodDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Renewals allowed (0 or more).' })
  renewals?: number | null;
  @Field(() => [RecordFormat], { nullable: true, description: 'Formats that lend; null inherits (all, when no one sets it).' })
  lendableFormats?: RecordFormat[] | null;
  @Field(() => [String], { nullable: true, description: 'Holding locations that never lend (exact location text).' })
  excludedLocations?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether loans are supplied.' })
  suppliesLoans?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether copies are supplied.' })
  suppliesCopies?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'New requests taken per day as supplier (0 or more).' })
  dailyCapacity?: number | null;
  @Field(() => String, { nullable: true, description: 'Free-text notes.' })
  notes?: string | null;
}

@ObjectType({ description: 'The result of setLendingRules.' })
export class SetLendingRulesPayload {
  @Field(() => LendingPolicy, { nullable: true, description: "The member's policy now; null for the consortium-wide rules (every member's lendingPolicy shows them as CONSORTIUM)." })
  policy!: LendingPolicy | null;
  @Field(() => LendingRules, { nullable: true, description: 'The rules row as written (its nulls inherit).' })
  rules!: LendingRules | null;
  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when any.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Close a member for ILL over a period.' })
export class AddIllClosureInput {
  @Field(() => String, { description: 'ISIL of the member.' })
  memberCode!: string;
  @Field(() => String, { description: 'First day closed, YYYY-MM-DD.' })
  startsOn!: string;
  @Field(() => String, { description: 'Last day closed (inclusive), YYYY-MM-DD.' })
  endsOn!: string;
  @Field(() => String, { description: 'Why (shown on the lending policy).' })
  reason!: string;
}

@InputType({ description: 'Remove a closure.' })
export class RemoveIllClosureInput {
  @Field(() => ID, { description: 'The closure.' })
  id!: string;
}

@ObjectType({ description: 'The result of addIllClosure or removeIllClosure.' })
export class IllClosurePayload {
  @Field(() => IllClosure, { nullable: true, description: 'The closure added or removed.' })
  closure!: IllClosure | null;
  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when any.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Set one price tier (inserted or replaced).' })
export class SetIllFeeTierInput {
  @Field(() => String, { nullable: true, description: "ISIL of the supplying member; null: the consortium's tariff (admins)." })
  memberCode?: string | null;
  @Field(() => IllServiceTypeEnum, { description: 'Loan or copy.' })
  serviceType!: IllServiceType;
  @Field(() => IllServiceLevelEnum, { description: 'Normal or rush.' })
  serviceLevel!: IllServiceLevel;
  @Field(() => String, { description: 'Decimal amount as a string, e.g. "20.00" (at most the currency\'s minor-unit digits; not negative).' })
  amount!: string;
  @Field(() => String, { description: 'ISO 4217 currency code, e.g. "CNY".' })
  currency!: string;
}

@ObjectType({ description: 'The result of setIllFeeTier.' })
export class SetIllFeeTierPayload {
  @Field(() => IllFeeTier, { nullable: true, description: 'The tier as written.' })
  feeTier!: IllFeeTier | null;
  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'What a member and one counterparty owe each other for a month, in one currency.' })
export class IllStatementLine {
  counterpartyId!: number;
  @Field(() => Member, { description: 'The other member.' })
  counterparty!: Member;
  @Field(() => Money, { description: 'What the member owes the counterparty (requests it borrowed from it).' })
  owes!: Money;
  @Field(() => Money, { description: 'What the counterparty owes the member (requests the member supplied).' })
  owed!: Money;
  @Field(() => Money, { description: 'owed − owes: positive when the member is to receive money.' })
  net!: Money;
  @Field(() => Int, { description: 'Charged requests the member borrowed from the counterparty.' })
  borrowed!: number;
  @Field(() => Int, { description: 'Charged requests the member supplied to the counterparty.' })
  lent!: number;
}

@ObjectType({ description: "A statement's totals in one currency." })
export class IllStatementTotal {
  @Field(() => Money, { description: 'What the member owes in all.' })
  owes!: Money;
  @Field(() => Money, { description: 'What it is owed in all.' })
  owed!: Money;
  @Field(() => Money, { description: 'owed − owes.' })
  net!: Money;
}

@ObjectType({ description: "A member's ILL statement for a month: charges netted per counterparty and currency." })
export class IllStatement {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;
  @Field(() => String, { description: 'The month, YYYY-MM (consortium time zone).' })
  month!: string;
  @Field(() => [IllStatementLine], { description: 'One line per counterparty and currency.' })
  lines!: IllStatementLine[];
  @Field(() => [IllStatementTotal], { description: 'Totals per currency.' })
  totals!: IllStatementTotal[];
}

@ObjectType({ description: 'ILL figures over a period.' })
export class IllFigures {
  @Field(() => Int, { description: 'Requests placed (as requester).' })
  placed!: number;
  @Field(() => Int, { description: 'Of those, filled (shipped or copy delivered).' })
  filled!: number;
  @Field(() => Int, { description: 'Requests filled as supplier.' })
  supplied!: number;
  @Field(() => Float, { nullable: true, description: 'filled / placed; null when none placed.' })
  fillRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean hours from request to delivery of the filled requests placed.' })
  meanTurnaroundHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hours from request to delivery of the filled requests placed.' })
  medianTurnaroundHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'supplied / placed (lending : borrowing); null when none placed.' })
  lendingBorrowingRatio!: number | null;
}

@ObjectType({ description: "One member's ILL figures." })
export class IllMemberStatistics extends IllFigures {
  memberId!: number;
  @Field(() => Member, { description: 'The member.' })
  member!: Member;
}

@ObjectType({ description: 'ILL figures for the consortium office over the requests placed in a period.' })
export class IllStatistics {
  @Field(() => LocalDate, { description: 'First day.' })
  from!: string;
  @Field(() => LocalDate, { description: 'Last day (inclusive).' })
  to!: string;
  @Field(() => [IllMemberStatistics], { description: 'Per member that placed or supplied a request.' })
  members!: IllMemberStatistics[];
  @Field(() => IllFigures, { nullable: true, description: "The network's totals; null when the answer is one member's." })
  totals!: IllFigures | null;
}
