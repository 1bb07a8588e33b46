/**
 * Entitlements (member × agreement period) and their cost shares. A period's shares are recomputed
 * with splitCost whenever a member joins or leaves, and on demand; every change is audited.
 */
import { assertAdmin } from '../../auth/policy.js';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/database.js';
import { transactionWithRetry } from '../../db/retry.js';
import type { Viewer } from '../../auth/viewer.js';
import { idOf, toGlobalId } from '../../graphql/global-id.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { splitCost, type CostShareMethod, type CostShareTier } from '../../lib/cost-share.js';
import { formatAmount, moneyProblem } from '../../lib/money.js';
import { recordAudit } from '../audit/index.js';
import { recordEvent } from '../events/index.js';
import { agreementPeriods, agreementResources, usageSettingProblems, type AgreementPeriodRow } from '../agreements/index.js';
import { memberByCode, membersByIds } from '../members/index.js';
import { shiftMonth, usageByMember } from '../usage/index.js';
import { entitlements, type EntitlementRow } from './entitlements.tables.js';
import type { AssignEntitlementInput, RecomputeCostSharesInput, RemoveEntitlementInput } from './entitlements.types.js';

export const entitlementsOfPeriods = (db: DbOrTx, periodIds: readonly number[]): Promise<EntitlementRow[]> =>
  db.select().from(entitlements).where(inArray(entitlements.periodId, [...periodIds])).orderBy(asc(entitlements.memberId));

/** A member's entitlements joined to the resources their agreements cover: one row per resource and period. */
export async function entitlementsOfMembers(db: DbOrTx, memberIds: readonly number[]) {
  return db
    .select({ entitlement: entitlements, resourceId: sql<number>`ar.resource_id`, startDate: agreementPeriods.startDate, endDate: agreementPeriods.endDate, currency: agreementPeriods.currency })
    .from(entitlements)
    .innerJoin(agreementPeriods, eq(agreementPeriods.id, entitlements.periodId))
    .innerJoin(sql`agreement_resources ar`, sql`ar.agreement_id = ${agreementPeriods.agreementId}`)
    .where(inArray(entitlements.memberId, [...memberIds]))
    .orderBy(asc(entitlements.memberId), sql`ar.resource_id`, asc(agreementPeriods.startDate));
}

export interface CostShareResult {
  costShares: EntitlementRow[] | null;
  period: AgreementPeriodRow | null;
  costShareProblem: string | null;
  userErrors: UserError[];
}

const fail = (userErrors: UserError[]): CostShareResult => ({ costShares: null, period: null, costShareProblem: null, userErrors });

async function lockPeriod(tx: Tx, globalId: string): Promise<AgreementPeriodRow | null> {
  const id = idOf(globalId, 'AgreementPeriod');
  if (id === null) return null;
  const [row] = await tx.select().from(agreementPeriods).where(eq(agreementPeriods.id, id)).for('update'); // shares of one period change one at a time
  return row ?? null;
}

/** The months a BY_USAGE split reads: PREVIOUS_PERIOD = the 12 months before the start month; THIS_PERIOD = the period's months. */
export function usageWindowMonths(period: Pick<AgreementPeriodRow, 'startDate' | 'endDate'>, window: string): { from: string; to: string } {
  return window === 'THIS_PERIOD' ? { from: shiftMonth(period.startDate, 0), to: period.endDate } : { from: shiftMonth(period.startDate, -12), to: shiftMonth(period.startDate, -1) };
}

/**
 * The weights of a BY_USAGE split: the loaded COUNTER usage (the period's metric over its window, PR
 * family, Regular, on the deal's resources) when EVERY entitled member has some; otherwise the
 * entitlements' own usage weights for everyone (units are never mixed). `basis` says which, for the audit log.
 */
async function usageWeights(tx: Tx, period: AgreementPeriodRow, rows: EntitlementRow[], codeOf: Map<number, { code: string }>): Promise<{ weights: Map<number, number | null>; basis: string }> {
  const own = new Map(rows.map((r) => [r.memberId, r.usage]));
  if (!period.usageMetric || !period.usageWindow) return { weights: own, basis: 'entitlement usage weights (the period sets no COUNTER metric and window)' };
  const { from, to } = usageWindowMonths(period, period.usageWindow);
  const resourceIds = (await tx.select({ id: agreementResources.resourceId }).from(agreementResources).where(eq(agreementResources.agreementId, period.agreementId))).map((r) => r.id);
  const usage = await usageByMember(tx, { memberIds: rows.map((r) => r.memberId), resourceIds, metricType: period.usageMetric, from, to });
  const window = `${period.usageMetric} ${from.slice(0, 7)} to ${to.slice(0, 7)} (${period.usageWindow})`;
  const without = rows.filter((r) => (usage.get(r.memberId)?.total ?? 0n) === 0n).map((r) => codeOf.get(r.memberId)!.code).sort();
  if (without.length > 0) return { weights: own, basis: `entitlement usage weights: no COUNTER ${window} usage for ${without.join(', ')}` };
  return { weights: new Map(rows.map((r) => [r.memberId, Number(usage.get(r.memberId)!.total)])), basis: `COUNTER usage: ${window}` };
}

