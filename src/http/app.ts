/**
 * The HTTP side: /graphql (API, and GraphiQL for browsers), /healthz, /readyz, /metrics.
 * Stateless apart from the rate limiter's counters, which are per process (see README, "Limits").
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Logger } from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { VerifyToken } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { createContext, type Context } from '../graphql/context.js';
import { PUBLIC_CODES } from '../graphql/errors.js';
import type { QueryLimits } from '../graphql/limits.js';
import { buildApiSchema } from '../graphql/schema.js';
import { GRAPHIQL_DIST, graphiqlPage } from './graphiql.js';
import { fastGraphql } from './fast-graphql.js';
import { operationPlugin } from './graphql-plugin.js';
import type { Metrics } from './metrics.js';

export interface AppOptions {
  database: Database;
  verifyToken: VerifyToken;
  limits: QueryLimits & { rateLimitPerMinute: number };
  introspection: boolean;
  metrics: Metrics;
  log: Logger;
}

/** Errors we did not raise on purpose never reach the client with their message (no SQL, no stack). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof GraphQLError && typeof original.extensions?.code === 'string' && PUBLIC_CODES.has(original.extensions.code)) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.extensions.code } };
  }
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export async function createApp(options: AppOptions) {
  const { database, metrics, log } = options;
  const schema = await buildApiSchema();
  const app = express();
  app.disable('x-powered-by');
  // No ETag on responses: computing one hashes every response body (GraphQL POST responses are never
  // revalidated with If-None-Match), and express only adds it to what goes through res.send/res.json.
  app.set('etag', false);
  // POST /graphql goes to fastGraphql first (see fast-graphql.ts); it hands everything else to express
  let fast: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | null = null;
  const httpServer = http.createServer((req, res) => {
    if (fast?.(req, res)) return;
    app(req, res);
  });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // src/cli.ts stops the server and then the database, in that order
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin wraps every field resolver (willResolveField) to compute a
      // cache policy; with no @cacheControl hints anywhere that policy is always "uncacheable", so it only
      // ever set `cache-control: no-store`. operationPlugin sets that header itself, at no cost per field.
      ApolloServerPluginCacheControlDisabled(),
      operationPlugin(schema, options.limits, metrics, log),
    ],
  });
  await apollo.start();

  const limiter = options.limits.rateLimitPerMinute > 0 ? new RateLimiterMemory({ points: options.limits.rateLimitPerMinute, duration: 60 }) : null;

  const requestId = (incoming: string | undefined) => (incoming && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID());
  // Keyed by the token itself, not the raw header: "Bearer  t" or "bearer t" must not open a fresh bucket.
  const rateLimitKey = (authorization: string | undefined, ip: string | undefined) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    return token ? `token:${token}` : `ip:${ip ?? 'unknown'}`;
  };
  const tooManyRequests = {
    status: 429,
    headers: { 'retry-after': '60' },
    body: { errors: [{ message: `Too many requests: at most ${options.limits.rateLimitPerMinute} a minute per client.`, extensions: { code: 'RATE_LIMITED' } }] },
  };
  const context = async (authorization: string | undefined, id: string): Promise<Context> => {
    try {
      const viewer = await options.verifyToken(authorization);
      return createContext(database.db, viewer, id);
    } catch (err) {
      if (err instanceof GraphQLError) {
        throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 401 } } });
      }
      throw err;
    }
  };
  const BODY_LIMIT = 5 * 1024 * 1024; // express.json's '5mb'
  fast = fastGraphql({
    apollo,
    limiter,
    rateLimitKey,
    tooManyRequests,
    trustProxy: () => app.enabled('trust proxy'),
    requestId,
    corsHeaders: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'x-request-id' },
    context,
    bodyLimit: BODY_LIMIT,
    log,
  });

  app.use((req, res, next) => {
    const id = requestId(req.header('x-request-id'));
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    try {
      await database.ping();
      res.json({ status: 'ready', database: database.kind });
    } catch (err) {
      log.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: database.kind });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  });
  app.use('/graphiql', express.static(GRAPHIQL_DIST, { maxAge: '1d' }));
  app.use('/monacoeditorwork', express.static(`${GRAPHIQL_DIST}/monacoeditorwork`, { maxAge: '1d' }));

  // Open CORS: a member's web page anywhere may call the API; writes still need a bearer token.
  app.use('/graphql', cors({ origin: '*', methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'], exposedHeaders: ['x-request-id'], maxAge: 86400 }));
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(graphiqlPage('/graphql'));
      return;
    }
    next();
  });
  app.use('/graphql', async (req, res, next) => {
    if (!limiter) return next();
    try {
      await limiter.consume(rateLimitKey(req.header('authorization'), req.ip));
      next();
    } catch {
      res.status(tooManyRequests.status).setHeader('retry-after', tooManyRequests.headers['retry-after']);
      res.json(tooManyRequests.body);
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, { context: ({ req, res }) => context(req.header('authorization'), String(res.locals.requestId)) }),
  );
  // Express's own error page is HTML with the stack trace outside production: a body that is not JSON
  // (or too big) gets a GraphQL-shaped JSON error instead, and anything else a bare internal error.
  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message = status === 413 ? 'The request body is too large.' : 'The request body is not valid JSON.';
      res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    log.error({ err, requestId: res.locals.requestId }, 'request failed');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
  return { app, httpServer, apollo };
}
