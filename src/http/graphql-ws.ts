/**
 * GraphQL subscriptions over WebSocket on /graphql: the graphql-ws protocol (`graphql-transport-ws`),
 * served by the `ws` package on the same node:http server as the rest of the API (an `upgrade` of a
 * request to /graphql). So a cluster worker, which is handed its connections by the primary, serves
 * WebSockets like any request (src/serve-cluster.ts).
 *
 * A connection authenticates once, at `connection_init`, with the same credentials as HTTP and the same
 * authenticate(): connectionParams `{ authorization: "Bearer …" }` or `{ apiKey: "sgk_…" }` (keys
 * matched without regard to case, so GraphiQL's headers work as they are), else the upgrade request's
 * own Authorization / X-Api-Key headers; none is anonymous. Credentials that do not verify close the
 * socket with 4403 and the reason; so does a connection whose credentials stop verifying (a token
 * that expired, a key revoked), found when they are checked again before an event is sent.
 *
 * Only subscriptions run here; queries and mutations go over HTTP (POST /graphql), where the rate limit,
 * metering and the body limits apply to each. A subscribe message goes through the checks a POST does
 * (document size and shape, validation, depth/cost limits, input values) and counts once against the
 * caller's rate limit.
 */
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { Gauge } from 'prom-client';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../graphql/context.js';
import { DOCUMENT_LIMITS, type DocumentCheck } from '../graphql/document-check.js';
import { apiError } from '../graphql/errors.js';
import { checkInputValues } from '../graphql/input-check.js';
import { checkLimits, type QueryLimits } from '../graphql/limits.js';
import { pubSub } from '../graphql/pub-sub.js';
import { credentialsOf, type Authentication, type Credentials } from './graphql-handler.js';
import type { Metrics } from './metrics.js';

/** graphql-ws's close code for a connection whose credentials are refused (its `Forbidden`). */
export const CLOSE_FORBIDDEN = 4403;

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  /** the URL path that upgrades (/graphql) */
  path: string;
  authenticate(credentials: Credentials): Promise<Authentication>;
  context(viewer: Viewer, requestId: string): Context;
  checkDocument: DocumentCheck;
  limits: QueryLimits;
  /** counts one subscribe against the caller's rate limit; false when over it */
  consume(viewer: Viewer, ip: string | undefined): Promise<boolean>;
  /** the same masking as HTTP answers (app.ts formatError) */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  metrics: Metrics;
  log: Logger;
  /** largest message accepted from a client, in bytes */
  maxPayload: number;
  /** ping interval; a client that does not answer a ping within it is cut off (graphql-ws's default 12 s) */
  keepAliveMs?: number;
  /** on close: how long clients get to answer the close frame before their sockets are cut */
  closeGraceMs?: number;
  /**
   * A connection's credentials are verified again before an event is sent when the last check is older
   * than this (default 10 s): an expired token or a revoked key stops a long-lived connection too.
   */
  recheckCredentialsMs?: number;
  /** the clock of those checks (tests) */
  now?: () => number;
}

export interface SubscriptionServer {
  /** closes every socket (1001, going away) and stops taking upgrades */
  close(): Promise<void>;
}

/** What this server keeps with each connection. */
type ConnectionExtra = { viewer: Viewer; id: string; credentials: Credentials; checkedAt: number };

/** Credentials from connectionParams: `authorization` / `apiKey` (or `x-api-key`), whatever their case. */
export function credentialsOfParams(params: Readonly<Record<string, unknown>> | undefined): Credentials {
  const find = (names: readonly string[]) => {
    for (const [key, value] of Object.entries(params ?? {})) if (typeof value === 'string' && names.includes(key.toLowerCase())) return value;
    return undefined;
  };
  return { authorization: find(['authorization']), apiKey: find(['apikey', 'x-api-key']) };
}

/** A WebSocket close reason holds at most 123 bytes. */
const closeReason = (message: string) => (Buffer.byteLength(message) <= 123 ? message : `${Buffer.from(message).subarray(0, 119).toString('utf8').replace(/\uFFFD$/, '')}…`);

/** An upgrade we do not take: answered as plain HTTP, then closed. */
function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
}

