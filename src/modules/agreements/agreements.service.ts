/** Agreements (deals), their periods and licence terms. Functions take the database handle first. */
import { assertAdmin, assertAnalyst } from '../../auth/policy.js';
import { and, asc, count, eq, gt, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/database.js';
import { transactionWithRetry } from '../../db/retry.js';
import type { Viewer } from '../../auth/viewer.js';
import { idOf } from '../../graphql/global-id.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { formatAmount, moneyProblem } from '../../lib/money.js';
import { recordAudit } from '../audit/index.js';
import { resourcesByIds } from '../resources/index.js';
import { agreementPeriods, agreementResources, agreements, licenceTerms, type AgreementPeriodRow, type AgreementRow, type LicenceTermRow } from './agreements.tables.js';
import { AgreementStatus, type AddAgreementPeriodInput, type AgreementFilter, type CreateAgreementInput, type SetLicenceTermsInput } from './agreements.types.js';

function filterWhere(filter: AgreementFilter | null | undefined): SQL | undefined | false {
  if (!filter) return undefined;
  const search = filter.search?.trim();
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  let resourceId: number | null = null;
  if (filter.resourceId) {
    resourceId = idOf(filter.resourceId, 'Resource');
    if (resourceId === null) return false; // not a resource ID: nothing matches
  }
  return and(
    pattern ? or(sql`${agreements.name} ILIKE ${pattern}`, sql`${agreements.vendor} ILIKE ${pattern}`) : undefined,
    filter.status ? eq(agreements.status, filter.status) : undefined,
    resourceId !== null ? sql`${agreements.id} IN (SELECT agreement_id FROM agreement_resources WHERE resource_id = ${resourceId})` : undefined,
  );
}

export async function listAgreements(db: Db, filter: AgreementFilter | null | undefined, limit: number, afterId: number | null) {
  const where = filterWhere(filter);
  if (where === false) return { rows: [] as AgreementRow[], total: async () => 0 };
  const rows = await db.select().from(agreements).where(and(where, afterId !== null ? gt(agreements.id, afterId) : undefined)).orderBy(asc(agreements.id)).limit(limit);
  const total = async () => (await db.select({ n: count() }).from(agreements).where(where))[0].n;
  return { rows, total };
}

export const agreementsByIds = (db: DbOrTx, ids: readonly number[]): Promise<AgreementRow[]> => (ids.length ? db.select().from(agreements).where(inArray(agreements.id, [...ids])) : Promise.resolve([]));

export const periodsByIds = (db: DbOrTx, ids: readonly number[]): Promise<AgreementPeriodRow[]> =>
  ids.length ? db.select().from(agreementPeriods).where(inArray(agreementPeriods.id, [...ids])) : Promise.resolve([]);

export const periodsOfAgreements = (db: DbOrTx, ids: readonly number[]): Promise<AgreementPeriodRow[]> =>
  db.select().from(agreementPeriods).where(inArray(agreementPeriods.agreementId, [...ids])).orderBy(asc(agreementPeriods.startDate), asc(agreementPeriods.id));

export const termsOfAgreements = (db: DbOrTx, ids: readonly number[]): Promise<LicenceTermRow[]> =>
  db.select().from(licenceTerms).where(inArray(licenceTerms.agreementId, [...ids])).orderBy(asc(licenceTerms.term));

export const resourceLinksOfAgreements = (db: DbOrTx, ids: readonly number[]) =>
  db.select().from(agreementResources).where(inArray(agreementResources.agreementId, [...ids])).orderBy(asc(agreementResources.resourceId));

export const agreementLinksOfResources = (db: DbOrTx, resourceIds: readonly number[]) =>
  resourceIds.length ? db.select().from(agreementResources).where(inArray(agreementResources.resourceId, [...resourceIds])) : Promise.resolve([]);

/** Periods whose cancellation deadline falls in [from, before), soonest first. */
export async function renewalsDue(db: DbOrTx, viewer: Viewer, from: string, before: string): Promise<AgreementPeriodRow[]> {
  assertAnalyst(viewer);
  return db
    .select()
    .from(agreementPeriods)
    .where(and(gte(agreementPeriods.cancellationDeadline, from), lt(agreementPeriods.cancellationDeadline, before)))
    .orderBy(asc(agreementPeriods.cancellationDeadline), asc(agreementPeriods.id));
}

const METRIC_TYPE = /^[A-Za-z_]{1,60}$/;

/**
 * A period's BY_USAGE settings: metric and window both given (COUNTER usage decides) or both omitted
 * (the entitlements' weights decide). Shared by addAgreementPeriod and recomputeCostShares.
 */
export function usageSettingProblems(metric: string | null | undefined, window: string | null | undefined): { metric: string | null; window: string | null; errors: UserError[] } {
  const m = metric?.trim() || null;
  const w = window ?? null;
  const errors: UserError[] = [];
  if (m !== null && !METRIC_TYPE.test(m)) errors.push(userError(['usageMetric'], UserErrorCode.INVALID_VALUE, `"${m}" is not a COUNTER metric type (e.g. Unique_Item_Requests)`));
  if ((m === null) !== (w === null)) errors.push(userError([m === null ? 'usageMetric' : 'usageWindow'], UserErrorCode.REQUIRED, 'usageMetric and usageWindow go together: give both or neither'));
  return { metric: m, window: w, errors };
}

function requireReason(reason: string, errors: UserError[]): void {
  if (!reason.trim()) errors.push(userError(['reason'], UserErrorCode.REQUIRED, 'say why (kept in the audit log)'));
}

export async function createAgreement(db: Db, viewer: Viewer, input: CreateAgreementInput): Promise<{ agreement: AgreementRow | null; userErrors: UserError[] }> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  const name = input.name.trim();
  if (!name) errors.push(userError(['name'], UserErrorCode.REQUIRED, 'an agreement needs a name'));
  requireReason(input.reason, errors);
  const ids = input.resourceIds.map((gid) => idOf(gid, 'Resource'));
  const known = new Set((await resourcesByIds(db, ids.filter((i): i is number => i !== null))).map((r) => r.id));
  ids.forEach((id, i) => {
    if (id === null || !known.has(id)) errors.push(userError(['resourceIds', String(i)], UserErrorCode.UNKNOWN_RESOURCE, `no resource has ID ${input.resourceIds[i]}`));
  });
  if (errors.length) return { agreement: null, userErrors: errors };
  return db.transaction(async (tx) => {
    const values = { name, vendor: input.vendor?.trim() || null, status: input.status ?? AgreementStatus.DRAFT, description: input.description?.trim() || null };
    const [row] = await tx.insert(agreements).values(values).returning();
    const resourceIds = [...new Set(ids as number[])];
    if (resourceIds.length) await tx.insert(agreementResources).values(resourceIds.map((resourceId) => ({ agreementId: row.id, resourceId })));
    await recordAudit(tx, viewer, { action: 'createAgreement', entityType: 'Agreement', entityId: row.id, before: null, after: { ...values, resourceIds }, reason: input.reason });
    return { agreement: row, userErrors: [] };
  });
}

