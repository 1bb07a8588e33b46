/**
 * Patron references are the only personal data an ILL request keeps, and only while it is needed:
 * ILL_PATRON_RETENTION_DAYS (default 90) after a request closes, the reference is removed (the
 * request, its rota, history and charge stay, for statements and statistics). `serve` runs this once
 * a day; `sharegraph ill purge` runs it on demand. Both take the clock as an argument, so tests move
 * time instead of waiting for it.
 */
import { and, isNotNull, lt } from 'drizzle-orm';
import { SYSTEM_VIEWER } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/index.js';
import { illRequests } from './ill.tables.js';

export const DEFAULT_PATRON_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

export interface PurgeResult {
  /** requests whose patron reference was removed now */
  removed: number;
  /** requests closed before this instant had theirs removed */
  closedBefore: Date;
}

/** Removes the patron reference of every request closed more than `retentionDays` before `now`; one audit entry when any is removed. */
export async function removeExpiredPatronReferences(db: Db, now: Date, retentionDays = DEFAULT_PATRON_RETENTION_DAYS): Promise<PurgeResult> {
  const closedBefore = new Date(now.getTime() - retentionDays * DAY_MS);
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(illRequests)
      .set({ patronReference: null, patronReferenceRemovedAt: now })
      .where(and(isNotNull(illRequests.patronReference), isNotNull(illRequests.closedAt), lt(illRequests.closedAt, closedBefore)))
      .returning({ id: illRequests.id });
    if (rows.length > 0) {
      await recordAudit(tx, { ...SYSTEM_VIEWER, sub: 'ill-retention' }, {
        action: 'removePatronReferences', entityType: 'IllRequest', entityId: 'retention', reason: `closed more than ${retentionDays} days ago (ILL_PATRON_RETENTION_DAYS)`,
        changes: { removed: rows.length, requestIds: rows.map((r) => r.id).sort((a, b) => a - b), closedBefore: closedBefore.toISOString() },
      });
    }
    return { removed: rows.length, closedBefore };
  });
}

export interface DailyPurgeOptions {
  retentionDays: number;
  /** the clock (tests pass their own) */
  now?: () => Date;
  /** how often it runs (default a day); the first run is at start */
  intervalMs?: number;
  onRun?(result: PurgeResult): void;
  onError?(err: unknown): void;
}

/** Runs removeExpiredPatronReferences at start and then daily; several servers running it at once remove each reference once. */
export function startDailyPatronPurge(db: Db, options: DailyPurgeOptions): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = removeExpiredPatronReferences(db, (options.now ?? (() => new Date()))(), options.retentionDays)
      .then((r) => options.onRun?.(r))
      .catch((err: unknown) => options.onError?.(err))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? DAY_MS);
  timer.unref();
  setImmediate(tick);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
