/**
 * /graphql: the one handler for the API, around Apollo's executeHTTPGraphQLRequest (as Apollo's own
 * standalone server does, without express). POST and GET go to Apollo, which keeps its rules for
 * both (GET per the GraphQL-over-HTTP convention, its CSRF prevention, mutations refused over GET);
 * this handler adds what sits in front of it: CORS, the rate limit, the body's size and JSON, and,
 * for a GET without a query, the IDE for a browser or a one-line hint for anything else.
 */
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import Negotiator from 'negotiator';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MIMEType } from 'whatwg-mimetype';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../graphql/context.js';
import type { DocumentCheck } from '../graphql/document-check.js';
import { graphiqlPage, ideContentSecurityPolicy } from './graphiql.js';
import type { Metrics } from './metrics.js';
import { rateLimitHeaders, rateLimitKey, type LimitDecision, type Limits } from './rate-limit.js';
import { InvalidJson, parseJsonBody, readBody } from './request-body.js';
import { send, sendError, sendGraphQL, sendJson } from './respond.js';
import { sizeText } from '../lib/size-text.js';

export type Authentication = { viewer: Viewer } | { error: GraphQLError };

/**
 * What a caller presents: `Authorization: Bearer <JWT or sgk_ API key>`, or `X-Api-Key: sgk_…`. The
 * same for HTTP and for a WebSocket's connectionParams (`{ authorization }` or `{ apiKey }`).
 */
export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

/** The credentials of an HTTP request's headers. */
export function credentialsOf(headers: IncomingMessage['headers']): Credentials {
  const apiKey = headers['x-api-key'];
  return { authorization: headers.authorization, apiKey: Array.isArray(apiKey) ? apiKey[0] : apiKey };
}

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<Context>;
  /** the server's per-minute limit (people, the anonymous) and API clients' own limits */
  limits: Limits;
  rateLimitPerMinute: number;
  /** the verified viewer of the Authorization header, or the error that refuses it (a 401 once Apollo answers) */
  authenticate(credentials: Credentials): Promise<Authentication>;
  context(authentication: Authentication, requestId: string): Promise<Context>;
  /** largest request body accepted, in bytes: `base` for anyone, `raised` for a client that may upload */
  bodyLimit: { base: number; raised: number };
  /** whether this (verified) viewer may send up to bodyLimit.raised; asked only for a larger body */
  mayUpload(viewer: Viewer | null): boolean;
  /** the query text's checks before Apollo parses and validates it (src/graphql/document-check.ts) */
  checkDocument: DocumentCheck;
  metrics: Metrics;
}

// Open CORS: a member's web page anywhere may call the API; writes still need a bearer token.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-request-id, ratelimit-limit, ratelimit-remaining, ratelimit-reset, ratelimit-policy, retry-after',
};
const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, x-api-key, x-request-id, apollo-require-preflight',
  'access-control-max-age': '86400',
};

export const GET_WITHOUT_QUERY_HINT =
  'GET /graphql needs ?query=… (with an apollo-require-preflight: true header); or POST a JSON body such as {"query": "{ members(first: 3) { edges { node { code name } } } }"} with content-type: application/json';

