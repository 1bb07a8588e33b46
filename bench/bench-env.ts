/** What several benches share: integer settings from the environment, and a fresh database to run on. */
import postgres from 'postgres';

export function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

/** The database a `postgres://…/name` URL names, and the URL of the server's `postgres` database to create or drop it from. */
export function benchDatabase(url: string): { name: string; adminUrl: string } {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL: database name "${name}" must be a plain identifier`);
  u.pathname = '/postgres';
  return { name, adminUrl: u.toString() };
}

async function onAdmin(url: string, statements: (name: string) => string[]): Promise<string> {
  const { name, adminUrl } = benchDatabase(url);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    for (const statement of statements(name)) await admin.unsafe(statement);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return name;
}

/** Drops and creates the database a `postgres://…/name` URL names, as a newcomer's first run would find it. */
export async function recreateDatabase(url: string): Promise<void> {
  // a UTF-8 ctype, as a real deployment has (pg_trgm makes no trigrams for Chinese in a C-ctype database)
  await onAdmin(url, (name) => [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}" LOCALE 'C.UTF-8' TEMPLATE template0`]);
}

/** A bench's last step: drops its database unless BENCH_KEEP=1 (then a later run reuses it). */
export async function dropUnlessKept(url: string, log: (message: string) => void): Promise<void> {
  if (process.env.BENCH_KEEP === '1') return;
  const name = await onAdmin(url, (n) => [`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`]);
  log(`dropped ${name} (BENCH_KEEP=1 keeps it)`);
}
