import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { UserError } from '../../graphql/user-error.js';
import { WARNINGS_KEPT } from './import-warnings.js';
import type { ImportRow } from './imports.tables.js';

export enum ImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  INTERRUPTED = 'INTERRUPTED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'Where a load stands. Its counts are always what the catalogue holds of it: they are written with each batch of 1,000 records.',
  valuesConfig: {
    RUNNING: { description: 'Being loaded now, by a process that is still running.' },
    SUCCEEDED: { description: 'Finished: every record was read (rejected records are listed).' },
    FAILED: { description: 'Stopped by an error, given in message; the batches committed before it are kept.' },
    INTERRUPTED: { description: 'The process running it ended (a crash, kill -9, a lost database) before it finished; the batches it committed are kept and counted. Load the file again: records already loaded are updated in place.' },
  },
});

export enum MarcFormatOption {
  AUTO = 'AUTO',
  ISO2709 = 'ISO2709',
  MARCXML = 'MARCXML',
  JSON = 'JSON',
}
registerEnumType(MarcFormatOption, { name: 'MarcFormat', description: 'How MARC records are written.' });

export enum MarcDialectOption {
  AUTO = 'AUTO',
  MARC21 = 'MARC21',
  UNIMARC = 'UNIMARC',
}
registerEnumType(MarcDialectOption, { name: 'MarcDialect', description: 'MARC 21, or UNIMARC (including CNMARC); AUTO decides per record.' });

@ObjectType({ description: 'A record the load could not use, and why.' })
export class RejectedRecordInfo {
  @Field(() => String, { description: 'The file (or "upload").' })
  file!: string;
  @Field(() => Int, { description: '1-based position of the record in the file.' })
  position!: number;
  @Field(() => String, { description: 'Why it was not loaded.' })
  reason!: string;
}

@ObjectType({ description: 'Something a load noticed but did not stop for: a record whose character set label and bytes disagree, an ID taken from a fallback field, a field dropped, an ID source that seems to have changed.' })
export class ImportWarningInfo {
  @Field(() => String, { nullable: true, description: 'The file (or "upload"); null for a warning about the whole load.' })
  file!: string | null;
  @Field(() => Int, { nullable: true, description: '1-based position of the record in the file; null when the warning is not about one record.' })
  position!: number | null;
  @Field(() => String, { description: 'What was noticed, in English.' })
  message!: string;
}

@ObjectType({ description: 'One load of MARC records by a member: what was read and what happened.' })
export class ImportRun {
  dbId!: number;
  memberId!: number;
  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('ImportRun', this.dbId);
  }
  @Field(() => [String], { description: 'The files loaded.' })
  files!: string[];
  @Field(() => String, { description: '"cli" or "api".' })
  via!: string;
  @Field(() => String, { description: 'Who ran it (token subject, or "cli").' })
  actor!: string;
  @Field(() => ImportStatus, { description: 'Where it stands.' })
  status!: ImportStatus;
  @Field(() => Int, { description: 'Bibliographic records read: created + merged + updated + deleted + rejected (plus records a replace load removed).' })
  read!: number;
  @Field(() => Int, { description: 'New clusters started.' })
  created!: number;
  @Field(() => Int, { description: 'Records that joined an existing cluster.' })
  merged!: number;
  @Field(() => Int, { description: 'Records the member had sent before (same record ID), updated in place.' })
  updated!: number;
  @Field(() => Int, { description: 'Records removed (leader/05 "d", and with replace, records absent from the files).' })
  deleted!: number;
  @Field(() => Int, { description: 'Holdings written.' })
  holdings!: number;
  @Field(() => [RejectedRecordInfo], { description: 'Records not loaded, with reasons.' })
  rejected!: RejectedRecordInfo[];
  @Field(() => [ImportWarningInfo], { description: `The first ${WARNINGS_KEPT} warnings (whole-load warnings first); warningCount has how many there were.` })
  warnings!: ImportWarningInfo[];
  @Field(() => Int, { description: 'How many warnings the load had, including those past the first ' + WARNINGS_KEPT + ' kept in warnings.' })
  warningCount!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed, when it did.' })
  message!: string | null;
  @Field(() => GraphQLDateTime, { description: 'Start.' })
  startedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'End; null while running.' })
  finishedAt!: Date | null;

  static fromRow(row: ImportRow): ImportRun {
    const r = Object.assign(new ImportRun(), {
      dbId: row.id, memberId: row.memberId, files: row.files, via: row.via, actor: row.actor, status: row.status as ImportStatus,
      read: row.read, created: row.created, merged: row.merged, updated: row.updated, deleted: row.deleted, holdings: row.holdings,
      rejected: row.rejected, warnings: row.warnings, warningCount: row.warningCount, message: row.message, startedAt: row.startedAt, finishedAt: row.finishedAt,
    });
    return r;
  }
}

export const ImportRunConnection = ConnectionType('ImportRun', ImportRun, 'import run');

@InputType({ description: 'Which loads to list.' })
export class ImportFilter {
  @Field(() => String, { nullable: true, description: 'Only loads by the member with this ISIL.' })
  memberCode?: string | null;
}

@InputType({ description: "MARC records uploaded by a member's staff: give marcxml or iso2709Base64." })
export class ImportMarcRecordsInput {
  @Field(() => String, { description: 'ISIL of the member whose records these are.' })
  memberCode!: string;
  @Field(() => String, { nullable: true, description: 'MARCXML text (a collection, a record, or an OAI-PMH / SRU response).' })
  marcxml?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 2709 bytes, base64-encoded.' })
  iso2709Base64?: string | null;
  @Field(() => MarcDialectOption, { nullable: true, defaultValue: MarcDialectOption.AUTO, description: 'MARC 21 or UNIMARC/CNMARC; AUTO decides per record.' })
  dialect?: MarcDialectOption | null;
  @Field(() => String, { nullable: true, defaultValue: 'auto', description: 'Character set: auto, utf8, marc8, gb18030, or any iconv-lite name (cp1251 …).' })
  encoding?: string | null;
  @Field(() => String, { nullable: true, description: "Where each record's ID is: TAG$code for a data field (907$a for III/Sierra, 999$c for Koha) or a control field's TAG (001). Omitted: 001, else the first 035 $a (with a warning). A record with none of them is rejected." })
  idField?: string | null;
}

@ObjectType({ description: 'Result of importMarcRecords: the load report.' })
export class ImportMarcRecordsPayload {
  @Field(() => ImportRun, { nullable: true, description: 'The load, with its counts and rejected records; null when userErrors is not empty.' })
  importRun!: ImportRun | null;
  @Field(() => [UserError], { description: 'Problems with the request (nothing was loaded when not empty).' })
  userErrors!: UserError[];
}
