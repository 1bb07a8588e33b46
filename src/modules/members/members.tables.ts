import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

export interface MemberSymbol {
  scheme: string;
  value: string;
}

export const members = pgTable(
  'members',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(), // ISIL
    name: text('name').notNull(),
    nameEn: text('name_en'),
    type: text('type').notNull(),
    region: text('region'),
    status: text('status').notNull().default('ACTIVE'),
    fte: integer('fte'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    lendsForIll: boolean('lends_for_ill').notNull().default(true),
    parentId: integer('parent_id').references((): AnyPgColumn => members.id),
    symbols: jsonb('symbols').$type<MemberSymbol[]>().notNull().default(sql`'[]'::jsonb`),
    searchKey: text('search_key').notNull().default(''), // searchKey(name, nameEn, code)
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('members_parent_idx').on(t.parentId),
    index('members_type_idx').on(t.type),
    index('members_region_idx').on(t.region),
    index('members_search_trgm_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

export type MemberRow = typeof members.$inferSelect;

/**
 * The columns the GraphQL `Member` is made of (Member.fromRow): a read that only feeds the API (the
 * members brought along with a record's holdings) selects these, not the search key and timestamps.
 */
export const memberViewColumns = ['id', 'code', 'name', 'nameEn', 'type', 'region', 'status', 'fte', 'lat', 'lon', 'lendsForIll', 'parentId', 'symbols'] as const;
export type MemberView = Pick<MemberRow, (typeof memberViewColumns)[number]>;
