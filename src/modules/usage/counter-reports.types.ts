import { GraphQLBigInt, GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import type { CounterException } from '../../importers/counter/counter-types.js';
import { LocalDate } from '../resources/index.js';
import type { CounterReportListRow, UnmatchedTitleRow, UsageProviderListRow } from './counter-reports.service.js';
import type { CounterStoreSummary } from './counter-store.service.js';

export enum CounterReportStatus {
  STORED = 'STORED',
  WITH_EXCEPTIONS = 'WITH_EXCEPTIONS',
  NO_USAGE = 'NO_USAGE',
}
registerEnumType(CounterReportStatus, {
  name: 'CounterReportStatus',
  description: 'How a stored COUNTER report stands.',
  valuesConfig: {
    STORED: { description: 'Stored with its usage and no COUNTER exception.' },
    WITH_EXCEPTIONS: { description: 'Stored with its usage and COUNTER exceptions (e.g. 3040 Partial Data Returned): read `exceptions`.' },
    NO_USAGE: { description: 'Stored with COUNTER exceptions and no usage at all (e.g. 3030 No Usage Available for Requested Dates).' },
  },
});

@ObjectType({ description: 'A COUNTER exception as the report header carried it.' })
export class CounterReportException {
  @Field(() => Int, { description: 'The COUNTER code, e.g. 3030.' })
  code!: number;
  @Field(() => String, { description: "COUNTER's fixed message for the code." })
  message!: string;
  @Field(() => String, { nullable: true, description: 'R5.0 only: Warning, Error, Fatal, Debug or Info.' })
  severity!: string | null;
  @Field(() => String, { nullable: true, description: "The provider's details (e.g. which months)." })
  data!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the provider explains it.' })
  helpUrl!: string | null;
}

const exceptionsOf = (list: CounterException[]): CounterReportException[] =>
  list.map((e) => Object.assign(new CounterReportException(), { code: e.code, message: e.message, severity: e.severity ?? null, data: e.data ?? null, helpUrl: e.helpUrl ?? null }));

@ObjectType({ description: 'A content provider whose COUNTER usage is loaded (from files or the COUNTER API).' })
export class UsageProvider {
  dbId!: number;
  resourceId!: number | null;
  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('UsageProvider', this.dbId);
  }
  @Field(() => String, { description: "Its name: a report's Created_By, or the name given when loading." })
  name!: string;
  @Field(() => String, { nullable: true, description: 'COUNTER API `platform` parameter, when one server hosts several platforms.' })
  platform!: string | null;
  @Field(() => String, { description: 'The COUNTER release harvested: 5 or 5.1.' })
  release!: string;
  @Field(() => Boolean, { description: 'Whether it is harvested.' })
  active!: boolean;

  static fromRow(row: UsageProviderListRow): UsageProvider {
    return Object.assign(new UsageProvider(), { dbId: row.id, resourceId: row.resourceId, name: row.name, platform: row.platform, release: row.release, active: row.active });
  }
}

@ObjectType({ description: 'One stored COUNTER report: a provider × report × member over some months, with its exceptions.' })
export class CounterReport {
  dbId!: number;
  memberId!: number;
  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('CounterReport', this.dbId);
  }
  @Field(() => UsageProvider, { description: 'Who reported the usage.' })
  provider!: UsageProvider;
  @Field(() => String, { description: "ISIL of the member the report's usage is attributed to." })
  memberCode!: string;
  @Field(() => String, { description: 'COUNTER Report_ID: PR, PR_P1, DR, DR_D1, DR_D2, TR, TR_B1 … IR_M1.' })
  reportId!: string;
  @Field(() => String, { description: 'COUNTER release: 5 or 5.1.' })
  release!: string;
  @Field(() => LocalDate, { description: 'First day of the first month covered.' })
  begin!: string;
  @Field(() => LocalDate, { description: 'First day of the last month covered.' })
  end!: string;
  @Field(() => String, { nullable: true, description: "The member's customer ID at the provider, as the report gave it." })
  customerId!: string | null;
  @Field(() => CounterReportStatus, { description: 'Stored with usage, with exceptions, or with no usage.' })
  status!: CounterReportStatus;
  @Field(() => [CounterReportException], { description: "The header's COUNTER exceptions." })
  exceptions!: CounterReportException[];
  @Field(() => Int, { description: 'Usage facts (month × item × metric × attributes) it holds now.' })
  factsStored!: number;
  @Field(() => Int, { description: 'Months of its period it still holds: fewer than its period when a later report of the same provider, member and report replaced some.' })
  monthsHeld!: number;
  @Field(() => String, { description: 'The form it came in: json, tsv or csv.' })
  format!: string;
  @Field(() => String, { nullable: true, description: 'The file name it was loaded from.' })
  fileName!: string | null;
  @Field(() => String, { description: 'cli, api or sushi.' })
  via!: string;
  @Field(() => String, { description: 'Who loaded it (token subject, or "cli").' })
  actor!: string;
  @Field(() => GraphQLDateTime, { description: 'When it was stored.' })
  importedAt!: Date;

  static fromRow(row: CounterReportListRow): CounterReport {
    const status = row.exceptions.length === 0 ? CounterReportStatus.STORED : row.factsStored === 0 ? CounterReportStatus.NO_USAGE : CounterReportStatus.WITH_EXCEPTIONS;
    return Object.assign(new CounterReport(), {
      dbId: row.id, memberId: row.memberId, memberCode: row.memberCode, reportId: row.reportId, release: row.release, begin: row.begin, end: row.end, customerId: row.customerId,
      status, exceptions: exceptionsOf(row.exceptions), factsStored: row.factsStored, monthsHeld: row.monthsHeld, format: row.format, fileName: row.fileName, via: row.via,
      actor: row.actor, importedAt: row.importedAt,
      provider: UsageProvider.fromRow(row.provider),
    });
  }
}

