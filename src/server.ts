/** `serve`: open the store, migrate, seed an empty database, then serve HTTP until SIGTERM/SIGINT. */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { resolveJwtSecret } from './auth/secret.js';
import { createTokenVerifier } from './auth/tokens.js';
import { openStore, type Store } from './db/store.js';
import { createApp } from './http/app.js';
import { createMetrics } from './http/metrics.js';
import { refreshSearchKeys } from './modules/records/index.js';
import { seedDemoData } from './modules/seed/index.js';
import { reservePort } from './reserve-port.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  // First the port: one in use stops us before the data folder is touched (a development secret is kept there).
  const reserved = await reservePort(config.port, config.host);
  const metrics = createMetrics();
  let store: Store | null = null;
  const stopKeys = new AbortController();
  let keys: Promise<unknown> = Promise.resolve();
  try {
    const secret = resolveJwtSecret(config); // before the store: a bad secret must not leave a lock behind
    store = await openStore(config, 'serve', log, { logQuery: () => metrics.dbStatements.inc() }, { searchKeys: 'later' });
    metrics.dbPoolMax.set(store.database.poolMax);
    if (config.demoData) {
      const seeded = await seedDemoData(store.database.db, (m) => log.info(`loading demo data: ${m}`));
      if (seeded.seeded) log.info(seeded, 'demo data loaded');
    }
    const { httpServer, apollo } = await createApp({
      database: store.database,
      verifyToken: createTokenVerifier({ ...config.jwt, secret }),
      limits: config.limits,
      redisUrl: config.redisUrl,
      introspection: config.introspection,
      metrics,
      log,
    });
    await reserved.handOver(httpServer);
    const port = reserved.port;
    const url = `http://localhost:${port}/graphql`;
    log.info({ url, database: store.database.kind }, `ready at ${url}`);
    const opened = store;
    // keys of an older search-key version are recomputed while the server answers (batched, no long lock)
    keys = refreshSearchKeys(opened.database.db, { signal: stopKeys.signal, onProgress: (m) => log.info(m) }).catch((err: unknown) => {
      log.error({ err }, 'recomputing search keys failed; it is tried again at the next start');
    });
    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      close: () =>
        (closing ??= (async () => {
          await apollo.stop(); // drains open requests, closes the HTTP server
          stopKeys.abort();
          await keys;
          await opened.close();
        })()),
    };
  } catch (err) {
    reserved.release();
    stopKeys.abort();
    await keys;
    await store?.close();
    throw err;
  }
}
