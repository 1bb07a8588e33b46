/**
 * The dispatcher's statements: fanning the outbox out into deliveries, claiming subscriptions (a lease,
 * so each subscription's deliveries leave from one process at a time, in event order), reading a
 * subscription's queue, and recording each attempt. Times come from the dispatcher's clock (injectable),
 * not the database's, so a test can move it.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type DbOrTx } from '../../db/database.js';
import type { EventRow } from '../events/index.js';

/** The advisory lock one fan-out holds at a time, so events are fanned out in id order (the ASCII of "SGWH"). */
const FAN_OUT_LOCK = 0x53475748;

/**
 * Makes the deliveries of up to `limit` events not yet fanned out (oldest first) for every subscription
 * that wants them: an event type it names, and its member among the event's members (or no member:
 * every member's events), for events that happened after it was created. Paused subscriptions get
 * theirs too (sent on resume). Returns how many events it fanned out; null when another process is
 * fanning out right now (it will take these).
 */
export async function fanOut(db: Db, now: Date, limit = 200): Promise<{ events: number; deliveries: number } | null> {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ got: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${FAN_OUT_LOCK}) AS got`);
    if (!lock.got) return null;
    const [counts] = await queryRows<{ events: number; deliveries: number }>(
      tx,
      sql`WITH batch AS (
            SELECT id, type, member_codes, occurred_at FROM events WHERE fanned_out_at IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED
          ), made AS (
            INSERT INTO webhook_deliveries (subscription_id, event_id, next_attempt_at)
            SELECT s.id, b.id, ${now.toISOString()}::timestamptz FROM batch b
            JOIN webhook_subscriptions s ON b.type = ANY (s.event_types)
              AND (s.member_code IS NULL OR s.member_code = ANY (b.member_codes))
              AND s.created_at <= b.occurred_at
            ON CONFLICT (subscription_id, event_id) DO NOTHING
            RETURNING 1
          ), marked AS (
            UPDATE events e SET fanned_out_at = now() FROM batch b WHERE e.id = b.id RETURNING 1
          )
          SELECT (SELECT count(*) FROM marked)::int AS events, (SELECT count(*) FROM made)::int AS deliveries`,
    );
    return { events: Number(counts.events), deliveries: Number(counts.deliveries) };
  });
}

export interface ClaimedSubscription {
  id: number;
  url: string;
  secret: string;
  consecutiveFailures: number;
}

/**
 * Leases up to `limit` active subscriptions whose oldest pending delivery is due, least recently served
 * first. A lease is free when none is held, when it ran out, or when the process holding it is gone (no
 * database session of its name left: pg_stat_activity lists every session on a server; PGlite lists
 * only its own, and its folder is one process at a time). SKIP LOCKED: processes claiming at the same
 * moment take different subscriptions.
 */
export async function claimSubscriptions(db: DbOrTx, owner: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedSubscription[]> {
  const rows = await queryRows<{ id: number; url: string; secret: string; consecutive_failures: number }>(
    db,
    sql`WITH due AS (
          SELECT s.id FROM webhook_subscriptions s
          WHERE s.status = 'ACTIVE'
            AND (s.leased_by IS NULL OR s.lease_until < ${now.toISOString()}::timestamptz
                 OR (s.leased_by <> ${owner} AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = s.leased_by)))
            AND (SELECT d.next_attempt_at FROM webhook_deliveries d
                 WHERE d.subscription_id = s.id AND d.status = 'PENDING' ORDER BY d.event_id LIMIT 1) <= ${now.toISOString()}::timestamptz
          ORDER BY s.lease_until NULLS FIRST, s.id
          LIMIT ${limit}
          FOR UPDATE OF s SKIP LOCKED
        )
        UPDATE webhook_subscriptions s SET leased_by = ${owner}, lease_until = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz
        FROM due WHERE s.id = due.id
        RETURNING s.id, s.url, s.secret, s.consecutive_failures`,
  );
  return rows.map((r) => ({ id: Number(r.id), url: r.url, secret: r.secret, consecutiveFailures: Number(r.consecutive_failures) }));
}

/** Ends a lease; the subscription is then the most recently served (claims go least recently served first). */
export async function releaseSubscription(db: DbOrTx, subscriptionId: number, owner: string, now: Date): Promise<void> {
  await db.execute(sql`UPDATE webhook_subscriptions SET leased_by = NULL, lease_until = ${now.toISOString()}::timestamptz WHERE id = ${subscriptionId} AND leased_by = ${owner}`);
}

export interface QueuedDelivery {
  id: number;
  attempts: number;
  nextAttemptAt: Date;
  firstAttemptAt: Date | null;
  event: Pick<EventRow, 'id' | 'type' | 'occurredAt' | 'memberCodes' | 'data'>;
}

/** The next pending deliveries of each of these subscriptions (those still active), in event order. */
export async function pendingDeliveries(db: DbOrTx, subscriptionIds: readonly number[], perSubscription: number): Promise<Map<number, QueuedDelivery[]>> {
  const queues = new Map<number, QueuedDelivery[]>(subscriptionIds.map((id) => [id, []]));
  if (subscriptionIds.length === 0) return queues;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT q.id, q.subscription_id, q.attempts, q.next_attempt_at, q.first_attempt_at, e.id AS event_id, e.type, e.occurred_at, e.member_codes, e.data
        FROM (
          SELECT d.*, row_number() OVER (PARTITION BY d.subscription_id ORDER BY d.event_id) AS place
          FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.status = 'ACTIVE'
          WHERE d.subscription_id = ANY (${`{${subscriptionIds.join(',')}}`}::int[]) AND d.status = 'PENDING'
        ) q JOIN events e ON e.id = q.event_id
        WHERE q.place <= ${perSubscription}
        ORDER BY q.subscription_id, q.event_id`,
  );
  for (const r of rows) {
    queues.get(Number(r.subscription_id))!.push({
      id: Number(r.id),
      attempts: Number(r.attempts),
      nextAttemptAt: new Date(r.next_attempt_at as string),
      firstAttemptAt: r.first_attempt_at ? new Date(r.first_attempt_at as string) : null,
      event: {
        id: Number(r.event_id),
        type: r.type as EventRow['type'],
        occurredAt: new Date(r.occurred_at as string),
        memberCodes: r.member_codes as string[],
        data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Record<string, unknown>,
      },
    });
  }
  return queues;
}

