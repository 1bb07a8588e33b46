/**
 * A migrated, and a migrated-and-seeded, database built once per `vitest run` (global-setup.ts, before
 * any test file starts) and copied for each test file, instead of every file creating, migrating and
 * seeding its own (seeding the demo data alone is tens of seconds of CPU, minutes on a busy machine).
 *
 * - PGlite: built through the real store (openDatabase, migrate, seedDemoData), each written with
 *   `dumpDataDir()` to a tarball in the run's folder; each file starts an in-memory PGlite from one
 *   (`loadDataDir`).
 * - PostgreSQL server (TEST_DATABASE_URL): template databases `sg_template_<run>_<kind>`, and each
 *   file's database is `CREATE DATABASE … TEMPLATE` of one.
 *
 * global-setup.ts removes them at the end of the run.
 */
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm/logger';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/db/database.js';
import { seedDemoData } from '../../src/modules/seed/index.js';
import { templateName, type SnapshotKind, type SnapshotPlace } from './snapshot-place.js';

export type { SnapshotKind, SnapshotPlace };

// ---------------------------------------------------------------------------------------------- PGlite

const clientOf = (database: Database) => (database.db as unknown as { $client: PGlite }).$client;

async function writeTarball(database: Database, file: string): Promise<void> {
  const blob = await clientOf(database).dumpDataDir('none');
  writeFileSync(`${file}.tmp`, Buffer.from(await blob.arrayBuffer()));
  renameSync(`${file}.tmp`, file); // whole or not at all, for the files waiting on it
}

const tarballPath = (place: SnapshotPlace, kind: SnapshotKind) => path.join(place.folder, `${kind}.tar`);
const readTarball = (file: string) => new Blob([readFileSync(file)]);

/** Migrates a new in-memory PGlite through the real store and writes both tarballs. */
async function buildPglite(place: SnapshotPlace): Promise<void> {
  const database = await openDatabase({});
  try {
    await database.migrate();
    await writeTarball(database, tarballPath(place, 'migrated'));
    await seedDemoData(database.db);
    await writeTarball(database, tarballPath(place, 'seeded'));
  } finally {
    await database.close();
  }
}

export async function openPgliteSnapshot(place: SnapshotPlace, kind: SnapshotKind, logger: Logger): Promise<Database> {
  return openDatabase({ loadDataDir: readTarball(tarballPath(place, kind)), logger });
}

/** Whether this run built the PGlite tarballs (it builds server templates instead when TEST_DATABASE_URL is set). */
export function hasPgliteSnapshot(place: SnapshotPlace, kind: SnapshotKind): boolean {
  return existsSync(tarballPath(place, kind));
}

/** The snapshot copied into a new PGlite folder on disk, opened. */
export async function openPgliteSnapshotAt(place: SnapshotPlace, kind: SnapshotKind, dataDir: string): Promise<Database> {
  return openDatabase({ dataDir, loadDataDir: readTarball(tarballPath(place, kind)) });
}

// ------------------------------------------------------------------------------------ PostgreSQL server


const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Builds the template databases (nothing stays connected: CREATE DATABASE … TEMPLATE refuses one in use). */
async function buildServer(serverUrl: string, place: SnapshotPlace): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    for (const kind of ['migrated', 'seeded'] as const) {
      const name = templateName(place, kind);
      await admin.unsafe(kind === 'seeded' ? `CREATE DATABASE ${name} TEMPLATE ${templateName(place, 'migrated')}` : `CREATE DATABASE ${name}`);
      const database = await openDatabase({ url: withDatabase(serverUrl, name), poolMax: 2 });
      try {
        if (kind === 'migrated') await database.migrate();
        else await seedDemoData(database.db);
      } finally {
        await database.close();
      }
    }
  } finally {
    await admin.end();
  }
}

/** Once per run, before any test file (global-setup.ts): on the server when TEST_DATABASE_URL is set, else PGlite tarballs. */
export async function buildSnapshots(place: SnapshotPlace, serverUrl: string | undefined): Promise<void> {
  if (serverUrl) await buildServer(serverUrl, place);
  else await buildPglite(place);
}

export { templateName as serverTemplate };
