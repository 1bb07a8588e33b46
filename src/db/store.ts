/**
 * Opening the configured store for a command: takes the data-folder lock for the embedded database,
 * applies pending migrations, marks loads a dead process left RUNNING as INTERRUPTED, and checks
 * that Chinese trigram search will be fast. It says what it
 * does on the log (creating the database, applying N migrations): a first start takes a while.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { markInterruptedImports } from '../modules/imports/index.js';
import { refreshSearchKeys } from '../modules/records/index.js';
import { refreshTitleKeys } from '../modules/resources/index.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { MIGRATIONS_FOLDER, openDatabase, queryRows, type Database } from './database.js';

export interface Store {
  database: Database;
  close(): Promise<void>;
}

export function pgliteDir(config: Config): string {
  return path.join(config.dataDir, 'pgdata');
}

export interface OpenStoreOptions {
  /**
   * 'now' (default): recompute search keys of an older key version before returning; 'later': leave
   * it to the caller (`serve` runs it in the background once it listens, see startSearchKeyRefresh).
   */
  searchKeys?: 'now' | 'later';
}

export async function openStore(config: Config, command: string, log: Logger, drizzleLogger?: DrizzleLogger, options: OpenStoreOptions = {}): Promise<Store> {
  let lock: DataDirLock | null = null;
  if (!config.databaseUrl) lock = acquireDataDirLock(config.dataDir, command);
  try {
    const dataDir = pgliteDir(config);
    if (!config.databaseUrl && !existsSync(path.join(dataDir, 'PG_VERSION'))) log.info(`creating the database in ${shownPath(dataDir)}`);
    const database = await openDatabase({
      url: config.databaseUrl,
      dataDir,
      poolMax: config.databasePoolMax,
      statementTimeoutMs: config.limits.statementTimeoutMs,
      logger: drizzleLogger,
    });
    const pending = await pendingMigrations(database);
    if (pending > 0) log.info(`applying ${pending} migration${pending === 1 ? '' : 's'}`);
    await database.migrate();
    // loads left RUNNING by a process that died (on the embedded database: every one, as the folder is ours now)
    const interrupted = await markInterruptedImports(database.db);
    if (interrupted > 0) log.warn(`${interrupted} MARC load${interrupted === 1 ? ' was' : 's were'} interrupted (the process running ${interrupted === 1 ? 'it' : 'them'} stopped): marked INTERRUPTED, with the records committed before that counted (imports)`);
    if (options.searchKeys !== 'later') await refreshSearchKeys(database.db, { onProgress: (m) => log.info(m) });
    await refreshTitleKeys(database.db, (m) => log.info(m));
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

/** A path under the working directory as `./…` (as a user would type it), any other in full. */
function shownPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? `.${path.sep}${relative}` : dir;
}

/** How many migrations drizzle's migrator will apply: those newer than the last one it recorded. */
export async function pendingMigrations(database: Database): Promise<number> {
  const files = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const [table] = await queryRows<{ present: boolean }>(database.db, sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`);
  if (!table?.present) return files.length;
  const [last] = await queryRows<{ at: string | null }>(database.db, sql`SELECT max(created_at)::text AS at FROM drizzle.__drizzle_migrations`);
  const at = last?.at === null || last?.at === undefined ? -Infinity : Number(last.at);
  return files.filter((f) => f.folderMillis > at).length;
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
