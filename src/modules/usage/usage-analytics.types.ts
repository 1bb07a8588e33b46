/** GraphQL types of the usage analytics (README, "Usage analytics"). */
import { GraphQLBigInt, GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgreementPeriod, Money } from '../agreements/index.js';
import { Member } from '../members/index.js';
import { LocalDate, Resource } from '../resources/index.js';

export enum UsageGroupBy {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  MEMBER = 'MEMBER',
  RESOURCE = 'RESOURCE',
  PLATFORM = 'PLATFORM',
  TITLE = 'TITLE',
  METRIC_TYPE = 'METRIC_TYPE',
}
registerEnumType(UsageGroupBy, {
  name: 'UsageGroupBy',
  description: 'A dimension usage counts are grouped by (every answer is also grouped by metric type).',
  valuesConfig: {
    MONTH: { description: 'Calendar month (its first day).' },
    YEAR: { description: 'Calendar year.' },
    MEMBER: { description: 'The member the usage is attributed to.' },
    RESOURCE: { description: "The consortium resource the usage item is matched to (else the provider's resource)." },
    PLATFORM: { description: 'The platform as the report names it (else the provider).' },
    TITLE: { description: 'The title (journal, book, database) as reported; reads the TR family unless told otherwise.' },
    METRIC_TYPE: { description: 'COUNTER metric type (always grouped; accepted for clarity).' },
  },
});

export enum ReportFamily {
  PR = 'PR',
  DR = 'DR',
  TR = 'TR',
  IR = 'IR',
}
registerEnumType(ReportFamily, {
  name: 'ReportFamily',
  description: 'A COUNTER master report and its standard views: one family per question, so a use is counted once.',
  valuesConfig: {
    PR: { description: 'Platform Report (PR, PR_P1): whole-platform totals.' },
    DR: { description: 'Database Report (DR, DR_D1, DR_D2).' },
    TR: { description: 'Title Report (TR, TR_J1 … TR_B3).' },
    IR: { description: 'Item Report (IR, IR_A1, IR_M1).' },
  },
});

export enum UsageAccessMethod {
  REGULAR = 'REGULAR',
  TDM = 'TDM',
}
registerEnumType(UsageAccessMethod, {
  name: 'UsageAccessMethod',
  description: 'COUNTER Access_Method: regular use and text and data mining are never summed together.',
  valuesConfig: { REGULAR: { description: 'Regular use (also R5 reports that give no access method).' }, TDM: { description: 'Text and data mining.' } },
});

@InputType({ description: 'Which usage to count; given fields combine with AND. A month counts when its first day is within [from, to].' })
export class UsageFilter {
  @Field(() => String, { nullable: true, description: "ISIL of one member; omitted = every member (member staff: their own member's usage only)." })
  memberCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'One resource (its usage items matched to it, or its provider\'s).' })
  resourceId?: string | null;
  @Field(() => [String], { nullable: true, description: 'COUNTER metric types, e.g. ["Unique_Item_Requests"]; omitted = all.' })
  metricTypes?: string[] | null;
  @Field(() => LocalDate, { nullable: true, description: 'First day (inclusive): a month counts when its first day is on or after it.' })
  from?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last day (inclusive): a month counts when its first day is on or before it.' })
  to?: string | null;
  @Field(() => [String], { nullable: true, description: 'Read exactly these reports\' facts (e.g. ["TR_J1"]), standard views included, instead of the counted facts of one family.' })
  reportIds?: string[] | null;
  @Field(() => ReportFamily, { nullable: true, description: 'The report family to count; default TR when grouped by TITLE, else PR.' })
  family?: ReportFamily | null;
  @Field(() => UsageAccessMethod, { nullable: true, description: 'Regular (default) or TDM.' })
  accessMethod?: UsageAccessMethod | null;
}

