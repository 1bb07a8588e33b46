import { bigint, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';
import { usageItems, usageProviders } from './usage.tables.js';

/**
 * The analytics read this, not usage_facts: the COUNTED facts summed per provider × member × item ×
 * report family × metric × access method × month (attributes such as YOP, data type and access type
 * summed away, views that their master covers left out). It is derived data: whoever writes facts
 * calls `refreshUsageRollups(tx, { providerId, memberIds, months })` in the same transaction, which
 * rebuilds exactly those slots from usage_facts (a re-load replaces, never adds). A usage item's
 * resource is NOT copied here (it is joined from usage_items), so matching a title later needs no refresh.
 */
export const usageMonthly = pgTable(
  'usage_monthly',
  {
    providerId: integer('provider_id').notNull().references(() => usageProviders.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').notNull().references(() => members.id),
    itemId: integer('item_id').notNull().references(() => usageItems.id, { onDelete: 'cascade' }),
    /** The master report family: PR, DR, TR, IR. */
    family: text('family').notNull(),
    metricType: text('metric_type').notNull(),
    /** 'Regular' (also for R5 reports that give no access method) or 'TDM'. */
    accessMethod: text('access_method').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.memberId, t.month, t.family, t.itemId, t.metricType, t.accessMethod] }),
    index('usage_monthly_family_idx').on(t.family, t.metricType, t.month),
    index('usage_monthly_member_idx').on(t.memberId, t.family, t.month),
    // covering: a resource's question (by member, denials, cost per use) reads every column it needs from
    // the index (an index-only scan) instead of one heap page per rollup row: the rows of one item lie
    // scattered over the table, so 48,000 denial rows cost ~40,000 page reads without it (bench/usage-analytics.ts)
    index('usage_monthly_item_idx').on(t.itemId, t.family, t.metricType, t.month, t.accessMethod, t.memberId, t.providerId, t.count),
  ],
);

/**
 * The same summed over members (provider × item × family × metric × access method × month): what a
 * consortium-wide or resource-wide question that neither names nor groups by a member reads, 200 times
 * fewer rows than usage_monthly for 200 members. Rebuilt by refreshUsageRollups with usage_monthly.
 */
export const usageMonthlyItems = pgTable(
  'usage_monthly_items',
  {
    providerId: integer('provider_id').notNull().references(() => usageProviders.id, { onDelete: 'cascade' }),
    itemId: integer('item_id').notNull().references(() => usageItems.id, { onDelete: 'cascade' }),
    family: text('family').notNull(),
    metricType: text('metric_type').notNull(),
    accessMethod: text('access_method').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.month, t.family, t.itemId, t.metricType, t.accessMethod] }),
    index('usage_monthly_items_family_idx').on(t.family, t.metricType, t.month),
    index('usage_monthly_items_item_idx').on(t.itemId, t.family, t.metricType, t.month),
  ],
);

export type UsageMonthlyRow = typeof usageMonthly.$inferSelect;
