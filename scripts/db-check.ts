/**
 * npm run db:check — fails when src/db/schema.ts and the committed migrations in drizzle/ disagree.
 *
 * `drizzle-kit check` only checks that the migration files are consistent with each other; schema drift
 * (a table changed without `npm run db:generate`) shows only when generating. So this runs
 * `drizzle-kit generate` against a temporary copy of drizzle/ (no database is needed or touched) and
 * passes only when drizzle-kit says there is nothing to migrate and the copy is left unchanged.
 *
 * drizzle-kit exits 0 even when it fails to read its folder, and asks questions on a terminal when it
 * cannot tell a rename from a drop + add; so its output is matched, stdin is closed and a time limit is set.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIGRATIONS = join(ROOT, 'drizzle');
const SCHEMA = './src/db/schema.ts';
const NOTHING_TO_DO = 'No schema changes, nothing to migrate';
const TIME_LIMIT_MS = 120_000;

/** path → contents of every file under `dir`, keyed relative to it. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

function main(): number {
  const work = mkdtempSync(join(tmpdir(), 'sharegraph-db-check-'));
  try {
    const copy = join(work, 'drizzle');
    cpSync(MIGRATIONS, copy, { recursive: true });
    const before = snapshot(copy);
    // drizzle-kit prefixes "./" to --out, so an absolute path would not work: give it one relative to ROOT
    const run = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'drizzle-kit'),
      ['generate', '--dialect', 'postgresql', '--schema', SCHEMA, '--out', relative(ROOT, copy)],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: TIME_LIMIT_MS },
    );
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    const after = snapshot(copy);
    const changed = [...after.keys()].filter((f) => before.get(f) !== after.get(f));
    if (run.error || run.status !== 0 || !output.includes(NOTHING_TO_DO) || changed.length > 0) {
      console.error('db:check: src/db/schema.ts and drizzle/ disagree: `drizzle-kit generate` would write a new migration.');
      for (const f of changed.filter((f) => f.endsWith('.sql'))) console.error(`\n-- would write drizzle/${f}:\n${after.get(f)}`);
      if (changed.length === 0) console.error(`\ndrizzle-kit said:\n${output.trim() || run.error?.message || `exit ${run.status}`}`);
      console.error('\nRun `npm run db:generate`, read the SQL, and commit it in drizzle/.');
      return 1;
    }
    console.log(`db:check: src/db/schema.ts matches the ${[...before.keys()].filter((f) => f.endsWith('.sql')).length} migrations in drizzle/`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exit(main());
