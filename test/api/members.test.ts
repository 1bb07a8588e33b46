/** The member directory: look-ups, filters, the tree, and the office's admin writes with audit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.token('admin');
});
afterAll(() => t?.close());

const LIST = `query($filter: MemberFilter, $first: Int) { members(filter: $filter, first: $first) { totalCount edges { node { code name nameEn type region } } } }`;
const codes = async (filter: Record<string, unknown>) =>
  ((await t.execute(LIST, { filter, first: 100 })).data!.members.edges as { node: { code: string } }[]).map((e) => e.node.code);

describe('reading the directory', () => {
  it('finds a member by ISIL with its names, type, location and lending policy', async () => {
    const r = await t.execute(`{ member(code: "CN-110000-PKU") { code name nameEn type status lendsForIll location { lat lon } fte symbols { scheme value } } }`);
    expect(r.data!.member).toMatchObject({ code: 'CN-110000-PKU', name: '北京大学图书馆', nameEn: 'Peking University Library', type: 'UNIVERSITY', status: 'ACTIVE', lendsForIll: true });
    expect(r.data!.member.location.lat).toBeCloseTo(39.99, 1);
    expect((await t.execute(`{ member(code: "CN-NOPE") { code } }`)).data!.member).toBeNull();
  });

  it('search matches Chinese or English name substrings', async () => {
    expect(await codes({ search: '北京大学' })).toContain('CN-110000-PKU');
    expect(await codes({ search: 'peking univ' })).toContain('CN-110000-PKU');
    expect(await codes({ search: '复旦' })).toEqual(['CN-310000-FDU', 'CN-310000-FDUMD']);
  });

  it('filters by type, region and parent, combined with AND', async () => {
    const centres = await codes({ type: 'CENTRE' });
    expect(centres.length).toBeGreaterThanOrEqual(3);
    const beijingUniversities = await codes({ type: 'UNIVERSITY', region: 'beijing' });
    expect(beijingUniversities).toContain('CN-110000-PKU');
    expect(beijingUniversities.every((c) => c.startsWith('CN-110000'))).toBe(true);
    const underRoot = await codes({ parentCode: 'CN-CULSC' });
    expect(underRoot.sort()).toEqual(centres.sort());
  });

  it('walks the tree: parent, children and ancestors up to the consortium root', async () => {
    const r = await t.execute(`{ member(code: "CN-110000-PKU") { parent { code type children { code } } ancestors { code type } } }`);
    const m = r.data!.member;
    expect(m.parent.type).toBe('CENTRE');
    expect(m.parent.children.map((c: { code: string }) => c.code)).toContain('CN-110000-PKU');
    expect(m.ancestors.map((a: { type: string }) => a.type)).toEqual(['CENTRE', 'CONSORTIUM']);
    expect((await t.execute(`{ member(code: "CN-CULSC") { parent { code } ancestors { code } } }`)).data!.member).toEqual({ parent: null, ancestors: [] });
  });
});

const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { code name parent { code } } userErrors { field message code } } }`;
const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { code name region parent { code } } userErrors { field message code } } }`;

describe('admin writes', () => {
  it('creates a member under a parent and audits it with the reason', async () => {
    const r = await t.execute(CREATE, { input: { code: 'CN-650000-XJU', name: '新疆大学图书馆', nameEn: 'Xinjiang University Library', type: 'UNIVERSITY', region: 'Xinjiang', parentCode: 'CN-CULSC', location: { lat: 43.77, lon: 87.61 }, reason: 'joined 2026' } }, admin);
    expect(r.data!.createMember).toEqual({ member: { code: 'CN-650000-XJU', name: '新疆大学图书馆', parent: { code: 'CN-CULSC' } }, userErrors: [] });
    const memberId = (await t.execute(`{ member(code: "CN-650000-XJU") { id } }`)).data!.member.id;
    const log = await t.execute(`query($id: ID) { auditLog(filter: { entityId: $id }) { edges { node { action reason actor before after } } } }`, { id: memberId }, admin);
    expect(log.data!.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { action: 'createMember', reason: 'joined 2026', actor: 'admin', before: null, after: expect.objectContaining({ code: 'CN-650000-XJU', name: '新疆大学图书馆', parentCode: 'CN-CULSC' }) },
    ]);
  });

  it('reports a bad ISIL, a duplicate code and an unknown parent as userErrors, writing nothing', async () => {
    const bad = await t.execute(CREATE, { input: { code: 'CN 北大', name: 'x', type: 'UNIVERSITY' } }, admin);
    expect(bad.data!.createMember.userErrors).toEqual([{ field: ['code'], code: 'INVALID_ISIL', message: expect.stringMatching(/may only contain/) }]);
    const dup = await t.execute(CREATE, { input: { code: 'CN-110000-PKU', name: 'x', type: 'UNIVERSITY', parentCode: 'CN-NOWHERE' } }, admin);
    expect(dup.data!.createMember.userErrors.map((e: { code: string }) => e.code).sort()).toEqual(['DUPLICATE_CODE', 'UNKNOWN_MEMBER']);
    expect(dup.data!.createMember.member).toBeNull();
    expect((await t.execute(`{ member(code: "CN-110000-PKU") { name } }`)).data!.member.name).toBe('北京大学图书馆');
  });

  it('refuses a parent that would make a cycle', async () => {
    const r = await t.execute(UPDATE, { input: { code: 'CN-CULSC', parentCode: 'CN-110000-PKU', reason: 'test' } }, admin);
    expect(r.data!.updateMember.userErrors).toEqual([{ field: ['parentCode'], code: 'PARENT_CYCLE', message: expect.stringMatching(/cycle/) }]);
    const self = await t.execute(UPDATE, { input: { code: 'CN-110000-PKU', parentCode: 'CN-110000-PKU' } }, admin);
    expect(self.data!.updateMember.userErrors[0].code).toBe('PARENT_CYCLE');
  });

  it('updates only the given fields, keeps search in step, and records before/after in the audit log', async () => {
    const r = await t.execute(UPDATE, { input: { code: 'CN-650000-XJU', name: '新疆大学图书馆（博达校区）', reason: 'renamed' } }, admin);
    expect(r.data!.updateMember).toEqual({ member: { code: 'CN-650000-XJU', name: '新疆大学图书馆（博达校区）', region: 'Xinjiang', parent: { code: 'CN-CULSC' } }, userErrors: [] });
    expect(await codes({ search: '博达校区' })).toEqual(['CN-650000-XJU']);
    const memberId = (await t.execute(`{ member(code: "CN-650000-XJU") { id } }`)).data!.member.id;
    const log = await t.execute(`query($id: ID) { auditLog(first: 5, filter: { entityId: $id }) { edges { node { action entityType entityId before after reason } } } }`, { id: memberId }, admin);
    expect(log.data!.auditLog.edges[0].node).toEqual({
      action: 'updateMember', entityType: 'Member', entityId: memberId, reason: 'renamed',
      before: { code: 'CN-650000-XJU', name: '新疆大学图书馆' }, after: { code: 'CN-650000-XJU', name: '新疆大学图书馆（博达校区）' },
    });
  });

  it('is for admins only', async () => {
    const member = await t.token('member', 'CN-110000-PKU');
    const r = await t.execute(UPDATE, { input: { code: 'CN-110000-PKU', name: 'hijacked' } }, member);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await t.execute(CREATE, { input: { code: 'CN-1-X', name: 'x', type: 'PUBLIC' } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
