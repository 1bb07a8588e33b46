/**
 * Opening the configured store for a command: takes the data-folder lock for the embedded database,
 * applies pending migrations, and checks that Chinese trigram search will be fast.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { refreshSearchKeys } from '../modules/records/index.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { openDatabase, queryRows, type Database } from './database.js';

export interface Store {
  database: Database;
  close(): Promise<void>;
}

export function pgliteDir(config: Config): string {
  return path.join(config.dataDir, 'pgdata');
}

export async function openStore(config: Config, command: string, log: Logger, drizzleLogger?: DrizzleLogger): Promise<Store> {
  let lock: DataDirLock | null = null;
  if (!config.databaseUrl) lock = acquireDataDirLock(config.dataDir, command);
  try {
    const database = await openDatabase({
      url: config.databaseUrl,
      dataDir: pgliteDir(config),
      poolMax: config.databasePoolMax,
      statementTimeoutMs: config.limits.statementTimeoutMs,
      logger: drizzleLogger,
    });
    await database.migrate();
    await refreshSearchKeys(database.db, (m) => log.info(m));
    await warnIfNoCjkTrigrams(database, log);
    return {
      database,
      async close() {
        try {
          await database.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/**
 * pg_trgm builds trigrams only from characters the database's ctype calls alphanumeric: in a `C`
 * locale database Chinese gives none, so every Chinese search would scan the whole table.
 */
export async function warnIfNoCjkTrigrams(database: Database, log: Logger): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`SELECT cardinality(show_trgm('图书馆学报')) AS n`);
  if (Number(row?.n) > 0) return true;
  log.warn(
    'This database gives no trigrams for Chinese text (its collation/ctype is probably "C"): Chinese title, author and publisher ' +
      'searches will still answer correctly but scan every row. Create the database with a UTF-8 locale, e.g. ' +
      "CREATE DATABASE sharegraph LOCALE 'C.UTF-8' TEMPLATE template0;",
  );
  return false;
}
