/**
 * `serve` with worker processes (node:cluster), on a PostgreSQL server: one process's event loop is
 * the limit of a request path (graphql-js, Apollo, JSON, sockets), and the API keeps no state of its
 * own (rate-limit counters are shared through Redis when REDIS_URL is set), so WORKERS processes
 * answer side by side.
 *
 * The primary process does what must happen once: it binds the port first (src/reserve-port.ts: a
 * port in use is one line before anything else happens), opens the store (migrations, demo data),
 * starts the workers, then runs the background jobs (src/serve-store.ts) and accepts connections,
 * handing each to a worker in turn (as node:cluster's own round-robin does, but from the socket it
 * reserved, so the port is never free between the check and the start). It answers no request itself.
 * Each worker opens its own connection pool (its share of DATABASE_POOL_MAX), builds the schema and
 * serves the connections it is given; /metrics in any worker answers for all of them (prom-client's
 * AggregatorRegistry, through the primary).
 *
 * Stopping (SIGTERM/SIGINT to the primary): it stops accepting, tells every worker to finish its open
 * requests and stop, waits for them, stops the background jobs and closes the store. A worker that
 * dies is replaced; a worker whose primary is gone stops.
 */
import cluster, { type Worker } from 'node:cluster';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { AggregatorRegistry } from 'prom-client';
import type { Config } from './config.js';
import { resolveJwtSecret } from './auth/secret.js';
import { createTokenVerifier } from './auth/tokens.js';
import { openDatabase, type Database } from './db/database.js';
import type { Store } from './db/store.js';
import { createApp } from './http/app.js';
import { createMetrics } from './http/metrics.js';
import { reservePort } from './reserve-port.js';
import { openServeStore, startBackgroundJobs, type BackgroundJobs } from './serve-store.js';

/** What the primary and its workers say to each other over the IPC channel. */
type Message =
  | { sharegraph: 'ready' }
  | { sharegraph: 'connection' }
  | { sharegraph: 'stop' }
  | { sharegraph: 'metrics?'; id: number }
  | { sharegraph: 'metrics'; id: number; text: string | null };

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { sharegraph?: unknown }).sharegraph === 'string';
}

/** The primary's own pool: migrations, demo data and the background jobs, one statement at a time. */
const PRIMARY_POOL_MAX = 2;
/** A worker that dies is replaced after this pause (a worker that cannot start is not retried in a tight loop). */
const RESTART_DELAY_MS = 1_000;
/** How long a stopping worker waits for its connections to finish (Apollo's drain ends them after their answer). */
const WORKER_DRAIN_MS = 10_000;
/** After this, a worker that has not stopped is killed. */
const WORKER_STOP_MS = 15_000;

/** DATABASE_POOL_MAX is the API's connections all told: each worker gets its share (at least one). */
export function workerPoolMax(config: Config): number {
  return Math.max(1, Math.floor(config.databasePoolMax / config.workers));
}

/** The file a worker runs: this CLI (src/cli.ts under tsx, dist/cli.js once built), with `serve`. */
function cliFile(): string {
  const here = fileURLToPath(import.meta.url);
  return path.join(path.dirname(here), path.extname(here) === '.ts' ? 'cli.ts' : 'cli.js');
}

export interface RunningCluster {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startClusterPrimary(config: Config, log: Logger): Promise<RunningCluster> {
  const count = config.workers;
  const reserved = await reservePort(config.port, config.host);
  const workers = new Set<Worker>(); // forked and not yet exited
  const serving: Worker[] = []; // ready, taken in turn
  let next = 0;
  let stopping = false;
  let store: Store | null = null;
  let jobs: BackgroundJobs | null = null;

