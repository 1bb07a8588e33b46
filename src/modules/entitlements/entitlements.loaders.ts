import DataLoader from 'dataloader';
import type { Db } from '../../db/database.js';
import { alignMany } from '../../graphql/align.js';
import type { EntitlementRow } from './entitlements.tables.js';
import { entitlementsOfMembers, entitlementsOfPeriods } from './entitlements.service.js';
import { ipRangesOfMembers } from './ip-ranges.service.js';

export type MemberEntitlementRow = Awaited<ReturnType<typeof entitlementsOfMembers>>[number];

export function createEntitlementLoaders(db: Db) {
  return {
    entitlementsByPeriod: new DataLoader<number, EntitlementRow[]>(async (ids) => alignMany(ids, await entitlementsOfPeriods(db, ids), (e) => e.periodId)),
    entitlementsByMember: new DataLoader<number, MemberEntitlementRow[]>(async (ids) => alignMany(ids, await entitlementsOfMembers(db, ids), (e) => e.entitlement.memberId)),
    ipRangesByMember: new DataLoader<number, string[]>(async (ids) => alignMany(ids, await ipRangesOfMembers(db, ids), (r) => r.memberId).map((rs) => rs.map((r) => r.cidr))),
  };
}
