/**
 * The HTTP side: /graphql (API, and GraphiQL for browsers), /healthz, /readyz, /metrics.
 * Stateless apart from the rate limiter's counters, which are per process (see README, "Limits").
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
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
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // src/cli.ts stops the server and then the database, in that order
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      operationPlugin(schema, options.limits, metrics, log),
    ],
  });
  await apollo.start();

  const limiter = options.limits.rateLimitPerMinute > 0 ? new RateLimiterMemory({ points: options.limits.rateLimitPerMinute, duration: 60 }) : null;

  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const id = incoming && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
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
    // Keyed by the token itself, not the raw header: "Bearer  t" or "bearer t" must not open a fresh bucket.
    const token = /^Bearer\s+(\S+)$/i.exec(req.header('authorization')?.trim() ?? '')?.[1];
    const key = token ? `token:${token}` : `ip:${req.ip ?? 'unknown'}`;
    try {
      await limiter.consume(key);
      next();
    } catch {
      res.status(429).setHeader('retry-after', '60');
      res.json({ errors: [{ message: `Too many requests: at most ${options.limits.rateLimitPerMinute} a minute per client.`, extensions: { code: 'RATE_LIMITED' } }] });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const viewer = await options.verifyToken(req.header('authorization'));
          return createContext(database.db, viewer, String(res.locals.requestId));
        } catch (err) {
          if (err instanceof GraphQLError) {
            throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 401 } } });
          }
          throw err;
        }
      },
    }),
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
