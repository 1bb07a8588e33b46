/**
 * The ILL network's operations over GraphQL on the demo data (its lending rules): lendingPolicy with
 * where each rule comes from, setLendingRules, closures, fee tiers, the monthly statement and the
 * office's statistics, and who may do what. Requests and charges for the statement and the figures
 * are written straight into the tables (placing requests is the request service's, tested apart), in
 * 2020, a year no demo request reaches.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../src/modules/members/index.js';
import { illCharges, illRequests } from '../../src/modules/ill/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PKU = 'CN-110000-PKU';
const THU = 'CN-110000-THU';
const SJTU = 'CN-310000-SJTU';
const SHL = 'CN-310000-SHL';
const ZJU = 'CN-330000-ZJU';

let t: TestApp;
const tok: Record<'pku' | 'thu' | 'analyst' | 'admin', string> = { pku: '', thu: '', analyst: '', admin: '' };
const id: Record<string, number> = {};

const POLICY = `query($code: String!) { lendingPolicy(memberCode: $code) {
  member { code } rules { loanPeriodDays renewals lendableFormats excludedLocations suppliesLoans suppliesCopies dailyCapacity }
  sources { rule source } closures { id startsOn endsOn reason } feeTiers { serviceType serviceLevel fee { amount currency } source } } }`;
const sourceOf = (policy: { sources: { rule: string; source: string }[] }) => Object.fromEntries(policy.sources.map((s) => [s.rule, s.source]));

beforeAll(async () => {
  t = await startTestApp();
  tok.pku = await t.token('member', PKU);
  tok.thu = await t.token('member', THU);
  tok.analyst = await t.token('analyst');
  tok.admin = await t.token('admin');
  for (const code of [PKU, THU, SJTU]) {
    const [m] = await t.database.db.select({ id: members.id }).from(members).where(eq(members.code, code));
    id[code] = m.id;
  }
});
afterAll(() => t?.close());

describe('lendingPolicy', () => {
  it("shows the demo alliance's rules in effect for a member and where each comes from", async () => {
    const r = await t.execute(POLICY, { code: PKU }, tok.thu);
    expect(r.errors).toBeUndefined();
    const p = r.data!.lendingPolicy;
    expect(p.rules).toMatchObject({ loanPeriodDays: 60, renewals: 1, lendableFormats: ['BOOK'], suppliesLoans: true, suppliesCopies: true, dailyCapacity: 10 });
    expect(sourceOf(p)).toEqual({
      LOAN_PERIOD_DAYS: 'MEMBER', RENEWALS: 'CONSORTIUM', LENDABLE_FORMATS: 'CONSORTIUM', EXCLUDED_LOCATIONS: 'CONSORTIUM', SUPPLIES_LOANS: 'CONSORTIUM', SUPPLIES_COPIES: 'CONSORTIUM', DAILY_CAPACITY: 'MEMBER', NOTES: 'MEMBER',
    });
    expect(p.feeTiers).toEqual([
      { serviceType: 'LOAN', serviceLevel: 'NORMAL', fee: { amount: '20.00', currency: 'CNY' }, source: 'CONSORTIUM' },
      { serviceType: 'LOAN', serviceLevel: 'RUSH', fee: { amount: '40.00', currency: 'CNY' }, source: 'CONSORTIUM' },
      { serviceType: 'COPY', serviceLevel: 'NORMAL', fee: { amount: '10.00', currency: 'CNY' }, source: 'CONSORTIUM' },
      { serviceType: 'COPY', serviceLevel: 'RUSH', fee: { amount: '25.00', currency: 'CNY' }, source: 'CONSORTIUM' },
    ]);
  });

  it("lists a member's closures and its own fee tier", async () => {
    const zju = (await t.execute(POLICY, { code: ZJU }, tok.pku)).data!.lendingPolicy;
    expect(zju.closures).toEqual([expect.objectContaining({ startsOn: '2027-02-01', endsOn: '2027-02-14', reason: '春节闭馆 (Spring Festival closure)' })]);
    const shl = (await t.execute(POLICY, { code: SHL }, tok.pku)).data!.lendingPolicy;
    expect(shl.rules.suppliesCopies).toBe(false);
    expect(shl.feeTiers[0]).toEqual({ serviceType: 'LOAN', serviceLevel: 'NORMAL', fee: { amount: '15.00', currency: 'CNY' }, source: 'MEMBER' });
  });

  it('is for signed-in users, and null for an unknown member', async () => {
    expect((await t.execute(POLICY, { code: PKU })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.execute(POLICY, { code: 'CN-NO-SUCH' }, tok.pku)).data!.lendingPolicy).toBeNull();
  });
});

const SET_RULES = `mutation($input: SetLendingRulesInput!) { setLendingRules(input: $input) { policy { rules { loanPeriodDays renewals dailyCapacity } sources { rule source } } rules { loanPeriodDays } userErrors { field code message } } }`;

describe('setLendingRules', () => {
  it("lets a member's staff replace its own rules: fields left null inherit the consortium's", async () => {
    const r = await t.execute(SET_RULES, { input: { memberCode: THU, renewals: 3 } }, tok.thu);
    expect(r.errors).toBeUndefined();
    const p = r.data!.setLendingRules.policy;
    expect(p.rules).toEqual({ loanPeriodDays: 30, renewals: 3, dailyCapacity: 20 });
    expect(sourceOf(p)).toMatchObject({ LOAN_PERIOD_DAYS: 'CONSORTIUM', RENEWALS: 'MEMBER' });
  });

  it("refuses another member's rules and the consortium's to member staff; admins set the consortium's", async () => {
    expect((await t.execute(SET_RULES, { input: { memberCode: PKU, renewals: 0 } }, tok.thu)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute(SET_RULES, { input: { renewals: 0 } }, tok.thu)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute(SET_RULES, { input: { renewals: 0 } }, tok.analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const consortium = { loanPeriodDays: 28, renewals: 1, lendableFormats: ['BOOK'], excludedLocations: ['主馆 一层 工具书阅览室'], suppliesLoans: true, suppliesCopies: true, dailyCapacity: 20 };
    const r = await t.execute(SET_RULES, { input: consortium }, tok.admin);
    expect(r.data!.setLendingRules).toMatchObject({ policy: null, rules: { loanPeriodDays: 28 }, userErrors: [] });
    const pku = (await t.execute(POLICY, { code: SJTU }, tok.pku)).data!.lendingPolicy;
    expect(pku.rules.loanPeriodDays).toBe(28);
  });

  it('names the field of a bad value and writes nothing', async () => {
    const r = await t.execute(SET_RULES, { input: { memberCode: THU, dailyCapacity: -1, loanPeriodDays: 0, excludedLocations: ['ok', ' '] } }, tok.thu);
    expect(r.data!.setLendingRules.userErrors.map((e: { field: string[]; code: string }) => [e.field, e.code])).toEqual([
      [['loanPeriodDays'], 'INVALID_VALUE'], [['dailyCapacity'], 'NEGATIVE_VALUE'], [['excludedLocations', '1'], 'REQUIRED'],
    ]);
    expect((await t.execute(POLICY, { code: THU }, tok.thu)).data!.lendingPolicy.rules.renewals).toBe(3);
  });
});

const ADD_CLOSURE = `mutation($input: AddIllClosureInput!) { addIllClosure(input: $input) { closure { id startsOn endsOn reason } userErrors { field code } } }`;
const REMOVE_CLOSURE = `mutation($id: ID!) { removeIllClosure(input: { id: $id }) { closure { reason } userErrors { field code } } }`;

describe('closures', () => {
  it('are added by the member\'s staff, listed on its policy, and removed only by its staff or admins', async () => {
    const added = await t.execute(ADD_CLOSURE, { input: { memberCode: PKU, startsOn: '2027-01-10', endsOn: '2027-01-12', reason: 'Stocktaking' } }, tok.pku);
    expect(added.data!.addIllClosure.userErrors).toEqual([]);
    const closureId = added.data!.addIllClosure.closure.id;
    expect((await t.execute(POLICY, { code: PKU }, tok.thu)).data!.lendingPolicy.closures.map((c: { reason: string }) => c.reason)).toEqual(['Stocktaking']);
    expect((await t.execute(REMOVE_CLOSURE, { id: closureId }, tok.thu)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute(ADD_CLOSURE, { input: { memberCode: PKU, startsOn: '2027-01-10', endsOn: '2027-01-12', reason: 'x' } }, tok.thu)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const removed = await t.execute(REMOVE_CLOSURE, { id: closureId }, tok.pku);
    expect(removed.data!.removeIllClosure).toEqual({ closure: { reason: 'Stocktaking' }, userErrors: [] });
    expect((await t.execute(REMOVE_CLOSURE, { id: closureId }, tok.admin)).data!.removeIllClosure.userErrors).toEqual([{ field: ['id'], code: 'INVALID_VALUE' }]);
  });

  it('refuses bad dates, a range ending before it starts and a missing reason', async () => {
    const bad = await t.execute(ADD_CLOSURE, { input: { memberCode: PKU, startsOn: '2027-02-30', endsOn: '2027-01-01', reason: ' ' } }, tok.pku);
    expect(bad.data!.addIllClosure.userErrors).toEqual([{ field: ['startsOn'], code: 'INVALID_VALUE' }, { field: ['reason'], code: 'REQUIRED' }]);
    const backwards = await t.execute(ADD_CLOSURE, { input: { memberCode: PKU, startsOn: '2027-02-03', endsOn: '2027-02-01', reason: 'x' } }, tok.pku);
    expect(backwards.data!.addIllClosure.userErrors).toEqual([{ field: ['endsOn'], code: 'INVALID_DATE_RANGE' }]);
  });
});

const SET_FEE = `mutation($input: SetIllFeeTierInput!) { setIllFeeTier(input: $input) { feeTier { serviceType serviceLevel fee { amount currency } source } userErrors { field code message } } }`;

describe('setIllFeeTier', () => {
  it("sets a member's own tier in decimal money, shown on its policy", async () => {
    const r = await t.execute(SET_FEE, { input: { memberCode: THU, serviceType: 'COPY', serviceLevel: 'RUSH', amount: '30.5', currency: 'CNY' } }, tok.thu);
    expect(r.data!.setIllFeeTier).toEqual({ feeTier: { serviceType: 'COPY', serviceLevel: 'RUSH', fee: { amount: '30.50', currency: 'CNY' }, source: 'MEMBER' }, userErrors: [] });
    const tiers = (await t.execute(POLICY, { code: THU }, tok.thu)).data!.lendingPolicy.feeTiers;
    expect(tiers.find((x: { serviceType: string; serviceLevel: string }) => x.serviceType === 'COPY' && x.serviceLevel === 'RUSH').fee.amount).toBe('30.50');
  });

  it('names the bad field: too many decimals, a lower-case currency, a negative fee', async () => {
    const errorsOf = async (amount: string, currency: string) =>
      (await t.execute(SET_FEE, { input: { memberCode: THU, serviceType: 'LOAN', serviceLevel: 'NORMAL', amount, currency } }, tok.thu)).data!.setIllFeeTier.userErrors.map((e: { field: string[]; code: string }) => [e.field, e.code]);
    expect(await errorsOf('12.345', 'CNY')).toEqual([[['amount'], 'INVALID_MONEY']]);
    expect(await errorsOf('12', 'cny')).toEqual([[['currency'], 'INVALID_MONEY']]);
    expect(await errorsOf('-1', 'CNY')).toEqual([[['amount'], 'NEGATIVE_VALUE']]);
  });

  it("keeps the consortium's tariff for admins", async () => {
    expect((await t.execute(SET_FEE, { input: { serviceType: 'LOAN', serviceLevel: 'NORMAL', amount: '1', currency: 'CNY' } }, tok.pku)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

/** A request straight into the table (placing one is the request service's business). */
async function request(requester: string, supplier: string, createdAt: string, deliveredHours: number | null, charge?: { amount: string; currency?: string; at: string }) {
  const created = new Date(createdAt);
  const [row] = await t.database.db.insert(illRequests).values({
    requesterMemberId: id[requester], supplierMemberId: id[supplier], serviceType: 'LOAN', state: deliveredHours === null ? 'UNFILLED' : 'COMPLETED', title: 'network test',
    createdAt: created, deliveredAt: deliveredHours === null ? null : new Date(created.getTime() + deliveredHours * 3_600_000),
  }).returning({ id: illRequests.id });
  if (charge) await t.database.db.insert(illCharges).values({ requestId: row.id, payerMemberId: id[requester], payeeMemberId: id[supplier], amount: charge.amount, currency: charge.currency ?? 'CNY', chargedAt: new Date(charge.at) });
}