export interface AttemptOutcome {
  at: Date;
  /** HTTP status, null when there was no answer */
  responseStatus: number | null;
  /** null: delivered */
  error: string | null;
  /** for a failure: PENDING again at this time, or FAILED (null) */
  retryAt: Date | null;
}

/** Records one attempt; only while the delivery is still pending (a replayed or deleted one is left alone). */
export async function recordAttempt(db: DbOrTx, deliveryId: number, outcome: AttemptOutcome): Promise<void> {
  const at = outcome.at.toISOString();
  const status = outcome.error === null ? 'DELIVERED' : outcome.retryAt ? 'PENDING' : 'FAILED';
  await db.execute(sql`
    UPDATE webhook_deliveries SET status = ${status}, attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, ${at}::timestamptz),
      last_attempt_at = ${at}::timestamptz, delivered_at = ${outcome.error === null ? at : null}::timestamptz,
      next_attempt_at = ${(outcome.retryAt ?? outcome.at).toISOString()}::timestamptz,
      response_status = ${outcome.responseStatus}, last_error = ${outcome.error}
    WHERE id = ${deliveryId} AND status = 'PENDING'`);
}

/** After an attempt: failures since the last success, and the pause (with its reason) when one is due. */
export async function recordSubscriptionOutcome(db: DbOrTx, subscriptionId: number, succeeded: boolean, pauseReason: string | null): Promise<void> {
  if (succeeded) {
    await db.execute(sql`UPDATE webhook_subscriptions SET consecutive_failures = 0 WHERE id = ${subscriptionId} AND consecutive_failures <> 0`);
    return;
  }
  await db.execute(sql`
    UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1,
      status = CASE WHEN ${pauseReason}::text IS NULL THEN status ELSE 'PAUSED' END,
      paused_reason = coalesce(${pauseReason}::text, paused_reason),
      updated_at = CASE WHEN ${pauseReason}::text IS NULL THEN updated_at ELSE now() END
    WHERE id = ${subscriptionId}`);
}
