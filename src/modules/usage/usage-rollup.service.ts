/**
 * Keeps usage_monthly (the analytics' rollup, see usage-rollup.tables.ts) in step with usage_facts.
 * Whoever writes facts (the report store, the demo seed, the bench) calls refreshUsageRollups in the
 * same transaction with the slots it wrote; each slot is rebuilt from the facts, so a call is
 * idempotent and a re-load that replaced facts replaces the rollup too.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

export interface RollupSlots {
  /** The provider whose facts changed. */
  providerId: number;
  /** The members whose facts changed; omitted = every member of the provider. */
  memberIds?: readonly number[];
  /** First days of the months that changed ('2025-03-01'); omitted = every month. */
  months?: readonly string[];
}

const intArray = (ids: readonly number[]) => `{${ids.map((i) => Math.trunc(i)).join(',')}}`;
const dateArray = (months: readonly string[]) => {
  for (const m of months) if (!/^\d{4}-\d{2}-01$/.test(m)) throw new RangeError(`refreshUsageRollups: month ${m} is not the first day of a month (YYYY-MM-01)`);
  return `{${months.join(',')}}`;
};

/**
 * Rebuilds the rollup rows of these slots from the counted facts (a DELETE and an INSERT … SELECT …
 * GROUP BY per level): usage_monthly for the provider × members × months, usage_monthly_items for the
 * provider × months (every member: its sums change with any member's facts).
 */
export async function refreshUsageRollups(db: DbOrTx, slots: RollupSlots | 'ALL'): Promise<void> {
  let where: SQL;
  if (slots === 'ALL') where = sql`true`;
  else {
    where = sql`provider_id = ${slots.providerId}`;
    if (slots.memberIds) where = sql`${where} AND member_id = ANY(${intArray(slots.memberIds)}::int[])`;
    if (slots.months) where = sql`${where} AND month = ANY(${dateArray(slots.months)}::date[])`;
  }
  await db.execute(sql`DELETE FROM usage_monthly WHERE ${where}`);
  await db.execute(sql`INSERT INTO usage_monthly (provider_id, member_id, item_id, family, metric_type, access_method, month, count)
    SELECT provider_id, member_id, item_id, family, metric_type, coalesce(access_method, 'Regular'), month, sum(count)
    FROM usage_facts WHERE counted AND ${where}
    GROUP BY provider_id, member_id, item_id, family, metric_type, coalesce(access_method, 'Regular'), month`);
  // the member-less level: these providers' months, all members
  let items: SQL;
  if (slots === 'ALL') items = sql`true`;
  else {
    items = sql`provider_id = ${slots.providerId}`;
    if (slots.months) items = sql`${items} AND month = ANY(${dateArray(slots.months)}::date[])`;
  }
  await db.execute(sql`DELETE FROM usage_monthly_items WHERE ${items}`);
  await db.execute(sql`INSERT INTO usage_monthly_items (provider_id, item_id, family, metric_type, access_method, month, count)
    SELECT provider_id, item_id, family, metric_type, access_method, month, sum(count) FROM usage_monthly WHERE ${items}
    GROUP BY provider_id, item_id, family, metric_type, access_method, month`);
}
