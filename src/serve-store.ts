/**
 * What `serve` does once per deployment, whether one process answers or several workers do: open the
 * store (migrations), load the demo data into an empty database, and run the background jobs (search
 * keys of an older key version recomputed while the server answers). With workers, the primary process
 * does this and the workers only serve (src/serve-cluster.ts), so none of it runs twice.
 */
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { openStore, type Store } from './db/store.js';
import { refreshSearchKeys } from './modules/records/index.js';
import { seedDemoData } from './modules/seed/index.js';
import { harvestDepsFor, startMonthlyHarvest } from './modules/usage/index.js';
import { startDailyPatronPurge } from './modules/ill/index.js';
import { createOutboundClient } from './lib/outbound/index.js';
import { createEventBus } from './modules/events/index.js';
import { createWebhookDispatcher } from './modules/webhooks/index.js';

export async function openServeStore(config: Config, log: Logger, drizzleLogger?: DrizzleLogger): Promise<Store> {
  const store = await openStore(config, 'serve', log, drizzleLogger, { searchKeys: 'later' });
  try {
    if (config.demoData) {
      const seeded = await seedDemoData(store.database.db, (m) => log.info(`loading demo data: ${m}`));
      if (seeded.seeded) log.info(seeded, 'demo data loaded');
    }
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}

export interface BackgroundJobs {
  /** stops the jobs at their next batch and waits for them */
  stop(): Promise<void>;
}

/**
 * Started once the API answers: keys of an older search-key version are recomputed in batches, no long
 * lock; unless USAGE_HARVEST_DAY is 0, the monthly COUNTER harvest (src/modules/usage/sushi-schedule.ts); and, daily, the
 * removal of ILL patron references ILL_PATRON_RETENTION_DAYS after their request closed (src/modules/ill/ill-retention.ts);
 * and, unless WEBHOOK_DISPATCH is false, the webhook dispatcher (src/modules/webhooks/webhook-dispatcher.ts),
 * woken by the event bus. Several `serve` processes on one PostgreSQL database share the deliveries.
 */
export function startBackgroundJobs(store: Store, log: Logger, config?: Config): BackgroundJobs {
  const abort = new AbortController();
  const keys = refreshSearchKeys(store.database.db, { signal: abort.signal, onProgress: (m) => log.info(m) }).catch((err: unknown) => {
    log.error({ err }, 'recomputing search keys failed; it is tried again at the next start');
  });
  const harvest =
    config && config.usageHarvest.day > 0
      ? startMonthlyHarvest(store.database.db, harvestDepsFor(config, { log: (m) => log.info(`usage harvest: ${m}`) }), {
          day: config.usageHarvest.day,
          onRun: (s) => log.info(s, `usage harvest of ${s.month}: ${s.scheduled} new ledger lines, ${s.asked} asked for`),
          onError: (err) => log.error({ err }, 'the usage harvest failed; it runs again at the next tick'),
        })
      : null;
  const purge = config
    ? startDailyPatronPurge(store.database.db, {
        retentionDays: config.ill.patronRetentionDays,
        onRun: (r) => r.removed > 0 && log.info(r, `ILL: removed ${r.removed} patron references of requests closed before ${r.closedBefore.toISOString()}`),
        onError: (err) => log.error({ err }, 'removing expired ILL patron references failed; it runs again tomorrow'),
      })
    : null;
  const webhooks = config && config.webhooks.dispatch ? startWebhookDispatch(store, log, config) : null;
  return {
    async stop() {
      abort.abort();
      await Promise.all([keys, harvest?.stop(), purge?.stop(), webhooks?.then((w) => w?.stop())]);
    },
  };
}

/** The dispatcher and the event bus that wakes it; null (logged) when the bus cannot listen. */
async function startWebhookDispatch(store: Store, log: Logger, config: Config): Promise<{ stop(): Promise<void> } | null> {
  try {
    const bus = await createEventBus(store.database, log);
    const dispatcher = createWebhookDispatcher(store.database, {
      outbound: createOutboundClient(config.outbound),
      bus,
      log: log.child({ job: 'webhooks' }),
      timeoutMs: config.webhooks.timeoutMs,
      concurrency: config.webhooks.concurrency,
    });
    dispatcher.start();
    log.debug('webhook dispatcher started');
    return {
      async stop() {
        await dispatcher.stop();
        await bus.close();
      },
    };
  } catch (err) {
    log.error({ err }, 'the webhook dispatcher could not start; webhooks are not sent by this process');
    return null;
  }
}
