/**
 * Lending rules as data (issue 11): one consortium-wide row (member_id null) and at most one per
 * member; a null field in a member's row inherits the consortium's, and a field null in both takes the
 * built-in default below. Routing (ill-routing.service.ts) applies the same inheritance in SQL.
 * Closures and fee tiers live beside them. Who may change what: admins the consortium's rules and any
 * member's; member staff their own member's (the policy's editMember). Who may read: any signed-in
 * user (lendingPolicy), since members need each other's rules to know what to ask for.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { assertAdmin, assertCanEditMember, requireRole, ROLES_FOR } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx } from '../../db/database.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { formatAmount, moneyProblem } from '../../lib/money.js';
import { recordAudit } from '../audit/index.js';
import { memberByCode, type MemberRow } from '../members/index.js';
import { RecordFormat } from '../records/index.js';
import { isIsoDate } from '../resources/index.js';
import { illClosures, illFeeTiers, illLendingRules, type IllClosureRow, type IllFeeTierRow, type IllLendingRulesRow } from './ill.tables.js';
import { ILL_SERVICE_LEVELS, ILL_SERVICE_TYPES, type IllServiceLevel, type IllServiceType } from './ill-states.js';

export const RULE_FIELDS = ['loanPeriodDays', 'renewals', 'lendableFormats', 'excludedLocations', 'suppliesLoans', 'suppliesCopies', 'dailyCapacity', 'notes'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];
export type RuleSource = 'MEMBER' | 'CONSORTIUM' | 'DEFAULT';

export interface LendingRules {
  loanPeriodDays: number | null;
  renewals: number | null;
  /** null: every format lends */
  lendableFormats: string[] | null;
  excludedLocations: string[];
  suppliesLoans: boolean;
  suppliesCopies: boolean;
  /** null: no cap */
  dailyCapacity: number | null;
  notes: string | null;
}

/** What applies when neither the member nor the consortium says anything. */
export const DEFAULT_RULES: LendingRules = {
  loanPeriodDays: null, renewals: null, lendableFormats: null, excludedLocations: [], suppliesLoans: true, suppliesCopies: true, dailyCapacity: null, notes: null,
};

export interface EffectiveRules {
  rules: LendingRules;
  sources: Record<RuleField, RuleSource>;
}

/** The member's row over the consortium's over the defaults, field by field (pure). */
export function mergeRules(own: Partial<IllLendingRulesRow> | null, consortium: Partial<IllLendingRulesRow> | null): EffectiveRules {
  const rules = { ...DEFAULT_RULES } as Record<RuleField, unknown>;
  const sources = {} as Record<RuleField, RuleSource>;
  for (const f of RULE_FIELDS) {
    const mine = own?.[f];
    const theirs = consortium?.[f];
    if (mine !== null && mine !== undefined) [rules[f], sources[f]] = [mine, 'MEMBER'];
    else if (theirs !== null && theirs !== undefined) [rules[f], sources[f]] = [theirs, 'CONSORTIUM'];
    else sources[f] = 'DEFAULT';
  }
  return { rules: rules as unknown as LendingRules, sources };
}

async function rulesRow(db: DbOrTx, memberId: number | null): Promise<IllLendingRulesRow | null> {
  const [row] = await db.select().from(illLendingRules).where(memberId === null ? isNull(illLendingRules.memberId) : eq(illLendingRules.memberId, memberId));
  return row ?? null;
}

export async function effectiveRules(db: DbOrTx, memberId: number | null): Promise<EffectiveRules> {
  const [own, consortium] = await Promise.all([memberId === null ? null : rulesRow(db, memberId), rulesRow(db, null)]);
  return mergeRules(own, consortium);
}

export interface EffectiveFeeTier {
  serviceType: IllServiceType;
  serviceLevel: IllServiceLevel;
  amount: string;
  currency: string;
  source: Exclude<RuleSource, 'DEFAULT'>;
}

