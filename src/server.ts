/**
 * `serve`: open the store, migrate, seed an empty database, then serve HTTP until SIGTERM/SIGINT.
 * On a PostgreSQL server with WORKERS > 1 (the default on a multi-core machine) the answering is done
 * by worker processes (src/serve-cluster.ts); on the embedded database, or with WORKERS=1, by this one.
 */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { resolveJwtSecret } from './auth/secret.js';
import { createTokenVerifier } from './auth/tokens.js';
import type { Store } from './db/store.js';
import { createApp } from './http/app.js';
import { createMetrics } from './http/metrics.js';
import { reservePort } from './reserve-port.js';
import { startClusterPrimary } from './serve-cluster.js';
import { openServeStore, startBackgroundJobs, type BackgroundJobs } from './serve-store.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Processes that answer HTTP: PGlite is one process (its folder cannot be shared), a server database takes WORKERS. */
export function serveWorkerCount(config: Config): number {
  return config.databaseUrl ? config.workers : 1;
}

export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  if (serveWorkerCount(config) > 1) return startClusterPrimary(config, log);
  // First the port: one in use stops us before the data folder is touched (a development secret is kept there).
  const reserved = await reservePort(config.port, config.host);
  const metrics = createMetrics();
  let store: Store | null = null;
  let jobs: BackgroundJobs | null = null;
  try {
    const secret = resolveJwtSecret(config); // before the store: a bad secret must not leave a lock behind
    store = await openServeStore(config, log, { logQuery: () => metrics.dbStatements.inc() });
    metrics.dbPoolMax.set(store.database.poolMax);
    const { httpServer, apollo } = await createApp({
      database: store.database,
      verifyToken: createTokenVerifier({ ...config.jwt, secret }),
      limits: config.limits,
      redisUrl: config.redisUrl,
      introspection: config.introspection,
      iso18626: config.iso18626,
      metrics,
      log,
    });
    await reserved.handOver(httpServer);
    const port = reserved.port;
    const url = `http://localhost:${port}/graphql`;
    log.info({ url, database: store.database.kind, workers: 1 }, `ready at ${url}`);
    const opened = store;
    const running = (jobs = startBackgroundJobs(opened, log, config));
    let closing: Promise<void> | null = null;
    return {
      url,
      port,
      close: () =>
        (closing ??= (async () => {
          await apollo.stop(); // drains open requests, closes the HTTP server
          await running.stop();
          await opened.close();
        })()),
    };
  } catch (err) {
    reserved.release();
    await jobs?.stop();
    await store?.close();
    throw err;
  }
}
