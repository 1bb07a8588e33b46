/**
 * Who may read or change what, per member: the one place it is decided. Services call it with the
 * viewer before they read or write (so the API and the CLI, which runs as SYSTEM_VIEWER, get the same
 * answer); resolvers keep only their `@Authorized` role gate, which asks `requireRole` here too.
 *
 * What a viewer may see follows two rules (README, "What each viewer sees"): asking for what one may
 * not ask for (an operation, an argument naming another member, a field that exists only to show a
 * member's licensing) is an UNAUTHENTICATED/FORBIDDEN error there; restricted values inside an answer
 * one may get (costs, a deal reached from a public answer, a period's money) come back null through
 * the visible* helpers below, which the field resolvers call wherever the object is reached from.
 *
 * The error messages are part of the API (clients and tests read them): change them only on purpose.
 */
import { apiError, forbidden } from '../graphql/errors.js';
import type { Role, Viewer } from './viewer.js';

/** What a viewer may be asked about. Per-member actions name the member (its ISIL). */
export type Action =
  /** change a member's holdings, load its MARC records */
  | 'editMember'
  /** read a member's entitlements, cost shares (amounts, payment, invoice) and IP ranges */
  | 'readMemberLicensing'
  /** list a member's MARC loads (imports) */
  | 'listMemberImports'
  /** read COUNTER usage and the analytics over it: a member's own (staff), everyone's (analysts, admins); memberCode null = all members */
  | 'readUsage'
  /** read deals (agreements, periods, licence notes): any signed-in user */
  | 'readAgreements'
  /** see a deal's money (a period's total cost): analysts, admins, and staff of a member taking part in it */
  | 'readDealMoney'
  /** ILL: read a member's requests (as requester or supplier), its statement and figures: its staff, analysts, admins; memberCode null = the whole network */
  | 'readIll'
  /** ILL: act on a request for a member (its side: requester or supplier): that member's staff, and admins as the office */
  | 'actOnIll'
  /** events (webhooks, subscriptions, the outbox) about a member: its staff, analysts, admins; memberCode null = every member's */
  | 'readEvents'
  /** API clients (keys, limits, request statistics): every client for admins; a member's own clients for its staff; memberCode null = every client */
  | 'readApiClients'
  /** consortium-wide analysis: renewals due, vendors' IP activation lists */
  | 'analyse'
  /** the consortium office: members, resources, agreements, entitlements, IP ranges, merge/split */
  | 'administer';

const OWN_STAFF_ANALYST_ADMIN = (viewer: Viewer, memberCode: string) =>
  viewer.role === 'admin' || viewer.role === 'analyst' || (viewer.role === 'member' && viewer.memberCode === memberCode);

/**
 * The whole policy as data: role × action (× own or other member) → allowed. Everything below reads
 * this one function; the table test (policy.test.ts) pins it down.
 */
export function can(viewer: Viewer, action: Action, memberCode: string | null = null): boolean {
  switch (action) {
    case 'editMember':
    case 'actOnIll':
      if (!mayWrite(viewer)) return false;
      return viewer.role === 'admin' || (viewer.role === 'member' && memberCode !== null && viewer.memberCode === memberCode);
    case 'readApiClients':
      return viewer.role === 'admin' || (memberCode !== null && viewer.role === 'member' && viewer.memberCode === memberCode);
    case 'readMemberLicensing':
    case 'listMemberImports':
    case 'readUsage':
    case 'readIll':
    case 'readEvents':
    case 'readDealMoney':
      return memberCode === null ? viewer.role === 'admin' || viewer.role === 'analyst' : OWN_STAFF_ANALYST_ADMIN(viewer, memberCode);
    case 'readAgreements':
      return viewer.role !== 'anonymous';
    case 'analyse':
      return viewer.role === 'admin' || viewer.role === 'analyst';
    case 'administer':
      return viewer.role === 'admin';
  }
}

/** An API client writes only with MEMBER_WRITE (README, "API clients"); people's tokens and the CLI are not clients. */
function mayWrite(viewer: Viewer): boolean {
  return !viewer.client || viewer.client.scopes.includes('MEMBER_WRITE');
}

/** The refusal for a client whose key may only read, naming the missing scope. */
function readOnlyClient(viewer: Viewer): boolean {
  return !!viewer.client && !mayWrite(viewer);
}
const READ_ONLY_KEY = 'This API key may only read (scope READ); changing data needs the scope MEMBER_WRITE.';

/** The roles an `@Authorized(...)` gate and `requireRole` name for each role-only action. */
export const ROLES_FOR: Readonly<Record<'readAgreements' | 'analyse' | 'administer', readonly Role[]>> = {
  readAgreements: ['member', 'analyst', 'admin'],
  analyse: ['analyst', 'admin'],
  administer: ['admin'],
};

