/**
 * POST /iso18626: ISO 18626 messages from partner systems (README "ISO 18626"). In front of the ILL
 * module's receiveIso18626, the same guards as /graphql: the bearer token verified first (a bad one is
 * a 401 even when tokens are optional), the rate limit counted per client, the body refused past
 * BODY_LIMIT. The answer is the confirmation (200, XML; messageStatus says OK or ERROR), 204 for a
 * confirmation sent to us, or an HTTP error shaped like the rest of the HTTP layer's refusals.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { MIMEType } from 'whatwg-mimetype';
import type { Db } from '../db/database.js';
import { receiveIso18626, type XsdValidator } from '../modules/ill/index.js';
import { credentialsOf, type Authentication, type Credentials } from './graphql-handler.js';
import { rateLimitKey, type RateLimit } from './rate-limit.js';
import { readBody } from './request-body.js';
import { send, sendError } from './respond.js';
import { sizeText } from '../lib/size-text.js';

export interface Iso18626HandlerOptions {
  db: Db;
  validator: XsdValidator;
  /** ISO18626_REQUIRE_AUTH */
  requireAuth: boolean;
  rateLimit: RateLimit | null;
  rateLimitPerMinute: number;
  authenticate(credentials: Credentials): Promise<Authentication>;
  bodyLimit: number;
  log: Logger;
}

const XML_TYPES = new Set(['application/xml', 'text/xml']);

/** application/xml or text/xml (or a +xml type), in UTF-8 when a charset is named. */
function isXmlUtf8(contentType: string | undefined): boolean {
  const type = contentType === undefined ? null : MIMEType.parse(contentType);
  if (!type || !(XML_TYPES.has(type.essence) || type.essence.endsWith('+xml'))) return false;
  const charset = type.parameters.get('charset');
  return charset === undefined || charset.toLowerCase() === 'utf-8';
}

export function iso18626Handler(options: Iso18626HandlerOptions) {
  const { rateLimit } = options;
  return async (req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendError(res, 405, 'METHOD_NOT_ALLOWED', '/iso18626 takes ISO 18626 messages by POST.');
      return;
    }
    const authentication = await options.authenticate(credentialsOf(req.headers));
    if ('error' in authentication) {
      sendError(res, 401, 'UNAUTHENTICATED', authentication.error.message);
      return;
    }
    if (rateLimit && !(await rateLimit.consume(rateLimitKey(authentication.viewer, req.socket.remoteAddress)))) {
      res.setHeader('retry-after', '60');
      sendError(res, 429, 'RATE_LIMITED', `Too many requests: at most ${options.rateLimitPerMinute} a minute per client.`);
      return;
    }
    const encoding = req.headers['content-encoding'];
    if (!isXmlUtf8(req.headers['content-type']) || (encoding !== undefined && encoding !== 'identity')) {
      sendError(res, 415, 'BAD_REQUEST', 'POST /iso18626 takes an XML body in UTF-8, uncompressed, with content-type: application/xml (or text/xml).');
      return;
    }
    const read = await readBody(req, options.bodyLimit);
    if (read.kind === 'aborted') return;
    if (read.kind === 'too-large') {
      sendError(res, 413, 'BAD_REQUEST', `The request body is too large: at most ${sizeText(read.limit)}.`, { maxBytes: read.limit });
      return;
    }
    const viewer = authentication.viewer.role === 'anonymous' ? null : authentication.viewer;
    const answer = await receiveIso18626({ db: options.db, validator: options.validator }, read.text, { viewer, requireAuth: options.requireAuth });
    if (answer.kind === 'confirmation') {
      if (answer.error) options.log.info({ requestId, errorType: answer.error.type, errorValue: answer.error.value }, 'ISO 18626 message answered ERROR');
      send(res, 200, 'application/xml; charset=utf-8', answer.xml);
    } else if (answer.kind === 'acknowledged') {
      res.statusCode = 204;
      res.end();
    } else {
      if (answer.status === 503) {
        options.log.error({ requestId, xsd: options.validator.xsdPath }, answer.message);
        res.setHeader('retry-after', '5');
      }
      sendError(res, answer.status, answer.code, answer.message);
    }
  };
}
