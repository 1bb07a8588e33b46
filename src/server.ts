/** `serve`: open the store, migrate, seed an empty database, then serve HTTP until SIGTERM/SIGINT. */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { resolveJwtSecret } from './auth/secret.js';
import { createTokenVerifier } from './auth/tokens.js';
import { openStore } from './db/store.js';
import { createApp } from './http/app.js';
import { createMetrics } from './http/metrics.js';
import { seedDemoData } from './modules/seed/index.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const secret = resolveJwtSecret(config); // before the store: a bad secret must not leave a lock behind
  const metrics = createMetrics();
  const store = await openStore(config, 'serve', log, { logQuery: () => metrics.dbStatements.inc() });
  try {
    metrics.dbPoolMax.set(store.database.poolMax);
    if (config.demoData) {
      const seeded = await seedDemoData(store.database.db, (m) => log.info(`loading demo data: ${m}`));
      if (seeded.seeded) log.info(seeded, 'demo data loaded');
    }
    const { httpServer, apollo } = await createApp({
      database: store.database,
      verifyToken: createTokenVerifier({ ...config.jwt, secret }),
      limits: config.limits,
      introspection: config.introspection,
      metrics,
      log,
    });
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const address = httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}/graphql`;
    log.info({ url, database: store.database.kind }, `sharegraph serving at ${url}`);
    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      close: () =>
        (closing ??= (async () => {
          await apollo.stop(); // drains open requests, closes the HTTP server
          await store.close();
        })()),
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
