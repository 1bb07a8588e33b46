/**
 * A member's monthly ILL statement (issue 11): ill_charges of the month (by charged_at, in the
 * consortium's calendar) netted per counterparty and currency. `owes` is what the member owes the
 * counterparty (it was the requester, the payer), `owed` what the counterparty owes it (it supplied),
 * `net` = owed − owes: positive when the member is to receive money. Sums are computed in SQL on the
 * numeric column (exact) and formatted with the currency's minor units; totals per currency are
 * added in decimal (never float). Who may read: the member's staff, analysts, admins (policy readIll).
 */
import { sql } from 'drizzle-orm';
import { can } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows, type Db } from '../../db/database.js';
import { apiError, badInput, forbidden } from '../../graphql/errors.js';
import { formatAmount, MoneyDecimal } from '../../lib/money.js';
import { memberByCode, type MemberRow } from '../members/index.js';
import { isMonth, monthBounds } from './ill-dates.js';

export interface StatementLine {
  counterpartyId: number;
  currency: string;
  owes: string;
  owed: string;
  net: string;
  /** charges the member paid (as requester) and received (as supplier) */
  borrowed: number;
  lent: number;
}

export interface StatementTotal {
  currency: string;
  owes: string;
  owed: string;
  net: string;
}

export interface Statement {
  member: MemberRow;
  month: string;
  lines: StatementLine[];
  totals: StatementTotal[];
}

/** Permission first: another member's statement is FORBIDDEN whether or not the member exists. */
export function assertCanReadIll(viewer: Viewer, memberCode: string | null): void {
  if (can(viewer, 'readIll', memberCode)) return;
  if (viewer.role === 'anonymous') throw apiError('UNAUTHENTICATED', 'Sign in first: ILL statements and figures are for the staff of the member, analysts and admins.');
  throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; it may not read the ILL figures of ${memberCode ?? 'the whole network'}.`);
}

/** Nets lines per currency (pure; exported for the arithmetic test). */
export function totalsOf(lines: readonly Pick<StatementLine, 'currency' | 'owes' | 'owed'>[]): StatementTotal[] {
  const by = new Map<string, { owes: InstanceType<typeof MoneyDecimal>; owed: InstanceType<typeof MoneyDecimal> }>();
  for (const l of lines) {
    const t = by.get(l.currency) ?? { owes: new MoneyDecimal(0), owed: new MoneyDecimal(0) };
    by.set(l.currency, { owes: t.owes.plus(l.owes), owed: t.owed.plus(l.owed) });
  }
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, t]) => ({ currency, owes: formatAmount(t.owes, currency), owed: formatAmount(t.owed, currency), net: formatAmount(t.owed.minus(t.owes), currency) }));
}

/** Bad arguments are BAD_USER_INPUT naming the argument (a query, as the usage analytics do). */
export async function illStatement(db: Db, viewer: Viewer, memberCode: string, month: string): Promise<Statement> {
  const code = memberCode.trim();
  assertCanReadIll(viewer, code);
  if (!isMonth(month)) throw badInput(`month must be written YYYY-MM (got "${month}")`, { field: ['month'] });
  const member = await memberByCode(db, code);
  if (!member) throw badInput(`memberCode: no member has code ${code}`, { field: ['memberCode'] });
  const { start, end } = monthBounds(month);
  const m = member.id;
  const rows = await queryRows<{ other: number; currency: string; owes: string; owed: string; net: string; borrowed: number; lent: number }>(db, sql`
    SELECT CASE WHEN payer_member_id = ${m} THEN payee_member_id ELSE payer_member_id END AS other, currency,
           coalesce(sum(amount) FILTER (WHERE payer_member_id = ${m}), 0)::text AS owes,
           coalesce(sum(amount) FILTER (WHERE payee_member_id = ${m}), 0)::text AS owed,
           (coalesce(sum(amount) FILTER (WHERE payee_member_id = ${m}), 0) - coalesce(sum(amount) FILTER (WHERE payer_member_id = ${m}), 0))::text AS net,
           (count(*) FILTER (WHERE payer_member_id = ${m}))::int AS borrowed,
           (count(*) FILTER (WHERE payee_member_id = ${m}))::int AS lent
    FROM ill_charges
    WHERE (payer_member_id = ${m} OR payee_member_id = ${m}) AND payer_member_id <> payee_member_id
      AND charged_at >= ${start.toISOString()}::timestamptz AND charged_at < ${end.toISOString()}::timestamptz
    GROUP BY 1, 2
    ORDER BY 1, 2`);
  const lines = rows.map((r) => ({
    counterpartyId: Number(r.other), currency: r.currency, borrowed: Number(r.borrowed), lent: Number(r.lent),
    owes: formatAmount(r.owes, r.currency), owed: formatAmount(r.owed, r.currency), net: formatAmount(r.net, r.currency),
  }));
  return { member, month, lines, totals: totalsOf(lines) };
}
