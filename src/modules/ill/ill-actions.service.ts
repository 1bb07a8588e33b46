/**
 * Actions on an ILL request (issue 11): the state model (ill-states.ts) says whether an action is
 * allowed in the request's state and which side takes it; this file only looks that up, checks the
 * action's details and writes what the action does. Clients never set a state.
 *
 * No lost update: the request row is locked (SELECT … FOR UPDATE) for the whole transaction and its
 * `version` bumped by the UPDATE, which also checks it. Of two actions racing on one request, the
 * second reads the state the first left, so an action that no longer fits (a second CANCEL, a SHIP
 * after CANNOT_SUPPLY moved the request on) is refused with ACTION_NOT_ALLOWED or FORBIDDEN, and the
 * history gets one entry per action that happened.
 */
import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import { assertCanActOnIll, canReadIllRequest, illSideOf, requireRole } from '../../auth/policy.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import type { Db, Tx } from '../../db/database.js';
import { transactionWithRetry } from '../../db/retry.js';
import { forbidden } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { formatAmount, moneyProblem, MoneyDecimal } from '../../lib/money.js';
import { recordEvent } from '../events/index.js';
import { members } from '../members/index.js';
import { isIsoDate } from '../resources/index.js';
import { illCharges, illHistory, illRequests, illRota, type IllRequestRow } from './ill.tables.js';
import { feeFor } from './ill-routing.service.js';
import { effectiveRules } from './ill-rules.service.js';
import { findTransition, ILL_ACTIONS, isTerminal, transitionsFrom, type IllAction, type IllDetail, type IllServiceLevel, type IllServiceType, type IllTransition } from './ill-states.js';
import type { IllRequestResult } from './ill-requests.service.js';

export interface IllActionDetails {
  dueDate?: string | null;
  copyUrl?: string | null;
  copyExpiresAt?: Date | string | null;
  reason?: string | null;
  cost?: string | null;
}

export interface PerformIllActionInput {
  requestId: number;
  action: IllAction;
  note?: string | null;
  details?: IllActionDetails | null;
}

const MAX_NOTE = 2000;
const fail = (field: string[], code: UserErrorCode, message: string): IllRequestResult => ({ request: null, userErrors: [userError(field, code, message)] });
const given = (v: unknown): boolean => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');

/** The details an action takes, checked and normalised; or the problems, each naming its field. */
function checkDetails(t: IllTransition, details: IllActionDetails, row: IllRequestRow, now: Date): { values: IllActionDetails & { copyExpiresAt?: Date | null }; errors: UserError[] } {
  const errors: UserError[] = [];
  const takes = new Set<IllDetail>([...t.requires, ...t.optional]);
  const field = (name: string) => ['details', name];
  for (const name of t.requires) if (!given(details[name])) errors.push(userError(field(name), UserErrorCode.REQUIRED, `${t.action} needs details.${name}`));
  for (const name of ['dueDate', 'copyUrl', 'copyExpiresAt', 'reason', 'cost'] as const) {
    if (given(details[name]) && !takes.has(name)) {
      errors.push(userError(field(name), UserErrorCode.INVALID_VALUE, `${t.action} does not take details.${name} (it takes ${[...takes].join(', ') || 'no details'})`));
    }
  }
  const values: IllActionDetails & { copyExpiresAt?: Date | null } = {};
  if (given(details.dueDate)) {
    if (isIsoDate(details.dueDate!)) values.dueDate = details.dueDate;
    else errors.push(userError(field('dueDate'), UserErrorCode.INVALID_VALUE, 'dueDate must be a date written YYYY-MM-DD'));
  }
  if (given(details.copyUrl)) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(details.copyUrl!.trim()).protocol);
    } catch {
      ok = false;
    }
    if (ok) values.copyUrl = details.copyUrl!.trim();
    else errors.push(userError(field('copyUrl'), UserErrorCode.INVALID_VALUE, 'copyUrl must be an http or https URL'));
  }
  if (given(details.copyExpiresAt)) {
    const at = details.copyExpiresAt instanceof Date ? details.copyExpiresAt : new Date(String(details.copyExpiresAt));
    if (Number.isNaN(at.getTime())) errors.push(userError(field('copyExpiresAt'), UserErrorCode.INVALID_VALUE, 'copyExpiresAt must be a date-time'));
    else if (at.getTime() <= now.getTime()) errors.push(userError(field('copyExpiresAt'), UserErrorCode.INVALID_VALUE, 'copyExpiresAt must be in the future: the requester needs time to fetch the copy'));
    else values.copyExpiresAt = at;
  }
  if (given(details.reason)) values.reason = details.reason!.trim().slice(0, MAX_NOTE);
  if (given(details.cost)) {
    const problem = moneyProblem(details.cost!, row.currency) ?? (details.cost!.trim().startsWith('-') ? 'cost cannot be negative' : null);
    if (problem) errors.push(userError(field('cost'), UserErrorCode.INVALID_MONEY, problem));
    else values.cost = formatAmount(details.cost!.trim(), row.currency);
  }
  return { values, errors };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

