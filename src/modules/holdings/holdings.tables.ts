import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';
import { records } from '../records/records.tables.js';

export const holdings = pgTable(
  'holdings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    memberId: integer('member_id').notNull().references(() => members.id),
    recordId: integer('record_id').notNull().references(() => records.id, { onDelete: 'cascade' }),
    localId: text('local_id').notNull(), // the member's own key for this holding: upserts are idempotent on it
    location: text('location').notNull().default(''),
    callNumber: text('call_number'),
    copies: integer('copies').notNull().default(1),
    available: integer('available').notNull().default(0),
    lendable: boolean('lendable').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The imported source record this holding came with (null for holdings sent through upsertHoldings). */
    sourceId: integer('source_id'),
  },
  (t) => [
    uniqueIndex('holdings_member_local_idx').on(t.memberId, t.localId),
    index('holdings_record_idx').on(t.recordId, t.id),
    /** A member's records and who else holds one, from the indexes alone: collection overlap (usage analytics) on 1M holdings. */
    index('holdings_record_member_idx').on(t.recordId, t.memberId),
    index('holdings_member_record_idx').on(t.memberId, t.recordId),
    index('holdings_member_idx').on(t.memberId, t.id),
    index('holdings_source_idx').on(t.sourceId),
  ],
);

export type HoldingRow = typeof holdings.$inferSelect;