export async function addAgreementPeriod(db: Db, viewer: Viewer, input: AddAgreementPeriodInput): Promise<{ period: AgreementPeriodRow | null; userErrors: UserError[] }> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  requireReason(input.reason, errors);
  const agreementId = idOf(input.agreementId, 'Agreement');
  if (input.endDate < input.startDate) errors.push(userError(['endDate'], UserErrorCode.INVALID_DATE_RANGE, `endDate ${input.endDate} is before startDate ${input.startDate}`));
  if (input.cancellationDeadline && input.cancellationDeadline > input.endDate) {
    errors.push(userError(['cancellationDeadline'], UserErrorCode.INVALID_DATE_RANGE, `cancellationDeadline ${input.cancellationDeadline} is after endDate ${input.endDate}`));
  }
  const currency = input.totalCost.currency.trim();
  const amount = input.totalCost.amount.trim();
  const problem = moneyProblem(amount, currency);
  if (problem) errors.push(userError(['totalCost', /currency/.test(problem) && !/amount/.test(problem) ? 'currency' : 'amount'], UserErrorCode.INVALID_MONEY, problem));
  else if (amount.startsWith('-')) errors.push(userError(['totalCost', 'amount'], UserErrorCode.INVALID_MONEY, 'a total cost cannot be negative'));
  const method = input.costShareMethod ?? 'EQUAL';
  if (method === 'TIER' && !input.tiers?.length) errors.push(userError(['tiers'], UserErrorCode.REQUIRED, 'TIER needs a tier table'));
  input.tiers?.forEach((t, i) => {
    if (t.amount != null && moneyProblem(t.amount, currency)) errors.push(userError(['tiers', String(i), 'amount'], UserErrorCode.INVALID_MONEY, moneyProblem(t.amount, currency)!));
  });
  const usage = usageSettingProblems(input.usageMetric, input.usageWindow);
  errors.push(...usage.errors);
  const checked = errors;
  return transactionWithRetry(db, async (tx) => {
    const errors = [...checked]; // this attempt's (a deadlock runs the transaction again)
    const [agreement] = agreementId === null ? [] : await tx.select().from(agreements).where(eq(agreements.id, agreementId)).for('update');
    if (!agreement) errors.push(userError(['agreementId'], UserErrorCode.UNKNOWN_AGREEMENT, `no agreement has ID ${input.agreementId}`));
    else {
      const [clash] = await tx
        .select()
        .from(agreementPeriods)
        .where(and(eq(agreementPeriods.agreementId, agreement.id), sql`${agreementPeriods.startDate} <= ${input.endDate}::date AND ${agreementPeriods.endDate} >= ${input.startDate}::date`));
      if (clash) errors.push(userError(['startDate'], UserErrorCode.INVALID_DATE_RANGE, `overlaps the period ${clash.startDate} – ${clash.endDate} of this agreement`));
    }
    if (errors.length) return { period: null, userErrors: errors };
    const tiers = input.tiers?.map((t) => ({ label: t.label ?? undefined, minFte: t.minFte, maxFte: t.maxFte ?? null, weight: t.weight ?? null, amount: t.amount ?? null })) ?? null;
    const values = {
      agreementId: agreement!.id, startDate: input.startDate, endDate: input.endDate, cancellationDeadline: input.cancellationDeadline ?? null,
      totalAmount: formatAmount(amount, currency), currency, costShareMethod: method, tiers, usageMetric: usage.metric, usageWindow: usage.window,
    };
    const [row] = await tx.insert(agreementPeriods).values(values).returning();
    await recordAudit(tx, viewer, { action: 'addAgreementPeriod', entityType: 'AgreementPeriod', entityId: row.id, before: null, after: values, reason: input.reason });
    return { period: row, userErrors: [] };
  });
}

