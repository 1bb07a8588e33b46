import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Small facts about the store itself, e.g. which version of the search-key normalisation the keys follow. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
