/**
 * Reading ILL requests (issue 11). Who sees a request is the policy's (canReadIllRequest): the staff
 * of its requester and of every member on its rota, analysts and admins. Lists apply that rule in
 * SQL, so a page is never filled and then thinned out.
 */
import { and, asc, count, desc, eq, exists, inArray, lt, or, type SQL } from 'drizzle-orm';
import { can, canReadIllRequest, illSideOf, requireRole } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx } from '../../db/database.js';
import { forbidden } from '../../graphql/errors.js';
import { memberByCode, members } from '../members/index.js';
import { illHistory, illRequests, illRota, type IllHistoryRow, type IllRequestRow, type IllRotaRow } from './ill.tables.js';
import { transitionsFrom, type IllAction, type IllServiceType, type IllState } from './ill-states.js';

export interface IllRequestListFilter {
  requesterCode?: string | null;
  supplierCode?: string | null;
  state?: IllState | null;
}

/** Member staff: requests their member placed or is on the rota of. Null: every request (analysts, admins). */
async function visibleTo(db: DbOrTx, viewer: Viewer): Promise<SQL | null | 'none'> {
  if (can(viewer, 'readIll')) return null;
  const member = viewer.memberCode ? await memberByCode(db, viewer.memberCode) : null;
  if (!member) return 'none';
  const onRota = db.select({ one: illRota.requestId }).from(illRota).where(and(eq(illRota.requestId, illRequests.id), eq(illRota.memberId, member.id)));
  return or(eq(illRequests.requesterMemberId, member.id), exists(onRota))!;
}

/** The requests the viewer may see that match the filter, newest first: `limit` rows with ids below `beforeId`, and a count when asked. */
export async function listIllRequests(
  db: Db, viewer: Viewer, filter: IllRequestListFilter | null | undefined, limit: number, beforeId: number | null,
): Promise<{ rows: IllRequestRow[]; total: () => Promise<number> }> {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  const scope = await visibleTo(db, viewer);
  const conditions: (SQL | undefined)[] = [scope === null || scope === 'none' ? undefined : scope];
  let empty = scope === 'none';
  for (const [code, column] of [[filter?.requesterCode, illRequests.requesterMemberId], [filter?.supplierCode, illRequests.supplierMemberId]] as const) {
    if (!code?.trim()) continue;
    const member = await memberByCode(db, code.trim());
    if (member) conditions.push(eq(column, member.id));
    else empty = true; // no such member: nothing matches
  }
  if (filter?.state) conditions.push(eq(illRequests.state, filter.state));
  const where = and(...conditions);
  const rows = empty || limit === 0 ? [] : await db.select().from(illRequests).where(and(where, beforeId !== null ? lt(illRequests.id, beforeId) : undefined)).orderBy(desc(illRequests.id)).limit(limit);
  return { rows, total: async () => (empty ? 0 : (await db.select({ n: count() }).from(illRequests).where(where))[0].n) };
}

/** The ISILs of a request's requester, supplier asked now and rota members. */
async function partiesOf(db: DbOrTx, row: IllRequestRow): Promise<{ requesterCode: string; supplierCode: string | null; rotaCodes: string[] }> {
  const rota = await db.select({ memberId: illRota.memberId }).from(illRota).where(eq(illRota.requestId, row.id));
  const ids = [row.requesterMemberId, ...rota.map((r) => r.memberId)];
  const codes = new Map((await db.select({ id: members.id, code: members.code }).from(members).where(inArray(members.id, ids))).map((m) => [m.id, m.code]));
  return { requesterCode: codes.get(row.requesterMemberId)!, supplierCode: row.supplierMemberId === null ? null : (codes.get(row.supplierMemberId) ?? null), rotaCodes: rota.map((r) => codes.get(r.memberId)!) };
}

/**
 * One request: null when none has the ID; FORBIDDEN when it exists and the viewer may not see it,
 * or null instead with `{ hidden: 'null' }` (the `node(id:)` look-up answers null for anything unseen).
 */
export async function illRequestById(db: Db, viewer: Viewer, id: number, options: { hidden?: 'forbidden' | 'null' } = {}): Promise<IllRequestRow | null> {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  const [row] = await db.select().from(illRequests).where(eq(illRequests.id, id));
  if (!row) return null;
  if (can(viewer, 'readIll')) return row;
  const { requesterCode, rotaCodes } = await partiesOf(db, row);
  if (canReadIllRequest(viewer, requesterCode, rotaCodes)) return row;
  if (options.hidden === 'null') return null;
  throw forbidden(`Your token is for ${viewer.memberCode ?? viewer.role}; request ${id} is neither placed by its member nor routed to it.`);
}

/** The actions the viewer's side may take now: its side's transitions; an admin (the office) every one; nobody else any. */
export function availableActions(viewer: Viewer, row: Pick<IllRequestRow, 'serviceType' | 'state'>, requesterCode: string, supplierCode: string | null): IllAction[] {
  const side = illSideOf(viewer, requesterCode, supplierCode);
  if (side === null) return [];
  return transitionsFrom(row.serviceType as IllServiceType, row.state).filter((t) => side === 'OFFICE' || t.side === side).map((t) => t.action);
}

/** The requester's own data on a request (patron reference, copy link): its staff and admins, who act for it. */
export const seesRequesterData = (viewer: Viewer, requesterCode: string): boolean => can(viewer, 'actOnIll', requesterCode);

/** A delivered copy's link: for the requester's staff and admins, until it expires (null after, and for anyone else). */
export function visibleCopyUrl(viewer: Viewer, row: Pick<IllRequestRow, 'copyUrl' | 'copyExpiresAt'>, requesterCode: string, now: Date = new Date()): string | null {
  if (!row.copyUrl || !row.copyExpiresAt || row.copyExpiresAt.getTime() <= now.getTime()) return null;
  return seesRequesterData(viewer, requesterCode) ? row.copyUrl : null;
}

export const rotaOfRequests = (db: Db, ids: readonly number[]): Promise<IllRotaRow[]> =>
  db.select().from(illRota).where(inArray(illRota.requestId, [...ids])).orderBy(asc(illRota.requestId), asc(illRota.position));

export const historyOfRequests = (db: Db, ids: readonly number[]): Promise<IllHistoryRow[]> =>
  db.select().from(illHistory).where(inArray(illHistory.requestId, [...ids])).orderBy(asc(illHistory.requestId), asc(illHistory.id));