/**
 * The supplier's lending rules on a loan (README, "Lending rules"): SHIP's dueDate may not be past
 * today + its loanPeriodDays; RENEW moves the due date on by loanPeriodDays (from the
 * old due date, or from today when that has passed), at most `renewals` times. A refusal names the rule.
 */
async function applyLoanRules(tx: Tx, row: IllRequestRow, action: 'SHIP' | 'RENEW', values: IllActionDetails, set: Partial<typeof illRequests.$inferInsert>, recorded: Record<string, unknown>, now: Date, codes: Map<number, string>): Promise<IllRequestResult | null> {
  const { rules } = await effectiveRules(tx, row.supplierMemberId);
  const supplier = (row.supplierMemberId !== null && codes.get(row.supplierMemberId)) || 'the supplier';
  const today = isoDay(now);
  if (action === 'SHIP') {
    if (rules.loanPeriodDays !== null && values.dueDate! > addDays(today, rules.loanPeriodDays)) {
      return fail(['details', 'dueDate'], UserErrorCode.INVALID_VALUE, `${supplier} lends for at most ${rules.loanPeriodDays} days: dueDate may be ${addDays(today, rules.loanPeriodDays)} at the latest`);
    }
    return null;
  }
  const allowed = rules.renewals ?? 0;
  const [{ used }] = await tx.select({ used: count() }).from(illHistory).where(and(eq(illHistory.requestId, row.id), eq(illHistory.action, 'RENEW')));
  if (used >= allowed) return fail(['action'], UserErrorCode.ACTION_NOT_ALLOWED, `${supplier}'s lending rules allow ${allowed} renewal${allowed === 1 ? '' : 's'} and this loan has had ${used}: return it, or ask ${supplier} outside the platform`);
  if (rules.loanPeriodDays === null) return fail(['action'], UserErrorCode.ACTION_NOT_ALLOWED, `${supplier}'s lending rules set no loan period, so a renewal has no length: ask ${supplier}`);
  const from = row.dueDate !== null && row.dueDate > today ? row.dueDate : today;
  recorded.dueDate = set.dueDate = addDays(from, rules.loanPeriodDays);
  recorded.previousDueDate = row.dueDate;
  recorded.renewal = used + 1;
  return null;
}

/** What the requester owes for filling the request: the cost given now, else the one quoted with WILL_SUPPLY, else the supplier's fee tier. */
async function chargeFor(tx: Tx, row: IllRequestRow, cost: string | null | undefined): Promise<{ amount: string; currency: string } | null> {
  if (cost) return { amount: cost, currency: row.currency };
  if (row.cost !== null) return { amount: formatAmount(row.cost, row.currency), currency: row.currency };
  const fee = row.supplierMemberId === null ? null : await feeFor(tx, row.supplierMemberId, row.serviceType as IllServiceType, row.serviceLevel as IllServiceLevel);
  return fee && { amount: formatAmount(fee.amount, fee.currency), currency: fee.currency };
}

/** Why a charge may not be made against the request's maxCost, or null. */
function overMaximum(row: IllRequestRow, charge: { amount: string; currency: string }): string | null {
  if (row.maxCost === null) return null;
  if (charge.currency !== row.currency) return `the charge is in ${charge.currency} but the requester's maximum is in ${row.currency}`;
  if (new MoneyDecimal(charge.amount).greaterThan(new MoneyDecimal(row.maxCost))) {
    return `${charge.amount} ${charge.currency} is more than the requester's maximum of ${formatAmount(row.maxCost, row.currency)} ${row.currency}`;
  }
  return null;
}

