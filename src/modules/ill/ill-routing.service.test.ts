/**
 * Routing (buildRota) on a small network built here: who is on the rota, in which order, and the
 * reason stored for each; lending rules, closures and daily capacity leaving members off; feeFor.
 */
import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { holdings, insertHoldings } from '../holdings/index.js';
import { members } from '../members/index.js';
import { insertRecords } from '../records/index.js';
import { illClosures, illFeeTiers, illLendingRules, illRequests, illRota } from './ill.tables.js';
import { buildRota, feeFor, haversineKm, scoreOf } from './ill-routing.service.js';
import { dayOf } from './ill-dates.js';

let t: TestDatabase;
const db = () => t.database.db;
const id: Record<string, number> = {};
let book: number;
let serial: number;
const ON = new Date('2026-06-10T04:00:00Z'); // noon in Shanghai

// Shanghai is the requester; A is 20-odd km away in its region; B and B2 stand together in Beijing; C has no coordinates.
const NETWORK = [
  { code: 'T-REQ', region: 'Shanghai', lat: 31.2304, lon: 121.4737 },
  { code: 'T-A', region: 'Shanghai', lat: 31.0250, lon: 121.4330 },
  { code: 'T-B', region: 'Beijing', lat: 39.9920, lon: 116.3055 },
  { code: 'T-B2', region: 'Beijing', lat: 39.9920, lon: 116.3055 },
  { code: 'T-C', region: 'Hubei', lat: null, lon: null },
  { code: 'T-NOLEND', region: 'Shanghai', lat: 31.2, lon: 121.4, lendsForIll: false },
  { code: 'T-INACTIVE', region: 'Shanghai', lat: 31.2, lon: 121.4, status: 'INACTIVE' },
  { code: 'T-UNLENDABLE', region: 'Shanghai', lat: 31.2, lon: 121.4 },
];

beforeAll(async () => {
  t = await openTestDatabase();
  for (const m of NETWORK) {
    const [row] = await db().insert(members).values({ code: m.code, name: m.code, type: 'UNIVERSITY', region: m.region, lat: m.lat, lon: m.lon, lendsForIll: m.lendsForIll ?? true, status: m.status ?? 'ACTIVE' }).returning({ id: members.id });
    id[m.code] = row.id;
  }
  [book, serial] = await insertRecords(db(), [{ title: 'A routed book', format: 'BOOK' }, { title: 'A routed journal', format: 'SERIAL' }]);
  await insertHoldings(db(), NETWORK.flatMap((m) => [book, serial].map((recordId) => ({
    memberId: id[m.code], recordId, localId: `${m.code}-${recordId}`, location: 'Stacks', copies: 1, available: 1, lendable: m.code !== 'T-UNLENDABLE',
  }))));
  // A also holds the book in its reference room
  await insertHoldings(db(), [{ memberId: id['T-A'], recordId: book, localId: 'T-A-ref', location: 'Reference', copies: 1, available: 1, lendable: true }]);
});
afterAll(() => t?.close());

beforeEach(async () => {
  for (const table of [illRota, illRequests, illClosures, illLendingRules, illFeeTiers]) await db().delete(table);
});

const rota = (over: Partial<Parameters<typeof buildRota>[1]> = {}) =>
  buildRota(db(), { recordId: book, serviceType: 'LOAN', serviceLevel: 'NORMAL', requesterMemberId: id['T-REQ'], on: ON, ...over });
const codes = async (over: Partial<Parameters<typeof buildRota>[1]> = {}) => (await rota(over)).map((c) => c.memberCode);

/** n requests between two members, created `daysAgo` before ON, filled (delivered) or not. */
async function history(requester: string, supplier: string, n: number, filled = true, daysAgo = 30) {
  const at = new Date(ON.getTime() - daysAgo * 86_400_000);
  await db().insert(illRequests).values(Array.from({ length: n }, () => ({
    requesterMemberId: id[requester], supplierMemberId: id[supplier], serviceType: 'LOAN', state: filled ? 'COMPLETED' : 'REQUESTED', title: 'history', createdAt: at, deliveredAt: filled ? at : null,
  })));
}