const STATEMENT = `query($code: String!, $month: String!) { illStatement(memberCode: $code, month: $month) {
  month lines { counterparty { code } owes { amount currency } owed { amount } net { amount } borrowed lent } totals { owes { amount currency } owed { amount } net { amount } } } }`;
const STATS = `query($code: String) { illStatistics(from: "2020-03-01", to: "2020-03-31", memberCode: $code) {
  members { member { code } placed filled supplied fillRate meanTurnaroundHours medianTurnaroundHours lendingBorrowingRatio } totals { placed filled supplied fillRate } } }`;

describe('illStatement and illStatistics', () => {
  beforeAll(async () => {
    // March 2020 (Shanghai time): PKU borrows twice from THU, lends once to THU and once to SJTU; one USD charge
    await request(PKU, THU, '2020-03-02T01:00:00Z', 24, { amount: '20.00', at: '2020-03-03T01:00:00Z' });
    await request(PKU, THU, '2020-03-05T01:00:00Z', 48, { amount: '40.10', at: '2020-03-07T01:00:00Z' });
    await request(PKU, SJTU, '2020-03-09T01:00:00Z', null);
    await request(THU, PKU, '2020-03-10T01:00:00Z', 10, { amount: '10.55', at: '2020-03-10T11:00:00Z' });
    await request(SJTU, PKU, '2020-03-12T01:00:00Z', 30, { amount: '25.00', at: '2020-03-13T07:00:00Z' });
    await request(SJTU, PKU, '2020-03-20T01:00:00Z', 5, { amount: '3.25', currency: 'USD', at: '2020-03-20T06:00:00Z' });
    // 1 April 00:30 in Shanghai is still 31 March in UTC: April's statement, not March's
    await request(THU, PKU, '2020-03-31T16:00:00Z', 0.5, { amount: '99.00', at: '2020-03-31T16:30:00Z' });
  });

  it('nets what a member owes and is owed per counterparty and currency, in decimal money', async () => {
    const r = await t.execute(STATEMENT, { code: PKU, month: '2020-03' }, tok.pku);
    expect(r.errors).toBeUndefined();
    const s = r.data!.illStatement;
    const line = (code: string, currency: string) => s.lines.find((l: { counterparty: { code: string }; owes: { currency: string } }) => l.counterparty.code === code && l.owes.currency === currency);
    expect(line(THU, 'CNY')).toEqual({ counterparty: { code: THU }, owes: { amount: '60.10', currency: 'CNY' }, owed: { amount: '10.55' }, net: { amount: '-49.55' }, borrowed: 2, lent: 1 });
    expect(line(SJTU, 'CNY')).toEqual({ counterparty: { code: SJTU }, owes: { amount: '0.00', currency: 'CNY' }, owed: { amount: '25.00' }, net: { amount: '25.00' }, borrowed: 0, lent: 1 });
    expect(line(SJTU, 'USD')).toMatchObject({ owed: { amount: '3.25' }, net: { amount: '3.25' } });
    expect(s.lines).toHaveLength(3);
    expect(s.totals).toEqual([
      { owes: { amount: '60.10', currency: 'CNY' }, owed: { amount: '35.55' }, net: { amount: '-24.55' } },
      { owes: { amount: '0.00', currency: 'USD' }, owed: { amount: '3.25' }, net: { amount: '3.25' } },
    ]);
    const thu = (await t.execute(STATEMENT, { code: THU, month: '2020-03' }, tok.analyst)).data!.illStatement;
    expect(thu.totals).toEqual([{ owes: { amount: '10.55', currency: 'CNY' }, owed: { amount: '60.10' }, net: { amount: '49.55' } }]);
    const april = (await t.execute(STATEMENT, { code: PKU, month: '2020-04' }, tok.admin)).data!.illStatement;
    expect(april.totals).toEqual([{ owes: { amount: '0.00', currency: 'CNY' }, owed: { amount: '99.00' }, net: { amount: '99.00' } }]);
  });

  it("is for the member's staff, analysts and admins; a bad month names the argument", async () => {
    expect((await t.execute(STATEMENT, { code: PKU, month: '2020-03' }, tok.thu)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute(STATEMENT, { code: PKU, month: '2020-03' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await t.execute(STATEMENT, { code: PKU, month: '2020-13' }, tok.pku);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['month'] });
  });

  it('gives the office requests placed and supplied, fill rate, turnaround and lending:borrowing per member, with network totals', async () => {
    const r = await t.execute(STATS, {}, tok.analyst);
    expect(r.errors).toBeUndefined();
    const s = r.data!.illStatistics;
    const of = (code: string) => s.members.find((m: { member: { code: string } }) => m.member.code === code);
    expect(of(PKU)).toEqual({ member: { code: PKU }, placed: 3, filled: 2, supplied: 3, fillRate: 0.6667, meanTurnaroundHours: 36, medianTurnaroundHours: 36, lendingBorrowingRatio: 1 });
    expect(of(THU)).toEqual({ member: { code: THU }, placed: 1, filled: 1, supplied: 2, fillRate: 1, meanTurnaroundHours: 10, medianTurnaroundHours: 10, lendingBorrowingRatio: 2 });
    expect(of(SJTU)).toMatchObject({ placed: 2, filled: 2, supplied: 0, medianTurnaroundHours: 17.5, lendingBorrowingRatio: 0 });
    expect(s.totals).toEqual({ placed: 6, filled: 5, supplied: 5, fillRate: 0.8333 });
  });

  it("gives member staff their own figures only, and refuses another member's", async () => {
    const own = (await t.execute(STATS, {}, tok.pku)).data!.illStatistics;
    expect(own.members.map((m: { member: { code: string } }) => m.member.code)).toEqual([PKU]);
    expect(own.totals).toBeNull();
    expect((await t.execute(STATS, { code: THU }, tok.pku)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.execute(STATS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
