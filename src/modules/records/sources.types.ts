import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { BibRecord } from './records.types.js';
import type { RecordSourceRow } from './sources.tables.js';

export enum MatchVia {
  ISBN = 'ISBN',
  ISSN = 'ISSN',
  WORK_KEY = 'WORK_KEY',
  NEW = 'NEW',
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
}
registerEnumType(MatchVia, {
  name: 'MatchVia',
  description: 'Why a source record is in its cluster.',
  valuesConfig: {
    ISBN: { description: 'It shares an ISBN with the cluster.' },
    ISSN: { description: 'It shares an ISSN with the cluster.' },
    WORK_KEY: { description: 'No standard number matched; title, author, year, edition, publisher and format did.' },
    NEW: { description: 'Nothing matched: it started the cluster.' },
    MERGE: { description: 'An admin merged it here (mergeRecords).' },
    SPLIT: { description: 'An admin split it out of another cluster (splitRecord).' },
  },
});

@ObjectType({ description: 'The evidence for a source record being in its cluster.' })
export class MatchPoints {
  @Field(() => MatchVia, { description: 'What matched.' })
  via!: MatchVia;
  @Field(() => String, { nullable: true, description: 'The matching value: the ISBN, ISSN or work key.' })
  value!: string | null;
  @Field(() => String, { nullable: true, description: "The admin's reason, for MERGE and SPLIT." })
  reason!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the decision was made.' })
  at!: Date | null;
}

@ObjectType({ implements: Node, description: 'A record as a member contributed it, kept verbatim, with why it was clustered where it is.' })
export class RecordSource {
  dbId!: number;
  recordId!: number;
  memberId!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return toGlobalId('RecordSource', this.dbId);
  }
  @Field(() => String, { description: "The member's own record id (001)." })
  localId!: string;
  @Field(() => String, { description: 'MARC dialect: marc21 or unimarc.' })
  dialect!: string;
  @Field(() => String, { nullable: true, description: 'Character set the record was decoded from.' })
  encoding!: string | null;
  @Field(() => MatchPoints, { description: 'Why it is in this cluster.' })
  matchPoints!: MatchPoints;
  @Field(() => GraphQLDateTime, { description: 'When the member first contributed it.' })
  contributedAt!: Date;
  @Field(() => GraphQLDateTime, { description: 'When it was last re-imported.' })
  updatedAt!: Date;

  static fromRow(row: Omit<RecordSourceRow, 'rawRecord' | 'rawMarcxml' | 'core'>): RecordSource {
    const s = new RecordSource();
    s.dbId = row.id;
    s.recordId = row.recordId;
    s.memberId = row.memberId;
    s.localId = row.localId;
    s.dialect = row.dialect;
    s.encoding = row.encoding;
    const mp = row.matchPoints;
    s.matchPoints = { via: mp.via === 'workKey' ? MatchVia.WORK_KEY : (mp.via.toUpperCase() as MatchVia), value: mp.value ?? null, reason: mp.reason ?? null, at: mp.at ? new Date(mp.at) : null };
    s.contributedAt = row.contributedAt;
    s.updatedAt = row.updatedAt;
    return s;
  }
}

@InputType({ description: 'Merge clusters into one: their sources and holdings move to the target.' })
export class MergeRecordsInput {
  @Field(() => ID, { description: 'The record that absorbs the others.' })
  targetRecordId!: string;
  @Field(() => [ID], { description: 'The records merged away; their IDs keep resolving to the target.' })
  recordIds!: string[];
  @Field(() => String, { description: 'Why: kept with the decision and in the audit log.' })
  reason!: string;
}

@InputType({ description: 'Split source records out of a cluster into a new one.' })
export class SplitRecordInput {
  @Field(() => ID, { description: 'The cluster to split.' })
  recordId!: string;
  @Field(() => [ID], { description: 'The sources (RecordSource IDs) that move to the new cluster, with their holdings.' })
  sourceIds!: string[];
  @Field(() => String, { description: 'Why: kept with the decision and in the audit log.' })
  reason!: string;
}

@ObjectType({ description: 'Result of mergeRecords / splitRecord.' })
export class ClusterPayload {
  @Field(() => BibRecord, { nullable: true, description: 'The target of a merge, or the new record of a split.' })
  record!: BibRecord | null;
  @Field(() => BibRecord, { nullable: true, description: 'For a split: the cluster the sources left.' })
  remaining!: BibRecord | null;
  @Field(() => [UserError], { description: 'What was wrong; nothing changed when not empty.' })
  userErrors!: UserError[];
}