async function codesOf(tx: Tx, ids: number[]): Promise<Map<number, string>> {
  const rows = ids.length ? await tx.select({ id: members.id, code: members.code }).from(members).where(inArray(members.id, ids)) : [];
  return new Map(rows.map((r) => [r.id, r.code]));
}

/**
 * Takes `action` on a request for the viewer's side. Refusals a user can fix (an action the state
 * does not allow, a missing detail, a cost over the maximum) are userErrors and change nothing; the
 * other side's action is a top-level FORBIDDEN.
 */
export async function performIllAction(db: Db, viewer: Viewer, input: PerformIllActionInput, options: { now?: Date } = {}): Promise<IllRequestResult> {
  requireRole(viewer, ['member', 'admin']);
  if (!ILL_ACTIONS.includes(input.action)) return fail(['action'], UserErrorCode.INVALID_VALUE, `action must be one of ${ILL_ACTIONS.join(', ')}`);
  if ((input.note?.length ?? 0) > MAX_NOTE) return fail(['note'], UserErrorCode.INVALID_VALUE, `a note is at most ${MAX_NOTE} characters`);
  return transactionWithRetry(db, async (tx) => {
    const now = options.now ?? new Date();
    const [row] = await tx.select().from(illRequests).where(eq(illRequests.id, input.requestId)).for('update');
    if (!row) return fail(['requestId'], UserErrorCode.UNKNOWN_ILL_REQUEST, `no ILL request has ID ${input.requestId}`);
    const rota = await tx.select({ memberId: illRota.memberId }).from(illRota).where(eq(illRota.requestId, row.id));
    const codes = await codesOf(tx, [row.requesterMemberId, ...rota.map((r) => r.memberId)]);
    const requesterCode = codes.get(row.requesterMemberId)!;
    const supplierCode = row.supplierMemberId === null ? null : (codes.get(row.supplierMemberId) ?? null);
    if (!canReadIllRequest(viewer, requesterCode, [...codes.values()])) throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; request ${input.requestId} is not one of its member's.`);
    const serviceType = row.serviceType as IllServiceType;
    const t = findTransition(serviceType, row.state, input.action);
    if (!t) {
      const allowed = transitionsFrom(serviceType, row.state).map((x) => `${x.action} (${x.side.toLowerCase()})`);
      return fail(['action'], UserErrorCode.ACTION_NOT_ALLOWED,
        `${input.action} is not allowed on a ${serviceType.toLowerCase()} request in state ${row.state}; allowed now: ${allowed.length ? allowed.join(', ') : 'none (the request is over)'}`);
    }
    assertCanActOnIll(viewer, t.side, requesterCode, supplierCode);
    const { values, errors } = checkDetails(t, input.details ?? {}, row, now);
    if (errors.length > 0) return { request: null, userErrors: errors };
    return applyAction(tx, viewer, row, t, { note: input.note?.trim() || null, values, now, codes, office: illSideOf(viewer, requesterCode, supplierCode) === 'OFFICE' });
  });
}

interface Applying {
  note: string | null;
  values: IllActionDetails & { copyExpiresAt?: Date | null };
  now: Date;
  codes: Map<number, string>;
  office: boolean;
}

