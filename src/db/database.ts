/**
 * Opens the store: PGlite (embedded, a folder on disk, or in memory for tests) or a PostgreSQL server
 * through postgres.js with a pool. Both give the same Drizzle API over the same schema.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm/logger';
import { PgDialect, type PgDatabase, type PgPreparedQuery, type PgQueryResultHKT, type PgTable, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { DrizzleQueryError, fillPlaceholders, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
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
  /**
   * This open database's name on every one of its sessions (`application_name`, unique per open):
   * what a MARC load records as its owner, so that a load whose owner has no session left is known
   * to be interrupted (src/modules/imports/interrupted.ts).
   */
  sessionName: string;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  /**
   * LISTEN on a channel: `onPayload` gets each NOTIFY's payload after the notifying transaction commits,
   * from any session (the server: a connection of its own, re-listened by postgres.js after a reconnect;
   * PGlite: its one session). Returns the UNLISTEN.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; without it PGlite is used. */
  url?: string | null;
  /** PGlite folder; undefined means in memory. */
  dataDir?: string;
  /** PGlite only: start from this `dumpDataDir()` tarball (tests copy one migrated database this way). */
  loadDataDir?: Blob;
  poolMax?: number;
  statementTimeoutMs?: number;
  logger?: Logger;
}

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.url ? openServer(options.url, options) : openEmbedded(options);
}

/** `sharegraph:<pid>:<random>`: ASCII and well under PostgreSQL's 63-character application_name. */
function newSessionName(): string {
  return `sharegraph:${process.pid}:${randomBytes(8).toString('hex')}`;
}

async function openEmbedded(options: OpenOptions): Promise<Database> {
  const client = await PGlite.create(options.dataDir, { extensions: { pg_trgm }, loadDataDir: options.loadDataDir });
  if (options.statementTimeoutMs) await client.exec(`SET statement_timeout = ${Math.floor(options.statementTimeoutMs)}`);
  const sessionName = newSessionName();
  await client.exec(`SET application_name = '${sessionName}'`);
  const db = drizzlePglite(client, { schema, logger: options.logger }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    poolMax: 1,
    sessionName,
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await client.query('SELECT 1');
    },
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    close: () => client.close(),
  };
}

/**
 * The pool (DATABASE_POOL_MAX, 10 by default) and its look-up lane. From four connections up, a
 * sixteenth of the pool (at least one connection: one up to a pool of 31) is kept for short prepared
 * look-ups; the rest serves everything else (searches, counts, writes, transactions). Together they
 * stay within poolMax.
 *
 * Why a lane: postgres.js gives a query an idle connection when it has one, so with one connection
 * per concurrent request every statement is a socket write of its own and wakes a server process of
 * its own; on one connection the statements of concurrent requests pipeline, several to a write.
 * Measured at the default pool of 10 (who-holds, 200,000 records, concurrency 10, lane and no lane
 * alternated on a heavily shared 2-core machine): PostgreSQL CPU per request 304–308 µs with the lane
 * against 684–824 µs without, API server CPU 1.90–1.92 ms against 2.42–2.47 ms, and `npm run bench`
 * GraphQL throughput 77–87 against 64–66 requests/s in three alternations.
 *
 * Only calls that cannot hold a connection long take the lane: a prepared statement says how many
 * rows a call can read at most (PreparedOptions.maxRows), and a call takes the lane only up to
 * LANE_MAX_ROWS rows by an index (no count over a large member, no 100 × 100 page). Anything slower
 * would make every look-up queued behind it on the lane wait.
 *
 * Each lane connection is a postgres.js client of its own with max 1, taken in turn: a pool of two or
 * more connections that are all kept busy (as a lane under load is) makes postgres.js's connection
 * queue grow by one entry per query without ever compacting, and every query then scans it (measured:
 * 30 → 115 µs per query within 30 s); a single-connection client's queue empties on every query.
 *
 * A sixteenth, not an eighth as before: at a pool of 16 (the bench's), one lane connection instead of
 * two pipelines twice as deep, and PostgreSQL's CPU per who-holds request fell 162 → 132 µs plain,
 * 144 → 126 µs fragment (bench/server-cpu-ab.ts, 10 rounds, load 10–12), the API server's the same
 * within noise (453 → 437, 411 → 413 µs). One backend then serves every look-up of the process: at
 * about 100 µs a statement that is a tenth of a core at 1,000 look-ups a second.
 */
