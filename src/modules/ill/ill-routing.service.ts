/**
 * Routing: who a request goes to, in which order, and why (issue 11). `buildRota` reads only; the
 * request service writes its answer to ill_rota in the request's transaction.
 *
 * CONTRACT (the request service and the ISO 18626 edge call these; keep the signatures):
 * - buildRota(db, input) → ranked candidates, best first, each with its score and the reason in words.
 * - feeFor(db, supplierMemberId, serviceType, serviceLevel) → what the supplier charges, or null.
 *
 * Who is a candidate (all in ONE statement, so a rota costs one round trip on 1,000,000 holdings):
 * an ACTIVE member other than the requester, that lends for ILL (members.lends_for_ill), holds the
 * record in a holding with lendable = true, whose effective lending rules (ill-rules.service.ts: the
 * member's row over the consortium's, null inherits) allow it: the service type is supplied
 * (supplies_loans / supplies_copies), for a LOAN the record's format is in lendable_formats when that is
 * set (a COPY is made from any format: article copies come from serials), and the holding's location is
 * not in excluded_locations; not closed on the day (ill_closures: a closed member is left off the rota
 * entirely, so it is never asked; lendingPolicy lists the closure with its reason); and under its
 * daily capacity (rota entries of requests placed that day on which it has been asked, i.e. outcome not
 * PENDING or SKIPPED). A member with several eligible holdings is listed once, with the holding that
 * has most copies available (then the lowest id).
 *
 * The score (higher is better; see scoreOf and the README's ILL routing section):
 *   region   100 when the member's region is the requester's (same region first: the other parts sum
 *            to at most 70, so a same-region member always ranks above any other), else 0;
 *   distance 30 × (1 − min(km, 3000) / 3000), haversine on members.lat/lon; 15 when either side has no
 *            coordinates (neutral);
 *   load     40 × (borrowed + 1) / (lent + borrowed + 2) over the 365 days before the day, where lent
 *            = requests it filled as supplier and borrowed = requests it placed: a member that lends
 *            much more than it borrows scores near 0 and goes later; no history scores 20.
 * Ties: member code, ascending (deterministic).
 */
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/database.js';
import { formatAmount } from '../../lib/money.js';
import { illFeeTiers } from './ill.tables.js';
import type { IllServiceLevel, IllServiceType } from './ill-states.js';
import { dayBounds, dayOf } from './ill-dates.js';

export interface RotaInput {
  recordId: number;
  serviceType: IllServiceType;
  serviceLevel: IllServiceLevel;
  requesterMemberId: number;
  /** The day the rota is built for (closures are checked against it). */
  on: Date;
}

export interface RotaCandidate {
  memberId: number;
  memberCode: string;
  holdingId: number | null;
  score: number;
  reason: string;
}

/** The window over which lending and borrowing are counted for the load balance. */
export const LOAD_WINDOW_DAYS = 365;
export const SCORE_REGION = 100;
export const SCORE_DISTANCE = 30;
export const SCORE_LOAD = 40;
/** Beyond this distance the distance part is 0. */
export const DISTANCE_CAP_KM = 3000;

interface CandidateRow {
  member_id: number;
  code: string;
  region: string | null;
  lat: number | null;
  lon: number | null;
  holding_id: number;
  req_region: string | null;
  req_lat: number | null;
  req_lon: number | null;
  lent: number;
  borrowed: number;
}

