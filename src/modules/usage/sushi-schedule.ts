/**
 * The monthly harvest `serve` runs by itself: every few minutes it looks at the ledger; from the
 * USAGE_HARVEST_DAY-th of a month (consortium time) it creates the previous month's lines (once: the
 * ledger's unique key), and at every tick it asks for whatever is due (new lines, retries whose time
 * has come, lines whose harvester died). Several server processes may run it against one database:
 * the ledger decides who asks for what (sushi-ledger.ts), so each line is asked for once.
 */
import { consortiumToday } from '../resources/index.js';
import type { Db } from '../../db/database.js';
import { harvestUsage, type HarvestDeps } from './sushi-harvest.service.js';

export interface MonthlyHarvestOptions {
  /** day of the month from which the previous month is harvested (1–28) */
  day: number;
  /** how often the ledger is looked at (default 5 minutes) */
  tickMs?: number;
  onError?(err: unknown): void;
  onRun?(summary: { month: string; scheduled: number; asked: number }): void;
}

export interface MonthlyHarvest {
  /** stops the timer, and waits for the line being asked for to finish */
  stop(): Promise<void>;
}

export function startMonthlyHarvest(db: Db, deps: HarvestDeps, options: MonthlyHarvestOptions): MonthlyHarvest {
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running || abort.signal.aborted) return; // one run at a time in this process
    const day = Number(consortiumToday(deps.now()).slice(8, 10));
    running = harvestUsage(db, deps, { schedule: day >= options.day, signal: abort.signal })
      .then((s) => {
        if (s.scheduled > 0 || s.harvests.length > 0) options.onRun?.({ month: s.month, scheduled: s.scheduled, asked: s.harvests.length });
      })
      .catch((err: unknown) => options.onError?.(err))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.tickMs ?? 5 * 60_000);
  timer.unref();
  setImmediate(tick);
  return {
    async stop() {
      abort.abort();
      clearInterval(timer);
      await running;
    },
  };
}
