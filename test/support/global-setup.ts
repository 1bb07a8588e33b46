/**
 * Once per `vitest run`, before any test file: the shared database snapshots every test file starts
 * from (see snapshots.ts), built here where no test or hook timeout applies, however busy the machine;
 * removed at the end (tarballs under the OS temp folder, or template databases on the server).
 */
import 'reflect-metadata'; // the application's decorators need it, and this runs outside the test workers
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropServerSnapshots, type SnapshotPlace } from './snapshot-place.js';

declare module 'vitest' {
  export interface ProvidedContext {
    snapshotPlace: SnapshotPlace;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const place: SnapshotPlace = {
    folder: mkdtempSync(path.join(tmpdir(), 'sharegraph-test-snapshots-')),
    // lower case: it becomes part of database names on the server
    runId: `${process.pid}_${randomBytes(3).toString('hex')}`,
  };
  const teardown = async () => {
    rmSync(place.folder, { recursive: true, force: true });
    if (serverUrl) await dropServerSnapshots(serverUrl, place);
  };
  try {
    const { buildSnapshots } = await import('./snapshots.js'); // after reflect-metadata
    await buildSnapshots(place, serverUrl);
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide('snapshotPlace', place);
  return teardown;
}
