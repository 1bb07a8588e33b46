import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, date } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';
import type { CounterException } from '../../importers/counter/counter-types.js';
import { counterReports, usageAccounts, usageProviders } from './usage.tables.js';

/**
 * The harvest ledger: one row per member account × COUNTER report × month asked of a provider's COUNTER
 * API (SUSHI), with where it stands. The unique key is what makes a month harvested once however many
 * servers run the schedule: rows are created with ON CONFLICT DO NOTHING and taken with FOR UPDATE SKIP
 * LOCKED (src/modules/usage/sushi-ledger.ts).
 *
 * status: PENDING (due at next_attempt_at), RUNNING (taken until lease_until), DONE (stored),
 * NO_USAGE (3030: stored with zero facts, or no report sent), RETRY (a "try later" answer; due at
 * next_attempt_at), FAILED (a permanent answer, or the retries ran out).
 */
export const usageHarvests = pgTable(
  'usage_harvests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    providerId: integer('provider_id').notNull().references(() => usageProviders.id, { onDelete: 'cascade' }),
    accountId: integer('account_id').notNull().references(() => usageAccounts.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').notNull().references(() => members.id),
    /** COUNTER Report_ID, upper case. */
    reportId: text('report_id').notNull(),
    /** The month asked for, as its first day. */
    month: date('month', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('PENDING'),
    /** Requests made so far (a re-harvest asked for by hand starts again at 0). */
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** RUNNING only: who took it (a process's session name) and until when; after that anyone may take it again. */
    claimedBy: text('claimed_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** The COUNTER exception codes and exceptions of the last answer (header or error body). */
    lastExceptionCodes: integer('last_exception_codes').array().notNull().default(sql`'{}'::integer[]`),
    lastExceptions: jsonb('last_exceptions').$type<CounterException[]>().notNull().default([]),
    /** What happened last, in words (no credential is ever written here). */
    lastMessage: text('last_message'),
    lastHttpStatus: integer('last_http_status'),
    counterReportId: integer('counter_report_id').references(() => counterReports.id, { onDelete: 'set null' }),
    factsStored: integer('facts_stored'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('usage_harvests_slot_idx').on(t.accountId, t.reportId, t.month),
    index('usage_harvests_due_idx').on(t.status, t.nextAttemptAt),
    index('usage_harvests_provider_idx').on(t.providerId, t.month),
    index('usage_harvests_member_idx').on(t.memberId, t.month),
  ],
);

export type UsageHarvestRow = typeof usageHarvests.$inferSelect;