@ObjectType({ description: 'A title (or database, item) as a COUNTER report names it.' })
export class UsageTitle {
  @Field(() => String, { nullable: true, description: 'Title as reported.' })
  name!: string | null;
  @Field(() => String, { nullable: true, description: 'Print ISSN.' })
  printIssn!: string | null;
  @Field(() => String, { nullable: true, description: 'Online ISSN.' })
  onlineIssn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISBN-13.' })
  isbn!: string | null;
  @Field(() => String, { nullable: true, description: 'DOI (lower case).' })
  doi!: string | null;
}

@ObjectType({ description: 'One row of usage: the count of one metric type for one combination of the grouped dimensions (the others are null).' })
export class UsageTotal {
  @Field(() => String, { description: 'COUNTER metric type, e.g. Unique_Item_Requests.' })
  metricType!: string;
  @Field(() => UsageAccessMethod, { description: 'Regular or TDM.' })
  accessMethod!: UsageAccessMethod;
  @Field(() => String, { nullable: true, description: 'The report family counted (or the report IDs read, comma-separated, with filter.reportIds).' })
  reportFamily!: string | null;
  @Field(() => GraphQLBigInt, { description: 'The count: a JSON number up to 2^53-1, a string of digits beyond.' })
  count!: bigint;
  @Field(() => LocalDate, { nullable: true, description: 'First day of the month (MONTH).' })
  month!: string | null;
  @Field(() => Int, { nullable: true, description: 'Year (YEAR).' })
  year!: number | null;
  @Field(() => Member, { nullable: true, description: 'The member (MEMBER).' })
  member!: Member | null;
  @Field(() => Resource, { nullable: true, description: 'The resource (RESOURCE); null for usage matched to none.' })
  resource!: Resource | null;
  @Field(() => String, { nullable: true, description: 'The platform (PLATFORM).' })
  platform!: string | null;
  @Field(() => UsageTitle, { nullable: true, description: 'The title (TITLE).' })
  title!: UsageTitle | null;
}

@ObjectType({ description: "A resource's share of a member's use." })
export class ResourceUses {
  @Field(() => Resource, { nullable: true, description: 'The resource.' })
  resource!: Resource | null;
  @Field(() => GraphQLBigInt, { description: 'Uses of the metric in the window.' })
  uses!: bigint;
}

@ObjectType({ description: "A member's cost per use in one deal period." })
export class MemberCostPerUse {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;
  @Field(() => Money, { nullable: true, description: "The member's cost share (null while the shares cannot be split)." })
  share!: Money | null;
  @Field(() => Money, { nullable: true, description: 'What the member would pay alone (list price), when recorded.' })
  listPrice!: Money | null;
  @Field(() => GraphQLBigInt, { description: "Uses of the metric on the deal's resources in the period's months." })
  uses!: bigint;
  @Field(() => String, { nullable: true, description: 'share ÷ uses, a decimal rounded half-up to 4 places, in the share\'s currency; null when there was no use.' })
  costPerUse!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'In allianceEvaluation: whether uses are below the threshold; null elsewhere.' })
  belowThreshold!: boolean | null;
  @Field(() => [ResourceUses], { description: "Uses per resource of the deal (the share is for the deal as a whole)." })
  usesByResource!: ResourceUses[];
}

@ObjectType({ description: "Cost per use for one agreement period: each member's share ÷ its use, with the metric named." })
export class PeriodCostPerUse {
  @Field(() => AgreementPeriod, { description: 'The period.' })
  period!: AgreementPeriod;
  @Field(() => String, { description: "The deal's name." })
  agreementName!: string;
  @Field(() => String, { description: "The metric divided by (the argument, else the period's usageMetric, else Unique_Item_Requests)." })
  metricType!: string;
  @Field(() => LocalDate, { description: 'First month counted.' })
  from!: string;
  @Field(() => LocalDate, { description: 'Last day counted.' })
  to!: string;
  @Field(() => [MemberCostPerUse], { description: 'One row per entitled member (member staff: their own), by member code.' })
  members!: MemberCostPerUse[];
}