export const CounterReportConnection = ConnectionType('CounterReport', CounterReport, 'stored COUNTER report');

@InputType({ description: 'Which stored COUNTER reports to list; given fields combine with AND.' })
export class CounterReportFilter {
  @Field(() => String, { nullable: true, description: "Only this member's (ISIL). Member staff see their own member's reports whatever they give." })
  memberCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this provider (a UsageProvider id).' })
  providerId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this COUNTER Report_ID (e.g. TR_J1).' })
  reportId?: string | null;
}

@ObjectType({ description: 'A title a COUNTER report counted that no title list matched (by ISSN, ISBN, DOI or proprietary ID): for review.' })
export class UnmatchedUsageTitle {
  dbId!: number;
  @Field(() => String, { nullable: true, description: 'The title as the report names it.' })
  title!: string | null;
  @Field(() => String, { description: 'The provider that reported it.' })
  providerName!: string;
  @Field(() => String, { nullable: true, description: 'Publisher, as reported.' })
  publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'Platform, as reported.' })
  platform!: string | null;
  @Field(() => String, { nullable: true, description: 'DOI, lower case.' })
  doi!: string | null;
  @Field(() => String, { nullable: true, description: "The provider's proprietary ID (namespace:value)." })
  proprietaryId!: string | null;
  @Field(() => String, { nullable: true, description: 'ISBN, 13 digits.' })
  isbn!: string | null;
  @Field(() => String, { nullable: true, description: 'Print ISSN, NNNN-NNNC.' })
  printIssn!: string | null;
  @Field(() => String, { nullable: true, description: 'Online ISSN, NNNN-NNNC.' })
  onlineIssn!: string | null;

  static fromRow(row: UnmatchedTitleRow): UnmatchedUsageTitle {
    return Object.assign(new UnmatchedUsageTitle(), {
      dbId: row.id, title: row.title, providerName: row.providerName, publisher: row.publisher, platform: row.platform, doi: row.doi, proprietaryId: row.proprietaryId,
      isbn: row.isbn, printIssn: row.printIssn, onlineIssn: row.onlineIssn,
    });
  }
}

export const UnmatchedUsageTitleConnection = ConnectionType('UnmatchedUsageTitle', UnmatchedUsageTitle, 'unmatched report title');

@ObjectType({ description: 'A sum of counts for one COUNTER metric type.' })
export class MetricCount {
  @Field(() => String, { description: 'The Metric_Type as COUNTER spells it, e.g. Unique_Item_Requests.' })
  metricType!: string;
  @Field(() => GraphQLBigInt, { description: 'The sum (may pass 2^31).' })
  count!: number;
}

export const metricCounts = (totals: Record<string, number>): MetricCount[] =>
  Object.entries(totals)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([metricType, count]) => Object.assign(new MetricCount(), { metricType, count }));

@ObjectType({ description: 'A row of a COUNTER report that broke the rules, and why.' })
export class CounterRejectedRow {
  @Field(() => Int, { description: '1-based line of a tabular file, or 1-based index of a JSON Report_Item; 0 for the header or the file as a whole.' })
  row!: number;
  @Field(() => String, { description: 'What is wrong.' })
  reason!: string;
}