/** The viewer's role must be one of `roles`: the `@Authorized` gate's rule and wording, for services too. */
export function requireRole(viewer: Viewer, roles: readonly string[]): void {
  if (roles.length === 0 || roles.includes(viewer.role)) return;
  if (viewer.role === 'anonymous') throw apiError('UNAUTHENTICATED', `Sign in first: this needs a bearer token with role ${roles.join(' or ')}.`);
  throw apiError('FORBIDDEN', `Your role (${viewer.role}) may not do this; it needs ${roles.join(' or ')}.`);
}

/** Admin-only actions (create/update members, resources, agreements, entitlements, IP ranges; merge/split). */
export function assertAdmin(viewer: Viewer): void {
  requireRole(viewer, ROLES_FOR.administer);
}

/** Consortium-wide reads for analysts and admins (renewals due, IP activation lists). */
export function assertAnalyst(viewer: Viewer): void {
  requireRole(viewer, ROLES_FOR.analyse);
}

/** Member staff may change only their own member's data; admins any member's. */
export function canEditMember(viewer: Viewer, memberCode: string): boolean {
  return can(viewer, 'editMember', memberCode);
}

/** Another member's data is a top-level FORBIDDEN and nothing changes. */
export function assertCanEditMember(viewer: Viewer, memberCode: string): void {
  if (!canEditMember(viewer, memberCode)) {
    if (readOnlyClient(viewer)) throw forbidden(READ_ONLY_KEY);
    throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not change the data of ${memberCode}.`);
  }
}

/** Entitlements, cost shares, IP ranges: that member's staff, analysts and admins. */
export function canReadMemberLicensing(viewer: Viewer, memberCode: string): boolean {
  return can(viewer, 'readMemberLicensing', memberCode);
}

export function assertCanReadMemberLicensing(viewer: Viewer, memberCode: string): void {
  if (!canReadMemberLicensing(viewer, memberCode)) {
    if (viewer.role === 'anonymous') throw apiError('UNAUTHENTICATED', `Sign in first: ${memberCode}'s entitlements, costs and IP ranges are for its staff, analysts and admins.`);
    throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not read ${memberCode}'s entitlements, costs or IP ranges.`);
  }
}

/**
 * Whose MARC loads a listing may show: the member asked for, or everyone's (null). Member staff see
 * their own member's loads only, whether they name it or not; naming another is FORBIDDEN.
 */
export function importsScope(viewer: Viewer, requestedCode: string | null): string | null {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  if (viewer.role !== 'member') return requestedCode;
  if (requestedCode && !can(viewer, 'listMemberImports', requestedCode)) {
    throw forbidden(`Your token is for ${viewer.memberCode}; it may not list the loads of ${requestedCode}.`);
  }
  return viewer.memberCode;
}

/** The cost fields of an entitlement row: a share's amount, its payment and its invoice. */
export interface CostFields {
  shareAmount: string | null;
  paymentStatus: string | null;
  invoiceReference: string | null;
}

/**
 * A member's costs as this viewer may see them: unchanged for its staff, analysts and admins; with
 * the amount, payment status and invoice reference blanked for anyone else (the row is copied).
 */
export function visibleCosts<T extends CostFields>(viewer: Viewer, memberCode: string | null, row: T): T {
  return memberCode !== null && canReadMemberLicensing(viewer, memberCode) ? row : { ...row, shareAmount: null, paymentStatus: null, invoiceReference: null };
}

/**
 * The cost shares of a period this viewer may see, each with its member's code: all for analysts and
 * admins, their own member's for member staff, none for anyone else.
 */
export function visibleCostShares<T>(viewer: Viewer, shares: readonly T[], memberCodeOf: (share: T) => string | null): T[] {
  if (viewer.role === 'anonymous') return [];
  return shares.filter((s) => {
    const code = memberCodeOf(s);
    return code !== null && canReadMemberLicensing(viewer, code);
  });
}

/**
 * Deals seen from an answer anyone may get (an entitlement's agreement and period, reached from
 * `accessCheck`): shown to signed-in users, as `agreements` shows them; null for the anonymous, whom
 * `agreements` refuses. Null, not an error, so that a public answer never fails for crossing data it
 * does not need.
 */
export function seesDeals(viewer: Viewer): boolean {
  return can(viewer, 'readAgreements');
}

/** Whether the viewer sees every deal's money without asking who takes part (analysts, admins). */
export function seesAllDealMoney(viewer: Viewer): boolean {
  return can(viewer, 'readDealMoney');
}

/**
 * A period's money (its total cost) as this viewer may see it: analysts and admins always; member
 * staff when their member takes part in the period (`participantCodes`: the ISILs of its entitled
 * members); null for anyone else, the anonymous included.
 */
