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
