/**
 * What a subscription delivers: one object per event, built from the event's data (EventDataOf in
 * src/modules/events), with the objects it names (the ILL request, the member, the import run)
 * resolvable as in any query, loaded when the event is delivered. The event's own fields say what
 * happened then; the objects show how things stand at delivery.
 */
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EventDataOf, EventRow } from '../events/index.js';
import { IllServiceTypeEnum, IllStateEnum } from '../ill/index.js';

/** The fields every event type carries. */
@ObjectType() // a base class: type-graphql 2 emits only the types the schema reaches, so it never appears itself
abstract class DeliveredEvent {
  @Field(() => GraphQLDateTime, { description: 'When the change was committed.' })
  occurredAt!: Date;
  @Field(() => [String], { description: 'ISILs of the members the change concerns.' })
  memberCodes!: string[];
}

@ObjectType({ description: 'An ILL request was created or changed state (ILL_REQUEST_CHANGED).' })
export class IllRequestChangedEvent extends DeliveredEvent {
  /** the request's global ID (resolved by the `request` field) */
  requestGlobalId!: string;
  @Field(() => String, { description: '"CREATE" for a new request, else the action taken (WILL_SUPPLY, SHIP, …; see IllAction).' })
  action!: string;
  @Field(() => IllStateEnum, { nullable: true, description: 'The state before the change; null for a new request.' })
  fromState!: string | null;
  @Field(() => IllStateEnum, { description: 'The state the change led to.' })
  state!: string;
  @Field(() => IllServiceTypeEnum, { description: 'LOAN or COPY.' })
  serviceType!: string;
  @Field(() => String, { description: 'ISIL of the borrowing member.' })
  requesterCode!: string;
  @Field(() => String, { nullable: true, description: 'ISIL of the supplier asked now; null when none is (not routed yet, or unfilled).' })
  supplierCode!: string | null;

  static of(event: EventRow): IllRequestChangedEvent {
    const data = event.data as unknown as EventDataOf['ILL_REQUEST_CHANGED'];
    return Object.assign(new IllRequestChangedEvent(), {
      occurredAt: event.occurredAt, memberCodes: event.memberCodes, requestGlobalId: data.request, action: data.action, fromState: data.fromState,
      state: data.state, serviceType: data.serviceType, requesterCode: data.requesterCode, supplierCode: data.supplierCode,
    });
  }
}

export enum HoldingsChangeVia {
  API = 'API',
  IMPORT = 'IMPORT',
  CLI = 'CLI',
}
registerEnumType(HoldingsChangeVia, {
  name: 'HoldingsChangeVia',
  description: 'How holdings were changed.',
  valuesConfig: { API: { description: 'One API call (upsertHoldings, deleteHoldings, …).' }, IMPORT: { description: 'A MARC load (see importRun).' }, CLI: { description: 'A command on the server.' } },
});

@ObjectType({ description: "A member's holdings were created, updated or deleted: one event per API call or per import (HOLDINGS_CHANGED)." })
export class HoldingsChangedEvent extends DeliveredEvent {
  memberGlobalId!: string;
  importRunGlobalId!: string | null;
  @Field(() => String, { description: 'ISIL of the member whose holdings changed.' })
  memberCode!: string;
  @Field(() => HoldingsChangeVia, { description: 'One API call, one import, or a command.' })
  via!: HoldingsChangeVia;
  @Field(() => Int, { description: 'Holdings created.' })
  created!: number;
  @Field(() => Int, { description: 'Holdings updated.' })
  updated!: number;
  @Field(() => Int, { description: 'Holdings deleted.' })
  deleted!: number;
  @Field(() => [String], { description: "The changed holdings' localIds: the first 1,000 (localIdsCount says how many there were)." })
  localIds!: string[];
  @Field(() => Int, { description: 'How many holdings changed.' })
  localIdsCount!: number;
  @Field(() => Boolean, { description: 'True when localIds lists only the first of them.' })
  localIdsTruncated!: boolean;

  static of(event: EventRow): HoldingsChangedEvent {
    const data = event.data as unknown as EventDataOf['HOLDINGS_CHANGED'];
    return Object.assign(new HoldingsChangedEvent(), {
      occurredAt: event.occurredAt, memberCodes: event.memberCodes, memberGlobalId: data.member, importRunGlobalId: data.importRun ?? null, memberCode: data.memberCode,
      via: data.via as HoldingsChangeVia, created: data.created, updated: data.updated, deleted: data.deleted,
      localIds: data.localIds ?? [], localIdsCount: data.localIdsCount ?? 0, localIdsTruncated: data.localIdsTruncated ?? false,
    });
  }
}

@ObjectType({ description: "A member's MARC (or KBART) load finished, with its summary (IMPORT_FINISHED)." })
export class ImportFinishedEvent extends DeliveredEvent {
  memberGlobalId!: string;
  importRunGlobalId!: string;
  @Field(() => String, { description: 'ISIL of the member whose load it was.' })
  memberCode!: string;
  @Field(() => String, { description: 'What was loaded (MARC21, UNIMARC, MARCXML, KBART, …).' })
  format!: string;
  @Field(() => String, { description: 'How it ended, as ImportRun.status (SUCCEEDED or FAILED).' })
  status!: string;
  @Field(() => GraphQLJSONObject, { description: 'The summary as `imports` shows it: records read, added, updated, rejected, …' })
  summary!: Record<string, unknown>;
  @Field(() => Int, { description: 'How many warnings the load had.' })
  warningCount!: number;

  static of(event: EventRow): ImportFinishedEvent {
    const data = event.data as unknown as EventDataOf['IMPORT_FINISHED'];
    return Object.assign(new ImportFinishedEvent(), {
      occurredAt: event.occurredAt, memberCodes: event.memberCodes, memberGlobalId: data.member, importRunGlobalId: data.importRun, memberCode: data.memberCode,
      format: data.format, status: data.status, summary: data.summary ?? {}, warningCount: data.warningCount ?? 0,
    });
  }
}