/** A POST body must be JSON in UTF-8 (the only charset JSON has). */
function isJsonUtf8(contentType: string | undefined): boolean {
  const type = contentType === undefined ? null : MIMEType.parse(contentType);
  if (!type || type.essence !== 'application/json') return false;
  const charset = type.parameters.get('charset');
  return charset === undefined || charset.toLowerCase() === 'utf-8';
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

function tooLargeMessage(limit: number, limits: { base: number; raised: number }): string {
  const raise =
    limit < limits.raised ? ` Member staff and admins, with their bearer token, may send up to ${sizeText(limits.raised)} (for importMarcRecords and importKbart).` : ' For larger MARC files use the CLI (import marc).';
  return `The request body is too large: at most ${sizeText(limit)}.${raise}`;
}

/** A refusal as Apollo would format it: message, locations when known, and the code (no http details). */
function formatRefusal(error: GraphQLError) {
  const { http: _http, ...extensions } = error.extensions;
  return { message: error.message, ...(error.locations ? { locations: error.locations } : {}), extensions };
}

/** Why a request over its limit is refused: an API client's minute or day, or the server's limit. */
function limitMessage(viewer: Viewer | null, decision: LimitDecision, serverPerMinute: number): string {
  const [state] = decision.states;
  if (!viewer?.client) return `Too many requests: at most ${serverPerMinute} a minute per client.`;
  if (state.windowSeconds > 60) return `This API client's daily quota of ${state.limit} requests is used up; it starts afresh at 00:00 UTC.`;
  return `Too many requests: this API client may make at most ${state.limit} a minute.`;
}

export function graphqlHandler(options: GraphqlHandlerOptions) {
  const { apollo, limits } = options;

  /** Counts the request against the limits that apply: an API client's own, else the server's per caller. */
  const countRequest = async (viewer: Viewer | null, ip: string | undefined): Promise<LimitDecision | null> => {
    const client = viewer?.client;
    if (client) return limits.client({ id: client.id, perMinute: client.rateLimitPerMinute ?? options.rateLimitPerMinute, perDay: client.dailyQuota ?? null });
    return limits.general ? limits.general.take(rateLimitKey(viewer, ip)) : null;
  };

  return async (req: IncomingMessage, res: ServerResponse, requestId: string, search: string): Promise<void> => {
    for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value);
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      for (const [key, value] of Object.entries(PREFLIGHT_HEADERS)) res.setHeader(key, value);
      res.statusCode = 204;
      res.setHeader('content-length', 0);
      res.end();
      return;
    }
    if (method !== 'GET' && method !== 'POST') {
      res.setHeader('allow', 'GET, POST, OPTIONS');
      sendError(res, 405, 'METHOD_NOT_ALLOWED', `${method} /graphql is not supported: use POST (or GET for queries).`);
      return;
    }
    if (method === 'GET') {
      const params = new URLSearchParams(search);
      // a persisted query (APQ) comes as GET with `extensions` and no `query`: that goes to Apollo
      if (!params.has('query') && !params.has('extensions')) {
        if (new Negotiator(req).mediaType(['application/json', 'text/html']) === 'text/html') {
          res.setHeader('content-security-policy', ideContentSecurityPolicy(req.headers.host));
          res.setHeader('cache-control', 'no-cache');
          send(res, 200, 'text/html; charset=utf-8', graphiqlPage('/graphql'));
        } else {
          sendError(res, 400, 'BAD_REQUEST', GET_WITHOUT_QUERY_HINT);
        }
        return;
      }
    }

    // the token is verified first: the rate limit counts who is asking, not how the header is written
    const authentication = await options.authenticate(credentialsOf(req.headers));
    const viewer = 'viewer' in authentication ? authentication.viewer : null;
    const decision = await countRequest(viewer, req.socket.remoteAddress);
    if (decision) for (const [key, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(key, value);
    if (decision && !decision.allowed) {
      res.setHeader('retry-after', String(decision.states[0].resetSeconds));
      if (viewer?.client) options.metrics.apiClientRequests.inc({ client: String(viewer.client.id), outcome: 'rate_limited' });
      sendError(res, 429, 'RATE_LIMITED', limitMessage(viewer, decision, options.rateLimitPerMinute));
      return;
    }

    let body: unknown;
    if (method === 'POST') {
      const encoding = req.headers['content-encoding'];
      if (!isJsonUtf8(req.headers['content-type']) || (encoding !== undefined && encoding !== 'identity')) {
        sendError(res, 415, 'BAD_REQUEST', 'POST /graphql takes a JSON body, uncompressed, with content-type: application/json.');
        return;
      }
      const read = await readBody(req, { ...options.bodyLimit, mayRaise: async () => options.mayUpload(viewer) });
      if (read.kind === 'aborted') return;
      if (read.kind === 'too-large') {
        sendError(res, 413, 'BAD_REQUEST', tooLargeMessage(read.limit, options.bodyLimit), { maxBytes: read.limit });
        return;
      }
      try {
        body = parseJsonBody(read.text);
      } catch (err) {
        if (!(err instanceof InvalidJson)) throw err;
        sendError(res, 400, 'BAD_REQUEST', err.message);
        return;
      }
    }

    // the query text is bounded before Apollo parses or validates it (README, "Limits")
    const query = method === 'POST' ? (body as { query?: unknown } | null | undefined)?.query : new URLSearchParams(search).get('query');
    const refused = typeof query === 'string' ? options.checkDocument(query) : null;
    if (refused) {
      options.metrics.refused.inc({ code: String(refused.extensions.code) });
      sendJson(res, Number(refused.extensions.http && (refused.extensions.http as { status?: number }).status) || 400, { errors: [formatRefusal(refused)] });
      return;
    }

    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers: headerMap(req), search, body },
      context: () => options.context(authentication, requestId),
    });
    await sendGraphQL(res, response);
  };
}
