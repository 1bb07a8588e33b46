/** The harvest ledger as the API lists it: newest first, scoped by the policy's 'readUsage'. */
import { and, count, desc, eq, lt, type SQL } from 'drizzle-orm';
import { can, requireRole } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { forbidden } from '../../graphql/errors.js';
import { members } from '../members/index.js';
import type { HarvestStatus } from './sushi-ledger.js';
import { usageHarvests, type UsageHarvestRow } from './sushi.tables.js';
import { usageProviders, type UsageProviderRow } from './usage.tables.js';

export interface HarvestListFilter {
  providerId?: number | null;
  memberCode?: string | null;
  status?: HarvestStatus | null;
}

export interface HarvestListRow {
  harvest: UsageHarvestRow;
  provider: UsageProviderRow;
  memberCode: string;
}

/**
 * Whose harvests a listing may show: member staff their own member's only (naming another is
 * FORBIDDEN), analysts and admins anyone's.
 */
export function harvestScope(viewer: Viewer, requestedCode: string | null): string | null {
  requireRole(viewer, ['member', 'analyst', 'admin']);
  if (viewer.role !== 'member') return requestedCode;
  if (requestedCode && !can(viewer, 'readUsage', requestedCode)) throw forbidden(`Your token is for ${viewer.memberCode}; it may not read the usage harvests of ${requestedCode}.`);
  return viewer.memberCode;
}

export async function listHarvests(db: Db, viewer: Viewer, filter: HarvestListFilter, limit: number, beforeId: number | null) {
  const memberCode = harvestScope(viewer, filter.memberCode?.trim() || null);
  const where: SQL | undefined = and(
    filter.providerId ? eq(usageHarvests.providerId, filter.providerId) : undefined,
    memberCode ? eq(members.code, memberCode) : undefined,
    filter.status ? eq(usageHarvests.status, filter.status) : undefined,
  );
  const rows: HarvestListRow[] = await db
    .select({ harvest: usageHarvests, provider: usageProviders, memberCode: members.code })
    .from(usageHarvests)
    .innerJoin(usageProviders, eq(usageProviders.id, usageHarvests.providerId))
    .innerJoin(members, eq(members.id, usageHarvests.memberId))
    .where(and(where, beforeId !== null ? lt(usageHarvests.id, beforeId) : undefined))
    .orderBy(desc(usageHarvests.id))
    .limit(limit);
  const total = async () =>
    (await db.select({ n: count() }).from(usageHarvests).innerJoin(members, eq(members.id, usageHarvests.memberId)).where(where))[0].n;
  return { rows, total };
}
