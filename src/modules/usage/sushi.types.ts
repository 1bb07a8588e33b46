import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import type { CounterException } from '../../importers/counter/counter-types.js';
import type { HarvestListRow } from './sushi-harvests.queries.js';
import type { UsageAccountRow, UsageProviderRow } from './usage.tables.js';
import { CounterReportException, exceptionsOf, UsageProvider } from './counter-reports.types.js';

export enum UsageHarvestStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  NO_USAGE = 'NO_USAGE',
  RETRY = 'RETRY',
  FAILED = 'FAILED',
}
registerEnumType(UsageHarvestStatus, {
  name: 'UsageHarvestStatus',
  description: 'Where one report × month of a member account stands in the COUNTER API harvest.',
  valuesConfig: {
    PENDING: { description: 'Waiting to be asked for (at nextAttemptAt).' },
    RUNNING: { description: 'Being asked for now.' },
    DONE: { description: 'The report was stored.' },
    NO_USAGE: { description: 'The provider answered 3030 (no usage for the month): stored with zero facts, or no report was sent.' },
    RETRY: { description: 'The provider said "try later" (1000, 1010, 1011, 1020, 3031, HTTP 429/5xx, a timeout): asked again at nextAttemptAt.' },
    FAILED: { description: 'A permanent answer (e.g. 2000, 2010, 2020, 3000, 3020), a refused target, or the retries ran out: see exceptions and message.' },
  },
});

@ObjectType({ description: "A member's account at a usage provider. Its credentials are stored encrypted and never shown: only whether they are set." })
export class UsageAccount {
  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('UsageAccount', this.dbId);
  }
  @Field(() => UsageProvider, { description: 'The provider.' })
  provider!: UsageProvider;
  @Field(() => String, { description: "The member's code (ISIL)." })
  memberCode!: string;
  @Field(() => String, { description: 'The COUNTER customer_id the provider gave the member.' })
  customerId!: string;
  @Field(() => Boolean, { description: 'Whether a requestor_id is stored (its value is never returned).' })
  hasRequestorId!: boolean;
  @Field(() => Boolean, { description: 'Whether an api_key is stored (its value is never returned).' })
  hasApiKey!: boolean;

  static fromRow(row: UsageAccountRow, provider: UsageProviderRow, memberCode: string): UsageAccount {
    return Object.assign(new UsageAccount(), {
      dbId: row.id, provider: UsageProvider.fromRow(provider), memberCode, customerId: row.customerId, hasRequestorId: row.requestorIdSealed !== null, hasApiKey: row.apiKeySealed !== null,
    });
  }
}

@ObjectType({ description: 'One line of the harvest ledger: a member account × COUNTER report × month asked of a provider, and how it went.' })
export class UsageHarvest {
  dbId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('UsageHarvest', this.dbId);
  }
  @Field(() => UsageProvider, { description: 'The provider asked.' })
  provider!: UsageProvider;
  @Field(() => String, { description: "The member's code (ISIL)." })
  memberCode!: string;
  @Field(() => String, { description: 'The COUNTER report ID, e.g. TR.' })
  reportId!: string;
  @Field(() => String, { description: 'The month, yyyy-mm.' })
  month!: string;
  @Field(() => UsageHarvestStatus, { description: 'Where it stands.' })
  status!: UsageHarvestStatus;
  @Field(() => Int, { description: 'Requests made so far.' })
  attempts!: number;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is asked for next (PENDING, RETRY); null otherwise.' })
  nextAttemptAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last asked for.' })
  lastAttemptAt!: Date | null;
  @Field(() => [Int], { description: 'The COUNTER exception codes of the last answer.' })
  exceptionCodes!: number[];
  @Field(() => [CounterReportException], { description: 'The COUNTER exceptions of the last answer.' })
  exceptions!: CounterReportException[];
  @Field(() => String, { nullable: true, description: 'What happened last, in words.' })
  message!: string | null;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer; null when none came (timeout, refused target).' })
  httpStatus!: number | null;
  @Field(() => Int, { nullable: true, description: 'Usage facts stored from the report (DONE, NO_USAGE).' })
  factsStored!: number | null;
  @Field(() => GraphQLDateTime, { description: 'Last change.' })
  updatedAt!: Date;

  static fromRow({ harvest: h, provider, memberCode }: HarvestListRow): UsageHarvest {
    const waiting = h.status === 'PENDING' || h.status === 'RETRY';
    return Object.assign(new UsageHarvest(), {
      dbId: h.id,
      provider: UsageProvider.fromRow(provider),
      memberCode,
      reportId: h.reportId,
      month: h.month.slice(0, 7),
      status: h.status as UsageHarvestStatus,
      attempts: h.attempts,
      nextAttemptAt: waiting ? h.nextAttemptAt : null,
      lastAttemptAt: h.lastAttemptAt,
      exceptionCodes: h.lastExceptionCodes,
      exceptions: exceptionsOf(h.lastExceptions as CounterException[]),
      message: h.lastMessage,
      httpStatus: h.lastHttpStatus,
      factsStored: h.factsStored,
      updatedAt: h.updatedAt,
    });
  }
}