/** For each service type × level: the member's tier, else the consortium's; none when neither has one (no charge). */
export async function effectiveFeeTiers(db: DbOrTx, memberId: number | null): Promise<EffectiveFeeTier[]> {
  const rows = await db.select().from(illFeeTiers).where(memberId === null ? isNull(illFeeTiers.memberId) : sql`${illFeeTiers.memberId} = ${memberId} OR ${illFeeTiers.memberId} IS NULL`);
  const out: EffectiveFeeTier[] = [];
  for (const serviceType of ILL_SERVICE_TYPES) {
    for (const serviceLevel of ILL_SERVICE_LEVELS) {
      const match = (r: IllFeeTierRow) => r.serviceType === serviceType && r.serviceLevel === serviceLevel;
      const tier = rows.find((r) => match(r) && r.memberId !== null) ?? rows.find((r) => match(r) && r.memberId === null);
      if (tier) out.push({ serviceType, serviceLevel, amount: formatAmount(tier.amount, tier.currency), currency: tier.currency, source: tier.memberId === null ? 'CONSORTIUM' : 'MEMBER' });
    }
  }
  return out;
}

export interface LendingPolicyResult extends EffectiveRules {
  member: MemberRow;
  closures: IllClosureRow[];
  feeTiers: EffectiveFeeTier[];
}

/** A member's effective lending policy: rules and where each came from, its closures, its fees. Null for an unknown member. */
export async function lendingPolicy(db: Db, viewer: Viewer, memberCode: string): Promise<LendingPolicyResult | null> {
  requireRole(viewer, ROLES_FOR.readAgreements); // any signed-in user
  const member = await memberByCode(db, memberCode.trim());
  if (!member) return null;
  const [effective, closures, feeTiers] = await Promise.all([
    effectiveRules(db, member.id),
    db.select().from(illClosures).where(eq(illClosures.memberId, member.id)).orderBy(asc(illClosures.startsOn), asc(illClosures.id)),
    effectiveFeeTiers(db, member.id),
  ]);
  return { member, ...effective, closures, feeTiers };
}

export interface SetLendingRulesInput {
  /** null: the consortium-wide rules */
  memberCode?: string | null;
  loanPeriodDays?: number | null;
  renewals?: number | null;
  lendableFormats?: string[] | null;
  excludedLocations?: string[] | null;
  suppliesLoans?: boolean | null;
  suppliesCopies?: boolean | null;
  dailyCapacity?: number | null;
  notes?: string | null;
}

/** Pure checks of a rules input. */
export function checkRules(input: SetLendingRulesInput): UserError[] {
  const errors: UserError[] = [];
  const counts: [keyof SetLendingRulesInput, number][] = [['loanPeriodDays', 1], ['renewals', 0], ['dailyCapacity', 0]];
  for (const [field, min] of counts) {
    const v = input[field] as number | null | undefined;
    if (v === null || v === undefined) continue;
    if (!Number.isInteger(v) || v < min) errors.push(userError([field], min === 0 ? UserErrorCode.NEGATIVE_VALUE : UserErrorCode.INVALID_VALUE, `${field} must be a whole number of at least ${min} (got ${v})`));
  }
  const formats = new Set<string>(Object.values(RecordFormat));
  (input.lendableFormats ?? []).forEach((f, i) => {
    if (!formats.has(f)) errors.push(userError(['lendableFormats', String(i)], UserErrorCode.INVALID_VALUE, `"${f}" is not a record format (${[...formats].join(', ')})`));
  });
  (input.excludedLocations ?? []).forEach((l, i) => {
    if (!l.trim()) errors.push(userError(['excludedLocations', String(i)], UserErrorCode.REQUIRED, 'a location must not be blank'));
  });
  return errors;
}

/** Who may change the rules, closures or fees of `memberCode` (null: the consortium's): FORBIDDEN otherwise. */
function assertCanSetRules(viewer: Viewer, memberCode: string | null): void {
  if (memberCode === null) assertAdmin(viewer);
  else {
    requireRole(viewer, ['member', 'admin']);
    assertCanEditMember(viewer, memberCode);
  }
}