export async function buildRota(db: DbOrTx, input: RotaInput): Promise<RotaCandidate[]> {
  const day = dayOf(input.on);
  const { start, end } = dayBounds(day);
  const since = new Date(end.getTime() - LOAD_WINDOW_DAYS * 86_400_000);
  // a fixed column per service type (never caller text)
  const supplies = input.serviceType === 'LOAN' ? sql`coalesce(mr.supplies_loans, c.supplies_loans, true)` : sql`coalesce(mr.supplies_copies, c.supplies_copies, true)`;
  const formatAllowed = input.serviceType === 'LOAN'
    ? sql`(coalesce(mr.lendable_formats, c.lendable_formats) IS NULL OR r.format = ANY (coalesce(mr.lendable_formats, c.lendable_formats)))`
    : sql`true`;
  const rows = await queryRows<CandidateRow>(db, sql`
    WITH c AS (SELECT * FROM ill_lending_rules WHERE member_id IS NULL),
    cand AS (
      SELECT DISTINCT ON (m.id) m.id AS member_id, m.code, m.region, m.lat, m.lon, h.id AS holding_id,
             coalesce(mr.daily_capacity, c.daily_capacity) AS capacity
      FROM holdings h
      JOIN records r ON r.id = h.record_id
      JOIN members m ON m.id = h.member_id
      LEFT JOIN ill_lending_rules mr ON mr.member_id = m.id
      LEFT JOIN c ON true
      WHERE h.record_id = ${input.recordId} AND h.lendable AND m.lends_for_ill AND m.status = 'ACTIVE' AND m.id <> ${input.requesterMemberId}
        AND ${supplies} AND ${formatAllowed}
        AND NOT (h.location = ANY (coalesce(mr.excluded_locations, c.excluded_locations, '{}'::text[])))
        AND NOT EXISTS (SELECT 1 FROM ill_closures cl WHERE cl.member_id = m.id AND cl.starts_on <= ${day}::date AND cl.ends_on >= ${day}::date)
      ORDER BY m.id, h.available DESC, h.id
    ),
    asked AS (
      SELECT ro.member_id, count(*)::int AS n FROM ill_rota ro JOIN ill_requests q ON q.id = ro.request_id
      WHERE ro.member_id IN (SELECT member_id FROM cand WHERE capacity IS NOT NULL) AND ro.outcome NOT IN ('PENDING', 'SKIPPED')
        AND q.created_at >= ${start.toISOString()}::timestamptz AND q.created_at < ${end.toISOString()}::timestamptz
      GROUP BY ro.member_id
    ),
    lent AS (
      SELECT supplier_member_id AS member_id, count(*)::int AS n FROM ill_requests
      WHERE supplier_member_id IN (SELECT member_id FROM cand) AND delivered_at IS NOT NULL
        AND created_at >= ${since.toISOString()}::timestamptz AND created_at < ${end.toISOString()}::timestamptz
      GROUP BY supplier_member_id
    ),
    borrowed AS (
      SELECT requester_member_id AS member_id, count(*)::int AS n FROM ill_requests
      WHERE requester_member_id IN (SELECT member_id FROM cand)
        AND created_at >= ${since.toISOString()}::timestamptz AND created_at < ${end.toISOString()}::timestamptz
      GROUP BY requester_member_id
    )
    SELECT cand.member_id, cand.code, cand.region, cand.lat, cand.lon, cand.holding_id,
           rq.region AS req_region, rq.lat AS req_lat, rq.lon AS req_lon,
           coalesce(lent.n, 0) AS lent, coalesce(borrowed.n, 0) AS borrowed
    FROM cand
    LEFT JOIN members rq ON rq.id = ${input.requesterMemberId}
    LEFT JOIN asked ON asked.member_id = cand.member_id
    LEFT JOIN lent ON lent.member_id = cand.member_id
    LEFT JOIN borrowed ON borrowed.member_id = cand.member_id
    WHERE cand.capacity IS NULL OR coalesce(asked.n, 0) < cand.capacity`);
  return rows
    .map((r) => {
      const { score, reason } = scoreOf(
        { region: r.region, lat: num(r.lat), lon: num(r.lon), lent: Number(r.lent), borrowed: Number(r.borrowed) },
        { region: r.req_region, lat: num(r.req_lat), lon: num(r.req_lon) },
      );
      return { memberId: Number(r.member_id), memberCode: r.code, holdingId: Number(r.holding_id), score, reason };
    })
    .sort((a, b) => b.score - a.score || (a.memberCode < b.memberCode ? -1 : a.memberCode > b.memberCode ? 1 : 0));
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

export interface ScoredSide {
  region: string | null;
  lat: number | null;
  lon: number | null;
}

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The documented score of a candidate for a requester, and its parts in words (stored as the rota entry's reason). */
export function scoreOf(candidate: ScoredSide & { lent: number; borrowed: number }, requester: ScoredSide): { score: number; reason: string } {
  const sameRegion = candidate.region !== null && candidate.region === requester.region;
  const region = sameRegion ? SCORE_REGION : 0;
  const regionText = sameRegion ? `same region (${candidate.region})` : `other region (${candidate.region ?? 'none'})`;
  let distance = SCORE_DISTANCE / 2;
  let distanceText = 'distance unknown';
  if (candidate.lat !== null && candidate.lon !== null && requester.lat !== null && requester.lon !== null) {
    const km = haversineKm({ lat: candidate.lat, lon: candidate.lon }, { lat: requester.lat, lon: requester.lon });
    distance = SCORE_DISTANCE * (1 - Math.min(km, DISTANCE_CAP_KM) / DISTANCE_CAP_KM);
    distanceText = `${Math.round(km)} km`;
  }
  const load = (SCORE_LOAD * (candidate.borrowed + 1)) / (candidate.lent + candidate.borrowed + 2);
  const score = round2(region + distance + load);
  const reason = `${regionText} +${round2(region)}; ${distanceText} +${round2(distance)}; lent ${candidate.lent} : borrowed ${candidate.borrowed} +${round2(load)}; score ${score}`;
  return { score, reason };
}

/** The supplier's own tier for the service, else the consortium's; null when neither sets one (no charge). */
export async function feeFor(db: DbOrTx, supplierMemberId: number, serviceType: IllServiceType, serviceLevel: IllServiceLevel): Promise<{ amount: string; currency: string } | null> {
  const [tier] = await db
    .select({ amount: illFeeTiers.amount, currency: illFeeTiers.currency })
    .from(illFeeTiers)
    .where(and(eq(illFeeTiers.serviceType, serviceType), eq(illFeeTiers.serviceLevel, serviceLevel), or(eq(illFeeTiers.memberId, supplierMemberId), isNull(illFeeTiers.memberId))))
    .orderBy(sql`${illFeeTiers.memberId} IS NULL`)
    .limit(1);
  return tier ? { amount: formatAmount(tier.amount, tier.currency), currency: tier.currency } : null; // '20.0000' stored, '20.00' given
}
