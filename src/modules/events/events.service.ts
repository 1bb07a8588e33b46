/**
 * Reading the outbox back (`events`): the polling fallback for systems that take neither webhooks nor
 * subscriptions, oldest first from a cursor. What a viewer sees is decided in SQL by the same rule as
 * webhooks and subscriptions (policy.ts, readEvents): a member's staff the events naming their member,
 * analysts and admins every event.
 */
import { and, asc, count, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { assertCanReadEvents, requireRole } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DbOrTx } from '../../db/database.js';
import type { EventType } from './event-types.js';
import { events } from './events.tables.js';

export interface EventsFilter {
  types?: readonly EventType[] | null;
  memberCode?: string | null;
}

/** Events after `afterId`, oldest first; `limit` rows at most. A member's staff without a memberCode get their own member's. */
export async function listEvents(db: DbOrTx, viewer: Viewer, filter: EventsFilter, limit: number, afterId: number | null) {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  const asked = filter.memberCode?.trim() || null;
  const memberCode = asked ?? (viewer.role === 'member' ? viewer.memberCode : null);
  assertCanReadEvents(viewer, memberCode);
  const where: SQL | undefined = and(
    // the GIN index on member_codes answers @>
    memberCode !== null ? sql`${events.memberCodes} @> ARRAY[${memberCode}]::text[]` : undefined,
    filter.types && filter.types.length > 0 ? inArray(events.type, [...filter.types]) : undefined,
  );
  const rows = await db
    .select()
    .from(events)
    .where(and(where, afterId !== null ? gt(events.id, afterId) : undefined))
    .orderBy(asc(events.id))
    .limit(limit);
  const total = async () => (await db.select({ n: count() }).from(events).where(where))[0].n;
  return { rows, total };
}
