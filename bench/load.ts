/**
 * Puts the synthetic data set into the bench database, or finds it already there.
 *
 * The schema comes from the project's own migrations (openDatabase().migrate()). For speed the load
 * does what pg_dump/pg_restore do: drop the secondary indexes and foreign keys of the three big
 * tables (their definitions are read back from the catalogue first), COPY the rows in, then rebuild
 * the indexes (two at a time: two cores), re-add the foreign keys (validated in one pass each) and
 * VACUUM ANALYZE. A finished load is recorded in bench_meta; a database whose bench_meta does not
 * match the requested sizes (or an interrupted load, which leaves none) is dropped and rebuilt.
 *
 * The rows carry the search keys the importers write (recordValues(), memberSearchKey()), and the load
 * records their key version as the server does, so the server starts without recomputing anything; a
 * reused data set of an older key version is brought up to date here (batched), before the server starts.
 */
import 'reflect-metadata'; // the search-key service reaches type-graphql classes
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { openDatabase } from '../src/db/database.js';
import { markSearchKeysCurrent, refreshSearchKeys } from '../src/modules/records/index.js';
import { benchDatabase, recreateDatabase } from './bench-env.js';
import { BENCH_SEED } from './prng.js';
import { DATA_VERSION, holdingCopy, memberCopy, recordCopies, type Sizes } from './synthetic-data.js';

export interface LoadResult {
  sizes: Sizes;
  loaded: boolean;
  seconds: number;
}

type Sql = postgres.Sql;
const log = (m: string) => process.stderr.write(`[load] ${m}\n`);
const quiet = { onnotice: () => {} };

interface Meta extends Sizes {
  version: number;
  seed: number;
}

