/**
 * The access check: may this member (or this IP address) use this resource (or title) on this day,
 * under which terms, and if not, why not. Reads only; four statements at most whatever the size
 * of the consortium (titles, members by IP, candidate entitlements, terms).
 */
import { and, asc, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { Embargo } from '../../importers/kbart/index.js';
import { agreementPeriods, agreementResources, agreements } from '../agreements/index.js';
import type { ResourceTitleRow } from '../resources/index.js';
import { entitlements, type EntitlementRow } from './entitlements.tables.js';
import { AccessDenialReason } from './entitlements.types.js';

/** Statuses whose periods grant access (a DRAFT or CANCELLED deal grants nothing). */
const GRANTING = ['ACTIVE', 'CLOSED'];

export interface Candidate {
  entitlement: EntitlementRow;
  resourceId: number;
  agreementId: number;
  startDate: string;
  endDate: string;
  currency: string;
}

/** Entitlements of these members to these resources through deals that grant access, current periods first. */
export async function candidateEntitlements(db: DbOrTx, memberIds: readonly number[], resourceIds: readonly number[] | null, date: string): Promise<Candidate[]> {
  if (memberIds.length === 0 || (resourceIds && resourceIds.length === 0)) return [];
  return db
    .select({ entitlement: entitlements, resourceId: agreementResources.resourceId, agreementId: agreementPeriods.agreementId, startDate: agreementPeriods.startDate, endDate: agreementPeriods.endDate, currency: agreementPeriods.currency })
    .from(entitlements)
    .innerJoin(agreementPeriods, sql`${agreementPeriods.id} = ${entitlements.periodId}`)
    .innerJoin(agreements, sql`${agreements.id} = ${agreementPeriods.agreementId}`)
    .innerJoin(agreementResources, sql`${agreementResources.agreementId} = ${agreements.id}`)
    .where(and(inArray(entitlements.memberId, [...memberIds]), resourceIds ? inArray(agreementResources.resourceId, [...resourceIds]) : undefined, inArray(agreements.status, GRANTING)))
    .orderBy(sql`(${agreementPeriods.startDate} <= ${date}::date AND ${agreementPeriods.endDate} >= ${date}::date) DESC`, asc(agreementResources.resourceId), asc(entitlements.memberId), asc(agreementPeriods.startDate));
}

export const inPeriod = (c: Candidate, date: string) => c.startDate <= date && date <= c.endDate;

/** `date` minus an embargo's length, as YYYY-MM-DD. */
function shift(date: string, e: Embargo): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (e.unit === 'day') d.setUTCDate(d.getUTCDate() - e.amount);
  else if (e.unit === 'month') d.setUTCMonth(d.getUTCMonth() - e.amount);
  else d.setUTCFullYear(d.getUTCFullYear() - e.amount);
  return d.toISOString().slice(0, 10);
}

export const covers = (t: ResourceTitleRow, publishedOn: string) => (t.coverageStart === null || t.coverageStart <= publishedOn) && (t.coverageEnd === null || publishedOn <= t.coverageEnd);

/** A moving wall hides issues newer than date − length; a rolling window shows only issues from date − length on. */
export function embargoAllows(t: ResourceTitleRow, publishedOn: string, date: string): boolean {
  return (t.data.embargo ?? []).every((e) => (e.type === 'moving_wall' ? publishedOn <= shift(date, e) : publishedOn >= shift(date, e)));
}

export interface AccessDecision {
  allowed: boolean;
  reason: AccessDenialReason | null;
  message: string;
  memberId: number | null;
  candidate: Candidate | null;
}

export interface DecideInput {
  what: string;
  who: string;
  date: string;
  memberIds: number[];
  /** null when the question is by resource; the titles found when by ISSN/ISBN. */
  titles: ResourceTitleRow[] | null;
  candidates: Candidate[];
  publishedOn: string | null;
  ipMissed: boolean;
}

const deny = (reason: AccessDenialReason, message: string, candidate: Candidate | null = null, memberId: number | null = candidate?.entitlement.memberId ?? null): AccessDecision => ({ allowed: false, reason, message, memberId, candidate });

/** Pure: the decision from what was loaded. */
export function decide(q: DecideInput): AccessDecision {
  if (q.ipMissed) return deny(AccessDenialReason.IP_NOT_IN_RANGE, `${q.who} is in no entitled member's IP ranges`, null, q.memberIds[0] ?? null);
  if (q.titles && q.titles.length === 0) return deny(AccessDenialReason.NO_ENTITLEMENT, `no licensed resource carries ${q.what}`, null, q.memberIds[0] ?? null);
  if (q.candidates.length === 0) return deny(AccessDenialReason.NO_ENTITLEMENT, `${q.who} has no entitlement to ${q.what} through an active deal`, null, q.memberIds[0] ?? null);
  const current = q.candidates.filter((c) => inPeriod(c, q.date));
  if (current.length === 0) {
    const latest = [...q.candidates].sort((a, b) => (a.endDate < b.endDate ? 1 : -1))[0];
    return deny(AccessDenialReason.OUTSIDE_PERIOD, `${q.who} is entitled to ${q.what} only from ${latest.startDate} to ${latest.endDate}, not on ${q.date}`, latest);
  }
  if (q.titles && q.publishedOn) {
    const publishedOn = q.publishedOn;
    const onCurrent = (t: ResourceTitleRow) => current.find((c) => c.resourceId === t.resourceId);
    const covered = q.titles.filter((t) => onCurrent(t) && covers(t, publishedOn));
    if (covered.length === 0) return deny(AccessDenialReason.OUTSIDE_COVERAGE, `the entitled resources do not cover ${q.what} published on ${publishedOn}`, current[0]);
    const open = covered.find((t) => embargoAllows(t, publishedOn, q.date));
    if (!open) return deny(AccessDenialReason.EMBARGOED, `${q.what} published on ${publishedOn} is under embargo on ${q.date}`, onCurrent(covered[0])!);
    const c = onCurrent(open)!;
    return { allowed: true, reason: null, message: `${q.who} may read ${q.what} published on ${publishedOn} on ${q.date}`, memberId: c.entitlement.memberId, candidate: c };
  }
  const c = current[0];
  return { allowed: true, reason: null, message: `${q.who} may use ${q.what} on ${q.date}`, memberId: c.entitlement.memberId, candidate: c };
}
