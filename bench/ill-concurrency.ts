/**
 * `npm run bench:ill` (second part) or `npx tsx bench/ill-concurrency.ts`: 16 clients placing ILL
 * requests and acting on them at once, on the PostgreSQL server, and a check that no update was lost
 * (issue 11).
 *
 *  1. creates BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/sharegraph_bench_ill_concurrency)
 *     with the synthetic consortium of bench/load.ts (100 members, 20,000 records, 100,000 holdings),
 *     or reuses it, and empties the ILL tables;
 *  2. runs BENCH_ILL_CLIENTS (16) clients, each placing BENCH_ILL_ROUNDS (25) requests through the
 *     services (createIllRequest, performIllAction, as member staff) and, on each, firing conflicting
 *     actions at the same moment: the supplier's WILL_SUPPLY and CANNOT_SUPPLY with the requester's
 *     CANCEL, then two SHIPs; every call is answered (the request, a userError, or FORBIDDEN when the
 *     request had moved to another supplier), never an internal error;
 *  3. checks every request: its history holds exactly one entry per action a client was told had
 *     happened (plus CREATE), its version is 1 + that number, its state is the one the last of them
 *     led to, it has at most one charge (exactly one when shipped) and at most one rota entry ASKED.
 *     Prints the counts, actions a second and p50/p99 per call; exits 1 on any lost or extra update.
 */
import 'reflect-metadata';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Viewer } from '../src/auth/viewer.js';
import { openDatabase, queryRows } from '../src/db/database.js';
import { toGlobalId } from '../src/graphql/global-id.js';
import { createIllRequest, performIllAction, type IllAction } from '../src/modules/ill/index.js';
import { dropUnlessKept, intEnv } from './bench-env.js';
import { ensureBenchData } from './load.js';
import { Rng } from './prng.js';
import { percentile, round } from './stats.js';

