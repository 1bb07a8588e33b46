/**
 * accessCheck by IP on a consortium of 2,000 members with 10,000 ranges (90% IPv4 /24, 10% IPv6
 * /48; 5 per member), one deal covering one resource, every member but each tenth entitled.
 * Measures the service call (checkAccess: the SQL the query runs) sequentially, then the whole
 * GraphQL request over HTTP with 8 concurrent clients. 80% of the addresses asked about are inside
 * some member's range. Seeded: same data and addresses every run.
 *
 *   npx tsx bench/access-check.ts [checks=3000]            (PGlite in memory)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/access-check.ts
 *                                                         (a scratch database on that server, dropped after)
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { pino } from 'pino';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { createApp } from '../src/http/app.js';
import { createMetrics } from '../src/http/metrics.js';
import { ANONYMOUS } from '../src/auth/viewer.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { members } from '../src/modules/members/index.js';
import { resources } from '../src/modules/resources/index.js';
import { agreementPeriods, agreementResources, agreements } from '../src/modules/agreements/index.js';
import { entitlements, memberIpRanges, checkAccess } from '../src/modules/entitlements/index.js';
import { percentile, round } from './stats.js';
import { Rng } from './prng.js';

const CHECKS = Number(process.argv[2] ?? 3000);
const MEMBERS = 2000;
const RANGES = 10_000;
const DATE = '2026-06-01';

const v4 = (i: number) => `10.${(i >> 8) & 255}.${i & 255}.0/24`;
const v6 = (i: number) => `2001:db8:${i.toString(16)}::/48`;
const rangeOf = (i: number) => (i % 10 === 9 ? v6(i) : v4(i));

async function open(): Promise<{ database: Database; drop: () => Promise<void>; kind: string }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return { database: await openDatabase({}), drop: async () => {}, kind: 'PGlite (in memory)' };
  const name = `sg_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolMax: 8, statementTimeoutMs: 30_000 });
  return { database, kind: 'PostgreSQL server', drop: async () => (await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), await admin.end()) as unknown as void };
}

async function load(database: Database): Promise<number> {
  const db = database.db;
  await database.migrate();
  const memberRows = await db
    .insert(members)
    .values(Array.from({ length: MEMBERS }, (_, i) => ({ code: `ZZ-B${String(i).padStart(5, '0')}`, name: `Bench library ${i}`, type: 'UNIVERSITY', fte: 1000 + i, searchKey: `bench ${i}` })))
    .returning({ id: members.id });
  for (let i = 0; i < RANGES; i += 2000) {
    await db.insert(memberIpRanges).values(Array.from({ length: Math.min(2000, RANGES - i) }, (_, j) => ({ memberId: memberRows[(i + j) % MEMBERS].id, cidr: rangeOf(i + j), range: rangeOf(i + j) })));
  }
  const [resource] = await db.insert(resources).values({ name: 'Bench database', contentType: 'DATABASE' }).returning();
  const [agreement] = await db.insert(agreements).values({ name: 'Bench deal', status: 'ACTIVE' }).returning();
  await db.insert(agreementResources).values({ agreementId: agreement.id, resourceId: resource.id });
  const [period] = await db.insert(agreementPeriods).values({ agreementId: agreement.id, startDate: '2026-01-01', endDate: '2026-12-31', totalAmount: '1000000', currency: 'CNY' }).returning();
  await db.insert(entitlements).values(memberRows.filter((_, i) => i % 10 !== 0).map((m) => ({ periodId: period.id, memberId: m.id, accessMethods: ['IP'] })));
  await db.execute(sql`ANALYZE`);
  return resource.id;
}

function addresses(): string[] {
  const rng = new Rng(0xacce55);
  return Array.from({ length: CHECKS }, () => {
    if (rng.chance(0.2)) return `172.16.${rng.int(0, 255)}.${rng.int(1, 254)}`; // nobody's
    const i = rng.int(0, RANGES - 1);
    return i % 10 === 9 ? `2001:db8:${i.toString(16)}::${rng.int(1, 0xffff).toString(16)}` : `10.${(i >> 8) & 255}.${i & 255}.${rng.int(1, 254)}`;
  });
}

const summary = (ms: number[], seconds: number) => {
  const sorted = Float64Array.from(ms).sort();
  return { checks: ms.length, perSecond: round(ms.length / seconds, 0), meanMs: round(ms.reduce((a, b) => a + b, 0) / ms.length, 3), p50Ms: round(percentile(sorted, 50), 3), p95Ms: round(percentile(sorted, 95), 3), p99Ms: round(percentile(sorted, 99), 3) };
};

const { database, drop, kind } = await open();
try {
  const t0 = performance.now();
  const resourceId = await load(database);
  process.stderr.write(`${kind}: ${MEMBERS} members, ${RANGES} ranges loaded in ${round((performance.now() - t0) / 1000, 1)} s\n`);
  const gid = toGlobalId('Resource', resourceId);
  const ips = addresses();
  const plan = await queryRows<Record<string, string>>(database.db, sql`EXPLAIN SELECT DISTINCT member_id FROM member_ip_ranges WHERE range >>= '10.1.2.3'::inet`);
  const usesIndex = plan.some((r) => /member_ip_ranges_range_idx/.test(Object.values(r)[0]));

  for (const ip of ips.slice(0, 100)) await checkAccess(database.db, { resourceId: gid, ip }, DATE); // warm-up
  const outcomes = new Map<string, number>();
  const ms: number[] = [];
  const s0 = performance.now();
  for (const ip of ips) {
    const a = performance.now();
    const d = await checkAccess(database.db, { resourceId: gid, ip }, DATE);
    ms.push(performance.now() - a);
    const k = d.allowed ? 'ALLOWED' : d.reason!;
    outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
  }
  const service = summary(ms, (performance.now() - s0) / 1000);

  const { httpServer, apollo } = await createApp({
    database, verifyToken: async () => ANONYMOUS, limits: { maxDepth: 12, maxCost: 25_000, maxAliases: 30, rateLimitPerMinute: 0 }, introspection: false, metrics: createMetrics(), log: pino({ level: 'silent' }),
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  const query = `query($input: AccessCheckInput!) { accessCheck(input: $input) { allowed reason member { code } entitlement { period { endDate } } terms { type value } } }`;
  const httpMs: number[] = [];
  let next = 0;
  let errors = 0;
  const h0 = performance.now();
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < ips.length) {
      const ip = ips[next++];
      const a = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { input: { resourceId: gid, ip, date: DATE } } }) });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) errors++;
      httpMs.push(performance.now() - a);
    }
  }));
  const http = { ...summary(httpMs, (performance.now() - h0) / 1000), concurrency: 8, errors };
  await apollo.stop();
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));

  const report = { database: kind, members: MEMBERS, ranges: RANGES, gistIndexUsed: usesIndex, outcomes: Object.fromEntries(outcomes), service, http };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  await database.close();
  await drop();
}