export const UsageHarvestConnection = ConnectionType('UsageHarvest', UsageHarvest, 'harvest ledger line');

@InputType({ description: 'Which ledger lines to list; given fields combine with AND.' })
export class UsageHarvestFilter {
  @Field(() => ID, { nullable: true, description: 'Only this provider (its global ID).' })
  providerId?: string | null;
  @Field(() => String, { nullable: true, description: "Only this member (its code). Member staff see their own member's lines whatever they give." })
  memberCode?: string | null;
  @Field(() => UsageHarvestStatus, { nullable: true, description: 'Only lines in this state.' })
  status?: UsageHarvestStatus | null;
}

@InputType({ description: 'A provider with a COUNTER API to harvest from.' })
export class CreateUsageProviderInput {
  @Field(() => String, { description: 'Its name (unique).' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'The COUNTER API base URL, e.g. https://sushi.example.org/counter (https; plain http only to a host in OUTBOUND_ALLOWED_HOSTS). Null: files only.' })
  sushiUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'COUNTER release: "5" or "5.1" (default).' })
  release?: string | null;
  @Field(() => String, { nullable: true, description: 'The COUNTER API `platform` parameter, when one server hosts several platforms.' })
  platform?: string | null;
  @Field(() => [String], { nullable: true, description: 'The reports the monthly harvest asks for (default PR, DR, TR).' })
  harvestReports?: string[] | null;
}

@ObjectType({ description: 'Result of createUsageProvider.' })
export class UsageProviderPayload {
  @Field(() => UsageProvider, { nullable: true, description: 'The provider as saved; null when userErrors is not empty.' })
  provider!: UsageProvider | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@InputType({ description: "A member's account at a provider: created, or changed when the member has one there. Credentials are stored encrypted and never returned." })
export class SetUsageAccountInput {
  @Field(() => ID, { description: 'The provider (its global ID).' })
  providerId!: string;
  @Field(() => String, { description: "The member's code (ISIL)." })
  memberCode!: string;
  @Field(() => String, { description: 'The COUNTER customer_id the provider gave the member.' })
  customerId!: string;
  @Field(() => String, { nullable: true, description: 'COUNTER API requestor_id. Omitted or null: keep the stored one; "": remove it.' })
  requestorId?: string | null;
  @Field(() => String, { nullable: true, description: 'COUNTER API api_key. Omitted or null: keep the stored one; "": remove it.' })
  apiKey?: string | null;
}

@ObjectType({ description: 'Result of setUsageAccount.' })
export class UsageAccountPayload {
  @Field(() => UsageAccount, { nullable: true, description: 'The account as saved (credentials only as hasRequestorId / hasApiKey); null when userErrors is not empty.' })
  account!: UsageAccount | null;
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was written when not empty.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Harvest a month now.' })
export class HarvestUsageInput {
  @Field(() => ID, { nullable: true, description: 'Only this provider (its global ID); omit for every active provider with a COUNTER API.' })
  providerId?: string | null;
  @Field(() => String, { nullable: true, description: 'The month, yyyy-mm; default the previous month.' })
  month?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Also ask again for reports already DONE, NO_USAGE or FAILED (e.g. after fixing credentials).' })
  again?: boolean | null;
}

@ObjectType({ description: 'Result of harvestUsage: the ledger lines this call asked for, as they stand after it.' })
export class HarvestUsagePayload {
  @Field(() => String, { nullable: true, description: 'The month harvested, yyyy-mm.' })
  month!: string | null;
  @Field(() => Int, { description: 'Ledger lines created for the month.' })
  scheduled!: number;
  @Field(() => [UsageHarvest], { description: 'The lines asked for by this call.' })
  harvests!: UsageHarvest[];
  @Field(() => [UserError], { description: 'What was wrong with the input; nothing was asked when not empty.' })
  userErrors!: UserError[];
}