const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sharegraph_bench_ill_concurrency';
const CLIENTS = intEnv('BENCH_ILL_CLIENTS', 16);
const ROUNDS = intEnv('BENCH_ILL_ROUNDS', 25);
const log = (m: string) => process.stderr.write(`[ill-concurrency] ${m}\n`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

const staff = (memberCode: string, client: number): Viewer => ({ role: 'member', sub: `bench-client-${client}`, memberCode });

interface Told {
  requestId: number;
  action: IllAction;
  toState: string;
  /** the request's version after the action, as the answer gave it */
  version: number;
}

async function main(): Promise<void> {
  log(`load average before: ${load()} (${os.cpus().length} cores)`);
  await ensureBenchData(URL_, { members: 100, records: 20_000, holdings: 100_000 });
  const database = await openDatabase({ url: URL_, poolMax: CLIENTS + 2, statementTimeoutMs: 120_000 });
  const db = database.db;
  try {
    await db.execute(sql`TRUNCATE ill_charges, ill_history, ill_rota, ill_requests, ill_closures, ill_fee_tiers, ill_lending_rules RESTART IDENTITY`);
    await db.execute(sql`INSERT INTO ill_fee_tiers (member_id, service_type, service_level, amount, currency) VALUES (NULL, 'LOAN', 'NORMAL', 20, 'CNY')`);
    const memberCodes = new Map((await queryRows<{ id: number; code: string }>(db, sql`SELECT id, code FROM members`)).map((m) => [m.id, m.code]));
    // records that at least three members hold: each request has a rota to move down
    const held = await queryRows<{ recordId: number; holders: number[] }>(db, sql`SELECT record_id AS "recordId", array_agg(DISTINCT member_id) AS holders FROM holdings GROUP BY record_id HAVING count(DISTINCT member_id) >= 3 LIMIT 5000`);
    if (held.length === 0) throw new Error('no record is held by three members: the data set is not the expected one');
    const told: Told[] = [];
    const times: number[] = [];
    let refused = 0;
    let forbidden = 0;
    let placed = 0;
    const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      try {
        return await fn();
      } finally {
        times.push(performance.now() - t);
      }
    };
    const act = async (client: number, requestId: number, memberCode: string, action: IllAction, details: Record<string, string> | null = null) => {
      try {
        const r = await timed(() => performIllAction(db, staff(memberCode, client), { requestId, action, note: `client ${client}`, details }));
        if (r.request && r.userErrors.length === 0) told.push({ requestId, action, toState: r.request.state, version: r.request.version });
        else refused++;
      } catch (err) {
        if ((err as { extensions?: { code?: string } }).extensions?.code === 'FORBIDDEN') forbidden++; // the request moved on to another supplier first
        else throw err;
      }
    };
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const rng = new Rng(0x5eed + client);
        for (let round = 0; round < ROUNDS; round++) {
          const { recordId, holders } = held[rng.int(0, held.length - 1)];
          const requesterId = holders[rng.int(0, holders.length - 1)];
          const requester = memberCodes.get(requesterId)!;
          const created = await timed(() => createIllRequest(db, staff(requester, client), { requesterCode: requester, serviceType: 'LOAN', serviceLevel: 'NORMAL', recordId: toGlobalId('Record', recordId) }));
          if (!created.request) throw new Error(`createIllRequest refused: ${JSON.stringify(created.userErrors)}`);
          placed++;
          const id = created.request.id;
          const supplier = created.request.supplierMemberId === null ? null : memberCodes.get(created.request.supplierMemberId)!;
          if (!supplier) continue;
          // the supplier answers twice at once while the requester cancels
          await Promise.all([act(client, id, supplier, 'WILL_SUPPLY'), act(client, id, supplier, 'CANNOT_SUPPLY', { reason: 'on loan' }), act(client, id, requester, rng.chance(0.3) ? 'CANCEL' : 'RECEIVE')]);
          // whoever supplies now ships twice at once
          const [now] = await queryRows<{ supplier: number | null }>(db, sql`SELECT supplier_member_id AS supplier FROM ill_requests WHERE id = ${id}`);
          const shipper = now.supplier === null ? supplier : memberCodes.get(now.supplier)!;
          await Promise.all([act(client, id, shipper, 'SHIP', { dueDate: '2027-03-01' }), act(client, id, shipper, 'SHIP', { dueDate: '2027-03-02' })]);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // the check: what clients were told happened is exactly what the database holds
    const byRequest = new Map<number, Told[]>();
    for (const t of told) byRequest.set(t.requestId, [...(byRequest.get(t.requestId) ?? []), t]);
    const rows = await queryRows<{ id: number; state: string; version: number; history: number; charges: number; asked: number; shipped: boolean }>(
      db,
      sql`SELECT r.id, r.state, r.version,
            (SELECT count(*)::int FROM ill_history h WHERE h.request_id = r.id AND h.action <> 'CREATE') AS history,
            (SELECT count(*)::int FROM ill_charges c WHERE c.request_id = r.id) AS charges,
            (SELECT count(*)::int FROM ill_rota o WHERE o.request_id = r.id AND o.outcome = 'ASKED') AS asked,
            r.delivered_at IS NOT NULL AS shipped
          FROM ill_requests r`,
    );
    const problems: string[] = [];
    for (const r of rows) {
      const mine = (byRequest.get(r.id) ?? []).sort((a, b) => a.version - b.version);
      if (r.history !== mine.length) problems.push(`request ${r.id}: ${r.history} history entries, clients were told of ${mine.length} actions`);
      if (r.version !== 1 + mine.length) problems.push(`request ${r.id}: version ${r.version}, expected ${1 + mine.length}`);
      if (mine.length && mine.at(-1)!.toState !== r.state) problems.push(`request ${r.id}: state ${r.state}, the last action told led to ${mine.at(-1)!.toState}`);
      if (new Set(mine.map((m) => m.version)).size !== mine.length) problems.push(`request ${r.id}: two actions answered with one version`);
      if (r.charges !== (r.shipped ? 1 : 0)) problems.push(`request ${r.id}: ${r.charges} charges, shipped ${r.shipped}`);
      if (r.asked > 1) problems.push(`request ${r.id}: ${r.asked} rota entries ASKED at once`);
    }
    times.sort((a, b) => a - b);
    const calls = times.length;
    process.stdout.write(
      `${CLIENTS} clients x ${ROUNDS} requests: ${placed} placed, ${calls} calls (${told.length} actions happened, ${refused} refused as the state had moved, ${forbidden} FORBIDDEN as another supplier was asked by then) in ${round(seconds, 1)} s = ${round(calls / seconds, 1)} calls/s; p50 ${round(percentile(times, 50))} ms, p99 ${round(percentile(times, 99))} ms\n` +
        `lost or extra updates: ${problems.length}${problems.length ? `\n  ${problems.slice(0, 20).join('\n  ')}` : ''}\nload average after: ${load()}\n`,
    );
    if (problems.length) process.exitCode = 1;
  } finally {
    await database.close();
  }
  await dropUnlessKept(URL_, log);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
