/**
 * Writing an event into the outbox, inside the caller's transaction: the event exists exactly when the
 * change does. On commit PostgreSQL (and PGlite) sends `NOTIFY sharegraph_events, '<id>'` to every
 * listening process (event-bus.ts); a rolled-back change sends nothing.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/database.js';
import type { EventDataOf, EventType } from './event-types.js';

export const EVENTS_CHANNEL = 'sharegraph_events';

/** An event of one type with its data (event-types.ts, EventDataOf). */
export type NewEvent = {
  [T in EventType]: {
    type: T;
    /** ISILs of the members concerned (requester and supplier of an ILL request, the holding member, …) */
    memberCodes: readonly string[];
    /** objects by global ID, counts, a summary: small (an event is delivered to every subscriber) */
    data: EventDataOf[T];
  };
}[EventType];

/** Inserts the event and queues its notification in one statement; returns the event's id. */
export async function recordEvent(tx: DbOrTx, event: NewEvent): Promise<number> {
  const memberCodes = [...new Set(event.memberCodes)];
  const rows = await queryRows<{ id: number | string }>(
    tx,
    sql`WITH e AS (
          INSERT INTO events (type, member_codes, data) VALUES (${event.type}, ${sql`ARRAY[${sql.join(memberCodes.map((c) => sql`${c}`), sql`, `)}]::text[]`}, ${JSON.stringify(event.data)}::jsonb)
          RETURNING id
        )
        SELECT id, pg_notify(${EVENTS_CHANNEL}, id::text) FROM e`,
  );
  return Number(rows[0].id);
}
