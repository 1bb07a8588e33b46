/**
 * Where a run's shared database snapshots live (see snapshots.ts), and their removal. Apart from
 * snapshots.ts because global-setup.ts runs in vitest's main process, which must not load the
 * application (its decorators need reflect-metadata, set up only in the test workers).
 */
import postgres from 'postgres';

export interface SnapshotPlace {
  /** where the PGlite tarballs of this run go */
  folder: string;
  /** names this run's template databases on the server */
  runId: string;
}

/** migrated: the schema and nothing else; seeded: the demo data loaded as `seed` loads it. */
export type SnapshotKind = 'migrated' | 'seeded';

export const templateName = (place: SnapshotPlace, kind: SnapshotKind) => `sg_template_${place.runId}_${kind}`;

export async function dropServerSnapshots(serverUrl: string, place: SnapshotPlace): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    for (const kind of ['seeded', 'migrated'] as const) await admin.unsafe(`DROP DATABASE IF EXISTS ${templateName(place, kind)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