/** Writes what the (allowed, checked) action does: the request, its rota entry, its charge and its history entry. */
async function applyAction(tx: Tx, viewer: Viewer, row: IllRequestRow, t: IllTransition, a: Applying): Promise<IllRequestResult> {
  const { values, now } = a;
  const set: Partial<typeof illRequests.$inferInsert> = { state: t.to, updatedAt: now };
  const recorded: Record<string, unknown> = {};
  if (values.dueDate) recorded.dueDate = set.dueDate = values.dueDate;
  if (values.copyExpiresAt) recorded.copyExpiresAt = (set.copyExpiresAt = values.copyExpiresAt).toISOString();
  if (values.copyUrl) set.copyUrl = values.copyUrl; // not in the history: the link is for the requester's staff only
  if (values.reason) recorded.reason = values.reason;
  if (t.action === 'WILL_SUPPLY' && values.cost) {
    const problem = overMaximum(row, { amount: values.cost, currency: row.currency });
    if (problem) return fail(['details', 'cost'], UserErrorCode.COST_OVER_MAXIMUM, problem);
    recorded.cost = set.cost = values.cost; // the supplier's quote, charged when it fills the request
  }
  if (t.action === 'CANNOT_SUPPLY') {
    await tx.update(illRota).set({ outcome: 'CANNOT_SUPPLY', outcomeNote: values.reason ?? a.note }).where(and(eq(illRota.requestId, row.id), eq(illRota.position, row.rotaPosition ?? 0)));
    const [next] = await tx.select().from(illRota).where(and(eq(illRota.requestId, row.id), gt(illRota.position, row.rotaPosition ?? 0), eq(illRota.outcome, 'PENDING'))).orderBy(asc(illRota.position)).limit(1);
    set.cost = null; // a quote was the declining supplier's
    if (next) {
      await tx.update(illRota).set({ outcome: 'ASKED' }).where(and(eq(illRota.requestId, row.id), eq(illRota.position, next.position)));
      Object.assign(set, { supplierMemberId: next.memberId, rotaPosition: next.position });
      recorded.nextSupplier = (await codesOf(tx, [next.memberId])).get(next.memberId);
    } else {
      Object.assign(set, { state: t.whenRotaExhausted ?? t.to, supplierMemberId: null, rotaPosition: null, unfilledReason: `no member of the rota could supply it (${row.rotaPosition ?? 0} asked)` });
    }
  }
  if (t.action === 'SHIP' || t.action === 'RENEW') {
    // the supplier's lending rules bound the loan: SHIP's due date, and how often and how far RENEW extends it
    const refusal = await applyLoanRules(tx, row, t.action, values, set, recorded, now, a.codes);
    if (refusal) return refusal;
  }
  if (t.action === 'SHIP' || t.action === 'DELIVER_COPY') {
    const charge = await chargeFor(tx, row, values.cost);
    const problem = charge && overMaximum(row, charge);
    if (problem) return fail(['details', 'cost'], UserErrorCode.COST_OVER_MAXIMUM, problem);
    set.deliveredAt = now;
    if (charge) {
      recorded.cost = set.cost = charge.amount;
      await tx.insert(illCharges).values({ requestId: row.id, payerMemberId: row.requesterMemberId, payeeMemberId: row.supplierMemberId!, amount: charge.amount, currency: charge.currency, chargedAt: now });
    }
    await tx.update(illRota).set({ outcome: 'SUPPLIED' }).where(and(eq(illRota.requestId, row.id), eq(illRota.position, row.rotaPosition ?? 0)));
  }
  if (isTerminal(row.serviceType as IllServiceType, set.state!)) set.closedAt = now;
  const [updated] = await tx.update(illRequests).set({ ...set, version: row.version + 1 }).where(and(eq(illRequests.id, row.id), eq(illRequests.version, row.version))).returning();
  if (!updated) throw new Error(`ILL request ${row.id} changed under its row lock`); // cannot happen while the lock holds: a bug
  await tx.insert(illHistory).values({
    requestId: row.id, action: t.action, fromState: row.state, toState: updated.state, side: a.office ? 'OFFICE' : t.side, actor: actorOf(viewer),
    actorMemberId: t.side === 'REQUESTER' ? row.requesterMemberId : row.supplierMemberId, note: a.note, details: recorded, at: now,
  });
  // told: the requester, the supplier asked now and the one asked before (who declined, on CANNOT_SUPPLY)
  const codeOf = (id: number | null) => (id === null ? null : (a.codes.get(id) ?? null));
  const requesterCode = codeOf(row.requesterMemberId)!;
  const supplierCode = codeOf(updated.supplierMemberId);
  await recordEvent(tx, {
    type: 'ILL_REQUEST_CHANGED',
    memberCodes: [requesterCode, supplierCode, codeOf(row.supplierMemberId)].filter((c): c is string => c !== null),
    data: { request: toGlobalId('IllRequest', row.id), requesterCode, supplierCode, serviceType: row.serviceType, action: t.action, fromState: row.state, state: updated.state },
  });
  return { request: updated, userErrors: [] };
}
