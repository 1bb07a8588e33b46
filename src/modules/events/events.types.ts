import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';
import { EVENT_TYPES, type EventType } from './event-types.js';
import type { EventRow } from './events.tables.js';

/** EVENT_TYPES as an enum object for type-graphql (webhook subscriptions name the same enum). */
export const EventTypeEnum = Object.fromEntries(EVENT_TYPES.map((t) => [t, t])) as { [T in EventType]: T };

registerEnumType(EventTypeEnum, {
  name: 'EventType',
  description: "What changed (README, \"Events\"): each type's `data` has a fixed shape; fields may be added, never renamed.",
  valuesConfig: {
    HOLDINGS_CHANGED: { description: "A member's holdings were created, updated or deleted: one event per API call or per import, the localIds listed up to 1,000 with their count." },
    IMPORT_FINISHED: { description: 'A MARC load ended (SUCCEEDED or FAILED), with its summary.' },
    RECORDS_MERGED: { description: 'An admin merged records (clusters) into one.' },
    RECORDS_SPLIT: { description: 'An admin split sources out of a record into a new one.' },
    TITLE_LIST_RELOADED: { description: "A resource's KBART title list was loaded again and changed." },
    ENTITLEMENT_CHANGED: { description: 'An entitlement was assigned to, updated for or removed from a member.' },
    COST_SHARES_RECOMPUTED: { description: "An agreement period's cost shares were recomputed." },
    ILL_REQUEST_CHANGED: { description: 'An ILL request was placed or changed state (every action, over the API or ISO 18626).' },
  },
});

@ObjectType({ description: 'One change a member system may be told about: what webhooks deliver and subscriptions push, as `{ type, timestamp, data }` (Standard Webhooks).' })
export class Event {
  @Field(() => ID, { description: "The event's number in the outbox: events are numbered as they are written." })
  id!: string;
  @Field(() => EventTypeEnum, { description: 'What changed.' })
  type!: EventType;
  @Field(() => GraphQLDateTime, { description: 'When the change was made (its transaction).' })
  timestamp!: Date;
  @Field(() => [String], { description: 'ISILs of the members the change concerns: who may be told.' })
  memberCodes!: string[];
  @Field(() => GraphQLJSONObject, { description: "The change's data, of the shape its type documents (objects by global ID); `memberCodes` included, as webhooks send it." })
  data!: Record<string, unknown>;

  static fromRow(row: EventRow): Event {
    return Object.assign(new Event(), {
      id: String(row.id), type: row.type, timestamp: row.occurredAt, memberCodes: row.memberCodes, data: { ...row.data, memberCodes: row.memberCodes },
    });
  }
}

export const EventConnection = ConnectionType('Event', Event, 'event');

@InputType({ description: 'Which events to list; given fields combine with AND.' })
export class EventFilter {
  @Field(() => [EventTypeEnum], { nullable: true, description: 'Only events of these types; omit for all.' })
  types?: EventType[] | null;
  @Field(() => String, { nullable: true, description: "Only events concerning this member (its ISIL). Member staff may name their own member only; analysts and admins any, or none for every member's." })
  memberCode?: string | null;
}
