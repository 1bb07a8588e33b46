/**
 * Telling this process's listeners that events were committed, on every server process: PostgreSQL's
 * LISTEN/NOTIFY on the server (each process listens on its own connection), PGlite's in-process
 * notifications on the embedded database (one process). A notification carries only the event's id;
 * listeners read the row (readEvents). Notifications are a wake-up, not the record: a process that
 * was not listening (down, reconnecting) finds the events in the outbox table.
 */
import { asc, inArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database, DbOrTx } from '../../db/database.js';
import { events, type EventRow } from './events.tables.js';
import { EVENTS_CHANNEL } from './record-event.js';

export type EventListener = (eventId: number) => void;

export interface EventBus {
  /** calls `listener` with each committed event's id, in commit order as notified; returns the unsubscribe */
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

export async function createEventBus(database: Database, log: Logger): Promise<EventBus> {
  const listeners = new Set<EventListener>();
  const stop = await database.listen(EVENTS_CHANNEL, (payload) => {
    const id = Number(payload);
    if (!Number.isSafeInteger(id)) return;
    for (const listener of listeners) {
      try {
        listener(id);
      } catch (err) {
        log.error({ err, eventId: id }, 'an event listener failed');
      }
    }
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await stop();
    },
  };
}

/** The events with these ids, oldest first. */
export async function readEvents(db: DbOrTx, ids: readonly number[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(events).where(inArray(events.id, [...ids])).orderBy(asc(events.id));
}

/** The Standard Webhooks payload of an event: `{ type, timestamp, data }` (timestamp ISO 8601, UTC). */
export interface EventPayload {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export function payloadOf(event: Pick<EventRow, 'type' | 'occurredAt' | 'data' | 'memberCodes'>): EventPayload {
  return { type: event.type, timestamp: new Date(event.occurredAt).toISOString(), data: { ...event.data, memberCodes: event.memberCodes } };
}
