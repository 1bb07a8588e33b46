/**
 * The HTTP side on plain node:http: /graphql (the API, and GraphiQL for browsers; graphql-handler.ts;
 * subscriptions over a WebSocket upgrade of /graphql: graphql-ws.ts),
 * POST /iso18626 (ISO 18626 messages from partner systems; iso18626-handler.ts), /healthz, /readyz,
 * /metrics and the IDE's files. Every response carries a request id.
 * Stateless apart from the rate limiter's counters, which live in Redis when REDIS_URL is set
 * (see README, "Limits"): several processes can serve one database (src/serve-cluster.ts).
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Logger } from 'pino';
import type { VerifyToken } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { TransactionConflictError } from '../db/retry.js';
import { compiledGateway } from '../graphql/compiled-executor.js';
import { createContext, type Context } from '../graphql/context.js';
import { createDocumentCheck, DOCUMENT_LIMITS } from '../graphql/document-check.js';
import { apiError, PUBLIC_CODES } from '../graphql/errors.js';
import type { QueryLimits } from '../graphql/limits.js';
import { startEventRelay } from '../graphql/pub-sub.js';
import { buildApiSchema } from '../graphql/schema.js';
import { createXsdValidator, resolveXsdPath } from '../modules/ill/index.js';
import { createRequestMeter, looksLikeApiKey, verifyApiKey } from '../modules/clients/index.js';
import { IDE_ASSETS } from './graphiql.js';
import { graphqlHandler, type Authentication, type Credentials } from './graphql-handler.js';
import { operationPlugin } from './graphql-plugin.js';
import { attachSubscriptionServer, type SubscriptionServer } from './graphql-ws.js';
import { iso18626Handler } from './iso18626-handler.js';
import type { Metrics } from './metrics.js';
import { createLimits, rateLimitKey } from './rate-limit.js';
import { send, sendError, sendJson } from './respond.js';

export interface AppOptions {
  database: Database;
  verifyToken: VerifyToken;
  limits: QueryLimits & { rateLimitPerMinute: number };
  /** redis://… : rate-limit counters shared by every process; null or absent: in this process's memory */
  redisUrl?: string | null;
  /** prefix of the rate limiter's Redis keys (tests give each run its own) */
  rateLimitKeyPrefix?: string;
  introspection: boolean;
  metrics: Metrics;
  /** the text /metrics answers; by default this process's registry (a cluster worker asks the primary for every worker's) */
  renderMetrics?: () => Promise<string>;
  log: Logger;
  /** how often API clients' request statistics are written (ms; default 5,000) */
  meterFlushMs?: number;
  /** runs of a query document by graphql-js before it is compiled (src/graphql/compiled-executor.ts; tests give 0) */
  compileAfterRuns?: number;
  /** POST /iso18626: the v1.2 XSD (ISO18626_XSD: a file or its folder; default ../shared/fixtures/iso18626/xsd) and ISO18626_REQUIRE_AUTH */
  iso18626?: { xsd: string | null; requireAuth: boolean };
  /**
   * WebSocket subscriptions: ping interval (default 12 s; a client that misses a pong is cut off), and
   * how old a connection's last credentials check may be before an event is sent (default 10 s; see graphql-ws.ts)
   */
  subscriptions?: { keepAliveMs?: number; recheckCredentialsMs?: number };
}

/**
 * 1 MB: the largest request body /graphql reads from anyone (README, "Limits"). It holds the longest
 * query text accepted (100,000 characters, even as \uXXXX escapes) with its variables; a larger body
 * from a client that may not upload is refused from its Content-Length, before a byte of it is read or
 * parsed, so a flood of large anonymous bodies costs other requests almost nothing (bench/hostile-query.ts).
 */
export const BODY_LIMIT = 1024 * 1024;

/**
 * 32 MB: the largest body from a client whose token lets it upload (member staff, admins), so that
 * importMarcRecords' 20 MB of MARC fits as base64 (×4/3), even wrapped in CRLF lines of 76 characters
 * and escaped in JSON (×80/76), with room for the rest of the request: 20 × 4/3 × 80/76 = 28.1 MB.
 * Ordinary requests never need it, and clients that may not write cannot make the server hold it.
 */
export const UPLOAD_BODY_LIMIT = 32 * 1024 * 1024;

