/**
 * What an API key costs a request (README, "API clients"): the first request of a key in a process
 * (the scrypt check of its secret), later ones (the one indexed row read for revocation and expiry,
 * the secret's check cached), a person's JWT for comparison, and the metering's record() and flush.
 * In-memory PGlite, or BENCH_DATABASE_URL. `npx tsx bench/api-keys.ts`
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createTokenVerifier, issueToken } from '../src/auth/tokens.js';
import { SYSTEM_VIEWER } from '../src/auth/viewer.js';
import { openDatabase } from '../src/db/database.js';
import { createApiClient, createRequestMeter, verifyApiKey } from '../src/modules/clients/index.js';
import { createMember, MemberType } from '../src/modules/members/index.js';
import { intEnv } from './bench-env.js';
import { percentile, round } from './stats.js';

const KEYS = intEnv('BENCH_KEYS', 20);
const CALLS = intEnv('BENCH_CALLS', 2_000);

async function timed(n: number, run: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(percentile(ms, 50), 3), p99: round(percentile(ms, 99), 3) };
}

const database = await openDatabase(process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL } : {});
await database.migrate();
const db = database.db;
await createMember(db, SYSTEM_VIEWER, { code: 'CN-BENCH-KEYS', name: 'bench', type: MemberType.UNIVERSITY });
const keys: string[] = [];
for (let i = 0; i < KEYS; i++) keys.push((await createApiClient(db, SYSTEM_VIEWER, { name: `bench ${i}`, memberCode: 'CN-BENCH-KEYS', scopes: ['READ'] })).key!);

const first = await timed(KEYS, (i) => verifyApiKey(db, keys[i]));
const cached = await timed(CALLS, (i) => verifyApiKey(db, keys[i % KEYS]));
const settings = { secret: 'bench-secret-of-at-least-thirty-two-characters', issuer: 'sharegraph', audience: 'sharegraph-api', jwksUrl: null };
const verifyToken = createTokenVerifier(settings);
const token = `Bearer ${await issueToken(settings, { role: 'member', member: 'CN-BENCH-KEYS', ttlSeconds: 600 })}`;
const jwt = await timed(CALLS, () => verifyToken(token));

const meter = createRequestMeter(db, { flushEveryMs: 3_600_000 });
const RECORDS = 100_000;
const start = performance.now();
for (let i = 0; i < RECORDS; i++) meter.record({ clientId: 1 + (i % KEYS), operation: `Op${i % 5}`, ms: i % 300, error: i % 50 === 0, cost: 10 });
const recordUs = ((performance.now() - start) * 1000) / RECORDS;
const flushStart = performance.now();
await meter.close();
const flushMs = performance.now() - flushStart;

console.log(JSON.stringify({ database: database.kind, keys: KEYS, calls: CALLS, firstRequestOfAKeyMs: first, laterRequestMs: cached, jwtMs: jwt, meterRecordUs: round(recordUs, 3), meterFlushMs: { rows: KEYS * 5, ms: round(flushMs, 1) } }, null, 1));
await database.close();
