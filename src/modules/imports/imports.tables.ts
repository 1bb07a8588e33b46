import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';

export interface RejectedRecord {
  file: string;
  position: number;
  reason: string;
}

/** Every load: who, which files, what happened, when; listed by the `imports` query. */
export const imports = pgTable(
  'imports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    memberId: integer('member_id').notNull().references(() => members.id),
    kind: text('kind').notNull().default('marc'),
    files: text('files').array().notNull(),
    via: text('via').notNull(), // 'cli' | 'api'
    actor: text('actor').notNull(),
    status: text('status').notNull(), // RUNNING | SUCCEEDED | FAILED
    read: integer('read').notNull().default(0),
    created: integer('created').notNull().default(0),
    merged: integer('merged').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    deleted: integer('deleted').notNull().default(0),
    holdings: integer('holdings').notNull().default(0),
    rejected: jsonb('rejected').$type<RejectedRecord[]>().notNull(),
    message: text('message'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_member_idx').on(t.memberId, t.id)],
);

export type ImportRow = typeof imports.$inferSelect;
