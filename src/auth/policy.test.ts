import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/support/test-db.js';
import { holdings, upsertHoldings } from '../modules/holdings/index.js';
import { importMarc } from '../modules/imports/index.js';
import { createMember, MemberType } from '../modules/members/index.js';
import { insertRecords } from '../modules/records/index.js';
import { assertAdmin, assertCanActOnIll, assertCanReadEvents, canReadEvent, assertCanEditMember, canReadIllRequest, illSideOf, assertCanReadMemberLicensing, can, importsScope, visibleCosts, visibleCostShares, seesDeals, visiblePeriodMoney, type Action } from './policy.js';
import { ANONYMOUS, SYSTEM_VIEWER, type Viewer } from './viewer.js';

const OWN = 'CN-OWN';
const OTHER = 'CN-OTHER';

const viewers: Record<string, Viewer> = {
  anonymous: ANONYMOUS,
  member: { role: 'member', sub: 'staff', memberCode: OWN },
  analyst: { role: 'analyst', sub: 'analyst', memberCode: null },
  admin: { role: 'admin', sub: 'admin', memberCode: null },
  /** API clients of the own member (src/modules/clients): staff within their scopes */
  readClient: { role: 'member', sub: 'client:1', memberCode: OWN, client: { id: 1, scopes: ['READ'] } },
  writeClient: { role: 'member', sub: 'client:2', memberCode: OWN, client: { id: 2, scopes: ['READ', 'MEMBER_WRITE'] } },
};

// role × action × whose member → allowed; the columns are: own member, another member
const table: [role: keyof typeof viewers, action: Action, own: boolean, other: boolean][] = [
  ['anonymous', 'editMember', false, false],
  ['member', 'editMember', true, false],
  ['analyst', 'editMember', false, false],
  ['admin', 'editMember', true, true],
  ['anonymous', 'readMemberLicensing', false, false],
  ['member', 'readMemberLicensing', true, false],
  ['analyst', 'readMemberLicensing', true, true],
  ['admin', 'readMemberLicensing', true, true],
  ['anonymous', 'listMemberImports', false, false],
  ['member', 'listMemberImports', true, false],
  ['analyst', 'listMemberImports', true, true],
  ['admin', 'listMemberImports', true, true],
  ['anonymous', 'readUsage', false, false],
  ['member', 'readUsage', true, false],
  ['analyst', 'readUsage', true, true],
  ['admin', 'readUsage', true, true],
  ['anonymous', 'readIll', false, false],
  ['member', 'readIll', true, false],
  ['analyst', 'readIll', true, true],
  ['admin', 'readIll', true, true],
  ['anonymous', 'readEvents', false, false],
  ['member', 'readEvents', true, false],
  ['analyst', 'readEvents', true, true],
  ['admin', 'readEvents', true, true],
  ['anonymous', 'actOnIll', false, false],
  ['member', 'actOnIll', true, false],
  ['analyst', 'actOnIll', false, false],
  ['admin', 'actOnIll', true, true],
  ['anonymous', 'readAgreements', false, false],
  ['member', 'readAgreements', true, true],
  ['analyst', 'readAgreements', true, true],
  ['admin', 'readAgreements', true, true],
  ['anonymous', 'readDealMoney', false, false],
  ['member', 'readDealMoney', true, false],
  ['analyst', 'readDealMoney', true, true],
  ['admin', 'readDealMoney', true, true],
  ['anonymous', 'analyse', false, false],
  ['member', 'analyse', false, false],
  ['analyst', 'analyse', true, true],
  ['admin', 'analyse', true, true],
  ['anonymous', 'administer', false, false],
  ['member', 'administer', false, false],
  ['analyst', 'administer', false, false],
  ['admin', 'administer', true, true],
  ['anonymous', 'readApiClients', false, false],
  ['member', 'readApiClients', true, false],
  ['analyst', 'readApiClients', false, false],
  ['admin', 'readApiClients', true, true],
  // an API client reads as its member's staff and writes only with MEMBER_WRITE
  ['readClient', 'editMember', false, false],
  ['readClient', 'actOnIll', false, false],
  ['readClient', 'readMemberLicensing', true, false],
  ['readClient', 'readIll', true, false],
  ['writeClient', 'editMember', true, false],
  ['writeClient', 'actOnIll', true, false],
];

describe('the policy table', () => {
  it.each(table)('%s may %s: own member %s, another member %s', (role, action, own, other) => {
    expect(can(viewers[role], action, OWN)).toBe(own);
    expect(can(viewers[role], action, OTHER)).toBe(other);
  });

  it('the CLI runs as an admin', () => {
    for (const action of ['editMember', 'readMemberLicensing', 'listMemberImports', 'analyse', 'administer'] as const) expect(can(SYSTEM_VIEWER, action, OTHER)).toBe(true);
  });
});

