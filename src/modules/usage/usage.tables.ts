import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { members } from '../members/members.tables.js';
import { resources, resourceTitles } from '../resources/resources.tables.js';
import type { CounterException, CounterHeader } from '../../importers/counter/counter-types.js';

/**
 * Who reports usage: a content provider's platform, with its COUNTER API (SUSHI) endpoint when it is
 * harvested. A report loaded from a file names its provider (`--provider`, else the header's
 * Created_By); one seen for the first time is created by name.
 */
export const usageProviders = pgTable('usage_providers', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull().unique(),
  /** COUNTER API `platform` parameter, for a server that hosts several platforms. */
  platform: text('platform'),
  /** The resource this provider's usage counts for when no title or database matches one (optional). */
  resourceId: integer('resource_id').references(() => resources.id, { onDelete: 'set null' }),
  /** COUNTER API base URL (e.g. https://sushi.example.org/counter/r51); null = files only. */
  sushiUrl: text('sushi_url'),
  /** The release harvested: '5' or '5.1'. */
  release: text('release').notNull().default('5.1'),
  /** The report IDs the monthly harvest asks for. */
  harvestReports: text('harvest_reports').array().notNull().default(sql`ARRAY['PR','DR','TR']::text[]`),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A member's account at a provider: its COUNTER customer_id, which attributes a consortium report's
 * per-member rows to members, and the SUSHI credentials, encrypted (never returned by any query).
 */
export const usageAccounts = pgTable(
  'usage_accounts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    providerId: integer('provider_id').notNull().references(() => usageProviders.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').notNull().references(() => members.id),
    customerId: text('customer_id').notNull(),
    /** AES-256-GCM ciphertext (iv.tag.data, base64) of the requestor_id / api_key; the key comes from the environment. */
    requestorIdSealed: text('requestor_id_sealed'),
    apiKeySealed: text('api_key_sealed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('usage_accounts_customer_idx').on(t.providerId, t.customerId), index('usage_accounts_member_idx').on(t.memberId)],
);

/**
 * One stored report: provider × COUNTER report × member over begin..end, with its header, its exceptions
 * and the text as received (`raw`; a consortium report split over several members keeps its text on
 * each member's row). A report with exceptions and no usage (3030) is stored with zero facts.
 */
export const counterReports = pgTable(
  'counter_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    providerId: integer('provider_id').notNull().references(() => usageProviders.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').notNull().references(() => members.id),
    /** COUNTER Report_ID, upper case: PR, PR_P1, DR … IR_M1. */
    reportId: text('report_id').notNull(),
    release: text('release').notNull(),
    beginMonth: date('begin_month', { mode: 'string' }).notNull(),
    endMonth: date('end_month', { mode: 'string' }).notNull(),
    customerId: text('customer_id'),
    header: jsonb('header').$type<CounterHeader>().notNull(),
    exceptions: jsonb('exceptions').$type<CounterException[]>().notNull().default([]),
    factsStored: integer('facts_stored').notNull().default(0),
    /** 'json' | 'tsv' | 'csv' */
    format: text('format').notNull(),
    fileName: text('file_name'),
    raw: text('raw').notNull(),
    /** 'cli' | 'api' | 'sushi' */
    via: text('via').notNull(),
    actor: text('actor').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('counter_reports_member_idx').on(t.memberId, t.reportId, t.beginMonth), index('counter_reports_provider_idx').on(t.providerId, t.reportId, t.beginMonth)],
);

/**
 * Which stored report holds each provider × report × member × month now. Loading a report again for
 * a month replaces that month's facts (never adds to them) and points the month here at the new report.
 */