export async function setLicenceTerms(db: Db, viewer: Viewer, input: SetLicenceTermsInput): Promise<{ agreement: AgreementRow | null; userErrors: UserError[] }> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  requireReason(input.reason, errors);
  const seen = new Set<string>();
  input.terms.forEach((t, i) => {
    if (seen.has(t.type)) errors.push(userError(['terms', String(i), 'type'], UserErrorCode.INVALID_VALUE, `${t.type} is given twice`));
    seen.add(t.type);
  });
  const agreementId = idOf(input.agreementId, 'Agreement');
  const checked = errors;
  return transactionWithRetry(db, async (tx) => {
    const errors = [...checked]; // this attempt's (a deadlock runs the transaction again)
    const [agreement] = agreementId === null ? [] : await tx.select().from(agreements).where(eq(agreements.id, agreementId)).for('update');
    if (!agreement) errors.push(userError(['agreementId'], UserErrorCode.UNKNOWN_AGREEMENT, `no agreement has ID ${input.agreementId}`));
    if (errors.length) return { agreement: null, userErrors: errors };
    const before = await termsOfAgreements(tx, [agreement!.id]);
    if (input.terms.length) {
      await tx
        .insert(licenceTerms)
        .values(input.terms.map((t) => ({ agreementId: agreement!.id, term: t.type, value: t.value, note: t.note?.trim() || null })))
        .onConflictDoUpdate({ target: [licenceTerms.agreementId, licenceTerms.term], set: { value: sql`excluded.value`, note: sql`excluded.note` } });
    }
    const old = (type: string) => before.find((b) => b.term === type);
    await recordAudit(tx, viewer, {
      action: 'setLicenceTerms', entityType: 'Agreement', entityId: agreement!.id, reason: input.reason,
      before: Object.fromEntries(input.terms.map((t) => [t.type, old(t.type) ? { value: old(t.type)!.value, note: old(t.type)!.note } : null])),
      after: Object.fromEntries(input.terms.map((t) => [t.type, { value: t.value, note: t.note?.trim() || null }])),
    });
    return { agreement: agreement!, userErrors: [] };
  });
}
