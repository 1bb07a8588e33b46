import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import { formatAmount } from '../../lib/money.js';
import { LocalDate } from '../resources/index.js';
import type { AgreementPeriodRow, AgreementRow, LicenceTermRow } from './agreements.tables.js';

export enum AgreementStatus {
  DRAFT = 'DRAFT',
  IN_NEGOTIATION = 'IN_NEGOTIATION',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where a deal stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written up; not offered to members yet.' },
    IN_NEGOTIATION: { description: 'Terms or price under negotiation with the vendor.' },
    ACTIVE: { description: 'Signed and running.' },
    CLOSED: { description: 'Ended as planned (not renewed).' },
    CANCELLED: { description: 'Cancelled before or during its term.' },
  },
});

export enum LicenceTermType {
  AUTHORISED_USERS = 'AUTHORISED_USERS',
  WALK_IN_ACCESS = 'WALK_IN_ACCESS',
  REMOTE_ACCESS = 'REMOTE_ACCESS',
  ALUMNI_ACCESS = 'ALUMNI_ACCESS',
  CONCURRENT_USERS = 'CONCURRENT_USERS',
  ILL_PRINT = 'ILL_PRINT',
  ILL_ELECTRONIC = 'ILL_ELECTRONIC',
  ILL_SECURE_ELECTRONIC = 'ILL_SECURE_ELECTRONIC',
  COURSE_PACK_PRINT = 'COURSE_PACK_PRINT',
  COURSE_PACK_ELECTRONIC = 'COURSE_PACK_ELECTRONIC',
  COURSE_RESERVES = 'COURSE_RESERVES',
  SCHOLARLY_SHARING = 'SCHOLARLY_SHARING',
  TEXT_AND_DATA_MINING = 'TEXT_AND_DATA_MINING',
  PERPETUAL_ACCESS = 'PERPETUAL_ACCESS',
  ARCHIVING = 'ARCHIVING',
  ACCESSIBILITY_COPIES = 'ACCESSIBILITY_COPIES',
}
registerEnumType(LicenceTermType, {
  name: 'LicenceTermType',
  description: 'What a licence term governs (vocabulary after ERMI / FOLIO mod-licenses).',
  valuesConfig: {
    AUTHORISED_USERS: { description: 'Who counts as an authorised user (note says who).' },
    WALK_IN_ACCESS: { description: 'Walk-in users on the premises.' },
    REMOTE_ACCESS: { description: 'Off-campus access by authorised users (proxy, VPN, SSO).' },
    ALUMNI_ACCESS: { description: 'Access for alumni.' },
    CONCURRENT_USERS: { description: 'A limit on simultaneous users (note gives the number).' },
    ILL_PRINT: { description: 'Interlibrary loan by printing an e-copy and sending the paper.' },
    ILL_ELECTRONIC: { description: 'Interlibrary loan by sending the e-copy (e-mail, FTP).' },
    ILL_SECURE_ELECTRONIC: { description: 'Interlibrary loan through a secure electronic transmission system (e.g. Ariel, Odyssey).' },
    COURSE_PACK_PRINT: { description: 'Copies in printed course packs.' },
    COURSE_PACK_ELECTRONIC: { description: 'Copies in electronic course packs / learning platforms.' },
    COURSE_RESERVES: { description: 'Electronic reserves.' },
    SCHOLARLY_SHARING: { description: 'Authorised users sharing copies with colleagues for research.' },
    TEXT_AND_DATA_MINING: { description: 'Text and data mining.' },
    PERPETUAL_ACCESS: { description: 'Post-cancellation access to content of the paid years.' },
    ARCHIVING: { description: 'Archiving rights (LOCKSS, Portico, local copy).' },
    ACCESSIBILITY_COPIES: { description: 'Accessible copies for users with print disabilities.' },
  },
});

export enum LicenceTermValue {
  PERMITTED = 'PERMITTED',
  PERMITTED_WITH_CONDITIONS = 'PERMITTED_WITH_CONDITIONS',
  PROHIBITED = 'PROHIBITED',
  UNMENTIONED = 'UNMENTIONED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(LicenceTermValue, {
  name: 'LicenceTermValue',
  description: 'What the licence says about a term.',
  valuesConfig: {
    PERMITTED: { description: 'Explicitly permitted.' },
    PERMITTED_WITH_CONDITIONS: { description: 'Permitted under the conditions in the note.' },
    PROHIBITED: { description: 'Explicitly prohibited.' },
    UNMENTIONED: { description: 'The licence is silent.' },
    NOT_APPLICABLE: { description: 'Does not apply to this resource.' },
  },
});