export function visiblePeriodMoney<T>(viewer: Viewer, participantCodes: readonly (string | null)[], money: T): T | null {
  if (seesAllDealMoney(viewer)) return money;
  return participantCodes.some((code) => code !== null && can(viewer, 'readDealMoney', code)) ? money : null;
}

/**
 * Which side of an ILL request the viewer acts for: its member's staff are REQUESTER or SUPPLIER (the
 * supplier asked now); an admin acts as the consortium OFFICE and may take either side's action; anyone
 * else (another member's staff, analysts, the anonymous) acts for none (null).
 */
export function illSideOf(viewer: Viewer, requesterCode: string, supplierCode: string | null): 'REQUESTER' | 'SUPPLIER' | 'OFFICE' | null {
  if (viewer.role === 'admin') return 'OFFICE';
  if (viewer.role !== 'member') return null;
  if (can(viewer, 'actOnIll', requesterCode)) return 'REQUESTER';
  if (supplierCode !== null && can(viewer, 'actOnIll', supplierCode)) return 'SUPPLIER';
  return null;
}

/** Whether the viewer may see an ILL request: staff of its requester or of any member on its rota, analysts, admins. */
export function canReadIllRequest(viewer: Viewer, requesterCode: string, rotaCodes: readonly string[]): boolean {
  if (can(viewer, 'readIll')) return true;
  return can(viewer, 'readIll', requesterCode) || rotaCodes.some((code) => can(viewer, 'readIll', code));
}

/**
 * An action for `side` taken by this viewer: allowed for that side's staff and for admins (the office);
 * the other side's staff get FORBIDDEN naming the side, and nothing changes.
 */
export function assertCanActOnIll(viewer: Viewer, side: 'REQUESTER' | 'SUPPLIER', requesterCode: string, supplierCode: string | null): void {
  const mine = illSideOf(viewer, requesterCode, supplierCode);
  if (mine === 'OFFICE' || mine === side) return;
  if (readOnlyClient(viewer)) throw forbidden(READ_ONLY_KEY);
  if (viewer.role === 'anonymous') throw apiError('UNAUTHENTICATED', 'Sign in first: ILL actions are for the staff of the requesting and supplying members.');
  const whose = side === 'REQUESTER' ? `the requester (${requesterCode})` : `the supplier asked now (${supplierCode ?? 'none'})`;
  throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; this action is for ${whose}.`);
}

/**
 * Whether the viewer may be told of an event about these members (a webhook delivery, a subscription's
 * message): analysts and admins of every event; member staff (and member-owned API clients) of events
 * naming their member. An event about no member is for analysts and admins only.
 */
export function canReadEvent(viewer: Viewer, memberCodes: readonly string[]): boolean {
  return can(viewer, 'readEvents') || memberCodes.some((code) => can(viewer, 'readEvents', code));
}

/** Events about `memberCode` (null: every member's), as a subscription asks for them: FORBIDDEN otherwise. */
export function assertCanReadEvents(viewer: Viewer, memberCode: string | null): void {
  if (can(viewer, 'readEvents', memberCode)) return;
  if (viewer.role === 'anonymous') throw apiError('UNAUTHENTICATED', "Sign in first: events are for the member's staff, analysts and admins.");
  const whose = memberCode === null ? "every member's events" : `the events of ${memberCode}`;
  throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not receive ${whose}.`);
}

/** The API clients of `ownerCode` (null: a consortium-wide client): admins, and that member's staff. FORBIDDEN otherwise. */
export function assertCanReadApiClient(viewer: Viewer, ownerCode: string | null): void {
  if (can(viewer, 'readApiClients', ownerCode)) return;
  if (viewer.role === 'anonymous') throw apiError('UNAUTHENTICATED', "Sign in first: API clients are for admins and the owning member's staff.");
  const whose = ownerCode === null ? 'consortium-wide API clients' : `the API clients of ${ownerCode}`;
  throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not read ${whose}.`);
}

/**
 * Who may see, pause, resume and delete a webhook subscription and read or replay its deliveries:
 * admins; the staff (and member-owned API clients) of its member; and whoever created it, while they
 * may still read its events (an analyst's consortium-wide subscription).
 */
export function canManageWebhookSubscription(viewer: Viewer, subscription: { memberCode: string | null; createdBy: string | null }): boolean {
  if (viewer.role === 'admin') return true;
  if (subscription.memberCode !== null && viewer.role === 'member' && viewer.memberCode === subscription.memberCode) return true;
  return subscription.createdBy !== null && subscription.createdBy === viewer.sub && can(viewer, 'readEvents', subscription.memberCode);
}
