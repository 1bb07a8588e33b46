import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ApiScope } from '../../auth/viewer.js';
import { members } from '../members/members.tables.js';

/**
 * Applications that call the API with a key of their own (README, "API clients"): a member's system
 * acting as its staff within its scopes, or a consortium-wide app. Registered by admins; revoked, never
 * deleted, so that the audit log and the request statistics keep naming it.
 */
export const apiClients = pgTable(
  'api_clients',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    contact: text('contact'),
    /** the member whose staff it acts as; null for a consortium-wide app */
    memberId: integer('member_id').references(() => members.id),
    scopes: text('scopes').array().$type<ApiScope[]>().notNull(),
    /** requests a minute; null: the server's RATE_LIMIT_PER_MINUTE */
    rateLimitPerMinute: integer('rate_limit_per_minute'),
    /** requests a UTC day; null: no daily quota */
    dailyQuota: integer('daily_quota'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_clients_member_idx').on(t.memberId)],
);

/**
 * A client's keys, `sgk_<keyId>_<secret>`: the keyId finds the row (one indexed lookup per request,
 * which is also where revocation and expiry are read), the secret is kept only as a scrypt hash.
 * A rotation adds a key and gives the old ones an expiry (the grace period).
 */
export const apiClientKeys = pgTable(
  'api_client_keys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    clientId: integer('client_id').notNull().references(() => apiClients.id),
    keyId: text('key_id').notNull(),
    /** `scrypt$N$r$p$<salt base64url>$<hash base64url>` of the secret */
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** null: valid until revoked or rotated */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_client_keys_key_id_idx').on(t.keyId), index('api_client_keys_client_idx').on(t.clientId)],
);

/**
 * Metering: per client, UTC day and operation name, what the server answered. Durations are kept as
 * counts per bucket (METER_BUCKETS_MS) so that processes can add their counts together and p95 is read
 * from the sum.
 */
export const apiClientRequestStats = pgTable(
  'api_client_request_stats',
  {
    clientId: integer('client_id').notNull().references(() => apiClients.id),
    day: date('day', { mode: 'string' }).notNull(),
    operation: text('operation').notNull(),
    requests: bigint('requests', { mode: 'number' }).notNull(),
    errors: bigint('errors', { mode: 'number' }).notNull(),
    costPoints: bigint('cost_points', { mode: 'number' }).notNull(),
    durationBuckets: bigint('duration_buckets', { mode: 'number' }).array().notNull().default(sql`'{}'`),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.day, t.operation] })],
);

export type ApiClientRow = typeof apiClients.$inferSelect;
export type ApiClientKeyRow = typeof apiClientKeys.$inferSelect;
export type ApiClientRequestStatsRow = typeof apiClientRequestStats.$inferSelect;
