import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { toGlobalId, type NodeTypeName } from '../../graphql/global-id.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { beforeAfterOf, type AuditValues } from './audit.service.js';
import type { AuditLogRow } from './audit.tables.js';

/** Entity types the log names that have global IDs (the others, if any, are named by their key only). */
const WITH_GLOBAL_ID: readonly NodeTypeName[] = ['Member', 'Record', 'Resource', 'Agreement', 'AgreementPeriod', 'Entitlement'];

@ObjectType({ description: 'One change in the audit log: who made it, when, to what, what it was before and after, and why.' })
export class AuditEntry {
  dbId!: number;
  @Field(() => GraphQLDateTime, { description: 'When the change was committed (the database clock).' })
  at!: Date;
  @Field(() => String, { description: 'Who made it: the token\'s `sub`, or "cli" for the command line.' })
  actor!: string;
  @Field(() => String, { description: 'The role they acted in (admin, member …).' })
  role!: string;
  @Field(() => String, { description: 'What was done: the mutation or command, e.g. "updateMember", "assignEntitlement", "importKbart".' })
  action!: string;
  @Field(() => String, { description: 'The kind of thing changed: Member, Record, Resource, Agreement, AgreementPeriod.' })
  entityType!: string;
  @Field(() => String, { description: "The changed entity's key as stored: its database number, or (entries of holdings writes, and entries from before global IDs were kept) a member's ISIL." })
  entityKey!: string;
  @Field(() => ID, { nullable: true, description: 'Global ID of the changed entity, as the rest of the API gives it; null when the entry names it by a key only. A deleted or merged-away entity keeps its ID here.' })
  get entityId(): string | null {
    const n = Number(this.entityKey);
    return (WITH_GLOBAL_ID as readonly string[]).includes(this.entityType) && /^\d+$/.test(this.entityKey) && Number.isSafeInteger(n) && n > 0
      ? toGlobalId(this.entityType as NodeTypeName, n)
      : null;
  }
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The values the change touched, as they were; null when the entity did not exist before.' })
  before!: AuditValues | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The same values after the change; null when the entity no longer exists.' })
  after!: AuditValues | null;
  @Field(() => String, { nullable: true, description: 'Why, as the admin gave it.' })
  reason!: string | null;

  static fromRow(row: AuditLogRow): AuditEntry {
    const { before, after } = beforeAfterOf(row.changes);
    return Object.assign(new AuditEntry(), {
      dbId: row.id, at: row.at, actor: row.actor, role: row.role, action: row.action, entityType: row.entityType, entityKey: row.entityId, before, after, reason: row.reason,
    });
  }
}

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntry, 'audit entry');

@InputType({ description: 'Which audit entries to list; given fields combine with AND.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Only changes by this actor (a token\'s `sub`, or "cli").' })
  actor?: string | null;
  @Field(() => String, { nullable: true, description: 'Only changes to this kind of entity, e.g. "Member".' })
  entityType?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only changes to this entity (its global ID, as entries and the rest of the API give it).' })
  entityId?: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only changes at or after this instant.' })
  from?: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only changes before this instant.' })
  to?: Date | null;
}