function lookupLane(poolMax: number): number {
  return poolMax >= 4 ? Math.max(1, Math.floor(poolMax / 16)) : 0;
}

/** the sessions of a database's look-up lane, by the session of its main pool */
const lookupLanes = new WeakMap<object, { sessions: Db['_']['session'][]; next: number }>();

/**
 * The postgres.js client behind a session of a server database (its pool's and each lane
 * connection's; never a transaction's) and the query logger: a prepared statement runs on it directly
 * (see preparedStatement).
 */
const directClients = new WeakMap<object, { client: postgres.Sql; logger: Logger | undefined }>();

async function openServer(url: string, options: OpenOptions): Promise<Database> {
  const poolMax = options.poolMax ?? 10;
  const lane = lookupLane(poolMax);
  const sessionName = newSessionName();
  const open = (max: number) =>
    postgres(url, {
      max,
      onnotice: () => {}, // "relation already exists, skipping" and the like are not news
      connection: { application_name: sessionName, ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}) },
    });
  const client = open(poolMax - lane);
  const db = drizzlePostgres(client, { schema, logger: options.logger }) as unknown as Db;
  directClients.set(db._.session, { client, logger: options.logger });
  const laneClients = Array.from({ length: lane }, () => open(1));
  if (lane > 0) {
    const sessions = laneClients.map((c) => {
      const session = (drizzlePostgres(c, { schema, logger: options.logger }) as unknown as Db)._.session;
      directClients.set(session, { client: c, logger: options.logger });
      return session;
    });
    lookupLanes.set(db._.session, { sessions, next: 0 });
  }
  return {
    db,
    kind: 'postgres',
    poolMax,
    sessionName,
    migrate: () => migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: async () => {
      await client`SELECT 1`;
    },
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return async () => {
        await unlisten().catch(() => {}); // already closed with the pool
      };
    },
    close: async () => {
      await Promise.all([client, ...laneClients].map((c) => c.end({ timeout: 5 })));
    },
  };
}

/** `db.execute()` gives `{ rows }` on PGlite and an array on postgres.js: one shape for callers. */
export async function queryRows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

const dialect = new PgDialect();

/**
 * A hot read statement, compiled to SQL text once (drizzle builds a query anew on every call, and
 * that building was a sixth of the server's CPU) and run as a prepared statement. On the PostgreSQL
 * server, postgres.js then keeps one named prepared statement per pooled connection for this text:
 * after the first run a call is a single Bind/Execute round trip with no parse and (once PostgreSQL
 * settles on a generic plan) no planning, where an unprepared statement with parameters costs
 * postgres.js two round trips (Parse/Describe first, to learn the parameter types). PGlite has no
 * statement pool: there the same text simply runs as an ordinary query. Outside a transaction, a call
 * that reads at most LANE_MAX_ROWS rows (see PreparedOptions.maxRows) runs on the database's look-up
 * lane (lookupLane), pipelined with other requests' look-ups.
 *
 * Only for statements whose text is fixed (parameters, including arrays as ONE `$n::int[]`, never
 * spliced into the text) and whose plan does not depend on the parameter values: a generic plan is
 * reused for every value. The query logger (statement counts, metrics) sees it like any other
 * statement. Rows come back as the driver gives them
 * (column aliases as keys); map them with rowReader().
 */
export type PreparedStatement<Row = Record<string, unknown>> = (db: DbOrTx, values: Record<string, unknown>) => Promise<Row[]>;

