/**
 * One database per test file: PGlite in memory by default, or, with TEST_DATABASE_URL, a fresh
 * database on that server (created here, dropped on close), so parallel files and runs never collide.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/db/database.js';
import { seedDemoData } from '../../src/modules/seed/index.js';

export interface TestDatabase {
  database: Database;
  /** Every SQL statement sent through Drizzle since the last reset. */
  statements: string[];
  close(): Promise<void>;
}

export async function openTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let drop = async () => {};
  if (serverUrl) {
    const name = `sg_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString(), poolMax: 4, statementTimeoutMs: 30_000, logger });
    drop = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    database = await openDatabase({ logger });
  }
  await database.migrate();
  if (options.seed) await seedDemoData(database.db);
  statements.length = 0;
  return {
    database,
    statements,
    async close() {
      await database.close();
      await drop();
    },
  };
}
