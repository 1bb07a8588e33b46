import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { EventType } from './event-types.js';

/**
 * The transactional outbox: one row per change a member system would care about, written in the same
 * transaction as the change (recordEvent). Webhook deliveries and GraphQL subscriptions read it after
 * commit; nothing is lost when a process dies between the change and the delivery.
 */
export const events = pgTable(
  'events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    type: text('type').$type<EventType>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** ISILs of the members the event concerns: who may be told (webhooks, subscriptions filter on it) */
    memberCodes: text('member_codes').array().notNull(),
    /** the Standard Webhooks `data`: objects named by global ID, counts, summaries */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** set once the webhook dispatcher has made this event's deliveries (null: not yet) */
    fannedOutAt: timestamp('fanned_out_at', { withTimezone: true }),
  },
  (t) => [
    index('events_member_codes_idx').using('gin', t.memberCodes),
    index('events_type_idx').on(t.type, t.id),
    /** the dispatcher's queue: events not yet fanned out into webhook deliveries, oldest first */
    index('events_not_fanned_out_idx').on(t.id).where(sql`fanned_out_at IS NULL`),
  ],
);

export type EventRow = typeof events.$inferSelect;
