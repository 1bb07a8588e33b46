import { bigint, index, integer, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';

/**
 * The collection-overlap summary (collection-overlap.service.ts): derived from holdings, rebuilt whole
 * by refreshCollectionOverlap when a holdings write has happened since (collection_overlap_changes).
 * Per member: its distinct union-catalogue records and those no other member holds.
 */
export const collectionOverlapMembers = pgTable('collection_overlap_members', {
  memberId: integer('member_id').primaryKey().references(() => members.id, { onDelete: 'cascade' }),
  records: integer('records').notNull(),
  uniqueRecords: integer('unique_records').notNull(),
});

/** Per ordered pair of members that share records (both directions stored): how many records both hold. */
export const collectionOverlapPairs = pgTable(
  'collection_overlap_pairs',
  {
    memberId: integer('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    otherId: integer('other_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    shared: integer('shared').notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.otherId] }), index('collection_overlap_pairs_other_idx').on(t.otherId)],
);

/** One row (id 1) once the summary has been built: when, and how long the rebuild took. */
export const collectionOverlapState = pgTable('collection_overlap_state', {
  id: integer('id').primaryKey(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true, mode: 'string' }).notNull(),
  refreshMs: integer('refresh_ms').notNull(),
});

/**
 * One row per transaction that wrote holdings (member or record changed, rows added or removed) since
 * the last rebuild, written by a statement-level trigger on holdings (migration 0012): the summary is
 * stale while a committed row is here. A rebuild deletes the rows it saw.
 */
export const collectionOverlapChanges = pgTable('collection_overlap_changes', {
  txid: bigint('txid', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
