/**
 * ILL figures for the consortium office (issue 11), computed in SQL (GROUP BY, one statement) over the
 * requests placed from `from` to `to` inclusive (created_at, consortium calendar):
 *   placed     requests the member placed (as requester);
 *   filled     of those, the ones filled (shipped, or copy delivered: delivered_at set);
 *   supplied   requests the member filled as supplier;
 *   fillRate   filled / placed (null when it placed none);
 *   mean/median turnaround hours of its filled requests, deliveredAt − createdAt (what its readers waited);
 *   lendingBorrowingRatio  supplied / placed (null when it placed none).
 * The network's totals (all members together) come with the consortium-wide answer only.
 * Who: analysts and admins any member or all; member staff their own member (asked for or not).
 */
import { sql } from 'drizzle-orm';
import { can } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows, type Db } from '../../db/database.js';
import { badInput } from '../../graphql/errors.js';
import { memberByCode } from '../members/index.js';
import { isIsoDate } from '../resources/index.js';
import { dayBounds } from './ill-dates.js';
import { assertCanReadIll } from './ill-statements.service.js';

export interface IllFigures {
  placed: number;
  filled: number;
  supplied: number;
  fillRate: number | null;
  meanTurnaroundHours: number | null;
  medianTurnaroundHours: number | null;
  lendingBorrowingRatio: number | null;
}

export interface IllStatistics {
  from: string;
  to: string;
  members: (IllFigures & { memberId: number })[];
  /** the whole network's; null when the answer is one member's */
  totals: IllFigures | null;
}

/** Whose figures: the member asked for, or all (null); member staff always their own. */
function scopeOf(viewer: Viewer, requested: string | null): string | null {
  if (requested === null && !can(viewer, 'readIll', null) && viewer.role === 'member') return viewer.memberCode;
  assertCanReadIll(viewer, requested);
  return requested;
}

const round = (x: number | string | null, digits = 2) => (x === null ? null : Math.round(Number(x) * 10 ** digits) / 10 ** digits);

export async function illStatistics(db: Db, viewer: Viewer, input: { from: string; to: string; memberCode?: string | null }): Promise<IllStatistics> {
  const code = scopeOf(viewer, input.memberCode?.trim() || null);
  for (const f of ['from', 'to'] as const) if (!isIsoDate(input[f])) throw badInput(`${f} must be a date written YYYY-MM-DD (got "${input[f]}")`, { field: [f] });
  if (input.to < input.from) throw badInput(`to (${input.to}) is before from (${input.from})`, { field: ['to'] });
  let memberId: number | null = null;
  if (code !== null) {
    const member = await memberByCode(db, code);
    if (!member) throw badInput(`memberCode: no member has code ${code}`, { field: ['memberCode'] });
    memberId = member.id;
  }
  const start = dayBounds(input.from).start.toISOString();
  const end = dayBounds(input.to).end.toISOString();
  const rows = await queryRows<{ member_id: number | null; total: boolean; placed: number; filled: number; supplied: number; mean: string | null; median: string | null }>(db, sql`
    WITH r AS (
      SELECT requester_member_id, supplier_member_id, created_at, delivered_at FROM ill_requests
      WHERE created_at >= ${start}::timestamptz AND created_at < ${end}::timestamptz
    ),
    sides AS (
      SELECT requester_member_id AS member_id, 1 AS placed, (delivered_at IS NOT NULL)::int AS filled, 0 AS supplied,
             extract(epoch FROM delivered_at - created_at) / 3600.0 AS hours
      FROM r
      UNION ALL
      SELECT supplier_member_id, 0, 0, 1, NULL FROM r WHERE supplier_member_id IS NOT NULL AND delivered_at IS NOT NULL
    )
    SELECT member_id, GROUPING(member_id) = 1 AS total, sum(placed)::int AS placed, sum(filled)::int AS filled, sum(supplied)::int AS supplied,
           avg(hours)::text AS mean, (percentile_cont(0.5) WITHIN GROUP (ORDER BY hours))::text AS median
    FROM sides
    WHERE ${memberId}::int IS NULL OR member_id = ${memberId}::int
    GROUP BY GROUPING SETS ((member_id), ())
    ORDER BY GROUPING(member_id), member_id`);
  const figures = (r: (typeof rows)[number]): IllFigures => {
    const placed = Number(r.placed);
    return {
      placed, filled: Number(r.filled), supplied: Number(r.supplied),
      fillRate: placed ? round(Number(r.filled) / placed, 4) : null,
      meanTurnaroundHours: round(r.mean), medianTurnaroundHours: round(r.median),
      lendingBorrowingRatio: placed ? round(Number(r.supplied) / placed, 4) : null,
    };
  };
  const totalRow = rows.find((r) => r.total);
  return {
    from: input.from, to: input.to,
    members: rows.filter((r) => !r.total).map((r) => ({ memberId: Number(r.member_id), ...figures(r) })),
    totals: memberId === null && totalRow ? figures(totalRow) : null,
  };
}
