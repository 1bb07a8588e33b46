/**
 * `npx tsx bench/upload-beside.ts`: how long a small request waits while a 20 MB `importMarcRecords`
 * upload runs on the same server. The real server (dist/, as `npm start` runs it) on a fresh
 * PostgreSQL database (BENCH_DATABASE_URL, default …/sharegraph_bench_upload, dropped and created);
 * one member's staff uploads up to 20 MB of ISO 2709 from `npm run bench:import`'s synthetic file, in
 * base64 (27 MB of JSON), while another client sends `{ member(code) { name } }` one after another.
 * Prints the small request's latency before the upload (baseline) and while it runs: p50, p99, max.
 * The figures move with the machine's load: compare the two lines of one run.
 *
 * BENCH_UPLOAD_RECORDS (default 40,000): records generated, of which the first ≤ 20 MB are sent.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import 'reflect-metadata';
import { issueToken } from '../src/auth/tokens.js';
import { openDatabase } from '../src/db/database.js';
import { createMember, MemberType } from '../src/modules/members/index.js';
import { MAX_UPLOAD_BYTES } from '../src/modules/imports/index.js';
import { intEnv, recreateDatabase } from './bench-env.js';
import { ensureFile } from './marc-import-data.js';
import { ensureBuilt, startServerProcess } from './server-process.js';
import { percentile, round } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_upload';
const MEMBER = 'CN-BENCH-UPLOAD';
const log = (m: string) => process.stderr.write(`${m}\n`);

async function main() {
  await ensureBuilt(ROOT);
  await recreateDatabase(URL_);
  const database = await openDatabase({ url: URL_, poolMax: 2 });
  await database.migrate();
  const created = await createMember(database.db, { role: 'admin', sub: 'bench', memberCode: null }, { code: MEMBER, name: 'Bench upload library', type: MemberType.UNIVERSITY, reason: 'bench' });
  if (created.userErrors.length) throw new Error(JSON.stringify(created.userErrors));
  await database.close();

  const file = await ensureFile('member', intEnv('BENCH_UPLOAD_RECORDS', 40_000));
  const all = readFileSync(file.path);
  let end = Math.min(all.length, MAX_UPLOAD_BYTES);
  while (end > 0 && all[end - 1] !== 0x1d) end--; // whole records only
  const upload = all.subarray(0, end);
  const records = upload.filter((b) => b === 0x1d).length;
  const body = JSON.stringify({
    query: 'mutation($input: ImportMarcRecordsInput!) { importMarcRecords(input: $input) { importRun { status read created merged } userErrors { code message } } }',
    variables: { input: { memberCode: MEMBER, iso2709Base64: upload.toString('base64') } },
  });
  log(`upload: ${records} records, ${upload.length} bytes of MARC, ${body.length} bytes of JSON`);

  const server = await startServerProcess({ root: ROOT, databaseUrl: URL_, poolMax: 10 });
  const token = await issueToken({ secret: 'bench-only-secret-0123456789abcdef0123456789', issuer: 'sharegraph', audience: 'sharegraph-api', jwksUrl: null }, { role: 'member', member: MEMBER, ttlSeconds: 3600 });
  const small = JSON.stringify({ query: `{ member(code: "${MEMBER}") { name } }` });
  const ask = async () => {
    const t = performance.now();
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: small });
    await res.text();
    return performance.now() - t;
  };
  const figures = (name: string, ms: number[], extra: Record<string, unknown> = {}) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { phase: name, requests: ms.length, p50Ms: round(percentile(sorted, 50)), p99Ms: round(percentile(sorted, 99)), maxMs: round(sorted.at(-1) ?? NaN), ...extra };
  };
  try {
    for (let i = 0; i < 20; i++) await ask(); // warm-up
    const baseline: number[] = [];
    for (const until = Date.now() + 5000; Date.now() < until; ) baseline.push(await ask());
    const during: number[] = [];
    let done = false;
    const started = performance.now();
    const uploading = fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })
      .then((r) => r.json() as Promise<{ data?: { importMarcRecords: unknown }; errors?: unknown }>)
      .finally(() => (done = true));
    while (!done) during.push(await ask());
    const answer = await uploading;
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify(figures('baseline', baseline)));
    console.log(JSON.stringify(figures('during upload', during, { uploadSeconds: round(seconds), answer: answer.data?.importMarcRecords ?? answer.errors })));
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