describe('who is on the rota', () => {
  it('ranks the same region first, then by distance, an unknown distance as neutral; leaves off the requester, non-lenders, inactive members and unlendable holdings', async () => {
    const r = await rota();
    expect(r.map((c) => c.memberCode)).toEqual(['T-A', 'T-B', 'T-B2', 'T-C']);
    expect(Math.round(haversineKm({ lat: 31.2304, lon: 121.4737 }, { lat: 31.025, lon: 121.433 }))).toBe(23);
    expect(r[0].reason).toMatch(/^same region \(Shanghai\) \+100; 23 km \+29\.77; lent 0 : borrowed 0 \+20; score 149\.77$/);
    expect(r[3].reason).toBe('other region (Hubei) +0; distance unknown +15; lent 0 : borrowed 0 +20; score 35');
    expect(r.map((c) => c.score)).toEqual([...r.map((c) => c.score)].sort((a, b) => b - a));
  });

  it('sends members that lend much more than they borrow later (load balance over the last 365 days)', async () => {
    await history('T-A', 'T-B', 10); // B lent 10, borrowed 0
    await history('T-B2', 'T-A', 2); // B2 borrowed 2
    await history('T-REQ', 'T-B2', 5, true, 400); // too old to count
    const r = await rota();
    expect(r.map((c) => c.memberCode)).toEqual(['T-A', 'T-B2', 'T-C', 'T-B']); // B's load part (3.33) sinks it below C's unknown distance
    expect(r.find((c) => c.memberCode === 'T-B')!.reason).toMatch(/lent 10 : borrowed 0 \+3\.33; /);
    expect(r.find((c) => c.memberCode === 'T-B2')!.reason).toMatch(/lent 0 : borrowed 2 \+30; /);
    expect(r.find((c) => c.memberCode === 'T-A')!.reason).toMatch(/lent 2 : borrowed 10 \+31\.43; /);
  });

  it('breaks ties by member code', async () => {
    const r = await rota();
    const [b, b2] = r.filter((c) => c.memberCode.startsWith('T-B'));
    expect(b.score).toBe(b2.score);
    expect([b.memberCode, b2.memberCode]).toEqual(['T-B', 'T-B2']);
  });

  it("names the holding that put the member there, never one in an excluded location", async () => {
    await db().insert(illLendingRules).values({ memberId: id['T-A'], excludedLocations: ['Stacks'] });
    const [a] = await rota();
    expect(a.memberCode).toBe('T-A');
    const [{ location }] = await db().select({ location: holdings.location }).from(holdings).where(eq(holdings.id, a.holdingId!));
    expect(location).toBe('Reference');
  });
});

describe('lending rules', () => {
  it("leave off a record format the rules do not lend (loans only: copies come from any format), the member's own rule over the consortium's", async () => {
    await db().insert(illLendingRules).values({ memberId: null, lendableFormats: ['BOOK'] });
    await db().insert(illLendingRules).values({ memberId: id['T-C'], lendableFormats: ['BOOK', 'SERIAL'] });
    expect(await codes({ recordId: serial })).toEqual(['T-C']);
    expect(await codes({ recordId: serial, serviceType: 'COPY' })).toEqual(['T-A', 'T-B', 'T-B2', 'T-C']);
    expect(await codes()).toEqual(['T-A', 'T-B', 'T-B2', 'T-C']);
  });

  it('leave off holdings in excluded locations', async () => {
    await db().insert(illLendingRules).values({ memberId: null, excludedLocations: ['Stacks', 'Reference'] });
    await db().insert(illLendingRules).values({ memberId: id['T-B'], excludedLocations: ['Reference'] }); // its own list replaces the consortium's
    expect(await codes()).toEqual(['T-B']);
  });

  it('leave off members that do not supply the service type; a null field inherits', async () => {
    await db().insert(illLendingRules).values({ memberId: null, suppliesLoans: false, suppliesCopies: true });
    await db().insert(illLendingRules).values({ memberId: id['T-B2'], suppliesLoans: true });
    await db().insert(illLendingRules).values({ memberId: id['T-A'], suppliesLoans: null, suppliesCopies: false });
    expect(await codes()).toEqual(['T-B2']);
    expect(await codes({ serviceType: 'COPY' })).toEqual(['T-B', 'T-B2', 'T-C']);
  });
});