@ObjectType({ description: "A member's union-catalogue records in an overlap question." })
export class MemberOverlap {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;
  @Field(() => Int, { description: 'Distinct union-catalogue records it holds.' })
  records!: number;
  @Field(() => Int, { description: 'Of those, records no other member of the consortium holds.' })
  uniqueRecords!: number;
}

@ObjectType({ description: "How many of one member's records another also holds." })
export class OverlapPair {
  @Field(() => Member, { description: 'Member A.' })
  member!: Member;
  @Field(() => Member, { description: 'Member B.' })
  other!: Member;
  @Field(() => Int, { description: "A's records that B also holds." })
  sharedRecords!: number;
  @Field(() => Float, { nullable: true, description: "sharedRecords ÷ A's records (0..1, 4 decimals); null when A holds none." })
  shareOfMember!: number | null;
}

@ObjectType({ description: 'Collection overlap between members, for coordinated purchasing.' })
export class CollectionOverlap {
  @Field(() => [MemberOverlap], { description: 'Per member, by code.' })
  members!: MemberOverlap[];
  @Field(() => [OverlapPair], { description: 'Per ordered pair (A, B), by codes.' })
  pairs!: OverlapPair[];
  @Field(() => GraphQLDateTime, { description: 'When the overlap summary these figures come from was built from the holdings; it is rebuilt before answering whenever holdings were added, removed or moved since, so the figures are current.' })
  asOf!: Date;
}

@ObjectType({ description: "One deal period in the alliance evaluation." })
export class DealEvaluation {
  @Field(() => AgreementPeriod, { description: 'The period.' })
  period!: AgreementPeriod;
  @Field(() => String, { description: "The deal's name." })
  agreementName!: string;
  @Field(() => Money, { description: 'What the consortium pays.' })
  price!: Money;
  @Field(() => Money, { nullable: true, description: "Sum of the members' list prices; null when a member has none recorded." })
  listPriceTotal!: Money | null;
  @Field(() => Money, { nullable: true, description: 'listPriceTotal − price (negative: the deal costs more than buying alone).' })
  savings!: Money | null;
  @Field(() => [String], { description: 'Members without a list price (why listPriceTotal is null).' })
  membersWithoutListPrice!: string[];
  @Field(() => [String], { description: 'ISILs of members whose use is below the threshold.' })
  membersBelowThreshold!: string[];
  @Field(() => [MemberCostPerUse], { description: 'Cost per use per member.' })
  members!: MemberCostPerUse[];
}

@ObjectType({ description: "A member across the year's deals (per currency: amounts in different currencies are never added)." })
export class MemberEvaluation {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;
  @Field(() => Money, { description: "Sum of its shares in this currency's deals." })
  shares!: Money;
  @Field(() => GraphQLBigInt, { description: "Uses of the metric on those deals' resources." })
  uses!: bigint;
  @Field(() => String, { nullable: true, description: 'shares ÷ uses (4 decimals); null when no use.' })
  costPerUse!: string | null;
  @Field(() => Int, { description: 'How many deals it takes part in (in this currency).' })
  deals!: number;
}

@ObjectType({ description: "The consortium's yearly evaluation of its deals for its council." })
export class AllianceEvaluation {
  @Field(() => Int, { description: 'The year: periods starting in it.' })
  year!: number;
  @Field(() => String, { description: 'The metric uses are counted in.' })
  metricType!: string;
  @Field(() => GraphQLBigInt, { description: 'Members with fewer uses than this are listed per deal.' })
  threshold!: bigint;
  @Field(() => [DealEvaluation], { description: 'Per deal period, by start date.' })
  deals!: DealEvaluation[];
  @Field(() => [MemberEvaluation], { description: 'Per member and currency, by member code.' })
  members!: MemberEvaluation[];
}
