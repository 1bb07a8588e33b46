/**
 * Metering of API clients: per client, UTC day and operation name, the requests, errors, cost points
 * and durations (as bucket counts). Counted in memory per process and added to the database's rows
 * every few seconds in one statement, so a request costs no write of its own; several processes add
 * to the same rows.
 */
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/database.js';
import { apiClientRequestStats } from './clients.tables.js';

/** upper edges of the duration buckets, in ms; slower requests count in the last */
export const METER_BUCKETS_MS = [1, 2, 3, 5, 8, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 5000, 10_000, 30_000, 60_000] as const;

export interface MeteredRequest {
  clientId: number;
  /** the operation's name as the metrics label it (bounded) */
  operation: string;
  ms: number;
  error: boolean;
  /** the query's estimated cost (src/graphql/limits.ts); 0 when refused before it was estimated */
  cost: number;
}

interface Tally {
  clientId: number;
  day: string;
  operation: string;
  requests: number;
  errors: number;
  cost: number;
  buckets: number[];
}

export interface RequestMeter {
  record(request: MeteredRequest): void;
  /** writes what was counted since the last flush */
  flush(): Promise<void>;
  /** stops the timer and flushes */
  close(): Promise<void>;
}

export function bucketOf(ms: number): number {
  const i = METER_BUCKETS_MS.findIndex((edge) => ms <= edge);
  return i === -1 ? METER_BUCKETS_MS.length - 1 : i;
}

export function createRequestMeter(db: Db, options: { flushEveryMs?: number; log?: Logger; now?: () => Date } = {}): RequestMeter {
  const now = options.now ?? (() => new Date());
  let pending = new Map<string, Tally>();
  let flushing: Promise<void> = Promise.resolve();

  const add = (into: Map<string, Tally>, t: Tally) => {
    const key = JSON.stringify([t.clientId, t.day, t.operation]);
    const old = into.get(key);
    if (!old) into.set(key, t);
    else {
      old.requests += t.requests;
      old.errors += t.errors;
      old.cost += t.cost;
      t.buckets.forEach((n, i) => (old.buckets[i] += n));
    }
  };

  const write = async () => {
    const batch = pending;
    pending = new Map();
    if (batch.size === 0) return;
    const rows = [...batch.values()];
    try {
      await db
        .insert(apiClientRequestStats)
        .values(rows.map((t) => ({ clientId: t.clientId, day: t.day, operation: t.operation, requests: t.requests, errors: t.errors, costPoints: t.cost, durationBuckets: t.buckets })))
        .onConflictDoUpdate({
          target: [apiClientRequestStats.clientId, apiClientRequestStats.day, apiClientRequestStats.operation],
          set: {
            requests: sql`${apiClientRequestStats.requests} + excluded.requests`,
            errors: sql`${apiClientRequestStats.errors} + excluded.errors`,
            costPoints: sql`${apiClientRequestStats.costPoints} + excluded.cost_points`,
            // element-wise sum, in bucket order (a row written with fewer buckets counts its missing ones as 0)
            durationBuckets: sql`ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest(${apiClientRequestStats.durationBuckets}, excluded.duration_buckets) WITH ORDINALITY AS u(a, b, i) ORDER BY i)`,
          },
        });
    } catch (err) {
      // the counts are kept for the next flush (a client deleted meanwhile cannot be: clients are only revoked)
      for (const t of rows) add(pending, t);
      options.log?.warn({ err }, 'API client request statistics not written; retried at the next flush');
    }
  };

  const flush = () => (flushing = flushing.then(write));
  const timer = setInterval(() => void flush(), options.flushEveryMs ?? 5_000);
  timer.unref();

  return {
    record(r) {
      const buckets = new Array<number>(METER_BUCKETS_MS.length).fill(0);
      buckets[bucketOf(r.ms)] = 1;
      add(pending, { clientId: r.clientId, day: now().toISOString().slice(0, 10), operation: r.operation, requests: 1, errors: r.error ? 1 : 0, cost: r.cost, buckets });
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}

/** The upper edge of the bucket that holds the 95th percentile (0 for no requests). */
export function p95OfBuckets(buckets: readonly number[]): number {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    seen += buckets[i];
    if (seen >= 0.95 * total) return METER_BUCKETS_MS[Math.min(i, METER_BUCKETS_MS.length - 1)];
  }
  return METER_BUCKETS_MS[METER_BUCKETS_MS.length - 1];
}

export interface RequestStatsLine {
  day: string;
  operation: string;
  requests: number;
  errors: number;
  p95Ms: number;
  costPoints: number;
}

/** A client's statistics from `from` to `to` (UTC days, both included), by day then operation. */
export async function requestStatsOf(db: Db, clientId: number, from: string, to: string): Promise<RequestStatsLine[]> {
  const rows = await db
    .select()
    .from(apiClientRequestStats)
    .where(and(eq(apiClientRequestStats.clientId, clientId), gte(apiClientRequestStats.day, from), lte(apiClientRequestStats.day, to)))
    .orderBy(asc(apiClientRequestStats.day), asc(apiClientRequestStats.operation));
  return rows.map((r) => ({ day: r.day, operation: r.operation, requests: Number(r.requests), errors: Number(r.errors), costPoints: Number(r.costPoints), p95Ms: p95OfBuckets(r.durationBuckets.map(Number)) }));
}
