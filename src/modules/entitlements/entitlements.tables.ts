import { index, inet, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';
import { agreementPeriods } from '../agreements/agreements.tables.js';

/** A member × an agreement period (and so every resource the agreement covers), with its cost share. */
export const entitlements = pgTable(
  'entitlements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    periodId: integer('period_id').notNull().references(() => agreementPeriods.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').notNull().references(() => members.id),
    accessMethods: jsonb('access_methods').$type<string[]>().notNull(),
    /** The member's amount when the period's method is FIXED. */
    fixedAmount: numeric('fixed_amount', { precision: 20, scale: 4 }),
    /** Weight for BY_USAGE: last period's usage (until COUNTER usage is loaded). */
    usage: integer('usage'),
    shareAmount: numeric('share_amount', { precision: 20, scale: 4 }),
    /** What the member would pay the vendor alone (list price), for the alliance evaluation's savings. */
    listPrice: numeric('list_price', { precision: 20, scale: 4 }),
    paymentStatus: text('payment_status').notNull().default('DUE'),
    invoiceReference: text('invoice_reference'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('entitlements_period_member_idx').on(t.periodId, t.memberId), index('entitlements_member_idx').on(t.memberId)],
);

/** A member's IP range (IPv4 or IPv6 CIDR); `range` answers "which member has this address" through a GiST index. */
export const memberIpRanges = pgTable(
  'member_ip_ranges',
  {
    memberId: integer('member_id').notNull().references(() => members.id, { onDelete: 'cascade' }),
    cidr: text('cidr').notNull(),
    range: inet('range').notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.cidr] }), index('member_ip_ranges_range_idx').using('gist', t.range.op('inet_ops'))],
);

export type EntitlementRow = typeof entitlements.$inferSelect;
export type MemberIpRangeRow = typeof memberIpRanges.$inferSelect;
