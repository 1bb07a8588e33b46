/** Member IP ranges: validated with lib/ip-ranges (ipaddr.js), looked up in SQL through a GiST inet index. */
import { assertAdmin } from '../../auth/policy.js';
import { asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { preparedStatement, type Db, type DbOrTx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error.js';
import { findOverlaps, parseCidr, parseIp } from '../../lib/ip-ranges.js';
import { recordAudit } from '../audit/index.js';
import { memberByCode, membersByIds, type MemberRow } from '../members/index.js';
import { memberIpRanges, type MemberIpRangeRow } from './entitlements.tables.js';

export const ipRangesOfMembers = (db: DbOrTx, memberIds: readonly number[]): Promise<MemberIpRangeRow[]> =>
  db.select().from(memberIpRanges).where(inArray(memberIpRanges.memberId, [...memberIds])).orderBy(asc(memberIpRanges.memberId), asc(memberIpRanges.cidr));

/** Ids of the members whose ranges contain `ip` (already normalised by parseIp), ascending. */
/** Prepared (one round trip, no query building): accessCheck by IP asks it on every request. */
const membersHoldingIp = preparedStatement<{ member_id: number }>('members_by_ip', sql`SELECT DISTINCT member_id FROM member_ip_ranges WHERE range >>= ${sql.placeholder('ip')}::inet ORDER BY member_id`);

export async function memberIdsByIp(db: DbOrTx, ip: string): Promise<number[]> {
  return (await membersHoldingIp(db, { ip })).map((r) => Number(r.member_id));
}

export { parseIp };

export async function setMemberIpRanges(
  db: Db,
  viewer: Viewer,
  input: { memberCode: string; ranges: string[]; allowOverlap?: boolean | null; reason: string },
): Promise<{ member: MemberRow | null; ipRanges: string[] | null; userErrors: UserError[] }> {
  assertAdmin(viewer);
  const errors: UserError[] = [];
  if (!input.reason.trim()) errors.push(userError(['reason'], UserErrorCode.REQUIRED, 'say why (kept in the audit log)'));
  const cidrs: string[] = [];
  input.ranges.forEach((text, i) => {
    const parsed = parseCidr(text);
    if ('error' in parsed) errors.push(userError(['ranges', String(i)], UserErrorCode.INVALID_CIDR, parsed.error));
    else if (cidrs.includes(parsed.cidr)) errors.push(userError(['ranges', String(i)], UserErrorCode.INVALID_VALUE, `${parsed.cidr} is listed twice`));
    else cidrs.push(parsed.cidr);
  });
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE member_ip_ranges IN SHARE ROW EXCLUSIVE MODE`); // two admins cannot both add overlapping ranges unseen
    const member = await memberByCode(tx, input.memberCode.trim());
    if (!member) errors.push(userError(['memberCode'], UserErrorCode.UNKNOWN_MEMBER, `no member has code ${input.memberCode}`));
    if (errors.length) return { member: null, ipRanges: null, userErrors: errors };
    const others = await tx.select({ memberId: memberIpRanges.memberId, cidr: memberIpRanges.cidr }).from(memberIpRanges).where(ne(memberIpRanges.memberId, member!.id));
    const codes = new Map((await membersByIds(tx as Db, [...new Set(others.map((o) => o.memberId))])).map((m) => [m.id, m.code]));
    const overlaps = findOverlaps(cidrs, others.map((o) => ({ memberCode: codes.get(o.memberId)!, cidr: o.cidr })));
    if (overlaps.length && !input.allowOverlap) {
      return {
        member: null, ipRanges: null,
        userErrors: overlaps.map((o) =>
          userError(['ranges', String(cidrs.indexOf(o.cidr))], UserErrorCode.IP_RANGE_OVERLAP, `${o.cidr} overlaps ${o.existing} of ${o.memberCode} (${o.relation === 'same' ? 'the same range' : o.relation === 'contains' ? 'it contains that range' : 'it lies inside that range'}); pass allowOverlap: true with a reason if the campus is shared`),
        ),
      };
    }
    const before = (await tx.select({ cidr: memberIpRanges.cidr }).from(memberIpRanges).where(eq(memberIpRanges.memberId, member!.id))).map((r) => r.cidr);
    await tx.delete(memberIpRanges).where(eq(memberIpRanges.memberId, member!.id));
    if (cidrs.length) await tx.insert(memberIpRanges).values(cidrs.map((cidr) => ({ memberId: member!.id, cidr, range: cidr })));
    await recordAudit(tx, viewer, {
      action: 'setMemberIpRanges', entityType: 'Member', entityId: member!.id, reason: input.reason,
      before: { code: member!.code, ipRanges: before.sort() },
      after: { code: member!.code, ipRanges: [...cidrs].sort(), overlapsAllowed: overlaps.map((o) => ({ cidr: o.cidr, memberCode: o.memberCode, existing: o.existing })) },
    });
    return { member: member!, ipRanges: [...cidrs].sort(), userErrors: [] };
  });
}
