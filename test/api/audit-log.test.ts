/**
 * The audit log as an admin reads it over HTTP: every admin change leaves an entry with who, when,
 * the entity's global ID, the values before and after, and the reason; the list filters and pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/auth/tokens.js';
import { addMember, loadBooks } from '../support/marc-books.js';
import { startTestApp, TEST_TOKENS, type TestApp } from '../support/test-app.js';

const LOG = `query($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { at actor role action entityType entityId entityKey before after reason } }
    pageInfo { hasNextPage endCursor }
  } }`;

interface Entry {
  at: string;
  actor: string;
  role: string;
  action: string;
  entityType: string;
  entityId: string | null;
  entityKey: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

let t: TestApp;
let admin: string;
let office2: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('admin');
  office2 = await issueToken(TEST_TOKENS, { role: 'admin', sub: 'office-2', ttlSeconds: 600 });
  // two members' records of one work, loaded through the import service, for merge and split
  await addMember(t.database.db, 'CN-T-AUDA');
  await addMember(t.database.db, 'CN-T-AUDB');
  await loadBooks(t.database.db, 'CN-T-AUDA', [{ id: 'a1', title: 'Audit Trails', isbn: '9780306406157', year: 2001 }]);
  await loadBooks(t.database.db, 'CN-T-AUDB', [{ id: 'b1', title: 'Audit Trails (reprint)', isbn: '9780262033848', year: 2002 }]);
});
afterAll(() => t?.close());

async function log(variables: Record<string, unknown> = {}, token = admin) {
  const r = await t.execute(LOG, variables, token);
  expect(r.errors).toBeUndefined();
  return r.data!.auditLog as { totalCount: number; edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const latest = async () => (await log({ first: 1 })).edges[0].node;

/** Runs an admin mutation that must succeed, and returns its payload. */
async function change(name: string, inputType: string, input: Record<string, unknown>, selection: string, token = admin) {
  const r = await t.execute(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`, { input }, token);
  expect(r.errors).toBeUndefined();
  expect(r.data![name].userErrors).toEqual([]);
  return r.data![name];
}

describe('every admin change writes an entry with before and after', () => {
  const ids: Record<string, string> = {};

  it('members: create, update, IP ranges', async () => {
    const created = await change('createMember', 'CreateMemberInput', { code: 'CN-T-AUD1', name: '审计图书馆', type: 'PUBLIC', reason: 'joined' }, 'member { id }');
    ids.member = created.member.id;
    expect(await latest()).toMatchObject({ actor: 'admin', role: 'admin', action: 'createMember', entityType: 'Member', entityId: ids.member, before: null, after: { code: 'CN-T-AUD1', name: '审计图书馆', type: 'PUBLIC' }, reason: 'joined' });
    await change('updateMember', 'UpdateMemberInput', { code: 'CN-T-AUD1', newCode: 'CN-T-AUD2', fte: 1200, reason: 'renamed' }, 'member { id }');
    expect(await latest()).toMatchObject({ action: 'updateMember', entityId: ids.member, before: { code: 'CN-T-AUD1', fte: null }, after: { code: 'CN-T-AUD2', fte: 1200 }, reason: 'renamed' });
    await change('setMemberIpRanges', 'SetMemberIpRangesInput', { memberCode: 'CN-T-AUD2', ranges: ['198.18.0.0/24'], reason: 'new campus' }, 'ipRanges');
    expect(await latest()).toMatchObject({ action: 'setMemberIpRanges', entityId: ids.member, before: { ipRanges: [] }, after: { ipRanges: ['198.18.0.0/24'] }, reason: 'new campus' });
  });

  it('resources and their title lists', async () => {
    const created = await change('createResource', 'CreateResourceInput', { name: 'Audit Journals', contentType: 'JOURNALS', reason: 'licensed' }, 'resource { id }');
    ids.resource = created.resource.id;
    expect(await latest()).toMatchObject({ action: 'createResource', entityType: 'Resource', entityId: ids.resource, before: null, after: { name: 'Audit Journals', contentType: 'JOURNALS' } });
    const kbart = 'publication_title\tprint_identifier\tonline_identifier\ttitle_id\nAudit Quarterly\t0028-0836\t\tAQ\n';
    await change('importKbart', 'ImportKbartInput', { resourceId: ids.resource, kbart, reason: 'vendor list' }, 'summary { added }');
    expect(await latest()).toMatchObject({ action: 'importKbart', entityId: ids.resource, before: { titleCount: 0 }, after: { titleCount: 1, added: 1 }, reason: 'vendor list' });
  });

  it('agreements, periods, licence terms', async () => {
    const created = await change('createAgreement', 'CreateAgreementInput', { name: 'Audit deal', vendor: 'V', resourceIds: [ids.resource], status: 'ACTIVE', reason: 'signed' }, 'agreement { id }');
    ids.agreement = created.agreement.id;
    expect(await latest()).toMatchObject({ action: 'createAgreement', entityType: 'Agreement', entityId: ids.agreement, before: null, after: { name: 'Audit deal', status: 'ACTIVE' } });
    const period = await change('addAgreementPeriod', 'AddAgreementPeriodInput', { agreementId: ids.agreement, startDate: '2026-01-01', endDate: '2026-12-31', totalCost: { amount: '1000', currency: 'CNY' }, reason: 'year one' }, 'period { id }');
    ids.period = period.period.id;
    expect(await latest()).toMatchObject({ action: 'addAgreementPeriod', entityType: 'AgreementPeriod', entityId: ids.period, before: null, after: { startDate: '2026-01-01', totalAmount: '1000.00', currency: 'CNY' } });
    await change('setLicenceTerms', 'SetLicenceTermsInput', { agreementId: ids.agreement, terms: [{ type: 'WALK_IN_ACCESS', value: 'PERMITTED' }], reason: 'clause 4' }, 'agreement { id }');
    expect(await latest()).toMatchObject({ action: 'setLicenceTerms', entityId: ids.agreement, before: { WALK_IN_ACCESS: null }, after: { WALK_IN_ACCESS: { value: 'PERMITTED', note: null } } });
  });

  it('entitlements and cost shares: each member share before and after', async () => {
    await change('assignEntitlement', 'AssignEntitlementInput', { periodId: ids.period, memberCode: 'CN-T-AUD2', reason: 'joins' }, 'costShares { share { amount } }');
    expect(await latest()).toMatchObject({ action: 'assignEntitlement', entityType: 'AgreementPeriod', entityId: ids.period, before: { member: 'CN-T-AUD2', entry: null, shares: {} }, after: { member: 'CN-T-AUD2', shares: { 'CN-T-AUD2': '1000.00' } } });
    await change('assignEntitlement', 'AssignEntitlementInput', { periodId: ids.period, memberCode: 'CN-110000-PKU', reason: 'joins' }, 'costShares { share { amount } }');
    expect((await latest()).after).toMatchObject({ shares: { 'CN-T-AUD2': '500.00', 'CN-110000-PKU': '500.00' } });
    await change('recomputeCostShares', 'RecomputeCostSharesInput', { periodId: ids.period, method: 'BY_FTE', reason: 'by size' }, 'costShares { share { amount } }');
    const recomputed = await latest();
    expect(recomputed).toMatchObject({ action: 'recomputeCostShares', before: { method: 'EQUAL', shares: { 'CN-T-AUD2': '500.00' } }, after: { method: 'BY_FTE' } });
    await change('removeEntitlement', 'RemoveEntitlementInput', { periodId: ids.period, memberCode: 'CN-110000-PKU', reason: 'leaves' }, 'costShares { share { amount } }');
    expect(await latest()).toMatchObject({ action: 'removeEntitlement', before: { entry: { paymentStatus: 'DUE' } }, after: { entry: null, shares: { 'CN-T-AUD2': '1000.00' } } });
  });

  it('merges and splits of records', async () => {
    const find = async (isbn: string) => (await t.execute(`query($isbn: String) { records(filter: { isbn: $isbn }) { edges { node { id sources { id } } } } }`, { isbn })).data!.records.edges[0].node;
    const a = await find('9780306406157');
    const b = await find('9780262033848');
    await change('mergeRecords', 'MergeRecordsInput', { targetRecordId: a.id, recordIds: [b.id], reason: 'same work' }, 'record { id }');
    const merged = await latest();
    expect(merged).toMatchObject({ action: 'mergeRecords', entityType: 'Record', entityId: a.id, reason: 'same work' });
    expect(merged.before!.records).toHaveLength(2);
    expect(merged.after!.merged).toHaveLength(1);
    await change('splitRecord', 'SplitRecordInput', { recordId: a.id, sourceIds: [b.sources[0].id], reason: 'different edition' }, 'record { id }');
    const split = await latest();
    expect(split).toMatchObject({ action: 'splitRecord', entityId: a.id, reason: 'different edition' });
    expect((split.before!.sources as number[]).length).toBe(2);
    expect((split.after!.sources as number[]).length).toBe(1);
    expect(split.after!.newRecord).toEqual(expect.any(Number));
  });

  it('a change that fails leaves no entry', async () => {
    const before = (await log({ first: 1 })).totalCount;
    const r = await t.execute(`mutation { createMember(input: { code: "CN-T-AUD2", name: "dup", type: PUBLIC }) { userErrors { code } } }`, {}, admin);
    expect(r.data!.createMember.userErrors).toEqual([{ code: 'DUPLICATE_CODE' }]);
    expect((await log({ first: 1 })).totalCount).toBe(before);
  });
});

describe('reading the log', () => {
  it('filters by actor, entity (global ID) and type, combined with AND', async () => {
    await change('updateMember', 'UpdateMemberInput', { code: 'CN-T-AUD2', region: 'Audit', reason: 'by the second office' }, 'member { id }', office2);
    const byActor = await log({ filter: { actor: 'office-2' } });
    expect(byActor.edges.map((e) => [e.node.actor, e.node.action])).toEqual([['office-2', 'updateMember']]);
    const memberId = (await t.execute(`{ member(code: "CN-T-AUD2") { id } }`)).data!.member.id;
    const ofMember = await log({ filter: { entityId: memberId } });
    expect(ofMember.edges.map((e) => e.node.action)).toEqual(['updateMember', 'setMemberIpRanges', 'updateMember', 'createMember']);
    expect(ofMember.totalCount).toBe(4);
    expect((await log({ filter: { entityId: memberId, actor: 'admin' } })).totalCount).toBe(3);
    expect((await log({ filter: { entityType: 'AgreementPeriod' } })).edges.every((e) => e.node.entityType === 'AgreementPeriod')).toBe(true);
  });

  it('filters by time: from inclusive, to exclusive, splitting the log in two', async () => {
    const all = await log({ first: 100 });
    const middle = all.edges[Math.floor(all.edges.length / 2)].node.at;
    const from = await log({ first: 100, filter: { from: middle } });
    const to = await log({ first: 100, filter: { to: middle } });
    expect(from.totalCount + to.totalCount).toBe(all.totalCount);
    expect(from.edges.every((e) => e.node.at >= middle)).toBe(true);
    expect(to.edges.every((e) => e.node.at < middle)).toBe(true);
  });

  it('pages newest first with opaque cursors', async () => {
    const first = await log({ first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await log({ first: 3, after: first.pageInfo.endCursor });
    const all = await log({ first: 6 });
    expect([...first.edges, ...next.edges].map((e) => e.node)).toEqual(all.edges.map((e) => e.node));
    const times = all.edges.map((e) => e.node.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('refuses a filter entityId that is not a global ID, or is not of the entityType given', async () => {
    const bad = await t.execute(LOG, { filter: { entityId: 'nonsense' } }, admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const memberId = (await t.execute(`{ member(code: "CN-T-AUD2") { id } }`)).data!.member.id;
    const mismatch = await t.execute(LOG, { filter: { entityId: memberId, entityType: 'Resource' } }, admin);
    expect(mismatch.errors?.[0]).toMatchObject({ message: 'filter.entityId is a Member, not a Resource', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is for admins only', async () => {
    expect((await t.execute(LOG, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const token of [await t.token('analyst'), await t.token('member', 'CN-110000-PKU')]) expect((await t.execute(LOG, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