/** Roles whose requests may carry UPLOAD_BODY_LIMIT bytes: those that may call importMarcRecords or importKbart. */
const UPLOADING_ROLES: ReadonlySet<string> = new Set(['member', 'admin']);

/** Errors we did not raise on purpose never reach the client with their message (no SQL, no stack). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof TransactionConflictError) {
    // concurrent writes kept colliding and the retries ran out: nothing was written, the same call may succeed
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code } };
  }
  if (original instanceof GraphQLError && typeof original.extensions?.code === 'string' && PUBLIC_CODES.has(original.extensions.code)) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.extensions.code } };
  }
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export async function createApp(options: AppOptions) {
  const { database, metrics, log } = options;
  const schema = await buildApiSchema();
  const limits = createLimits({ pointsPerMinute: options.limits.rateLimitPerMinute, redisUrl: options.redisUrl ?? null, keyPrefix: options.rateLimitKeyPrefix, log });
  const rateLimit = limits.general;
  const meter = createRequestMeter(database.db, { flushEveryMs: options.meterFlushMs, log });
  const xsdValidator = createXsdValidator(resolveXsdPath(options.iso18626?.xsd));
  if (!xsdValidator.available()) log.warn({ xsd: xsdValidator.xsdPath }, 'ISO 18626 schema not found: POST /iso18626 answers 503 until it is there (set ISO18626_XSD)');
  // the Redis connection and the XSD worker close with the server (apollo.stop()), so a stopped app leaves nothing
  // open; the API clients' last counts are written first
  const closeRateLimit: ApolloServerPlugin<Context> = {
    async serverWillStart() {
      return { serverWillStop: async () => void (await Promise.all([limits.close(), xsdValidator.close(), meter.close()])) };
    },
  };
  // committed events, published to this process's subscriptions (src/graphql/pub-sub.ts)
  const relay = await startEventRelay(database, log);
  let subscriptions: SubscriptionServer | null = null;
  const closeSubscriptions: ApolloServerPlugin<Context> = {
    async serverWillStart() {
      return {
        // WebSockets first: the HTTP server's drain waits for its connections, and an upgraded socket is one
        drainServer: async () => void (await subscriptions?.close()),
        serverWillStop: () => relay.close(),
      };
    },
  };
  let handle: http.RequestListener = () => {};
  const httpServer = http.createServer((req, res) => handle(req, res));
  const apollo = new ApolloServer<Context>({
    // the schema, and an executor that runs repeated queries compiled (graphql-jit) instead of graphql-js's execute
    gateway: compiledGateway(schema, { compileAfterRuns: options.compileAfterRuns }),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // src/cli.ts stops the server and then the database, in that order
    formatError,
    // the handler has refused longer documents already (checkDocument); this keeps Apollo's own parse bounded too
    parseOptions: { maxTokens: DOCUMENT_LIMITS.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin wraps every field resolver (willResolveField) to compute a
      // cache policy; with no @cacheControl hints anywhere that policy is always "uncacheable", so it only
      // ever set `cache-control: no-store`. operationPlugin sets that header itself, at no cost per field.
      ApolloServerPluginCacheControlDisabled(),
      operationPlugin(schema, options.limits, metrics, log, meter),
      closeRateLimit,
      closeSubscriptions,
    ],
  });
  try {
    await apollo.start();
  } catch (err) {
    await relay.close();
    throw err;
  }

  // an API key (X-Api-Key, or Bearer sgk_…: src/modules/clients) or a person's JWT; a refusal is a 401
  const authenticate = async (credentials: Credentials): Promise<Authentication> => {
    try {
      const bearer = /^Bearer\s+(sgk_\S*)\s*$/i.exec(credentials.authorization ?? '')?.[1];
      const apiKey = credentials.apiKey?.trim() || bearer;
      if (apiKey !== undefined) {
        if (credentials.apiKey?.trim() && credentials.authorization) throw apiError('UNAUTHENTICATED', 'Give one credential: an X-Api-Key header or an Authorization header, not both.');
        if (!looksLikeApiKey(apiKey)) throw apiError('UNAUTHENTICATED', 'X-Api-Key must be an API key (sgk_…).');
        return { viewer: await verifyApiKey(database.db, apiKey) };
      }
      return { viewer: await options.verifyToken(credentials.authorization) };
    } catch (err) {
      if (err instanceof GraphQLError) return { error: new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 401 } } }) };
      throw err;
    }
  };
  const context = async (authentication: Authentication, id: string): Promise<Context> => {
    if ('error' in authentication) throw authentication.error;
    return createContext(database.db, authentication.viewer, id);
  };
  const checkDocument = createDocumentCheck(schema, { ...DOCUMENT_LIMITS, maxDepth: options.limits.maxDepth, maxAliases: options.limits.maxAliases });
  const graphql = graphqlHandler({ apollo, limits, rateLimitPerMinute: options.limits.rateLimitPerMinute, authenticate, context, bodyLimit: { base: BODY_LIMIT, raised: UPLOAD_BODY_LIMIT }, mayUpload: (viewer) => viewer !== null && UPLOADING_ROLES.has(viewer.role) && (!viewer.client || viewer.client.scopes.includes('MEMBER_WRITE')), checkDocument, metrics });

  // subscriptions over WebSocket on /graphql (graphql-ws), authenticated by the same function
  subscriptions = attachSubscriptionServer({
    httpServer,
    schema,
    path: '/graphql',
    authenticate,
    context: (viewer, requestId) => createContext(database.db, viewer, requestId),
    checkDocument,
    limits: options.limits,
    // a subscription counts like a request: an API client's own limits, else the server's per caller
    consume: async (viewer, ip) => {
      const client = viewer?.client;
      if (client) return (await limits.client({ id: client.id, perMinute: client.rateLimitPerMinute ?? options.limits.rateLimitPerMinute, perDay: client.dailyQuota ?? null })).allowed;
      return !rateLimit || rateLimit.consume(rateLimitKey(viewer, ip));
    },
    formatError,
    metrics,
    log,
    maxPayload: BODY_LIMIT,
    keepAliveMs: options.subscriptions?.keepAliveMs,
    recheckCredentialsMs: options.subscriptions?.recheckCredentialsMs,
  });

  const iso18626 = iso18626Handler({
    db: database.db,
    validator: xsdValidator,
    requireAuth: options.iso18626?.requireAuth ?? false,
    rateLimit,
    rateLimitPerMinute: options.limits.rateLimitPerMinute,
    authenticate,
    bodyLimit: BODY_LIMIT,
    log,
  });

  /** The routes beside /graphql and /iso18626: GET (or HEAD) only. */
  const routes = new Map<string, (res: http.ServerResponse, head: boolean) => Promise<void> | void>([
    ['/healthz', (res) => sendJson(res, 200, { status: 'ok' })],
    [
      '/readyz',
      async (res) => {
        try {
          await database.ping();
          sendJson(res, 200, { status: 'ready', database: database.kind });
        } catch (err) {
          log.warn({ err }, 'readiness check failed');
          sendJson(res, 503, { status: 'unavailable', database: database.kind });
        }
      },
    ],
    ['/metrics', async (res, head) => send(res, 200, metrics.registry.contentType, await (options.renderMetrics ?? (() => metrics.registry.metrics()))(), head)],
    // browsers ask for it beside the IDE page: no icon, and no 404 in their console
    [
      '/favicon.ico',
      (res) => {
        res.statusCode = 204;
        res.setHeader('cache-control', 'public, max-age=86400');
        res.end();
      },
    ],
  ]);
  for (const [path, asset] of IDE_ASSETS) {
    routes.set(path, (res, head) => {
      res.setHeader('cache-control', 'public, max-age=86400');
      send(res, 200, asset.contentType, asset.body(), head);
    });
  }

  const requestId = (incoming: string | string[] | undefined) => (typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID());
  handle = async (req, res) => {
    const id = requestId(req.headers['x-request-id']);
    res.setHeader('x-request-id', id);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    try {
      if (path === '/graphql') {
        await graphql(req, res, id, q === -1 ? '' : url.slice(q + 1));
        return;
      }
      if (path === '/iso18626') {
        await iso18626(req, res, id);
        return;
      }
      const route = routes.get(path);
      if (!route) {
        sendError(res, 404, 'NOT_FOUND', `Nothing at ${path}: the API is at /graphql.`);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        sendError(res, 405, 'METHOD_NOT_ALLOWED', `${path} answers GET only.`);
        return;
      }
      await route(res, req.method === 'HEAD');
    } catch (err) {
      // never a stack trace or an internal message to the client
      log.error({ err, requestId: id }, 'request failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
  return { httpServer, apollo };
}