describe('closures and capacity', () => {
  it('leaves a member closed on the day off the rota, and not the day after its closure', async () => {
    const day = dayOf(ON);
    await db().insert(illClosures).values({ memberId: id['T-A'], startsOn: '2026-06-01', endsOn: day, reason: 'stocktaking' });
    expect(await codes()).toEqual(['T-B', 'T-B2', 'T-C']);
    expect(await codes({ on: new Date(ON.getTime() + 86_400_000) })).toEqual(['T-A', 'T-B', 'T-B2', 'T-C']);
  });

  it('leaves off a member asked as many times today as its daily capacity; entries not yet asked do not count', async () => {
    await db().insert(illLendingRules).values({ memberId: null, dailyCapacity: 2 });
    const placed = await db().insert(illRequests).values(Array.from({ length: 3 }, () => ({ requesterMemberId: id['T-REQ'], serviceType: 'LOAN', state: 'REQUESTED', title: 'today', createdAt: ON }))).returning({ id: illRequests.id });
    await db().insert(illRota).values([
      { requestId: placed[0].id, position: 1, memberId: id['T-A'], score: 1, reason: 'x', outcome: 'ASKED' },
      { requestId: placed[1].id, position: 1, memberId: id['T-A'], score: 1, reason: 'x', outcome: 'CANNOT_SUPPLY' },
      { requestId: placed[2].id, position: 1, memberId: id['T-B'], score: 1, reason: 'x', outcome: 'ASKED' },
      { requestId: placed[2].id, position: 2, memberId: id['T-B2'], score: 1, reason: 'x', outcome: 'PENDING' },
      { requestId: placed[1].id, position: 2, memberId: id['T-B2'], score: 1, reason: 'x', outcome: 'PENDING' },
    ]);
    expect(await codes()).toEqual(['T-B', 'T-B2', 'T-C']);
    expect(await codes({ on: new Date(ON.getTime() + 86_400_000) })).toEqual(['T-A', 'T-B', 'T-B2', 'T-C']); // a new day
    await db().update(illLendingRules).set({ dailyCapacity: 3 }).where(isNull(illLendingRules.memberId));
    await db().insert(illLendingRules).values({ memberId: id['T-A'], dailyCapacity: 3 });
    expect(await codes()).toContain('T-A');
  });

  it('gives an empty rota when no one may lend', async () => {
    expect(await rota({ requesterMemberId: id['T-A'], recordId: 999_999 })).toEqual([]);
  });
});

describe('scoreOf', () => {
  it('puts any same-region member above any other', () => {
    const far = scoreOf({ region: 'X', lat: 0, lon: 0, lent: 1000, borrowed: 0 }, { region: 'X', lat: 0, lon: 90 });
    const best = scoreOf({ region: 'Y', lat: 0, lon: 0, lent: 0, borrowed: 1000 }, { region: 'X', lat: 0, lon: 0 });
    expect(far.score).toBeGreaterThan(best.score);
  });
});

describe('feeFor', () => {
  it("charges the supplier's own tier, else the consortium's, else nothing", async () => {
    await db().insert(illFeeTiers).values([
      { memberId: null, serviceType: 'LOAN', serviceLevel: 'NORMAL', amount: '20', currency: 'CNY' },
      { memberId: id['T-A'], serviceType: 'LOAN', serviceLevel: 'NORMAL', amount: '15.5', currency: 'CNY' },
    ]);
    expect(await feeFor(db(), id['T-A'], 'LOAN', 'NORMAL')).toEqual({ amount: '15.50', currency: 'CNY' });
    expect(await feeFor(db(), id['T-B'], 'LOAN', 'NORMAL')).toEqual({ amount: '20.00', currency: 'CNY' });
    expect(await feeFor(db(), id['T-B'], 'COPY', 'RUSH')).toBeNull();
  });
});
