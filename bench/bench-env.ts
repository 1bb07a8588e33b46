/** What several benches share: integer settings from the environment, and a fresh database to run on. */
import postgres from 'postgres';

export function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

/** Drops and creates the database a `postgres://…/name` URL names, as a newcomer's first run would find it. */
export async function recreateDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL: database name "${name}" must be a plain identifier`);
  u.pathname = '/postgres';
  const admin = postgres(u.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // a UTF-8 ctype, as a real deployment has (pg_trgm makes no trigrams for Chinese in a C-ctype database)
    await admin.unsafe(`CREATE DATABASE "${name}" LOCALE 'C.UTF-8' TEMPLATE template0`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
