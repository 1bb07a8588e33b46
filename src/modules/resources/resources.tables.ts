import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { KbartRow } from '../../importers/kbart/index.js';

/** A platform, database or package the consortium licenses (e.g. a full-text journal database). */
export const resources = pgTable(
  'resources',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    vendor: text('vendor'),
    platform: text('platform'),
    contentType: text('content_type').notNull(),
    url: text('url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('resources_name_idx').on(t.name, t.id)],
);

/**
 * One KBART row of a resource's title list (a title with two coverage ranges is two rows). `data` is
 * the row as readKbart gave it, so a re-load diffs against exactly what was loaded; the columns
 * beside it are copies for look-ups (identifiers normalised: ISSN NNNN-NNNC, ISBN 13 digits).
 */
export const resourceTitles = pgTable(
  'resource_titles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    resourceId: integer('resource_id').notNull().references(() => resources.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    title: text('title').notNull(),
    /** searchKey(title) (src/lib/search-text.ts): what `titles(filter: { search })` matches and sorts by */
    titleKey: text('title_key').notNull().default(''),
    printId: text('print_id'),
    onlineId: text('online_id'),
    coverageStart: date('coverage_start', { mode: 'string' }),
    coverageEnd: date('coverage_end', { mode: 'string' }),
    data: jsonb('data').$type<KbartRow>().notNull(),
  },
  (t) => [
    uniqueIndex('resource_titles_key_idx').on(t.resourceId, t.key),
    index('resource_titles_print_idx').on(t.printId),
    index('resource_titles_online_idx').on(t.onlineId),
    // a resource's title list A–Z, page by page (Resource.titles walks it per resource, LIMIT n)
    index('resource_titles_browse_idx').on(t.resourceId, t.titleKey, t.id),
    // a substring of the title, as for records' titles
    index('resource_titles_title_trgm_idx').using('gin', t.titleKey.op('gin_trgm_ops')),
  ],
);

export type ResourceRow = typeof resources.$inferSelect;
export type ResourceTitleRow = typeof resourceTitles.$inferSelect;
