import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';

export interface RejectedRecord {
  file: string;
  position: number;
  reason: string;
}

/** Something a load noticed but did not stop for; file and position are null for the whole load. */
export interface ImportWarning {
  file: string | null;
  position: number | null;
  message: string;
}

/**
 * Every load: who, which files, what happened, when; listed by the `imports` query. The counts are
 * written in the same transaction as each batch, so they are always what the store holds.
 */
export const imports = pgTable(
  'imports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    memberId: integer('member_id').notNull().references(() => members.id),
    kind: text('kind').notNull().default('marc'),
    files: text('files').array().notNull(),
    via: text('via').notNull(), // 'cli' | 'api'
    actor: text('actor').notNull(),
    status: text('status').notNull(), // RUNNING | SUCCEEDED | FAILED | INTERRUPTED
    /**
     * The database sessions' name (application_name, Database.sessionName) of the process running the
     * load. A RUNNING load whose owner has no session left is marked INTERRUPTED (interrupted.ts).
     */
    owner: text('owner'),
    read: integer('read').notNull().default(0),
    created: integer('created').notNull().default(0),
    merged: integer('merged').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    deleted: integer('deleted').notNull().default(0),
    holdings: integer('holdings').notNull().default(0),
    rejected: jsonb('rejected').$type<RejectedRecord[]>().notNull(),
    /** the first WARNINGS_KEPT warnings (import-warnings.ts); warning_count has the total */
    warnings: jsonb('warnings').$type<ImportWarning[]>().notNull().default([]),
    warningCount: integer('warning_count').notNull().default(0),
    message: text('message'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_member_idx').on(t.memberId, t.id)],
);

export type ImportRow = typeof imports.$inferSelect;
