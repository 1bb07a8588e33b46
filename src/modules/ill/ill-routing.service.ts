/**
 * Routing: who a request goes to, in which order, and why (issue 11). `buildRota` reads only; the
 * request service writes its answer to ill_rota in the request's transaction.
 *
 * CONTRACT (the request service and the ISO 18626 edge call these; keep the signatures):
 * - buildRota(db, input) → ranked candidates, best first, each with its score and the reason in words.
 * - feeFor(db, supplierMemberId, serviceType, serviceLevel) → what the supplier charges, or null.
 *
 * First version: every member other than the requester that lends for ILL and holds the record in a
 * lendable holding, one entry per member, ordered by member code. The ranked score (load balance,
 * distance, region), lending rules and closures replace it (see the README's ILL section).
 */
import { and, asc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { holdings } from '../holdings/index.js';
import { members } from '../members/index.js';
import { illFeeTiers } from './ill.tables.js';
import type { IllServiceLevel, IllServiceType } from './ill-states.js';

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

export async function buildRota(db: DbOrTx, input: RotaInput): Promise<RotaCandidate[]> {
  const rows = await db
    .selectDistinctOn([members.code], { memberId: members.id, memberCode: members.code, holdingId: holdings.id })
    .from(holdings)
    .innerJoin(members, eq(members.id, holdings.memberId))
    .where(and(eq(holdings.recordId, input.recordId), eq(holdings.lendable, true), eq(members.lendsForIll, true), ne(members.id, input.requesterMemberId), eq(members.status, 'ACTIVE')))
    .orderBy(asc(members.code), asc(holdings.id));
  return rows.map((r) => ({ ...r, score: 0, reason: 'holds it in a lendable holding' }));
}

/** The supplier's own tier for the service, else the consortium's; null when neither sets one (no charge). */
export async function feeFor(db: DbOrTx, supplierMemberId: number, serviceType: IllServiceType, serviceLevel: IllServiceLevel): Promise<{ amount: string; currency: string } | null> {
  const [tier] = await db
    .select({ amount: illFeeTiers.amount, currency: illFeeTiers.currency })
    .from(illFeeTiers)
    .where(and(eq(illFeeTiers.serviceType, serviceType), eq(illFeeTiers.serviceLevel, serviceLevel), or(eq(illFeeTiers.memberId, supplierMemberId), isNull(illFeeTiers.memberId))))
    .orderBy(sql`${illFeeTiers.memberId} IS NULL`)
    .limit(1);
  return tier ?? null;
}