/** Splits the period's total over its entitled members and writes the shares; the error text when it cannot. */
async function writeShares(
  tx: Tx, period: AgreementPeriodRow, method: CostShareMethod, tiers: CostShareTier[] | null,
): Promise<{ rows: EntitlementRow[]; before: Record<string, string | null>; problem: string | null; usageBasis: string | null }> {
  const rows = await entitlementsOfPeriods(tx, [period.id]);
  const members = await membersByIds(tx as Db, rows.map((r) => r.memberId));
  const codeOf = new Map(members.map((m) => [m.id, m]));
  const before = Object.fromEntries(rows.map((r) => [codeOf.get(r.memberId)!.code, r.shareAmount && formatAmount(r.shareAmount, period.currency)]));
  if (rows.length === 0) return { rows, before, problem: null, usageBasis: null };
  const byUsage = method === 'BY_USAGE' ? await usageWeights(tx, period, rows, codeOf) : null;
  const input = rows.map((r) => {
    const m = codeOf.get(r.memberId)!;
    return { code: m.code, fte: m.fte, usage: byUsage ? byUsage.weights.get(r.memberId) : r.usage, fixed: r.fixedAmount && formatAmount(r.fixedAmount, period.currency) };
  });
  const result = splitCost({ amount: formatAmount(period.totalAmount, period.currency), currency: period.currency }, input, method, tiers ?? undefined);
  const amountByCode = 'shares' in result ? new Map(result.shares.map((s) => [s.code, s.amount])) : null;
  const values = rows.map((r) => ({ id: r.id, amount: amountByCode?.get(codeOf.get(r.memberId)!.code) ?? null }));
  await tx.execute(sql`UPDATE entitlements e SET share_amount = v.amount, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id int, amount numeric) WHERE e.id = v.id`);
  return { rows: await entitlementsOfPeriods(tx, [period.id]), before, problem: 'error' in result ? result.error : null, usageBasis: byUsage?.basis ?? null };
}

/** Each member's share after a change, by ISIL, for the audit log (beside `before` from writeShares). */
function sharesAfter(rows: EntitlementRow[], codes: Map<number, string>, currency: string): Record<string, string | null> {
  return Object.fromEntries(rows.map((r) => [codes.get(r.memberId)!, r.shareAmount && formatAmount(r.shareAmount, currency)]));
}

/** A member's entry in a period as the audit log shows it. */
const entryOf = (e: Pick<EntitlementRow, 'accessMethods' | 'fixedAmount' | 'usage' | 'listPrice' | 'paymentStatus' | 'invoiceReference'>) => ({
  accessMethods: e.accessMethods, fixedAmount: e.fixedAmount, usage: e.usage, listPrice: e.listPrice, paymentStatus: e.paymentStatus, invoiceReference: e.invoiceReference,
});

async function memberCodes(tx: Tx, rows: EntitlementRow[], extra: { id: number; code: string }[] = []): Promise<Map<number, string>> {
  const found = await membersByIds(tx as Db, rows.map((r) => r.memberId));
  return new Map([...found, ...extra].map((m) => [m.id, m.code]));
}