export function attachSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { schema, log } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload });
  const now = options.now ?? Date.now;
  const recheckMs = options.recheckCredentialsMs ?? 10_000;
  let closing = false;

  new Gauge({ name: 'sharegraph_ws_connections', help: 'WebSocket connections open on /graphql.', registers: [options.metrics.registry], collect() { this.set(wss.clients.size); } });
  new Gauge({ name: 'sharegraph_subscriptions_active', help: 'GraphQL subscriptions open (all connections, all types).', registers: [options.metrics.registry], collect() { this.set(pubSub.listening); } });

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    if ((q === -1 ? url : url.slice(0, q)) !== options.path) return refuseUpgrade(socket, 404, `No WebSocket here: subscriptions are at ${options.path}.`);
    if (closing) return refuseUpgrade(socket, 503, 'The server is stopping.');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  options.httpServer.on('upgrade', onUpgrade);

  // as an HTTP answer would show it, without the HTTP status that a refusal carries for the HTTP handler
  const format = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = options.formatError(error.toJSON(), error);
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
  const refuse = (error: unknown): readonly GraphQLError[] => {
    if (error instanceof GraphQLError) return [error];
    throw error;
  };

  const disposable = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      async onConnect(ctx) {
        const fromParams = credentialsOfParams(ctx.connectionParams);
        const credentials = fromParams.authorization || fromParams.apiKey ? fromParams : credentialsOf(ctx.extra.request.headers);
        const authentication = await options.authenticate(credentials);
        if ('error' in authentication) {
          ctx.extra.socket.close(CLOSE_FORBIDDEN, closeReason(authentication.error.message));
          return false;
        }
        ctx.extra.viewer = authentication.viewer;
        ctx.extra.credentials = credentials;
        ctx.extra.checkedAt = now();
        ctx.extra.id = typeof ctx.extra.request.headers['x-request-id'] === 'string' && /^[\w.-]{1,100}$/.test(ctx.extra.request.headers['x-request-id']) ? ctx.extra.request.headers['x-request-id'] : randomUUID();
        return true;
      },
      async onSubscribe(ctx, id, payload) {
        const viewer = ctx.extra.viewer as Viewer; // set by onConnect: graphql-ws refuses a subscribe before the connection is acknowledged
        if (typeof payload.query !== 'string') return [apiError('BAD_USER_INPUT', 'A subscribe message needs `query`, the subscription document as text.')];
        const refused = options.checkDocument(payload.query);
        if (refused) return [refused];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: DOCUMENT_LIMITS.maxTokens });
        } catch (err) {
          return refuse(err);
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const operationName = payload.operationName ?? undefined;
        const operation = getOperationAST(document, operationName);
        if (!operation) return [apiError('BAD_USER_INPUT', operationName ? `No operation named "${operationName}" in the document.` : 'The document has several operations: name the one to run (operationName).')];
        if (operation.operation !== 'subscription') {
          return [apiError('BAD_USER_INPUT', `WebSocket ${options.path} runs subscriptions only; send ${operation.operation === 'query' ? 'queries' : 'mutations'} as POST ${options.path}.`)];
        }
        const variables = payload.variables ?? undefined;
        try {
          checkLimits(schema, document, variables, operationName, options.limits);
          checkInputValues(schema, document, operation, variables);
        } catch (err) {
          return refuse(err);
        }
        if (!(await options.consume(viewer, ctx.extra.request.socket.remoteAddress))) return [apiError('RATE_LIMITED', 'Too many requests: try again in a minute.')];
        log.debug({ requestId: `${ctx.extra.id}:${id}`, operation: operationName ?? 'anonymous', type: 'subscription' }, 'subscribe');
        return { schema, document, operationName, variableValues: variables, contextValue: options.context(viewer, `${ctx.extra.id}:${id}`) };
      },
      async onNext(ctx, _id, _payload, _args, result) {
        if (now() - (ctx.extra.checkedAt ?? 0) >= recheckMs) {
          const again = await options.authenticate(ctx.extra.credentials ?? {});
          ctx.extra.checkedAt = now();
          if ('error' in again) {
            // closed before the event is sent: graphql-ws sends nothing on a socket that is no longer open
            ctx.extra.socket.close(CLOSE_FORBIDDEN, closeReason(`No longer signed in: ${again.error.message}`));
            return undefined;
          }
        }
        return result.errors ? { ...result, errors: result.errors.map(format) } : undefined;
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map(format);
      },
    },
    wss,
    options.keepAliveMs,
  );

  return {
    async close() {
      closing = true;
      options.httpServer.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.close(1001, 'The server is stopping.');
      const deadline = Date.now() + (options.closeGraceMs ?? 2_000);
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const client of wss.clients) client.terminate();
      await disposable.dispose();
    },
  };
}