async function existingMeta(url: string): Promise<Meta | null> {
  const sql = postgres(url, { max: 1, ...quiet });
  try {
    const [t] = await sql`SELECT to_regclass('public.bench_meta') AS t`;
    if (!t?.t) return null;
    const [row] = await sql<{ meta: Meta }[]>`SELECT meta FROM bench_meta WHERE id = 1`;
    return row?.meta ?? null;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function migrate(url: string, keys: 'mark' | 'refresh' | 'none' = 'none'): Promise<void> {
  const database = await openDatabase({ url, poolMax: 1 });
  try {
    await database.migrate();
    if (keys === 'mark') await markSearchKeysCurrent(database.db);
    if (keys === 'refresh') {
      const r = await refreshSearchKeys(database.db, { onProgress: (m) => log(m) });
      if (r.ran) log(`search keys brought to the current version: ${r.recordsChanged} of ${r.records} records rewritten`);
    }
  } finally {
    await database.close();
  }
}

async function copyInto(sql: Sql, table: string, columns: readonly string[], lines: Iterable<string>, expect: number): Promise<void> {
  const started = Date.now();
  let n = 0;
  let nextReport = 100_000;
  function* chunks(): Generator<string> {
    let buffer: string[] = [];
    for (const l of lines) {
      buffer.push(l);
      if (++n >= nextReport) {
        log(`  ${table}: ${n.toLocaleString('en')} / ${expect.toLocaleString('en')} rows`);
        nextReport += 100_000;
      }
      if (buffer.length === 2000) {
        yield buffer.join('');
        buffer = [];
      }
    }
    if (buffer.length) yield buffer.join('');
  }
  const target = await sql.unsafe(`COPY ${table} (${columns.join(', ')}) FROM STDIN`).writable();
  await pipeline(Readable.from(chunks()), target);
  log(`  ${table}: ${n.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Runs the statements on `lanes` connections at once, longest first (by the caller's order). */
async function inParallel(sql: Sql, statements: string[], lanes: number): Promise<void> {
  const queue = [...statements];
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
        const started = Date.now();
        await sql.begin(async (tx) => {
          await tx.unsafe(`SET LOCAL maintenance_work_mem = '512MB'`);
          await tx.unsafe(s);
        });
        log(`  ${((Date.now() - started) / 1000).toFixed(1)} s  ${s.length > 110 ? `${s.slice(0, 107)}...` : s}`);
      }
    }),
  );
}

async function loadData(url: string, sizes: Sizes): Promise<void> {
  const sql = postgres(url, { max: 2, ...quiet, connection: { synchronous_commit: 'off' } });
  try {
    const big = ['records', 'record_identifiers', 'holdings'];
    const indexes = await sql<{ name: string; def: string }[]>`
      SELECT indexname AS name, indexdef AS def FROM pg_indexes
      WHERE schemaname = 'public' AND tablename IN ${sql(big)}
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`;
    const foreignKeys = await sql<{ name: string; tbl: string; def: string }[]>`
      SELECT conname AS name, conrelid::regclass::text AS tbl, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conrelid::regclass::text IN ${sql(big)}`;
    for (const fk of foreignKeys) await sql.unsafe(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT "${fk.name}"`);
    for (const ix of indexes) await sql.unsafe(`DROP INDEX "${ix.name}"`);
    log(`dropped ${indexes.length} indexes and ${foreignKeys.length} foreign keys for the load`);

    const m = memberCopy(sizes);
    await copyInto(sql, 'members', m.columns, m.lines, sizes.members);
    const r = recordCopies(sizes);
    await copyInto(sql, 'records', r.columns, r.lines, sizes.records);
    await copyInto(sql, 'record_identifiers', ['record_id', 'scheme', 'value'], r.identifiers(), sizes.records);
    const h = holdingCopy(sizes, r.clcOf);
    await copyInto(sql, 'holdings', h.columns, h.lines, sizes.holdings);
    for (const t of ['members', 'records', 'holdings']) {
      await sql.unsafe(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), GREATEST((SELECT max(id) FROM ${t}), 1))`);
    }

    log(`rebuilding ${indexes.length} indexes`);
    const weight = (def: string) => (def.includes('gin') ? 3 : 0) + (def.includes(' holdings ') ? 2 : 0);
    await inParallel(sql, indexes.map((ix) => ix.def).sort((a, b) => weight(b) - weight(a)), 2);
    log(`re-adding ${foreignKeys.length} foreign keys`);
    await inParallel(sql, foreignKeys.map((fk) => `ALTER TABLE ${fk.tbl} ADD CONSTRAINT "${fk.name}" ${fk.def}`), 2);
    log('VACUUM ANALYZE');
    await sql.unsafe('VACUUM (ANALYZE)');
    const meta: Meta = { ...sizes, version: DATA_VERSION, seed: BENCH_SEED };
    await sql`CREATE TABLE bench_meta (id int PRIMARY KEY, meta jsonb NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now())`;
    await sql`INSERT INTO bench_meta (id, meta) VALUES (1, ${sql.json({ ...meta })})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Makes sure `url` holds exactly the data set of `sizes`; loads it when it does not. */
export async function ensureBenchData(url: string, sizes: Sizes): Promise<LoadResult> {
  const started = Date.now();
  const { name, adminUrl } = benchDatabase(url);
  const admin = postgres(adminUrl, { max: 1, ...quiet });
  let exists: boolean;
  try {
    exists = (await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`).length > 0;
  } finally {
    await admin.end({ timeout: 5 });
  }
  const meta = exists ? await existingMeta(url) : null;
  const same =
    process.env.BENCH_RELOAD !== '1' && // BENCH_RELOAD=1: drop and load anew, as on a fresh machine
    meta !== null && meta.version === DATA_VERSION && meta.seed === BENCH_SEED && meta.members === sizes.members && meta.records === sizes.records && meta.holdings === sizes.holdings;
  if (same) {
    await migrate(url, 'refresh'); // new migrations, if any, apply on top of the loaded data; keys of an older version are recomputed
    log(`reusing the data set in ${name}: ${sizes.members} members, ${sizes.records} records, ${sizes.holdings} holdings`);
    return { sizes, loaded: false, seconds: (Date.now() - started) / 1000 };
  }
  log(exists ? `${name} holds ${process.env.BENCH_RELOAD === '1' ? 'a data set, and BENCH_RELOAD=1' : meta ? 'another data set' : 'no finished load'}: rebuilding it` : `creating ${name}`);
  await recreateDatabase(url);
  await migrate(url);
  await loadData(url, sizes);
  await migrate(url, 'mark'); // the keys were written by today's searchKey(): the server must not recompute them
  const seconds = (Date.now() - started) / 1000;
  log(`loaded ${sizes.members} members, ${sizes.records} records, ${sizes.holdings} holdings in ${seconds.toFixed(1)} s`);
  return { sizes, loaded: true, seconds };
}
