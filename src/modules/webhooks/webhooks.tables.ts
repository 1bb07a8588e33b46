import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { events } from '../events/events.tables.js';

/** the events module's EventType, through its table (a tables file reaches only other tables files) */
type EventType = (typeof events.$inferSelect)['type'];

export type WebhookSubscriptionStatus = 'ACTIVE' | 'PAUSED';
export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/**
 * A URL that is sent the events of some types about one member (or every member's), signed with its
 * own secret (Standard Webhooks). A process sending its deliveries holds a lease on the row
 * (leased_by, lease_until), so each subscription's events go out from one process at a time, in order.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: serial('id').primaryKey(),
    url: text('url').notNull(),
    eventTypes: text('event_types').array().$type<EventType[]>().notNull(),
    /** ISIL of the member whose events are sent; null: every member's (analysts and admins) */
    memberCode: text('member_code'),
    /** `whsec_` + base64: the HMAC key; the receiver holds the same (symmetric, so stored as given) */
    secret: text('secret').notNull(),
    status: text('status').$type<WebhookSubscriptionStatus>().notNull().default('ACTIVE'),
    pausedReason: text('paused_reason'),
    /** failed attempts since the last success (reset by a success or by resume) */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** who created it: the token's subject (`client:<id>` for an API client) */
    createdBy: text('created_by'),
    /** the API client that created it, if one did */
    createdByClient: integer('created_by_client'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** the database session name (Database.sessionName) of the process sending its deliveries now */
    leasedBy: text('leased_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
  },
  (t) => [
    index('webhook_subscriptions_member_idx').on(t.memberCode),
    check('webhook_subscriptions_status_check', sql`${t.status} IN ('ACTIVE', 'PAUSED')`),
  ],
);

/**
 * One event for one subscription: made when the dispatcher fans an event out (once per pair, the
 * unique index), then sent until the receiver answers 2xx or 24 hours of retries have passed.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    subscriptionId: integer('subscription_id').notNull().references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' }).notNull().references(() => events.id, { onDelete: 'cascade' }),
    status: text('status').$type<WebhookDeliveryStatus>().notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** PENDING: not before this time (now for a new delivery, later after a failed attempt) */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** the first attempt of the current round (a replay starts a new round): the 24 hours count from it */
    firstAttemptAt: timestamp('first_attempt_at', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** the HTTP status of the last attempt (null: no answer) */
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_pair_idx').on(t.subscriptionId, t.eventId),
    /** a subscription's queue: its pending deliveries in event order */
    index('webhook_deliveries_pending_idx').on(t.subscriptionId, t.eventId).where(sql`status = 'PENDING'`),
    /** the delivery log, newest first */
    index('webhook_deliveries_log_idx').on(t.subscriptionId, t.id),
    index('webhook_deliveries_event_idx').on(t.eventId),
    check('webhook_deliveries_status_check', sql`${t.status} IN ('PENDING', 'DELIVERED', 'FAILED')`),
  ],
);

export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