describe('what a refusal says', () => {
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return null;
    } catch (err) {
      return { code: (err as { extensions?: { code?: string } }).extensions?.code, message: (err as Error).message };
    }
  };

  it('editing another member', () => {
    expect(codeOf(() => assertCanEditMember(viewers.member, OTHER))).toEqual({ code: 'FORBIDDEN', message: `Your token is for ${OWN}; it may not change the data of ${OTHER}.` });
    expect(codeOf(() => assertCanEditMember(viewers.analyst, OWN))).toEqual({ code: 'FORBIDDEN', message: `Your token is for analyst; it may not change the data of ${OWN}.` });
    expect(codeOf(() => assertCanEditMember(viewers.member, OWN))).toBeNull();
    expect(codeOf(() => assertCanEditMember(viewers.readClient, OWN))).toEqual({ code: 'FORBIDDEN', message: 'This API key may only read (scope READ); changing data needs the scope MEMBER_WRITE.' });
    expect(codeOf(() => assertCanActOnIll(viewers.readClient, 'REQUESTER', OWN, OTHER))).toEqual({ code: 'FORBIDDEN', message: 'This API key may only read (scope READ); changing data needs the scope MEMBER_WRITE.' });
    expect(codeOf(() => assertCanEditMember(viewers.writeClient, OWN))).toBeNull();
  });

  it("reading another member's licensing", () => {
    expect(codeOf(() => assertCanReadMemberLicensing(ANONYMOUS, OWN))).toEqual({ code: 'UNAUTHENTICATED', message: `Sign in first: ${OWN}'s entitlements, costs and IP ranges are for its staff, analysts and admins.` });
    expect(codeOf(() => assertCanReadMemberLicensing(viewers.member, OTHER))).toEqual({ code: 'FORBIDDEN', message: `Your token is for ${OWN}; it may not read ${OTHER}'s entitlements, costs or IP ranges.` });
  });

  it('admin-only actions, as the @Authorized gate words them', () => {
    expect(codeOf(() => assertAdmin(ANONYMOUS))).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in first: this needs a bearer token with role admin.' });
    expect(codeOf(() => assertAdmin(viewers.analyst))).toEqual({ code: 'FORBIDDEN', message: 'Your role (analyst) may not do this; it needs admin.' });
  });

  it("listing imports: member staff are held to their own member's", () => {
    expect(importsScope(viewers.member, null)).toBe(OWN);
    expect(importsScope(viewers.member, OWN)).toBe(OWN);
    expect(codeOf(() => importsScope(viewers.member, OTHER))).toEqual({ code: 'FORBIDDEN', message: `Your token is for ${OWN}; it may not list the loads of ${OTHER}.` });
    expect(importsScope(viewers.analyst, null)).toBeNull();
    expect(importsScope(viewers.admin, OTHER)).toBe(OTHER);
  });
});

describe('ILL sides', () => {
  it('member staff act for their side only; admins act as the office; analysts and the anonymous for none', () => {
    expect(illSideOf(viewers.member, OWN, OTHER)).toBe('REQUESTER');
    expect(illSideOf(viewers.member, OTHER, OWN)).toBe('SUPPLIER');
    expect(illSideOf(viewers.member, OTHER, 'CN-THIRD')).toBeNull();
    expect(illSideOf(viewers.admin, OTHER, OWN)).toBe('OFFICE');
    expect(illSideOf(viewers.analyst, OWN, OTHER)).toBeNull();
    expect(illSideOf(viewers.anonymous, OWN, OTHER)).toBeNull();
  });

  it("refuses a supplier's action by the requester, and the reverse, naming the side", () => {
    expect(() => assertCanActOnIll(viewers.member, 'SUPPLIER', OWN, OTHER)).toThrow(`Your token is for ${OWN}; this action is for the supplier asked now (${OTHER}).`);
    expect(() => assertCanActOnIll(viewers.member, 'REQUESTER', OTHER, OWN)).toThrow(`Your token is for ${OWN}; this action is for the requester (${OTHER}).`);
    expect(() => assertCanActOnIll(viewers.member, 'REQUESTER', OWN, OTHER)).not.toThrow();
    expect(() => assertCanActOnIll(viewers.admin, 'SUPPLIER', OWN, OTHER)).not.toThrow();
  });

  it('lets staff of the requester or of a rota member read a request, and analysts all', () => {
    expect(canReadIllRequest(viewers.member, OTHER, ['CN-THIRD', OWN])).toBe(true);
    expect(canReadIllRequest(viewers.member, OTHER, ['CN-THIRD'])).toBe(false);
    expect(canReadIllRequest(viewers.analyst, OTHER, [])).toBe(true);
    expect(canReadIllRequest(viewers.anonymous, OWN, [OWN])).toBe(false);
  });
});

