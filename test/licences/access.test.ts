/** accessCheck and the exports on the demo deals: every denial reason, who may ask what. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consortiumToday } from '../../src/modules/resources/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CHECK = `query($input: AccessCheckInput!) { accessCheck(input: $input) {
  allowed reason message date member { code } entitlement { resource { name } agreement { name } period { startDate endDate } accessMethods share { amount currency } }
  terms { type value note } } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const check = async (input: Record<string, unknown>, token?: string) => {
  const r = await t.execute(CHECK, { input }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.accessCheck;
};

describe('accessCheck by IP (anyone may ask)', () => {
  it('allows a member at its own address, with the entitlement and terms, and hides the deal and costs from the anonymous', async () => {
    const r = await check({ issn: '0028-0836', ip: '192.0.2.10', date: '2026-06-01' });
    expect(r).toMatchObject({
      allowed: true, reason: null, date: '2026-06-01', member: { code: 'CN-110000-PKU' },
      entitlement: { resource: { name: 'International Core Science Journals (demo package)' }, agreement: null, period: null, accessMethods: ['IP', 'SSO'], share: null },
    });
    const signedIn = await check({ issn: '0028-0836', ip: '192.0.2.10', date: '2026-06-01' }, await t.token('member', 'CN-310000-FDU'));
    expect(signedIn.entitlement).toMatchObject({ agreement: { name: 'International e-journal package 2026' }, period: { startDate: '2026-01-01', endDate: '2026-12-31' }, share: null });
    expect(r.terms).toContainEqual({ type: 'REMOTE_ACCESS', value: 'PERMITTED', note: null });
    expect(r.message).toMatch(/may use ISSN 0028-0836/);
  });

  it('answers the same for online ISSN, no hyphen, IPv6 and IPv4-mapped addresses', async () => {
    expect((await check({ issn: '14764687', ip: '::ffff:192.0.2.10', date: '2026-06-01' })).member.code).toBe('CN-110000-PKU');
    expect(await check({ issn: '1476-4687', ip: '2001:db8:10::5', date: '2026-06-01' })).toMatchObject({ allowed: true, member: { code: 'CN-110000-NSLC' } });
  });

  it('gives each denial reason', async () => {
    expect(await check({ issn: '0028-0836', ip: '10.1.2.3', date: '2026-06-01' })).toMatchObject({ allowed: false, reason: 'IP_NOT_IN_RANGE', member: null, entitlement: null, terms: [] });
    expect(await check({ issn: '0028-0836', ip: '203.0.113.5', date: '2026-06-01' })).toMatchObject({ allowed: false, reason: 'NO_ENTITLEMENT', member: { code: 'CN-310000-SJTU' } }); // SJTU takes CNKI only
    expect(await check({ issn: '0028-0836', ip: '192.0.2.10', date: '2027-03-01' }, await t.token('analyst'))).toMatchObject({ allowed: false, reason: 'OUTSIDE_PERIOD', entitlement: { period: { startDate: '2026-01-01' } } });
    expect(await check({ issn: '0092-8674', ip: '192.0.2.10', date: '2026-06-01', publishedOn: '2021-01-01' })).toMatchObject({ allowed: false, reason: 'OUTSIDE_COVERAGE' }); // Cell: to 2019
    expect(await check({ issn: '0036-8075', ip: '192.0.2.10', date: '2026-06-01', publishedOn: '2026-01-15' })).toMatchObject({ allowed: false, reason: 'EMBARGOED' }); // Science: P1Y
    expect(await check({ issn: '0036-8075', ip: '192.0.2.10', date: '2026-06-01', publishedOn: '2025-05-01' })).toMatchObject({ allowed: true, reason: null });
    expect(await check({ issn: '2049-3630', ip: '192.0.2.10', date: '2026-06-01' })).toMatchObject({ allowed: false, reason: 'NO_ENTITLEMENT', message: 'no licensed resource carries ISSN 2049-3630' });
  });

  it('defaults the date to today in the consortium time zone', async () => {
    expect((await check({ issn: '1002-4921', ip: '192.0.2.10' })).date).toBe(consortiumToday());
  });

  it('checks a resource by ID', async () => {
    const { data } = await t.execute(`{ resources(first: 1) { edges { node { id } } } }`);
    const resourceId = data!.resources.edges[0].node.id;
    expect(await check({ resourceId, ip: '203.0.113.5', date: '2026-06-01' })).toMatchObject({ allowed: true, member: { code: 'CN-310000-SJTU' } });
  });

  it('refuses input that names no resource or no member, top level', async () => {
    const r = await t.execute(CHECK, { input: { issn: '0028-0836', isbn: '9787111213826', ip: '192.0.2.10' } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.execute(CHECK, { input: { issn: '0028-0836' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.execute(CHECK, { input: { issn: '0028-0836', ip: '300.1.1.1' } })).errors?.[0].message).toMatch(/not an IPv4 address/);
  });
});

describe('accessCheck by memberCode', () => {
  it("is for that member's staff, analysts and admins; staff see their own share", async () => {
    const input = { issn: '1002-4921', memberCode: 'CN-110000-PKU', date: '2026-06-01' };
    expect((await t.execute(CHECK, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.execute(CHECK, { input }, await t.token('member', 'CN-310000-FDU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await check(input, await t.token('member', 'CN-110000-PKU'));
    expect(own).toMatchObject({ allowed: true, entitlement: { share: { currency: 'CNY', amount: expect.stringMatching(/^\d+\.\d{2}$/) } } });
    expect((await check(input, await t.token('analyst'))).allowed).toBe(true);
  });

  it('with both memberCode and ip, the address must be that member\'s', async () => {
    const r = await check({ issn: '1002-4921', memberCode: 'CN-110000-PKU', ip: '198.51.100.7', date: '2026-06-01' }, await t.token('admin'));
    expect(r).toMatchObject({ allowed: false, reason: 'IP_NOT_IN_RANGE' });
  });
});

describe('exports', () => {
  it("a resource's IP activation list as CSV, for analysts and admins", async () => {
    const q = `query($d: Date) { resources(first: 1) { edges { node { ipActivationList(date: $d) } } } }`;
    expect((await t.execute(q, { d: '2026-06-01' }, await t.token('member', 'CN-110000-PKU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await t.execute(q, { d: '2026-06-01' }, await t.token('analyst'));
    const csv: string = r.data!.resources.edges[0].node.ipActivationList;
    expect(csv.split('\r\n')).toEqual([
      'member_code,member_name,member_name_en,cidr',
      'CN-110000-PKU,北京大学图书馆,Peking University Library,192.0.2.0/25',
      'CN-110000-PKU,北京大学图书馆,Peking University Library,2001:db8:1::/48',
      'CN-110000-THU,清华大学图书馆,Tsinghua University Library,192.0.2.128/25',
      'CN-310000-FDU,复旦大学图书馆,Fudan University Library,198.51.100.0/24',
      'CN-310000-SJTU,上海交通大学图书馆,Shanghai Jiao Tong University Library,203.0.113.0/25',
      'CN-320000-NJU,南京大学图书馆,Nanjing University Library,203.0.113.192/26',
      'CN-330000-ZJU,浙江大学图书馆,Zhejiang University Library,203.0.113.128/26',
      '',
    ]);
  });

  it("a member's entitled titles as KBART, for its staff", async () => {
    const q = `{ member(code: "CN-110000-PKU") { entitledTitlesKbart(date: "2026-06-01") } }`;
    expect((await t.execute(q, {}, await t.token('member', 'CN-310000-FDU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const kbart: string = (await t.execute(q, {}, await t.token('member', 'CN-110000-PKU'))).data!.member.entitledTitlesKbart;
    const lines = kbart.trimEnd().split('\n');
    expect(lines[0].split('\t')).toHaveLength(25);
    expect(lines[0].startsWith('publication_title\tprint_identifier\tonline_identifier')).toBe(true);
    expect(lines).toHaveLength(1 + 4 + 5); // CNKI's 4 titles and the package's 5
    expect(lines.find((l) => l.startsWith('Science\t'))!.split('\t')[12]).toBe('P1Y');
  });
});
