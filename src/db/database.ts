/**
 * Opens the store: PGlite (embedded, a folder on disk, or in memory for tests) or a PostgreSQL server
 * through postgres.js with a pool. Both give the same Drizzle API over the same schema.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { sql } from 'drizzle-orm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  poolMax: number;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; without it PGlite is used. */
  url?: string | null;
  /** PGlite folder; undefined means in memory. */
  dataDir?: string;
  poolMax?: number;
  statementTimeoutMs?: number;
  logger?: Logger;
}

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.url ? openServer(options.url, options) : openEmbedded(options);
}

async function openEmbedded(options: OpenOptions): Promise<Database> {
  const client = await PGlite.create(options.dataDir, { extensions: { pg_trgm } });
  if (options.statementTimeoutMs) await client.exec(`SET statement_timeout = ${Math.floor(options.statementTimeoutMs)}`);
  const db = drizzlePglite(client, { schema, logger: options.logger }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    poolMax: 1,
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await client.query('SELECT 1');
    },
    close: () => client.close(),
  };
}

async function openServer(url: string, options: OpenOptions): Promise<Database> {
  const poolMax = options.poolMax ?? 10;
  const client = postgres(url, {
    max: poolMax,
    onnotice: () => {}, // "relation already exists, skipping" and the like are not news
    connection: options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {},
  });
  const db = drizzlePostgres(client, { schema, logger: options.logger }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    poolMax,
    migrate: () => migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await client`SELECT 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** `db.execute()` gives `{ rows }` on PGlite and an array on postgres.js: one shape for callers. */
export async function queryRows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
