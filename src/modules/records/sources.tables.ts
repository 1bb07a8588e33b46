import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';
import { records } from './records.tables.js';

/** Why a source record sits in its cluster: the evidence, kept so every merge can be explained. */
export interface MatchPoints {
  /** 'isbn' | 'issn' | 'workKey': matched an existing cluster by that; 'new': started the cluster; 'merge' / 'split': an admin's decision */
  via: 'isbn' | 'issn' | 'workKey' | 'new' | 'merge' | 'split';
  value?: string;
  reason?: string;
  at?: string;
}

/** A member's contributed record, verbatim, and the cluster (union record) it belongs to. */
export const recordSources = pgTable(
  'record_sources',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    recordId: integer('record_id').notNull().references(() => records.id),
    memberId: integer('member_id').notNull().references(() => members.id),
    localId: text('local_id').notNull(), // the member's 001
    dialect: text('dialect').notNull(), // marc21 | unimarc
    encoding: text('encoding'),
    /** the record as contributed, as compact JSON (marc-compact.ts); rows loaded before 0017 have raw_marcxml instead */
    rawRecord: text('raw_record'),
    rawMarcxml: text('raw_marcxml'),
    core: jsonb('core').$type<Record<string, unknown>>().notNull(), // the mapped record core, to rebuild a cluster on split
    workKey: text('work_key').notNull(),
    matchPoints: jsonb('match_points').$type<MatchPoints>().notNull(),
    importId: integer('import_id'),
    contributedAt: timestamp('contributed_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('record_sources_member_local_idx').on(t.memberId, t.localId),
    index('record_sources_record_idx').on(t.recordId),
    index('record_sources_work_key_idx').on(t.workKey),
    check('record_sources_raw_check', sql`${t.rawRecord} IS NOT NULL OR ${t.rawMarcxml} IS NOT NULL`),
  ],
);

/** A record merged away keeps resolving: its global ID points at the record that absorbed it. */
export const recordRedirects = pgTable('record_redirects', {
  fromRecordId: integer('from_record_id').primaryKey(),
  toRecordId: integer('to_record_id').notNull().references(() => records.id, { onDelete: 'cascade' }),
  reason: text('reason'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

export type RecordSourceRow = typeof recordSources.$inferSelect;
