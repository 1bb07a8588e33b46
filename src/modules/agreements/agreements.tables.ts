import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { resources } from '../resources/resources.tables.js';
import type { CostShareTier } from '../../lib/cost-share.js';

/** A consortium deal. */
export const agreements = pgTable(
  'agreements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    vendor: text('vendor'),
    status: text('status').notNull(),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agreements_name_idx').on(t.name, t.id), index('agreements_status_idx').on(t.status)],
);

/** The resources a deal covers. */
export const agreementResources = pgTable(
  'agreement_resources',
  {
    agreementId: integer('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    resourceId: integer('resource_id').notNull().references(() => resources.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.resourceId] }), index('agreement_resources_resource_idx').on(t.resourceId)],
);

/** One period of a deal (usually a year) with its total cost and how that cost is split. */
export const agreementPeriods = pgTable(
  'agreement_periods',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agreementId: integer('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    cancellationDeadline: date('cancellation_deadline', { mode: 'string' }),
    totalAmount: numeric('total_amount', { precision: 20, scale: 4 }).notNull(),
    currency: text('currency').notNull(),
    costShareMethod: text('cost_share_method').notNull().default('EQUAL'),
    tiers: jsonb('tiers').$type<CostShareTier[]>(),
    /** BY_USAGE: the COUNTER metric the split follows (e.g. Unique_Item_Requests); null = the entitlements' weights. */
    usageMetric: text('usage_metric'),
    /** BY_USAGE: which months' usage counts: PREVIOUS_PERIOD (the 12 months before start) or THIS_PERIOD. */
    usageWindow: text('usage_window'),
  },
  (t) => [
    index('agreement_periods_agreement_idx').on(t.agreementId, t.startDate),
    index('agreement_periods_deadline_idx').on(t.cancellationDeadline),
  ],
);

/** The licence of a deal: one typed term per term type. */
export const licenceTerms = pgTable(
  'licence_terms',
  {
    agreementId: integer('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    term: text('term').notNull(),
    value: text('value').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.term] })],
);

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementPeriodRow = typeof agreementPeriods.$inferSelect;
export type LicenceTermRow = typeof licenceTerms.$inferSelect;
