/**
 * One database per test file: PGlite in memory by default, or, with TEST_DATABASE_URL, a fresh
 * database on that server (created here, dropped on close), so parallel files and runs never collide.
 * Each starts as a copy of the run's shared snapshot (snapshots.ts): migrated, or migrated and seeded
 * with the demo data, so no file pays for migrating or seeding itself.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { pgliteDir } from '../../src/db/store.js';
import { seedDemoData } from '../../src/modules/seed/index.js';
import { hasPgliteSnapshot, openPgliteSnapshot, openPgliteSnapshotAt, serverTemplate, type SnapshotKind } from './snapshots.js';

export interface TestDatabase {
  database: Database;
  /** the server database's URL (TEST_DATABASE_URL), for a second handle on it; null on PGlite */
  url: string | null;
  /** Every SQL statement sent through Drizzle since the last reset. */
  statements: string[];
  close(): Promise<void>;
}

export async function openTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const serverUrl = process.env.TEST_DATABASE_URL;
  const kind: SnapshotKind = options.seed ? 'seeded' : 'migrated';
  const place = inject('snapshotPlace'); // undefined when run without test/support/global-setup.ts
  let database: Database;
  let databaseUrl: string | null = null;
  let drop = async () => {};
  if (serverUrl) {
    const template = place ? serverTemplate(place, kind) : null;
    const name = `sg_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    database = await openDatabase({ url: databaseUrl, poolMax: 4, statementTimeoutMs: 30_000, logger });
    drop = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
    if (!template) await prepare(database, kind);
  } else if (place) {
    database = await openPgliteSnapshot(place, kind, logger);
  } else {
    database = await openDatabase({ logger });
    await prepare(database, kind);
  }
  statements.length = 0;
  return {
    database,
    url: databaseUrl,
    statements,
    async close() {
      await database.close();
      await drop();
    },
  };
}

async function prepare(database: Database, kind: SnapshotKind): Promise<void> {
  await database.migrate();
  if (kind === 'seeded') await seedDemoData(database.db);
}

/**
 * A store as a command opens it (config for openStore), on disk: a PGlite folder made from the
 * migrated snapshot, or a fresh database on the server. `open` gives a plain handle on it, as another
 * process would have; `close` removes it.
 */
export async function openTestStorePlace(): Promise<{ config: Config; open(): Promise<Database>; close(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sharegraph-store-'));
  const serverUrl = process.env.TEST_DATABASE_URL;
  const place = inject('snapshotPlace');
  if (serverUrl) {
    const name = `sg_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(place ? `CREATE DATABASE ${name} TEMPLATE ${serverTemplate(place, 'migrated')}` : `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const open = () => openDatabase({ url: url.toString(), poolMax: 2 });
    if (!place) {
      const d = await open();
      await d.migrate().finally(() => d.close());
    }
    return {
      config: loadConfig({ DATABASE_URL: url.toString(), DATA_DIR: dataDir, DEMO_DATA: 'false' }),
      open,
      async close() {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const config = loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'false' });
  const first = place ? await openPgliteSnapshotAt(place, 'migrated', pgliteDir(config)) : await openDatabase({ dataDir: pgliteDir(config) });
  await first.migrate();
  await first.close();
  return {
    config,
    open: () => openDatabase({ dataDir: pgliteDir(config) }),
    async close() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A data folder holding the demo data on PGlite, as `sharegraph seed` leaves it, for tests that run the
 * CLI as a process: copied from the run's seeded snapshot rather than seeded again by a process of
 * its own (tens of seconds each); `migrated` for an empty store. Without the tarballs (the server pass,
 * or a file run outside global-setup) it migrates and seeds the folder itself.
 */
export async function seededDataDir(kind: SnapshotKind = 'seeded'): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sharegraph-cli-'));
  // the CLI runs on PGlite even in the server pass, whose run builds server templates, not PGlite tarballs
  const injected = inject('snapshotPlace');
  const place = injected && hasPgliteSnapshot(injected, kind) ? injected : undefined;
  const folder = pgliteDir(loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'false' }));
  const database = place ? await openPgliteSnapshotAt(place, kind, folder) : await openDatabase({ dataDir: folder });
  try {
    if (!place) {
      await database.migrate();
      if (kind === 'seeded') await seedDemoData(database.db);
    }
  } finally {
    await database.close();
  }
  return dataDir;
}