export enum CostShareMethod {
  EQUAL = 'EQUAL',
  BY_FTE = 'BY_FTE',
  TIER = 'TIER',
  FIXED = 'FIXED',
  BY_USAGE = 'BY_USAGE',
}
registerEnumType(CostShareMethod, {
  name: 'CostShareMethod',
  description: "How a period's total cost is split across its members; shares always add up exactly to the total.",
  valuesConfig: {
    EQUAL: { description: 'The same amount each.' },
    BY_FTE: { description: "In proportion to each member's FTE." },
    TIER: { description: 'By FTE band from a tier table (a weight or a fixed amount per band).' },
    FIXED: { description: "Each member's agreed amount (they must add up to the total)." },
    BY_USAGE: { description: "In proportion to each member's usage: the loaded COUNTER usage (the period's usageMetric over its usageWindow) when every entitled member has some, else the entitlements' usage weights." },
  },
});

export enum UsageWindow {
  PREVIOUS_PERIOD = 'PREVIOUS_PERIOD',
  THIS_PERIOD = 'THIS_PERIOD',
}
registerEnumType(UsageWindow, {
  name: 'UsageWindow',
  description: 'Which months of COUNTER usage a BY_USAGE split follows.',
  valuesConfig: {
    PREVIOUS_PERIOD: { description: "The 12 months before the period's first month (e.g. 2025-01 to 2025-12 for a period starting 2026-01-01)." },
    THIS_PERIOD: { description: "The period's own months, from its start month to its end date." },
  },
});

@ObjectType({ description: 'An amount of money: a decimal string with the currency\'s ISO 4217 minor-unit digits, never a float.' })
export class Money {
  @Field(() => String, { description: 'Decimal amount, e.g. "1234.50" for CNY, "1200" for JPY.' })
  amount!: string;
  @Field(() => String, { description: 'ISO 4217 currency code, e.g. "CNY".' })
  currency!: string;
}

@InputType({ description: 'An amount of money.' })
export class MoneyInput {
  @Field(() => String, { description: 'Decimal amount as a string (never a float), at most the currency\'s minor-unit digits.' })
  amount!: string;
  @Field(() => String, { description: 'ISO 4217 currency code.' })
  currency!: string;
}

@ObjectType({ description: 'One term of a licence.' })
export class LicenceTerm {
  @Field(() => LicenceTermType, { description: 'What the term governs.' })
  type!: LicenceTermType;
  @Field(() => LicenceTermValue, { description: 'What the licence says.' })
  value!: LicenceTermValue;
  @Field(() => String, { nullable: true, description: 'Conditions, limits, the clause quoted.' })
  note!: string | null;

  static fromRow(row: LicenceTermRow): LicenceTerm {
    return Object.assign(new LicenceTerm(), { type: row.term as LicenceTermType, value: row.value as LicenceTermValue, note: row.note });
  }
}

@ObjectType({ implements: Node, description: 'A consortium deal with a vendor: the resources it covers, its periods and its licence.' })
export class Agreement {
  dbId!: number;
  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('Agreement', this.dbId);
  }
  @Field(() => String, { description: 'Name of the deal.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Vendor.' })
  vendor!: string | null;
  @Field(() => AgreementStatus, { description: 'Where it stands.' })
  status!: AgreementStatus;
  @Field(() => String, { nullable: true, description: 'Notes.' })
  description!: string | null;

  static fromRow(row: AgreementRow): Agreement {
    return Object.assign(new Agreement(), { dbId: row.id, name: row.name, vendor: row.vendor, status: row.status as AgreementStatus, description: row.description });
  }
}

@ObjectType({ description: 'One period of a deal (usually a subscription year).' })
export class AgreementPeriod {
  dbId!: number;
  agreementId!: number;
  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('AgreementPeriod', this.dbId);
  }
  @Field(() => LocalDate, { description: 'First day.' })
  startDate!: string;
  @Field(() => LocalDate, { description: 'Last day.' })
  endDate!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Last day to give notice of cancellation.' })
  cancellationDeadline!: string | null;
  /** What the consortium pays: shown as `totalCost` only to whom the policy allows (entitlements module, PeriodCostSharesResolver). */
  total!: Money;
  @Field(() => CostShareMethod, { description: 'How the total is split across members.' })
  costShareMethod!: CostShareMethod;
  @Field(() => String, { nullable: true, description: 'BY_USAGE: the COUNTER metric the split follows; null = the entitlements\' usage weights.' })
  usageMetric!: string | null;
  @Field(() => UsageWindow, { nullable: true, description: 'BY_USAGE: which months of COUNTER usage count.' })
  usageWindow!: UsageWindow | null;

  static fromRow(row: AgreementPeriodRow): AgreementPeriod {
    return Object.assign(new AgreementPeriod(), {
      dbId: row.id, agreementId: row.agreementId, startDate: row.startDate, endDate: row.endDate, cancellationDeadline: row.cancellationDeadline,
      total: { amount: formatAmount(row.totalAmount, row.currency), currency: row.currency }, costShareMethod: row.costShareMethod as CostShareMethod,
      usageMetric: row.usageMetric, usageWindow: row.usageWindow as UsageWindow | null,
    });
  }
}

