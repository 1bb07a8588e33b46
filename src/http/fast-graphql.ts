/**
 * POST /graphql without express. Every API call used to walk express's router (eight layers matched
 * for the path), cors, body-parser (type-is, content-type, raw-body, iconv) and the Apollo express
 * integration, and went out as two buffers (express turns a body of over 1,000 characters into a
 * Buffer, so headers and body left in a writev); together about a quarter of the server's CPU per
 * call. This handler takes the plain, common request (exactly `POST /graphql`, a JSON body of known
 * length, no content encoding) and answers it exactly as the express chain in app.ts does: the same
 * request id, CORS headers, rate limit, body rules, Apollo call and error replies, with the response
 * written in one piece. Anything else it declines (returns false) and express handles it as before.
 */
import type { ApolloServer, HTTPGraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Context } from '../graphql/context.js';

export interface FastGraphqlOptions {
  apollo: ApolloServer<Context>;
  limiter: RateLimiterMemory | null;
  /** the rate limiter's key for a request (the express chain uses the same function) */
  rateLimitKey(authorization: string | undefined, ip: string | undefined): string;
  tooManyRequests: { status: number; headers: Record<string, string>; body: unknown };
  /** false while express's `trust proxy` is off: then express's req.ip is the socket's address */
  trustProxy(): boolean;
  requestId(incoming: string | undefined): string;
  /** the same CORS headers cors() puts on an actual (not preflight) response */
  corsHeaders: Record<string, string>;
  context(authorization: string | undefined, requestId: string): Promise<Context>;
  /** express.json's limit, in bytes */
  bodyLimit: number;
  log: Logger;
}

/** What express.json() parses: application/json, in UTF-8 (its default charset). */
const JSON_UTF8 = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;
/** body-parser's strict mode: only an object or an array at the top level */
const FIRST_NON_WHITESPACE = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d]|$)/;

class BadJson extends Error {}

/** express.json() with its options in app.ts: an empty body is {}, a BOM is dropped, strict, JSON.parse. */
function parseJsonBody(text: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // iconv-lite's UTF-8 decoder strips it
  if (text.length === 0) return {};
  if (text[0] !== '{' && text[0] !== '[') {
    const first = FIRST_NON_WHITESPACE.exec(text)?.[1];
    if (first !== '{' && first !== '[') throw new BadJson();
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BadJson();
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    // a client that goes away mid-body gets no answer on either path
    req.once('error', () => resolve(null));
    req.once('aborted', () => resolve(null));
  });
}

/** What express's res.json sends: the content type with charset, the length, and the JSON text (no newline). */
function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

async function send(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') {
    // a string body goes out with the headers in one write; express's res.send added the length the same way
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The handler: true when it took the request, false to leave it to express. */
export function fastGraphql(options: FastGraphqlOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = options.requestId(req.headers['x-request-id'] as string | undefined);
    res.setHeader('x-request-id', requestId);
    for (const [key, value] of Object.entries(options.corsHeaders)) res.setHeader(key, value);
    const authorization = req.headers.authorization;
    try {
      if (options.limiter) {
        try {
          await options.limiter.consume(options.rateLimitKey(authorization, req.socket.remoteAddress));
        } catch {
          const refusal = options.tooManyRequests;
          for (const [key, value] of Object.entries(refusal.headers)) res.setHeader(key, value);
          sendJson(res, refusal.status, refusal.body);
          return;
        }
      }
      const text = await readBody(req);
      if (text === null) return;
      let body: unknown;
      try {
        body = parseJsonBody(text);
      } catch (err) {
        if (!(err instanceof BadJson)) throw err;
        sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      // the request as @as-integrations/express5 hands it to Apollo
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body },
        context: () => options.context(authorization, requestId),
      });
      await send(res, response);
    } catch (err) {
      // what app.ts's final express error handler does with an unexpected error
      if (res.headersSent) {
        res.destroy();
        return;
      }
      options.log.error({ err, requestId }, 'request failed');
      sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };

  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return false;
    const h = req.headers;
    // chunked, compressed or oversized bodies, and other content types and charsets: express decides
    if (h['content-length'] === undefined || h['transfer-encoding'] !== undefined || h['content-encoding'] !== undefined) return false;
    if (!(Number(h['content-length']) <= options.bodyLimit) || !JSON_UTF8.test(h['content-type'] ?? '')) return false;
    if (options.limiter && options.trustProxy()) return false; // the limiter's key would come from X-Forwarded-For
    void handle(req, res);
    return true;
  };
}