@ObjectType({ description: 'What became of one uploaded COUNTER file: stored whole, or refused whole with every bad row.' })
export class CounterImportResult {
  @Field(() => String, { description: 'The file name given.' })
  fileName!: string;
  @Field(() => Boolean, { description: 'True when the report was stored (possibly with no usage); false when it was refused and nothing of it was stored.' })
  stored!: boolean;
  @Field(() => String, { nullable: true, description: 'COUNTER release: 5 or 5.1 (null when not even the header could be read).' })
  release!: string | null;
  @Field(() => String, { nullable: true, description: 'COUNTER Report_ID.' })
  reportId!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'First day of the first month covered.' })
  begin!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'First day of the last month covered.' })
  end!: string | null;
  @Field(() => String, { nullable: true, description: "The provider it was stored under (given, or the header's Created_By)." })
  provider!: string | null;
  @Field(() => Int, { description: 'Body rows (tabular) or metric entries (JSON) read.' })
  rowsRead!: number;
  @Field(() => Int, { description: 'Usage facts stored (months with a count of 0 are not stored).' })
  factsStored!: number;
  @Field(() => [CounterRejectedRow], { description: 'Every row that broke the rules; not empty when nothing was stored.' })
  rejected!: CounterRejectedRow[];
  @Field(() => [MetricCount], { description: 'Sum of the stored counts per metric type.' })
  totals!: MetricCount[];
  @Field(() => [CounterReportException], { description: "The header's COUNTER exceptions." })
  exceptions!: CounterReportException[];
  @Field(() => Boolean, { description: 'Stored with COUNTER exceptions and no usage (e.g. 3030).' })
  noUsage!: boolean;
  @Field(() => [String], { description: 'ISILs of the members the usage was attributed to.' })
  memberCodes!: string[];

  static fromSummary(fileName: string, s: CounterStoreSummary): CounterImportResult {
    return Object.assign(new CounterImportResult(), {
      fileName, stored: s.stored, release: s.release, reportId: s.reportId, begin: s.begin, end: s.end, provider: s.provider, rowsRead: s.rowsRead, factsStored: s.factsStored,
      rejected: s.rejected.map((r) => Object.assign(new CounterRejectedRow(), { row: r.row, reason: r.reason })), totals: metricCounts(s.totals),
      exceptions: exceptionsOf(s.exceptions), noUsage: s.noUsage, memberCodes: s.members.map((m) => m.memberCode),
    });
  }
}

export enum CounterFileEncoding {
  TEXT = 'TEXT',
  BASE64 = 'BASE64',
}
registerEnumType(CounterFileEncoding, {
  name: 'CounterFileEncoding',
  description: 'How an uploaded file\'s content is given.',
  valuesConfig: { TEXT: { description: 'As text (JSON, TSV or CSV).' }, BASE64: { description: 'The bytes, base64-encoded (standard alphabet, = padding).' } },
});

@InputType({ description: 'One COUNTER report file.' })
export class CounterFileInput {
  @Field(() => String, { description: 'Its file name (the extension helps tell JSON from TSV/CSV).' })
  name!: string;
  @Field(() => String, { description: 'Its content, as `encoding` says.' })
  content!: string;
  @Field(() => CounterFileEncoding, { nullable: true, defaultValue: CounterFileEncoding.TEXT, description: 'TEXT (default) or BASE64.' })
  encoding?: CounterFileEncoding | null;
}

@InputType({ description: 'COUNTER R5/R5.1 reports to store; each file is its own report, stored whole or refused whole.' })
export class ImportCounterReportsInput {
  @Field(() => [CounterFileInput], { description: 'The reports.' })
  files!: CounterFileInput[];
  @Field(() => String, { nullable: true, description: "ISIL of the member rows go to when neither their Customer_ID (a usage account) nor the header's ISIL names one." })
  memberCode?: string | null;
  @Field(() => String, { nullable: true, description: "The provider's name; default: each report's Created_By." })
  provider?: string | null;
}

@ObjectType({ description: 'Result of importCounterReports: one result per file.' })
export class ImportCounterReportsPayload {
  @Field(() => [CounterImportResult], { description: 'One per file, in the order given (empty when userErrors is not empty).' })
  results!: CounterImportResult[];
  @Field(() => [MetricCount], { description: 'The totals of the stored reports, summed per metric type.' })
  totals!: MetricCount[];
  @Field(() => [UserError], { description: 'Problems with the request itself (nothing was stored when not empty); a report that breaks the rules is a result with rejected rows instead.' })
  userErrors!: UserError[];
}
