/**
 * A database of its own on the PostgreSQL server of TEST_DATABASE_URL, for a scenario whose server
 * processes share it: created (C.UTF-8, from template0) in beforeAll, dropped in afterAll. Without
 * TEST_DATABASE_URL, `create` gives '' and the scenario's "has a server to run on" test fails instead.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface ScenarioDatabase {
  readonly name: string;
  /** creates the database; its URL ('' without a server) */
  create(): Promise<string>;
  /** drops it, with whatever is still connected, and closes the admin connection */
  drop(): Promise<void>;
}

export function scenarioDatabase(prefix: string): ScenarioDatabase {
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl || 'postgres://invalid', { max: 1, onnotice: () => {} });
  return {
    name,
    async create() {
      if (!serverUrl) return '';
      await admin.unsafe(`CREATE DATABASE ${name} LOCALE 'C.UTF-8' TEMPLATE template0`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async drop() {
      if (serverUrl) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
