/**
 * One database per test file: PGlite in memory by default, or, with TEST_DATABASE_URL, a fresh
 * database on that server (created here, dropped on close), so parallel files and runs never collide.
 * Each starts as a copy of the run's shared snapshot (snapshots.ts): migrated, or migrated and seeded
 * with the demo data, so no file pays for migrating or seeding itself.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.js';
import { seedDemoData } from '../../src/modules/seed/index.js';
import { openPgliteSnapshot, serverTemplate, type SnapshotKind } from './snapshots.js';

export interface TestDatabase {
  database: Database;
  /** Every SQL statement sent through Drizzle since the last reset. */
  statements: string[];
  /** on the server: the database's postgres:// URL (for processes of their own); null on PGlite */
  url: string | null;
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
    statements,
    url: databaseUrl,
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