  // /metrics in a worker: every worker's registry, summed here (prom-client asks each worker over IPC)
  const aggregator = new AggregatorRegistry();
  const onMessage = (worker: Worker, message: unknown) => {
    if (!isMessage(message) || message.sharegraph !== 'metrics?') return;
    const { id } = message;
    aggregator.clusterMetrics().then(
      (text) => worker.isConnected() && worker.send({ sharegraph: 'metrics', id, text } satisfies Message),
      (err: unknown) => {
        log.warn({ err }, 'collecting the workers\' metrics failed');
        if (worker.isConnected()) worker.send({ sharegraph: 'metrics', id, text: null } satisfies Message);
      },
    );
  };
  cluster.on('message', onMessage);
  cluster.setupPrimary({ exec: cliFile(), args: ['serve'] });

  const fork = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork();
      workers.add(worker);
      let ready = false;
      worker.on('message', (message: unknown) => {
        if (!isMessage(message) || message.sharegraph !== 'ready' || ready) return;
        ready = true;
        serving.push(worker);
        resolve(worker);
      });
      worker.once('exit', (code, signal) => {
        workers.delete(worker);
        const at = serving.indexOf(worker);
        if (at !== -1) serving.splice(at, 1);
        const how = signal ? `signal ${signal}` : `code ${code}`;
        if (!ready) {
          reject(new Error(`a worker process exited (${how}) before it was ready; its error is above`));
          return;
        }
        if (stopping) return;
        log.error({ worker: worker.id }, `worker ${worker.id} stopped unexpectedly (${how}): starting another`);
        setTimeout(() => {
          if (stopping) return;
          fork().then(
            (w) => log.info({ worker: w.id }, `worker ${w.id} is answering`),
            (err: unknown) => log.error({ err }, 'a replacement worker did not start'),
          );
        }, RESTART_DELAY_MS);
      });
    });

  const stopWorkers = async () => {
    const exits = [...workers].map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))));
    for (const w of workers) {
      if (w.isConnected()) w.send({ sharegraph: 'stop' } satisfies Message);
      else w.process.kill('SIGTERM');
    }
    const timer = setTimeout(() => {
      for (const w of workers) {
        log.error({ worker: w.id }, `worker ${w.id} still running ${WORKER_STOP_MS / 1000} s after stop: killing it`);
        w.process.kill('SIGKILL');
      }
    }, WORKER_STOP_MS);
    await Promise.all(exits);
    clearTimeout(timer);
  };

  try {
    resolveJwtSecret(config); // a bad secret stops us here, once (the workers read the same one)
    store = await openServeStore({ ...config, databasePoolMax: PRIMARY_POOL_MAX }, log);
    log.info(`starting ${count} worker processes`);
    await Promise.all(Array.from({ length: count }, fork));
  } catch (err) {
    stopping = true;
    reserved.release();
    await stopWorkers();
    await store?.close();
    cluster.off('message', onMessage);
    throw err;
  }

  reserved.forward((socket) => {
    const worker = serving.length > 0 ? serving[(next = (next + 1) % serving.length)] : null;
    if (!worker) {
      socket.destroy(); // every worker is being replaced: the client retries
      return;
    }
    worker.send({ sharegraph: 'connection' } satisfies Message, socket, (err: Error | null) => {
      if (err) socket.destroy();
    });
  });
  const port = reserved.port;
  const url = `http://localhost:${port}/graphql`;
  log.info({ url, database: 'postgres', workers: count }, `ready at ${url}`);
  const opened = store;
  jobs = startBackgroundJobs(opened, log, config);
  const running = jobs;
  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    close: () =>
      (closing ??= (async () => {
        stopping = true;
        reserved.release(); // no new connections; the workers finish the ones they have
        await stopWorkers();
        await running.stop();
        await opened.close();
        cluster.off('message', onMessage);
      })()),
  };
}

/**
 * A worker: serves the connections the primary hands it until told to stop (or its primary is gone).
 * Resolves once it answers; stopping ends the process.
 */