export const AgreementConnection = ConnectionType('Agreement', Agreement, 'agreement');

@InputType({ description: 'Which agreements to list; given fields combine with AND.' })
export class AgreementFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or vendor (case-insensitive).' })
  search?: string | null;
  @Field(() => AgreementStatus, { nullable: true, description: 'Only this status.' })
  status?: AgreementStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only deals covering this resource.' })
  resourceId?: string | null;
}

@InputType({ description: 'A new deal.' })
export class CreateAgreementInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Vendor.' })
  vendor?: string | null;
  @Field(() => AgreementStatus, { nullable: true, description: 'Defaults to DRAFT.' })
  status?: AgreementStatus | null;
  @Field(() => String, { nullable: true, description: 'Notes.' })
  description?: string | null;
  @Field(() => [ID], { description: 'The resources the deal covers (global IDs).' })
  resourceIds!: string[];
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@InputType({ description: 'One FTE band of a TIER split.' })
export class CostShareTierInput {
  @Field(() => String, { nullable: true, description: 'Label, e.g. "A".' })
  label?: string | null;
  @Field(() => Int, { description: 'Lowest FTE in the band (inclusive).' })
  minFte!: number;
  @Field(() => Int, { nullable: true, description: 'Upper FTE bound (exclusive); null = none.' })
  maxFte?: number | null;
  @Field(() => Int, { nullable: true, description: 'Weight of each member in the band.' })
  weight?: number | null;
  @Field(() => String, { nullable: true, description: 'Or a fixed amount each member in the band pays (decimal string).' })
  amount?: string | null;
}

@InputType({ description: 'A new period of a deal.' })
export class AddAgreementPeriodInput {
  @Field(() => ID, { description: 'The agreement.' })
  agreementId!: string;
  @Field(() => LocalDate, { description: 'First day.' })
  startDate!: string;
  @Field(() => LocalDate, { description: 'Last day (not before startDate).' })
  endDate!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Last day to give notice of cancellation (not after endDate).' })
  cancellationDeadline?: string | null;
  @Field(() => MoneyInput, { description: 'Total cost of the period.' })
  totalCost!: MoneyInput;
  @Field(() => CostShareMethod, { nullable: true, description: 'How the cost is split; defaults to EQUAL.' })
  costShareMethod?: CostShareMethod | null;
  @Field(() => [CostShareTierInput], { nullable: true, description: 'The tier table, for TIER.' })
  tiers?: CostShareTierInput[] | null;
  @Field(() => String, { nullable: true, description: 'BY_USAGE: the COUNTER metric the split follows (e.g. Unique_Item_Requests); set together with usageWindow.' })
  usageMetric?: string | null;
  @Field(() => UsageWindow, { nullable: true, description: 'BY_USAGE: which months of usage count; set together with usageMetric.' })
  usageWindow?: UsageWindow | null;
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@InputType({ description: 'One licence term to set.' })
export class LicenceTermInput {
  @Field(() => LicenceTermType, { description: 'What the term governs.' })
  type!: LicenceTermType;
  @Field(() => LicenceTermValue, { description: 'What the licence says.' })
  value!: LicenceTermValue;
  @Field(() => String, { nullable: true, description: 'Conditions or the clause.' })
  note?: string | null;
}

@InputType({ description: "Set terms of a deal's licence: the terms given replace those of the same type; others stay." })
export class SetLicenceTermsInput {
  @Field(() => ID, { description: 'The agreement.' })
  agreementId!: string;
  @Field(() => [LicenceTermInput], { description: 'Terms to set.' })
  terms!: LicenceTermInput[];
  @Field(() => String, { description: 'Why: kept in the audit log.' })
  reason!: string;
}

@ObjectType({ description: 'Result of createAgreement / setLicenceTerms.' })
export class AgreementPayload {
  @Field(() => Agreement, { nullable: true, description: 'The agreement as saved; null when userErrors is not empty.' })
  agreement!: Agreement | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of addAgreementPeriod.' })
export class AgreementPeriodPayload {
  @Field(() => AgreementPeriod, { nullable: true, description: 'The period as saved; null when userErrors is not empty.' })
  period!: AgreementPeriod | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}
