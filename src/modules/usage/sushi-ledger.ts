/**
 * The harvest ledger's moves, in SQL, so that several harvesters (server processes, workers, the CLI)
 * on one database never ask a provider twice for the same account × report × month:
 *
 * - rows are created with INSERT … ON CONFLICT DO NOTHING on the unique (account, report, month);
 * - a harvester takes a due row with UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1),
 *   committed at once (status RUNNING, a lease), and asks the provider outside any transaction;
 * - it writes the outcome only while the row is still its own (claimed_by, RUNNING); a row whose lease
 *   ran out (its process died) is due again.
 *
 * Times come from the caller's clock (`now`), so tests move time without waiting.
 */
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/database.js';
import type { CounterException } from '../../importers/counter/counter-types.js';
import { usageHarvests } from './sushi.tables.js';

export type HarvestStatus = 'PENDING' | 'RUNNING' | 'DONE' | 'NO_USAGE' | 'RETRY' | 'FAILED';

export interface LedgerScope {
  providerId?: number | null;
  /** yyyy-mm-01 */
  month?: string | null;
}

const scopeSql = (scope: LedgerScope) =>
  sql`${scope.providerId ? sql`AND provider_id = ${scope.providerId}` : sql``} ${scope.month ? sql`AND month = ${scope.month}::date` : sql``}`;

/**
 * One PENDING row per active provider with a COUNTER API × its member accounts × the reports it
 * harvests, for a month; rows already there stay as they are. Returns how many were new.
 */
export async function scheduleMonth(db: DbOrTx, month: string, providerId: number | null, now: Date): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO usage_harvests (provider_id, account_id, member_id, report_id, month, status, next_attempt_at, created_at, updated_at)
        SELECT p.id, a.id, a.member_id, upper(r.report_id), ${month}::date, 'PENDING', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
        FROM usage_providers p
        JOIN usage_accounts a ON a.provider_id = p.id
        CROSS JOIN LATERAL unnest(p.harvest_reports) AS r(report_id)
        WHERE p.active AND p.sushi_url IS NOT NULL ${providerId ? sql`AND p.id = ${providerId}` : sql``}
        ORDER BY p.id, a.id, 4
        ON CONFLICT (account_id, report_id, month) DO NOTHING
        RETURNING id`,
  );
  return rows.length;
}

/**
 * Asked for by hand (CLI, mutation): the month's PENDING and RETRY rows are due now; with `again`, its
 * DONE, NO_USAGE and FAILED rows too, from attempt 0. RUNNING rows are left to whoever runs them.
 */
export async function bringForward(db: DbOrTx, scope: LedgerScope, again: boolean, now: Date): Promise<void> {
  const statuses = again ? sql`('PENDING', 'RETRY', 'DONE', 'NO_USAGE', 'FAILED')` : sql`('PENDING', 'RETRY')`;
  await db.execute(
    sql`UPDATE usage_harvests SET status = 'PENDING', next_attempt_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
        ${again ? sql`, attempts = CASE WHEN status IN ('PENDING', 'RETRY') THEN attempts ELSE 0 END` : sql``}
        WHERE status IN ${statuses} ${scopeSql(scope)}`,
  );
}

/**
 * Takes one due row (PENDING or RETRY whose time has come, or RUNNING whose lease ran out) for
 * `worker`, or null when none is due. Committed on return: another harvester skips it.
 */
export async function claimDue(db: DbOrTx, worker: string, scope: LedgerScope, now: Date, leaseMs: number): Promise<number | null> {
  const at = now.toISOString();
  const rows = await queryRows<{ id: number }>(
    db,
    sql`UPDATE usage_harvests h
        SET status = 'RUNNING', attempts = h.attempts + 1, claimed_by = ${worker},
            lease_until = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz, last_attempt_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
        WHERE h.id = (
          SELECT id FROM usage_harvests
          WHERE ((status IN ('PENDING', 'RETRY') AND next_attempt_at <= ${at}::timestamptz) OR (status = 'RUNNING' AND lease_until < ${at}::timestamptz))
            ${scopeSql(scope)}
          ORDER BY next_attempt_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        RETURNING h.id`,
  );
  return rows[0]?.id ?? null;
}

export interface LedgerOutcome {
  status: Exclude<HarvestStatus, 'PENDING' | 'RUNNING'>;
  message: string;
  exceptions: CounterException[];
  httpStatus: number | null;
  nextAttemptAt?: Date | null;
  counterReportId?: number | null;
  factsStored?: number | null;
}

/** Writes the outcome of a taken row; false when the row is no longer this worker's (its lease was taken over). */
export async function finishClaim(db: DbOrTx, id: number, worker: string, outcome: LedgerOutcome, now: Date): Promise<boolean> {
  const rows = await db
    .update(usageHarvests)
    .set({
      status: outcome.status,
      claimedBy: null,
      leaseUntil: null,
      lastMessage: outcome.message,
      lastExceptions: outcome.exceptions,
      lastExceptionCodes: outcome.exceptions.map((e) => e.code),
      lastHttpStatus: outcome.httpStatus,
      ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      ...(outcome.counterReportId !== undefined ? { counterReportId: outcome.counterReportId } : {}),
      ...(outcome.factsStored !== undefined ? { factsStored: outcome.factsStored } : {}),
      updatedAt: now,
    })
    .where(and(eq(usageHarvests.id, id), eq(usageHarvests.claimedBy, worker), eq(usageHarvests.status, 'RUNNING')))
    .returning({ id: usageHarvests.id });
  return rows.length > 0;
}
