/**
 * What a member system can be told about: the `type` of an event in the outbox, of a webhook payload
 * (Standard Webhooks `{ type, timestamp, data }`) and of a webhook subscription's `eventTypes`.
 * Integrators rely on these names: add freely, never rename.
 */
export const EVENT_TYPES = [
  /** holdings created, updated or deleted: one event per API call or per import (localIds capped, with the count) */
  'HOLDINGS_CHANGED',
  /** a MARC (or KBART) load finished, with its summary */
  'IMPORT_FINISHED',
  'RECORDS_MERGED',
  'RECORDS_SPLIT',
  /** a resource's KBART title list was (re)loaded */
  'TITLE_LIST_RELOADED',
  /** an entitlement assigned to or removed from a member */
  'ENTITLEMENT_CHANGED',
  'COST_SHARES_RECOMPUTED',
  /** every ILL request state change, and a request's creation */
  'ILL_REQUEST_CHANGED',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export const isEventType = (value: string): value is EventType => (EVENT_TYPES as readonly string[]).includes(value);

/** At most this many IDs are listed in an event's data; the count says how many there were. */
export const EVENT_ID_CAP = 1000;

/** The ids named in an event, capped (EVENT_ID_CAP), with their count: `{ [key]: ids, [key + 'Count']: n, truncated }`. */
export function cappedList<T>(key: string, items: readonly T[], cap: number = EVENT_ID_CAP): Record<string, unknown> {
  return { [key]: items.slice(0, cap), [`${key}Count`]: items.length, [`${key}Truncated`]: items.length > cap };
}

/**
 * What each event's `data` holds (the writers in each module fill it; webhooks send it as is;
 * subscriptions read it). Objects are named by global ID (src/graphql/global-id.ts) and, where a
 * member system matches on them, by code too. `memberCodes` is added to every payload's data by
 * payloadOf(). Add fields freely; never rename or remove one.
 */
export interface EventDataOf {
  HOLDINGS_CHANGED: {
    /** the member whose holdings changed: global ID and ISIL */
    member: string;
    memberCode: string;
    /** how: one API call (upsertHoldings, deleteHoldings, …) or one import (then `importRun`) */
    via: 'API' | 'IMPORT' | 'CLI';
    importRun?: string;
    created: number;
    updated: number;
    deleted: number;
    /** the changed holdings' localIds (first EVENT_ID_CAP), with localIdsCount and localIdsTruncated (cappedList) */
    localIds: string[];
    localIdsCount: number;
    localIdsTruncated: boolean;
  };
  IMPORT_FINISHED: {
    importRun: string;
    member: string;
    memberCode: string;
    format: string;
    status: string;
    /** the import's summary as `imports` shows it: counts of records read, added, updated, rejected, … */
    summary: Record<string, unknown>;
    warningCount: number;
  };
  RECORDS_MERGED: { into: string; merged: string[]; reason: string | null };
  /** `sources`: the RecordSources moved into the new record */
  RECORDS_SPLIT: { from: string; into: string[]; reason: string | null; sources?: string[] };
  TITLE_LIST_RELOADED: { resource: string; resourceName: string; titles: number; added: number; removed: number; changed: number };
  /**
   * An entitlement is a member's place in an agreement period, which may cover several resources:
   * `resources` lists them all, `resource` is the first (null when the agreement covers none yet).
   * Fields added after the first contract are optional in this type (writers always fill them) so
   * code written against the first shape still compiles.
   */
  ENTITLEMENT_CHANGED: {
    entitlement: string; resource: string | null; resources?: string[]; agreement?: string; period?: string; member: string; memberCode: string; change: 'ASSIGNED' | 'UPDATED' | 'REMOVED';
  };
  /** `shares`: how many members' shares the period now has; `method`: the split used (EQUAL, BY_FTE, …) */
  COST_SHARES_RECOMPUTED: { agreement: string; period: string; shares: number; method?: string };
  ILL_REQUEST_CHANGED: {
    request: string;
    requesterCode: string;
    /** the supplier asked now (null: none yet, or unfilled) */
    supplierCode: string | null;
    serviceType: string;
    /** 'CREATE' for a new request, else the action taken (WILL_SUPPLY, SHIP, …) */
    action: string;
    fromState: string | null;
    state: string;
  };
}
