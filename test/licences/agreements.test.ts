/** Agreements, periods, licence terms, entitlements and cost shares through the API. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.js';
import { sumAmounts } from '../../src/lib/cost-share.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const AGREEMENTS = `query($filter: AgreementFilter) { agreements(first: 10, filter: $filter) { totalCount edges { node { id name status resources { name }
  terms { type value note } periods { id startDate endDate cancellationDeadline totalCost { amount currency } costShareMethod
  costShares { member { code } share { amount currency } method paymentStatus invoiceReference } } } } } }`;
const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id name status resources { id } } userErrors { field code message } } }`;
const ADD_PERIOD = `mutation($input: AddAgreementPeriodInput!) { addAgreementPeriod(input: $input) { period { id startDate totalCost { amount currency } costShareMethod } userErrors { field code message } } }`;
const TERMS = `mutation($input: SetLicenceTermsInput!) { setLicenceTerms(input: $input) { agreement { terms { type value note } } userErrors { field code message } } }`;
const ASSIGN = `mutation($input: AssignEntitlementInput!) { assignEntitlement(input: $input) { costShares { member { code } share { amount currency } method } costShareProblem userErrors { field code message } } }`;
const REMOVE = `mutation($input: RemoveEntitlementInput!) { removeEntitlement(input: $input) { costShares { member { code } share { amount } } userErrors { field code message } } }`;
const RECOMPUTE = `mutation($input: RecomputeCostSharesInput!) { recomputeCostShares(input: $input) { costShares { member { code } share { amount } method } userErrors { field code message } } }`;

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('admin');
});
afterAll(() => t?.close());

const auditCount = async (action: string) => (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`))[0].n;

describe('agreements (demo deals)', () => {
  it('lists deals with periods, terms and cost shares that add up exactly to the total', async () => {
    const r = await t.execute(AGREEMENTS, {}, await t.token('analyst'));
    expect(r.errors).toBeUndefined();
    const [cnki, intl] = r.data!.agreements.edges.map((e: { node: unknown }) => e.node);
    expect(r.data!.agreements.totalCount).toBe(2);
    expect(cnki.periods.map((p: { startDate: string }) => p.startDate)).toEqual(['2025-01-01', '2026-01-01', '2027-01-01']);
    expect(intl.periods[0]).toMatchObject({ totalCost: { amount: '450000.00', currency: 'USD' }, costShareMethod: 'EQUAL', cancellationDeadline: '2026-09-30' });
    expect(intl.periods[0].costShares.map((c: { share: { amount: string } }) => c.share.amount)).toEqual(['112500.00', '112500.00', '112500.00', '112500.00']);
    for (const p of cnki.periods) {
      expect(p.costShares).toHaveLength(6);
      expect(sumAmounts(p.costShares.map((c: { share: { amount: string } }) => c.share.amount), 'CNY')).toBe(p.totalCost.amount);
    }
    expect(cnki.periods[0].costShares[0]).toMatchObject({ method: 'BY_FTE', paymentStatus: 'PAID', invoiceReference: expect.stringMatching(/^INV-2025-/) });
    expect(cnki.terms).toContainEqual({ type: 'ILL_ELECTRONIC', value: 'PROHIBITED', note: null });
  });

  it('needs a token; member staff see only their own cost share', async () => {
    expect((await t.execute(AGREEMENTS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const r = await t.execute(AGREEMENTS, { filter: { status: 'ACTIVE', search: 'CNKI' } }, await t.token('member', 'CN-310000-FDU'));
    const shares = r.data!.agreements.edges[0].node.periods[1].costShares;
    expect(shares.map((c: { member: { code: string } }) => c.member.code)).toEqual(['CN-310000-FDU']);
  });

  it('renewalsDue lists periods whose cancellation deadline falls before a date', async () => {
    const r = await t.execute(`{ renewalsDue(before: "2099-01-01") { cancellationDeadline agreement { name } } }`, {}, admin);
    const deadlines = r.data!.renewalsDue.map((p: { cancellationDeadline: string }) => p.cancellationDeadline);
    expect(deadlines).toEqual([...deadlines].sort());
    expect((await t.execute(`{ renewalsDue(before: "2026-13-01") { startDate } }`, {}, admin)).errors?.[0].message).toMatch(/YYYY-MM-DD/);
    expect((await t.execute(`{ renewalsDue(before: "2099-01-01") { startDate } }`, {}, await t.token('member', 'CN-110000-PKU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('writing deals', () => {
  let agreementId: string;
  let periodId: string;

  it('createAgreement: admin only, resources by ID, audited', async () => {
    const { data } = await t.execute(`{ resources(first: 2) { edges { node { id } } } }`);
    const resourceIds = data!.resources.edges.map((e: { node: { id: string } }) => e.node.id);
    expect((await t.execute(CREATE, { input: { name: 'X', resourceIds, reason: 'r' } }, await t.token('analyst'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.execute(CREATE, { input: { name: 'X', resourceIds: [resourceIds[0], 'nope'], reason: 'r' } }, admin);
    expect(bad.data!.createAgreement.userErrors).toEqual([{ field: ['resourceIds', '1'], code: 'UNKNOWN_RESOURCE', message: 'no resource has ID nope' }]);
    const before = await auditCount('createAgreement');
    const r = await t.execute(CREATE, { input: { name: 'Test deal', resourceIds, status: 'ACTIVE', reason: 'new deal' } }, admin);
    expect(r.data!.createAgreement).toMatchObject({ agreement: { name: 'Test deal', status: 'ACTIVE', resources: resourceIds.map((id: string) => ({ id })) }, userErrors: [] });
    agreementId = r.data!.createAgreement.agreement.id;
    expect(await auditCount('createAgreement')).toBe(before + 1);
  });

  it('addAgreementPeriod: validates dates and money, writes nothing on error', async () => {
    const base = { agreementId, startDate: '2026-01-01', endDate: '2026-12-31', cancellationDeadline: '2026-10-01', totalCost: { amount: '1000.00', currency: 'CNY' }, reason: 'r' };
    const bad = await t.execute(ADD_PERIOD, { input: { ...base, endDate: '2025-12-31', totalCost: { amount: '10.005', currency: 'CNY' } } }, admin);
    expect(bad.data!.addAgreementPeriod.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['endDate', 'INVALID_DATE_RANGE'], ['cancellationDeadline', 'INVALID_DATE_RANGE'], ['totalCost.amount', 'INVALID_MONEY'],
    ]);
    const currency = await t.execute(ADD_PERIOD, { input: { ...base, totalCost: { amount: '1', currency: 'yuan' } } }, admin);
    expect(currency.data!.addAgreementPeriod.userErrors[0]).toMatchObject({ field: ['totalCost', 'currency'], code: 'INVALID_MONEY' });
    const ok = await t.execute(ADD_PERIOD, { input: { ...base, totalCost: { amount: '1000', currency: 'CNY' } } }, admin);
    expect(ok.data!.addAgreementPeriod).toMatchObject({ period: { startDate: '2026-01-01', totalCost: { amount: '1000.00', currency: 'CNY' }, costShareMethod: 'EQUAL' }, userErrors: [] });
    periodId = ok.data!.addAgreementPeriod.period.id;
    const overlap = await t.execute(ADD_PERIOD, { input: { ...base, startDate: '2026-06-01', endDate: '2027-05-31', cancellationDeadline: null } }, admin);
    expect(overlap.data!.addAgreementPeriod.userErrors[0]).toMatchObject({ field: ['startDate'], code: 'INVALID_DATE_RANGE' });
  });

  it('setLicenceTerms replaces the types given and keeps the others', async () => {
    await t.execute(TERMS, { input: { agreementId, terms: [{ type: 'WALK_IN_ACCESS', value: 'PERMITTED' }, { type: 'TEXT_AND_DATA_MINING', value: 'UNMENTIONED' }], reason: 'signed' } }, admin);
    const r = await t.execute(TERMS, { input: { agreementId, terms: [{ type: 'TEXT_AND_DATA_MINING', value: 'PERMITTED_WITH_CONDITIONS', note: 'non-commercial' }], reason: 'amendment 1' } }, admin);
    expect(r.data!.setLicenceTerms.agreement.terms).toEqual([
      { type: 'TEXT_AND_DATA_MINING', value: 'PERMITTED_WITH_CONDITIONS', note: 'non-commercial' },
      { type: 'WALK_IN_ACCESS', value: 'PERMITTED', note: null },
    ]);
    const dup = await t.execute(TERMS, { input: { agreementId, terms: [{ type: 'ARCHIVING', value: 'PERMITTED' }, { type: 'ARCHIVING', value: 'PROHIBITED' }], reason: 'x' } }, admin);
    expect(dup.data!.setLicenceTerms.userErrors[0]).toMatchObject({ field: ['terms', '1', 'type'], code: 'INVALID_VALUE' });
  });

  it('members join and leave mid-deal: shares recomputed exactly, audited', async () => {
    const join = (memberCode: string) => t.execute(ASSIGN, { input: { periodId, memberCode, reason: 'joins' } }, admin);
    await join('CN-110000-PKU');
    await join('CN-110000-THU');
    const third = await join('CN-310000-FDU');
    expect(third.data!.assignEntitlement.costShares.map((c: { share: { amount: string } }) => c.share.amount)).toEqual(['333.34', '333.33', '333.33']);
    const left = await t.execute(REMOVE, { input: { periodId, memberCode: 'CN-110000-THU', reason: 'leaves' } }, admin);
    expect(left.data!.removeEntitlement.costShares).toEqual([{ member: { code: 'CN-110000-PKU' }, share: { amount: '500.00' } }, { member: { code: 'CN-310000-FDU' }, share: { amount: '500.00' } }]);
    const log = await t.execute(`query($id: ID) { auditLog(first: 1, filter: { entityId: $id }) { edges { node { action before after } } } }`, { id: periodId }, admin);
    const [{ node: audit }] = log.data!.auditLog.edges;
    expect(audit.action).toBe('removeEntitlement');
    expect(audit.before.shares).toEqual({ 'CN-110000-PKU': '333.34', 'CN-310000-FDU': '333.33', 'CN-110000-THU': '333.33' });
    expect(audit.after.shares).toEqual({ 'CN-110000-PKU': '500.00', 'CN-310000-FDU': '500.00' });
    expect(audit.after.entry).toBeNull();
    const unknown = await t.execute(ASSIGN, { input: { periodId, memberCode: 'CN-NOBODY', reason: 'x' } }, admin);
    expect(unknown.data!.assignEntitlement.userErrors[0]).toMatchObject({ field: ['memberCode'], code: 'UNKNOWN_MEMBER' });
  });

  it('recomputeCostShares: BY_FTE exact; a FIXED split that does not add up is a userError and changes nothing', async () => {
    const fte = await t.execute(RECOMPUTE, { input: { periodId, method: 'BY_FTE', reason: 'board decision' } }, admin);
    const shares = fte.data!.recomputeCostShares.costShares;
    expect(shares.every((c: { method: string }) => c.method === 'BY_FTE')).toBe(true);
    expect(sumAmounts(shares.map((c: { share: { amount: string } }) => c.share.amount), 'CNY')).toBe('1000.00');
    const fixed = await t.execute(RECOMPUTE, { input: { periodId, method: 'FIXED', reason: 'x' } }, admin);
    expect(fixed.data!.recomputeCostShares).toMatchObject({ costShares: null, userErrors: [{ field: ['method'], code: 'COST_SHARE_FAILED' }] });
    const after = await t.execute(AGREEMENTS, { filter: { search: 'Test deal' } }, admin);
    const period = after.data!.agreements.edges[0].node.periods[0];
    expect(period.costShareMethod).toBe('BY_FTE');
    expect(period.costShares.map((c: { share: { amount: string } }) => c.share.amount)).toEqual(shares.map((c: { share: { amount: string } }) => c.share.amount));
  });
});

describe('member IP ranges and entitlements', () => {
  const SET = `mutation($input: SetMemberIpRangesInput!) { setMemberIpRanges(input: $input) { ipRanges userErrors { field code message } } }`;

  it('validates CIDR and refuses overlaps unless allowed with a reason', async () => {
    const bad = await t.execute(SET, { input: { memberCode: 'CN-110000-RUC', ranges: ['10.0.0.1/24', 'nonsense'], reason: 'r' } }, admin);
    expect(bad.data!.setMemberIpRanges.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([['ranges.0', 'INVALID_CIDR'], ['ranges.1', 'INVALID_CIDR']]);
    const overlap = await t.execute(SET, { input: { memberCode: 'CN-110000-RUC', ranges: ['198.51.100.128/25'], reason: 'shared campus' } }, admin);
    expect(overlap.data!.setMemberIpRanges.userErrors).toEqual([
      { field: ['ranges', '0'], code: 'IP_RANGE_OVERLAP', message: expect.stringMatching(/overlaps 198\.51\.100\.0\/24 of CN-310000-FDU/) },
    ]);
    const allowed = await t.execute(SET, { input: { memberCode: 'CN-110000-RUC', ranges: ['198.51.100.128/25', '2001:DB8:99::/48'], allowOverlap: true, reason: 'shared campus' } }, admin);
    expect(allowed.data!.setMemberIpRanges).toEqual({ ipRanges: ['198.51.100.128/25', '2001:db8:99::/48'], userErrors: [] });
    expect(await auditCount('setMemberIpRanges')).toBe(1);
  });

  it("a member's ipRanges and entitlements: its staff, analysts and admins only", async () => {
    const q = `{ member(code: "CN-110000-PKU") { ipRanges entitlements(on: "2026-06-01") { resource { id name } agreement { name } period { startDate } accessMethods share { amount currency } } } }`;
    const own = await t.execute(q, {}, await t.token('member', 'CN-110000-PKU'));
    expect(own.data!.member.ipRanges).toEqual(['192.0.2.0/25', '2001:db8:1::/48']);
    expect(own.data!.member.entitlements.map((e: { resource: { name: string } }) => e.resource.name)).toEqual(expect.arrayContaining(['中国学术期刊全文数据库 (CNKI CAJD)', 'International Core Science Journals (demo package)']));
    const other = await t.execute(q, {}, await t.token('member', 'CN-310000-FDU'));
    expect(other.data!.member).toEqual({ ipRanges: null, entitlements: null });
    expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