export async function runClusterWorker(config: Config, log: Logger): Promise<void> {
  const metrics = createMetrics();
  AggregatorRegistry.setRegistries([metrics.registry]);
  new AggregatorRegistry(); // answers the primary's requests for this worker's metrics
  process.on('message', onMetrics); // the primary's answers to askPrimaryForMetrics

  let database: Database | null = null;
  try {
    const secret = resolveJwtSecret(config);
    database = await openDatabase({
      url: config.databaseUrl,
      poolMax: workerPoolMax(config),
      statementTimeoutMs: config.limits.statementTimeoutMs,
      logger: { logQuery: () => metrics.dbStatements.inc() },
    });
    metrics.dbPoolMax.set(database.poolMax);
    const { httpServer, apollo } = await createApp({
      database,
      verifyToken: createTokenVerifier({ ...config.jwt, secret }),
      limits: config.limits,
      redisUrl: config.redisUrl,
      introspection: config.introspection,
      iso18626: config.iso18626,
      metrics,
      renderMetrics: askPrimaryForMetrics,
      log,
    });
    // The server never listens itself (the primary accepts): start node:http's checks of slow requests
    // (headersTimeout, requestTimeout) as listen() would.
    httpServer.emit('listening');

    const sockets = new Set<net.Socket>();
    let stopping: Promise<void> | null = null;
    const opened = database;
    const stop = () =>
      (stopping ??= (async () => {
        await apollo.stop(); // idle keep-alive connections end now, busy ones after their answer
        await allClosed(sockets, WORKER_DRAIN_MS);
        await opened.close();
      })().then(
        () => process.exit(0),
        (err: unknown) => {
          log.error({ err }, 'error while stopping');
          process.exit(1);
        },
      ));
    process.on('message', (message: unknown, handle: unknown) => {
      if (!isMessage(message)) return;
      if (message.sharegraph === 'stop') void stop();
      if (message.sharegraph !== 'connection') return;
      // the client may have gone while the connection was on its way
      if (!(handle instanceof net.Socket)) return;
      if (stopping) {
        handle.destroy();
        return;
      }
      // what node:http's own accept does (http.Server's noDelay is on): without it Nagle's algorithm holds
      // back small answers on a keep-alive connection until the client's delayed ACK (tens of ms)
      handle.setNoDelay(true);
      sockets.add(handle);
      handle.once('close', () => sockets.delete(handle));
      httpServer.emit('connection', handle);
      handle.resume();
    });
    // Ctrl-C reaches every process of the group; the primary also sends 'stop' (stop() runs once)
    process.once('SIGTERM', () => void stop());
    process.once('SIGINT', () => void stop());
    process.once('disconnect', () => void stop()); // the primary is gone
    log.debug({ pid: process.pid }, 'worker ready');
    process.send?.({ sharegraph: 'ready' } satisfies Message);
  } catch (err) {
    await database?.close();
    if (process.connected) process.disconnect(); // nothing keeps the process alive: it exits with the error
    throw err;
  }
}

let metricsRequests = 0;
const metricsWaiting = new Map<number, (text: string | null) => void>();

/** Every worker's metrics, summed by the primary. */
function askPrimaryForMetrics(): Promise<string> {
  const id = ++metricsRequests;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      metricsWaiting.delete(id);
      reject(new Error('the primary process did not answer for metrics within 10 s'));
    }, 10_000);
    metricsWaiting.set(id, (text) => {
      clearTimeout(timer);
      metricsWaiting.delete(id);
      if (text === null) reject(new Error('the primary process could not collect the workers\' metrics'));
      else resolve(text);
    });
    process.send?.({ sharegraph: 'metrics?', id } satisfies Message);
  });
}

function onMetrics(message: unknown): void {
  if (!isMessage(message) || message.sharegraph !== 'metrics') return;
  metricsWaiting.get(message.id)?.(message.text);
}

/** Waits until every socket has closed, at most `ms`; then closes what is left. */
async function allClosed(sockets: Set<net.Socket>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (sockets.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  for (const socket of sockets) socket.destroy();
}