/** The most rows a call on the look-up lane may read (by an index): a millisecond or so of work. */
export const LANE_MAX_ROWS = 1000;

export interface PreparedOptions {
  /**
   * The most rows a call with these values can read, when that is bounded and the reading goes by an
   * index; calls up to LANE_MAX_ROWS take the look-up lane. Leave it out for a statement whose cost is
   * not bounded so (a count, a scan): it then always runs on the main pool.
   */
  maxRows?(values: Record<string, unknown>): number;
}

export function preparedStatement<Row = Record<string, unknown>>(name: string, statement: SQL, options: PreparedOptions = {}): PreparedStatement<Row> {
  const query = dialect.sqlToQuery(statement); // placeholders stay in `params`, filled per call
  // by session: a transaction has its own
  const perSession = new WeakMap<object, PgPreparedQuery<PreparedQueryConfig>>();
  const { maxRows } = options;
  return async (db, values) => {
    // on a PostgreSQL server, outside a transaction, a short call: the database's look-up lane, in turn (see lookupLane)
    const lane = maxRows && lookupLanes.get(db._.session);
    const session = lane && maxRows(values) <= LANE_MAX_ROWS ? lane.sessions[(lane.next = (lane.next + 1) % lane.sessions.length)] : db._.session;
    // outside a transaction on a server: postgres.js directly, as drizzle's prepared query would call it (same
    // text, parameters, logging and error), without drizzle's per-call span, cache and placeholder layers
    // (drizzle-orm was 1.6 % of the server's CPU on who-holds, most of it in that path)
    const direct = directClients.get(session);
    if (direct) {
      const params = fillPlaceholders(query.params, values);
      direct.logger?.logQuery(query.sql, params);
      try {
        return (await direct.client.unsafe(query.sql, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as Row[];
      } catch (err) {
        throw new DrizzleQueryError(query.sql, params, err as Error);
      }
    }
    let prepared = perSession.get(session);
    if (!prepared) perSession.set(session, (prepared = session.prepareQuery(query, undefined, name, false)));
    const result = (await prepared.execute(values)) as Row[] | { rows: Row[] };
    return Array.isArray(result) ? result : result.rows;
  };
}

/**
 * The columns of a table as a SELECT list (`alias.column AS "prefix+key"`) and the reader that turns
 * a raw row of it into exactly what `db.select().from(table)` gives: the same keys in the same order,
 * each value through the column's own driver mapping (timestamps to Date and so on). Built once per
 * table, so reading a row costs no per-row drizzle machinery.
 */
export function rowReader<T extends PgTable, K extends keyof T['$inferSelect'] & string = keyof T['$inferSelect'] & string>(
  table: T,
  alias: string,
  prefix = '',
  /** to select an expression of the column instead of the column (same type), e.g. a CASE */
  expression: (column: string, key: string) => string = (column) => column,
  /** only these columns (in the table's order), for a reader whose rows only feed a GraphQL type: the rest is never sent */
  only?: readonly K[],
): { select: SQL; read(raw: Record<string, unknown>): Pick<T['$inferSelect'], K> } {
  const columns = Object.entries(getTableColumns(table))
    .filter(([key]) => !only || (only as readonly string[]).includes(key))
    .map(([key, column]) => ({ key, field: prefix + key, column }));
  const template: Record<string, null> = Object.fromEntries(columns.map((c) => [c.key, null]));
  return {
    select: sql.raw(columns.map((c) => `${expression(`${alias}.${dialect.escapeName(c.column.name)}`, c.key)} AS ${dialect.escapeName(c.field)}`).join(', ')),
    read(raw) {
      // cloned from a template with every key, so a row is one allocation of its final shape
      const row: Record<string, unknown> = { ...template };
      for (const c of columns) {
        const value = raw[c.field];
        row[c.key] = value === null || value === undefined ? null : c.column.mapFromDriverValue(value);
      }
      return row as Pick<T['$inferSelect'], K>;
    },
  };
}