/** The member a rules input names (null: the consortium), or a userError. */
async function targetOf(db: DbOrTx, memberCode: string | null): Promise<{ member: MemberRow | null; errors: UserError[] }> {
  if (memberCode === null) return { member: null, errors: [] };
  const member = await memberByCode(db, memberCode);
  return member ? { member, errors: [] } : { member: null, errors: [userError(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${memberCode}`)] };
}

const codeOf = (input: { memberCode?: string | null }) => input.memberCode?.trim() || null;

/** Replaces the member's (or the consortium's) rules row: every field given, null ones inherit. */
export async function setLendingRules(db: Db, viewer: Viewer, input: SetLendingRulesInput): Promise<{ member: MemberRow | null; rules: IllLendingRulesRow | null; userErrors: UserError[] }> {
  const code = codeOf(input);
  assertCanSetRules(viewer, code);
  const errors = checkRules(input);
  const { member, errors: unknown } = await targetOf(db, code);
  if (errors.length || unknown.length) return { member: null, rules: null, userErrors: [...unknown, ...errors] };
  const memberId = member?.id ?? null;
  const values = {
    loanPeriodDays: input.loanPeriodDays ?? null, renewals: input.renewals ?? null,
    lendableFormats: input.lendableFormats ? [...new Set(input.lendableFormats)] : null,
    excludedLocations: input.excludedLocations ? [...new Set(input.excludedLocations.map((l) => l.trim()))] : null,
    suppliesLoans: input.suppliesLoans ?? null, suppliesCopies: input.suppliesCopies ?? null, dailyCapacity: input.dailyCapacity ?? null,
    notes: input.notes?.trim() || null,
  };
  const rules = await db.transaction(async (tx) => {
    await lockKey(tx, `ill_lending_rules:${memberId ?? 0}`); // two first writes of one row: the second updates, never a unique violation
    const before = await rulesRow(tx, memberId);
    const [row] = before
      ? await tx.update(illLendingRules).set({ ...values, updatedAt: new Date() }).where(eq(illLendingRules.id, before.id)).returning()
      : await tx.insert(illLendingRules).values({ memberId, ...values }).returning();
    await recordAudit(tx, viewer, {
      action: 'setLendingRules', entityType: 'IllLendingRules', entityId: member?.code ?? 'consortium',
      before: before ? pick(before) : null, after: pick(row),
    });
    return row;
  });
  return { member, rules, userErrors: [] };
}

/** A transaction-scoped lock on a key: writers of one rules row or tier take turns (the row may not exist yet to lock). */
const lockKey = (tx: DbOrTx, key: string) => tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`);

const pick = (row: IllLendingRulesRow) => Object.fromEntries(RULE_FIELDS.map((f) => [f, row[f]]));

export interface AddIllClosureInput {
  memberCode: string;
  startsOn: string;
  endsOn: string;
  reason: string;
}

export async function addIllClosure(db: Db, viewer: Viewer, input: AddIllClosureInput): Promise<{ closure: IllClosureRow | null; userErrors: UserError[] }> {
  const code = input.memberCode.trim();
  assertCanSetRules(viewer, code);
  const errors: UserError[] = [];
  if (!isIsoDate(input.startsOn)) errors.push(userError(['startsOn'], UserErrorCode.INVALID_VALUE, `startsOn must be a date written YYYY-MM-DD (got "${input.startsOn}")`));
  if (!isIsoDate(input.endsOn)) errors.push(userError(['endsOn'], UserErrorCode.INVALID_VALUE, `endsOn must be a date written YYYY-MM-DD (got "${input.endsOn}")`));
  if (!errors.length && input.endsOn < input.startsOn) errors.push(userError(['endsOn'], UserErrorCode.INVALID_DATE_RANGE, `endsOn (${input.endsOn}) is before startsOn (${input.startsOn})`));
  if (!input.reason.trim()) errors.push(userError(['reason'], UserErrorCode.REQUIRED, 'say why the member is closed (shown on its lending policy)'));
  const { member, errors: unknown } = await targetOf(db, code);
  if (errors.length || unknown.length) return { closure: null, userErrors: [...unknown, ...errors] };
  const closure = await db.transaction(async (tx) => {
    const [row] = await tx.insert(illClosures).values({ memberId: member!.id, startsOn: input.startsOn, endsOn: input.endsOn, reason: input.reason.trim() }).returning();
    await recordAudit(tx, viewer, { action: 'addIllClosure', entityType: 'IllClosure', entityId: row.id, before: null, after: { memberCode: member!.code, startsOn: row.startsOn, endsOn: row.endsOn, reason: row.reason } });
    return row;
  });
  return { closure, userErrors: [] };
}

/** Removes a closure; member staff only their own member's. An unknown id is a userError. */
export async function removeIllClosure(db: Db, viewer: Viewer, closureId: number | null): Promise<{ closure: IllClosureRow | null; memberCode: string | null; userErrors: UserError[] }> {
  requireRole(viewer, ['member', 'admin']);
  const notFound = { closure: null, memberCode: null, userErrors: [userError(['id'], UserErrorCode.INVALID_VALUE, 'no ILL closure has this id')] };
  if (closureId === null) return notFound;
  const [found] = await db.select({ closure: illClosures, code: sql<string>`(SELECT code FROM members WHERE id = ${illClosures.memberId})` }).from(illClosures).where(eq(illClosures.id, closureId));
  if (!found) return notFound;
  assertCanSetRules(viewer, found.code);
  await db.transaction(async (tx) => {
    await tx.delete(illClosures).where(eq(illClosures.id, closureId));
    await recordAudit(tx, viewer, { action: 'removeIllClosure', entityType: 'IllClosure', entityId: closureId, before: { memberCode: found.code, startsOn: found.closure.startsOn, endsOn: found.closure.endsOn, reason: found.closure.reason }, after: null });
  });
  return { closure: found.closure, memberCode: found.code, userErrors: [] };
}

export interface SetIllFeeTierInput {
  /** null: the consortium's tariff */
  memberCode?: string | null;
  serviceType: string;
  serviceLevel: string;
  amount: string;
  currency: string;
}

/** Sets (inserts or replaces) one price tier: decimal money, checked with the currency's minor units. */
export async function setIllFeeTier(db: Db, viewer: Viewer, input: SetIllFeeTierInput): Promise<{ tier: IllFeeTierRow | null; memberCode: string | null; userErrors: UserError[] }> {
  const code = codeOf(input);
  assertCanSetRules(viewer, code);
  const errors: UserError[] = [];
  if (!(ILL_SERVICE_TYPES as readonly string[]).includes(input.serviceType)) errors.push(userError(['serviceType'], UserErrorCode.INVALID_VALUE, `serviceType must be one of ${ILL_SERVICE_TYPES.join(', ')}`));
  if (!(ILL_SERVICE_LEVELS as readonly string[]).includes(input.serviceLevel)) errors.push(userError(['serviceLevel'], UserErrorCode.INVALID_VALUE, `serviceLevel must be one of ${ILL_SERVICE_LEVELS.join(', ')}`));
  const currency = input.currency.trim();
  const problem = moneyProblem(input.amount, currency);
  if (problem) errors.push(userError([problem.startsWith('currency') ? 'currency' : 'amount'], UserErrorCode.INVALID_MONEY, problem));
  else if (input.amount.trim().startsWith('-')) errors.push(userError(['amount'], UserErrorCode.NEGATIVE_VALUE, `a fee cannot be negative (got "${input.amount}")`));
  const { member, errors: unknown } = await targetOf(db, code);
  if (errors.length || unknown.length) return { tier: null, memberCode: null, userErrors: [...unknown, ...errors] };
  const memberId = member?.id ?? null;
  const amount = formatAmount(input.amount.trim(), currency);
  const tier = await db.transaction(async (tx) => {
    await lockKey(tx, `ill_fee_tiers:${memberId ?? 0}:${input.serviceType}:${input.serviceLevel}`);
    const key = and(memberId === null ? isNull(illFeeTiers.memberId) : eq(illFeeTiers.memberId, memberId), eq(illFeeTiers.serviceType, input.serviceType), eq(illFeeTiers.serviceLevel, input.serviceLevel));
    const [before] = await tx.select().from(illFeeTiers).where(key);
    const [row] = before
      ? await tx.update(illFeeTiers).set({ amount, currency }).where(eq(illFeeTiers.id, before.id)).returning()
      : await tx.insert(illFeeTiers).values({ memberId, serviceType: input.serviceType, serviceLevel: input.serviceLevel, amount, currency }).returning();
    await recordAudit(tx, viewer, {
      action: 'setIllFeeTier', entityType: 'IllFeeTier', entityId: row.id,
      before: before ? { amount: formatAmount(before.amount, before.currency), currency: before.currency } : null,
      after: { memberCode: member?.code ?? null, serviceType: row.serviceType, serviceLevel: row.serviceLevel, amount, currency },
    });
    return row;
  });
  return { tier, memberCode: member?.code ?? null, userErrors: [] };
}