export async function assignEntitlement(db: Db, viewer: Viewer, input: AssignEntitlementInput): Promise<CostShareResult> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  if (!input.reason.trim()) errors.push(userError(['reason'], UserErrorCode.REQUIRED, 'say why (kept in the audit log)'));
  if (input.usage != null && input.usage < 0) errors.push(userError(['usage'], UserErrorCode.NEGATIVE_VALUE, 'usage cannot be negative'));
  if (input.accessMethods && input.accessMethods.length === 0) errors.push(userError(['accessMethods'], UserErrorCode.REQUIRED, 'name at least one access method'));
  const checked = errors;
  return transactionWithRetry(db, async (tx) => {
    const errors = [...checked]; // this attempt's (a deadlock runs the transaction again)
    const period = await lockPeriod(tx, input.periodId);
    if (!period) errors.push(userError(['periodId'], UserErrorCode.UNKNOWN_PERIOD, `no agreement period has ID ${input.periodId}`));
    const member = await memberByCode(tx, input.memberCode.trim());
    if (!member) errors.push(userError(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${input.memberCode}`));
    if (period && input.fixedShare != null) {
      const problem = moneyProblem(input.fixedShare, period.currency);
      if (problem) errors.push(userError(['fixedShare'], UserErrorCode.INVALID_MONEY, problem));
    }
    if (period && input.listPrice != null) {
      const problem = moneyProblem(input.listPrice, period.currency) ?? (input.listPrice.trim().startsWith('-') ? 'a list price cannot be negative' : null);
      if (problem) errors.push(userError(['listPrice'], UserErrorCode.INVALID_MONEY, problem));
    }
    if (errors.length) return fail(errors);
    const [existing] = await tx.select().from(entitlements).where(and(eq(entitlements.periodId, period!.id), eq(entitlements.memberId, member!.id)));
    const values = {
      accessMethods: [...new Set(input.accessMethods ?? existing?.accessMethods ?? ['IP'])],
      fixedAmount: input.fixedShare != null ? formatAmount(input.fixedShare.trim(), period!.currency) : (existing?.fixedAmount ?? null),
      usage: input.usage ?? existing?.usage ?? null,
      listPrice: input.listPrice != null ? formatAmount(input.listPrice.trim(), period!.currency) : (existing?.listPrice ?? null),
      paymentStatus: input.paymentStatus ?? existing?.paymentStatus ?? 'DUE',
      invoiceReference: input.invoiceReference !== undefined ? input.invoiceReference?.trim() || null : (existing?.invoiceReference ?? null),
    };
    let entitlementId = existing?.id;
    if (existing) await tx.update(entitlements).set({ ...values, updatedAt: sql`now()` }).where(eq(entitlements.id, existing.id));
    else [{ id: entitlementId }] = await tx.insert(entitlements).values({ ...values, periodId: period!.id, memberId: member!.id }).returning({ id: entitlements.id });
    const { rows, before, problem, usageBasis } = await writeShares(tx, period!, period!.costShareMethod as CostShareMethod, period!.tiers);
    delete before[member!.code]; // a new member had no share before
    const codes = await memberCodes(tx, rows);
    await recordAudit(tx, viewer, {
      action: 'assignEntitlement', entityType: 'AgreementPeriod', entityId: period!.id, reason: input.reason,
      before: { member: member!.code, entry: existing ? entryOf(existing) : null, shares: before },
      after: { member: member!.code, entry: entryOf(values), shares: sharesAfter(rows, codes, period!.currency), costShareProblem: problem, ...(usageBasis ? { usageBasis } : {}) },
    });
    await entitlementChanged(tx, period!, member!, entitlementId!, existing ? 'UPDATED' : 'ASSIGNED');
    return { costShares: rows, period: period!, costShareProblem: problem, userErrors: [] };
  });
}

export async function removeEntitlement(db: Db, viewer: Viewer, input: RemoveEntitlementInput): Promise<CostShareResult> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  if (!input.reason.trim()) errors.push(userError(['reason'], UserErrorCode.REQUIRED, 'say why (kept in the audit log)'));
  const checked = errors;
  return transactionWithRetry(db, async (tx) => {
    const errors = [...checked]; // this attempt's
    const period = await lockPeriod(tx, input.periodId);
    if (!period) errors.push(userError(['periodId'], UserErrorCode.UNKNOWN_PERIOD, `no agreement period has ID ${input.periodId}`));
    const member = await memberByCode(tx, input.memberCode.trim());
    const [existing] = period && member ? await tx.select().from(entitlements).where(and(eq(entitlements.periodId, period.id), eq(entitlements.memberId, member.id))) : [];
    if (period && !existing) errors.push(userError(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `${input.memberCode} has no entitlement in this period`));
    if (errors.length) return fail(errors);
    await tx.delete(entitlements).where(eq(entitlements.id, existing.id));
    const { rows, before, problem, usageBasis } = await writeShares(tx, period!, period!.costShareMethod as CostShareMethod, period!.tiers);
    const codes = await memberCodes(tx, rows);
    await recordAudit(tx, viewer, {
      action: 'removeEntitlement', entityType: 'AgreementPeriod', entityId: period!.id, reason: input.reason,
      before: { member: member!.code, entry: entryOf(existing), shares: { ...before, [member!.code]: existing.shareAmount && formatAmount(existing.shareAmount, period!.currency) } },
      after: { member: member!.code, entry: null, shares: sharesAfter(rows, codes, period!.currency), costShareProblem: problem, ...(usageBasis ? { usageBasis } : {}) },
    });
    await entitlementChanged(tx, period!, member!, existing.id, 'REMOVED');
    return { costShares: rows, period: period!, costShareProblem: problem, userErrors: [] };
  });
}

/** Recomputes (optionally with a new method or tiers); a split that fails is a userError and nothing changes. */
export async function recomputeCostShares(db: Db, viewer: Viewer, input: RecomputeCostSharesInput): Promise<CostShareResult> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  if (!input.reason.trim()) errors.push(userError(['reason'], UserErrorCode.REQUIRED, 'say why (kept in the audit log)'));
  const givesUsage = input.usageMetric != null || input.usageWindow != null;
  const usage = givesUsage ? usageSettingProblems(input.usageMetric, input.usageWindow) : null;
  if (usage) errors.push(...usage.errors);
  try {
    const checked = errors;
    return await transactionWithRetry(db, async (tx) => {
      const errors = [...checked]; // this attempt's
      const period = await lockPeriod(tx, input.periodId);
      if (!period) errors.push(userError(['periodId'], UserErrorCode.UNKNOWN_PERIOD, `no agreement period has ID ${input.periodId}`));
      if (errors.length) return fail(errors);
      const method = (input.method ?? period!.costShareMethod) as CostShareMethod;
      const tiers = input.tiers ? input.tiers.map((t) => ({ label: t.label ?? undefined, minFte: t.minFte, maxFte: t.maxFte ?? null, weight: t.weight ?? null, amount: t.amount ?? null })) : period!.tiers;
      const usageMetric = usage ? usage.metric : period!.usageMetric;
      const usageWindow = usage ? usage.window : period!.usageWindow;
      const changed = { ...period!, costShareMethod: method, tiers, usageMetric, usageWindow };
      const { rows, before, problem, usageBasis } = await writeShares(tx, changed, method, tiers);
      if (problem) throw new SplitFailed(problem); // rolls back
      await tx.update(agreementPeriods).set({ costShareMethod: method, tiers, usageMetric, usageWindow }).where(eq(agreementPeriods.id, period!.id));
      const codes = await memberCodes(tx, rows);
      await recordAudit(tx, viewer, {
        action: 'recomputeCostShares', entityType: 'AgreementPeriod', entityId: period!.id, reason: input.reason,
        before: { method: period!.costShareMethod, tiers: period!.tiers, usageMetric: period!.usageMetric, usageWindow: period!.usageWindow, shares: before },
        after: { method, tiers, usageMetric, usageWindow, shares: sharesAfter(rows, codes, period!.currency), ...(usageBasis ? { usageBasis } : {}) },
      });
      await recordEvent(tx, {
        type: 'COST_SHARES_RECOMPUTED', memberCodes: [...codes.values()],
        data: { agreement: toGlobalId('Agreement', period!.agreementId), period: toGlobalId('AgreementPeriod', period!.id), shares: rows.length, method },
      });
      return { costShares: rows, period: changed, costShareProblem: null, userErrors: [] };
    });
  } catch (err) {
    if (err instanceof SplitFailed) return fail([userError(['method'], UserErrorCode.COST_SHARE_FAILED, err.message)]);
    throw err;
  }
}

class SplitFailed extends Error {}

/**
 * The one ENTITLEMENT_CHANGED event of an assign or remove, in its transaction. The shares it
 * recomputed on the way are in the period's costShares; no second (COST_SHARES_RECOMPUTED) event.
 */
async function entitlementChanged(tx: Tx, period: AgreementPeriodRow, member: { id: number; code: string }, entitlementId: number, change: 'ASSIGNED' | 'UPDATED' | 'REMOVED') {
  const covered = await tx.select({ id: agreementResources.resourceId }).from(agreementResources).where(eq(agreementResources.agreementId, period.agreementId)).orderBy(asc(agreementResources.resourceId));
  const resources = covered.map((r) => toGlobalId('Resource', r.id));
  await recordEvent(tx, {
    type: 'ENTITLEMENT_CHANGED', memberCodes: [member.code],
    data: {
      entitlement: toGlobalId('Entitlement', entitlementId), resource: resources[0] ?? null, resources, agreement: toGlobalId('Agreement', period.agreementId),
      period: toGlobalId('AgreementPeriod', period.id), member: toGlobalId('Member', member.id), memberCode: member.code, change,
    },
  });
}