describe('events', () => {
  it("tells member staff of events naming their member only, analysts and admins of all", () => {
    expect(canReadEvent(viewers.member, [OTHER, OWN])).toBe(true);
    expect(canReadEvent(viewers.member, [OTHER])).toBe(false);
    expect(canReadEvent(viewers.member, [])).toBe(false);
    expect(canReadEvent(viewers.analyst, [])).toBe(true);
    expect(canReadEvent(ANONYMOUS, [OWN])).toBe(false);
  });

  it("refuses a subscription to another member's events, or to everyone's, naming what was asked", () => {
    expect(() => assertCanReadEvents(viewers.member, OWN)).not.toThrow();
    expect(() => assertCanReadEvents(viewers.member, OTHER)).toThrow(`Your token is for ${OWN}; it may not receive the events of ${OTHER}.`);
    expect(() => assertCanReadEvents(viewers.member, null)).toThrow("it may not receive every member's events");
    expect(() => assertCanReadEvents(ANONYMOUS, OWN)).toThrow('Sign in first');
    expect(() => assertCanReadEvents(viewers.admin, null)).not.toThrow();
  });
});

describe('redaction of costs', () => {
  const row = { memberCode: OTHER, shareAmount: '100.00', paymentStatus: 'PAID', invoiceReference: 'INV-1' };

  it("blanks another member's amount, payment and invoice, and keeps one's own", () => {
    expect(visibleCosts(viewers.member, OTHER, row)).toEqual({ ...row, shareAmount: null, paymentStatus: null, invoiceReference: null });
    expect(visibleCosts(viewers.member, OTHER, row)).not.toBe(row);
    expect(visibleCosts({ ...viewers.member, memberCode: OTHER }, OTHER, row)).toBe(row);
    expect(visibleCosts(viewers.analyst, OTHER, row)).toBe(row);
  });

  it("shows a period's shares: all to analysts, one's own to member staff, none to anonymous", () => {
    const shares = [{ memberCode: OWN }, { memberCode: OTHER }];
    expect(visibleCostShares(viewers.analyst, shares, (s) => s.memberCode)).toEqual(shares);
    expect(visibleCostShares(viewers.member, shares, (s) => s.memberCode)).toEqual([{ memberCode: OWN }]);
    expect(visibleCostShares(ANONYMOUS, shares, (s) => s.memberCode)).toEqual([]);
  });
});

describe('deals reached from a public answer', () => {
  const total = { amount: '450000.00', currency: 'USD' };
  it('shows the deal to any signed-in viewer and not to the anonymous', () => {
    expect(seesDeals(ANONYMOUS)).toBe(false);
    for (const role of ['member', 'analyst', 'admin'] as const) expect(seesDeals(viewers[role])).toBe(true);
  });
  it("shows a period's total cost to analysts, admins and the staff of a member taking part", () => {
    expect(visiblePeriodMoney(viewers.member, [OTHER, OWN], total)).toBe(total);
    expect(visiblePeriodMoney(viewers.member, [OTHER, null], total)).toBeNull();
    expect(visiblePeriodMoney(viewers.member, [], total)).toBeNull();
    expect(visiblePeriodMoney(ANONYMOUS, [OWN], total)).toBeNull();
    expect(visiblePeriodMoney(viewers.analyst, [], total)).toBe(total);
    expect(visiblePeriodMoney(viewers.admin, [], total)).toBe(total);
  });
});

// Services decide with the viewer they are given, so a caller without HTTP (the CLI, a script) is
// held to the same rules: here a member's staff call services directly for another member.
describe('services apply the policy without HTTP', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    for (const code of [OWN, OTHER]) {
      const r = await createMember(t.database.db, SYSTEM_VIEWER, { code, name: code, type: MemberType.UNIVERSITY });
      expect(r.userErrors).toEqual([]);
    }
    await insertRecords(t.database.db, [{ title: 'A book', isbns: ['9780306406157'] }]);
  });
  afterAll(() => t?.close());

  it("refuses a member's staff changing another member's holdings, and writes nothing", async () => {
    const attempt = upsertHoldings(t.database.db, viewers.member, OTHER, [{ localId: 'h1', isbn: '9780306406157' }]);
    await expect(attempt).rejects.toMatchObject({ message: `Your token is for ${OWN}; it may not change the data of ${OTHER}.`, extensions: { code: 'FORBIDDEN' } });
    expect(await t.database.db.select().from(holdings)).toEqual([]);
  });

  it("refuses a member's staff loading MARC records for another member", async () => {
    const bytes = Buffer.from('<collection xmlns="http://www.loc.gov/MARC21/slim"></collection>');
    const attempt = importMarc(t.database.db, viewers.member, [{ name: 'upload', source: { bytes } }], {
      memberCode: OTHER, format: 'marcxml', dialect: 'auto', encoding: 'auto', replace: false, via: 'cli', actor: 'staff',
    });
    await expect(attempt).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses a member creating a member, as the API would', async () => {
    await expect(createMember(t.database.db, viewers.member, { code: 'CN-NEW', name: 'New', type: MemberType.PUBLIC })).rejects.toMatchObject({
      message: 'Your role (member) may not do this; it needs admin.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('lets the CLI (the system viewer) do what an admin may', async () => {
    const r = await upsertHoldings(t.database.db, SYSTEM_VIEWER, OTHER, [{ localId: 'h1', isbn: '9780306406157' }]);
    expect(r.userErrors).toEqual([]);
    expect(await t.database.db.select().from(holdings)).toHaveLength(1);
  });
});