export const counterReportMonths = pgTable(
  'counter_report_months',
  {
    providerId: integer('provider_id').notNull().references(() => usageProviders.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').notNull().references(() => members.id),
    reportId: text('report_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    counterReportId: integer('counter_report_id').notNull().references(() => counterReports.id, { onDelete: 'cascade' }),
    /** The metric types the report has for this month (which master/view counts is decided with them). */
    metricTypes: text('metric_types').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.memberId, t.reportId, t.month] }), index('counter_report_months_report_idx').on(t.counterReportId)],
);

/**
 * What usage is counted against: a platform, a database, a title or an item of one provider, with its
 * identifiers (ISSN NNNN-NNNC, ISBN 13 digits, DOI lower case) and what it was matched to in the
 * consortium's title lists (`resourceTitleId`, `resourceId`, `matchedBy`); unmatched ones are listed
 * for review, never dropped.
 */
export const usageItems = pgTable(
  'usage_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    providerId: integer('provider_id').notNull().references(() => usageProviders.id, { onDelete: 'cascade' }),
    /** 'PLATFORM' | 'DATABASE' | 'TITLE' | 'ITEM' */
    kind: text('kind').notNull(),
    /** kind + the item's strongest identifier or its name: one row per thing the provider reports on. */
    key: text('key').notNull(),
    platform: text('platform'),
    database: text('database'),
    title: text('title'),
    item: text('item'),
    publisher: text('publisher'),
    doi: text('doi'),
    proprietaryId: text('proprietary_id'),
    isbn: text('isbn'),
    printIssn: text('print_issn'),
    onlineIssn: text('online_issn'),
    uri: text('uri'),
    resourceId: integer('resource_id').references(() => resources.id, { onDelete: 'set null' }),
    resourceTitleId: integer('resource_title_id').references(() => resourceTitles.id, { onDelete: 'set null' }),
    /** How the match was made: ONLINE_ISSN, PRINT_ISSN, ISBN, DOI, PROPRIETARY, DATABASE, PLATFORM; null = unmatched. */
    matchedBy: text('matched_by'),
  },
  (t) => [
    uniqueIndex('usage_items_key_idx').on(t.providerId, t.key),
    index('usage_items_resource_idx').on(t.resourceId),
    index('usage_items_title_idx').on(t.resourceTitleId),
  ],
);

/**
 * The usage facts: one row per member × item × report × attribute set × metric × month, with its count.
 * `family` is the master report the row's report belongs to (TR for TR_J1 …); `counted` is false for a
 * standard view's row when its master covers the same provider, member and month (the master's rows
 * count; the view's stay for drill-down and for an explicit `reportIds` filter).
 */
export const usageFacts = pgTable(
  'usage_facts',
  {
    providerId: integer('provider_id').notNull().references(() => usageProviders.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').notNull().references(() => members.id),
    counterReportId: integer('counter_report_id').notNull().references(() => counterReports.id, { onDelete: 'cascade' }),
    reportId: text('report_id').notNull(),
    family: text('family').notNull(),
    counted: boolean('counted').notNull().default(true),
    month: date('month', { mode: 'string' }).notNull(),
    itemId: integer('item_id').notNull().references(() => usageItems.id, { onDelete: 'cascade' }),
    metricType: text('metric_type').notNull(),
    dataType: text('data_type'),
    accessType: text('access_type'),
    /** 'Regular' | 'TDM': never summed together unless asked. */
    accessMethod: text('access_method'),
    yop: text('yop'),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('usage_facts_slot_idx').on(t.providerId, t.memberId, t.reportId, t.month),
    index('usage_facts_member_month_idx').on(t.memberId, t.month),
    index('usage_facts_item_idx').on(t.itemId, t.month),
    index('usage_facts_report_idx').on(t.counterReportId),
  ],
);

export type UsageProviderRow = typeof usageProviders.$inferSelect;
export type UsageAccountRow = typeof usageAccounts.$inferSelect;
export type CounterReportRow = typeof counterReports.$inferSelect;
export type UsageItemRow = typeof usageItems.$inferSelect;
export type UsageFactRow = typeof usageFacts.$inferSelect;
