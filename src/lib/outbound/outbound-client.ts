/**
 * The one HTTP client for outgoing requests (SUSHI harvests now, webhooks later), on Node's http/https.
 * Every call: the target is checked (outbound-target.ts) and the connection made to the address that
 * was checked; one deadline covers DNS, connecting, redirects and the body; the body (decompressed) is
 * capped; redirects are followed here (unless the call says not to), one hop at a time, each hop checked like the first. Failures are
 * OutboundError with a code: OUTBOUND_REFUSED, TIMEOUT, TOO_LARGE, TOO_MANY_REDIRECTS, NETWORK, and
 * HTTP_STATUS from `requestOk` for a status outside 2xx.
 *
 * Node's http rather than fetch: `lookup` on a request is how the checked address is the one connected
 * to (fetch resolves again by itself), with no dependency beyond Node.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { OutboundConfig } from '../../config.js';
import { checkTarget, systemLookup, type LookupAll, type ResolvedAddress } from './outbound-target.js';

export type OutboundErrorCode = 'OUTBOUND_REFUSED' | 'TIMEOUT' | 'TOO_LARGE' | 'TOO_MANY_REDIRECTS' | 'NETWORK' | 'HTTP_STATUS';

export class OutboundError extends Error {
  constructor(
    readonly code: OutboundErrorCode,
    message: string,
    /** the URL of the hop that failed (credentials in its query are the caller's to hide) */
    readonly url: string,
    /** HTTP_STATUS: the response */
    readonly response: OutboundResponse | null = null,
  ) {
    super(message);
    this.name = 'OutboundError';
  }
}

export interface OutboundSettings extends OutboundConfig {
  /** DNS, for tests (a public name that resolves to 127.0.0.1); the system resolver by default */
  lookup?: LookupAll;
}

export interface OutboundRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** this call's deadline and cap, when they differ from the settings' */
  timeoutMs?: number;
  maxBytes?: number;
  /**
   * false: a 3xx answer is returned as the response, its Location not followed (webhooks: the
   * subscriber registered one URL, and a redirect must not carry a signed payload elsewhere).
   * true (the default): followed, each hop checked like the first (SUSHI).
   */
  followRedirects?: boolean;
}

export interface OutboundResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** decompressed */
  body: Buffer;
  /** the URL that answered (after redirects) */
  url: string;
  /** every redirect followed, in order */
  redirects: string[];
}

export interface OutboundClient {
  /** Any status is a response; refused targets, timeouts, oversize bodies and network failures throw. */
  request(url: string | URL, init?: OutboundRequest): Promise<OutboundResponse>;
  /** Like `request`, and a status outside 2xx throws HTTP_STATUS (with the response). */
  requestOk(url: string | URL, init?: OutboundRequest): Promise<OutboundResponse>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers not carried to another origin on a redirect. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** A `lookup` for http.request that answers with the checked address only. */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction; // Node's overloaded callback type cannot be written as one function type
}

function decoded(res: IncomingMessage): Readable {
  switch (String(res.headers['content-encoding'] ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

export function createOutboundClient(settings: OutboundSettings): OutboundClient {
  const lookup = settings.lookup ?? systemLookup;

  /** One hop: the request and its whole (capped) body. Rejects with OutboundError. */
  function hop(url: URL, pinned: ResolvedAddress | null, init: OutboundRequest, headers: Record<string, string>, maxBytes: number, signal: AbortSignal): Promise<Omit<OutboundResponse, 'redirects'>> {
    return new Promise((resolve, reject) => {
      const fail = (code: OutboundErrorCode, message: string) => reject(new OutboundError(code, message, url.toString()));
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(url, { method: init.method ?? 'GET', headers, agent: false, ...(pinned ? { lookup: pinnedLookup(pinned) } : {}) });
      const onAbort = () => req.destroy(new OutboundError('TIMEOUT', 'timed out', url.toString()));
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => signal.removeEventListener('abort', onAbort);
      req.on('error', (err) => {
        done();
        if (err instanceof OutboundError) reject(err);
        else fail('NETWORK', `${url.host}: ${(err as NodeJS.ErrnoException).code ?? err.message}`);
      });
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status) && res.headers.location) {
          res.resume();
          done();
          resolve({ status, headers: res.headers, body: Buffer.alloc(0), url: url.toString() });
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (!res.headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
          req.destroy();
          done();
          fail('TOO_LARGE', `the answer from ${url.host} is ${declared} bytes, more than the ${maxBytes} allowed`);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const body = decoded(res);
        const stop = (err: OutboundError) => {
          req.destroy(err);
          body.destroy();
          done();
          reject(err);
        };
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) stop(new OutboundError('TOO_LARGE', `the answer from ${url.host} is more than the ${maxBytes} bytes allowed`, url.toString()));
          else chunks.push(chunk);
        });
        body.on('error', (err) => {
          done();
          reject(err instanceof OutboundError ? err : new OutboundError(signal.aborted ? 'TIMEOUT' : 'NETWORK', signal.aborted ? 'timed out' : `${url.host}: the answer broke off (${err.message})`, url.toString()));
        });
        body.on('end', () => {
          done();
          if (size <= maxBytes) resolve({ status, headers: res.headers, body: Buffer.concat(chunks), url: url.toString() });
        });
      });
      if (init.body !== undefined) req.write(init.body);
      req.end();
    });
  }

  async function request(target: string | URL, init: OutboundRequest = {}): Promise<OutboundResponse> {
    const timeoutMs = init.timeoutMs ?? settings.timeoutMs;
    const maxBytes = init.maxBytes ?? settings.maxBytes;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const timedOut = new Promise<never>((_, reject) =>
      deadline.signal.addEventListener('abort', () => reject(new OutboundError('TIMEOUT', `no complete answer within ${timeoutMs} ms`, String(target))), { once: true }),
    );
    timedOut.catch(() => {}); // observed below; never an unhandled rejection
    try {
      let url = new URL(target);
      let current: OutboundRequest = init;
      let headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'sharegraph', ...(init.headers ?? {}) };
      const redirects: string[] = [];
      for (;;) {
        const decision = await Promise.race([checkTarget(url, settings.allowedHosts, lookup), timedOut]);
        if ('refused' in decision) throw new OutboundError('OUTBOUND_REFUSED', decision.refused, url.toString());
        const answer = await Promise.race([hop(url, decision.pinned, current, headers, maxBytes, deadline.signal), timedOut]);
        if (!REDIRECTS.has(answer.status) || !answer.headers.location || init.followRedirects === false) return { ...answer, redirects };
        if (redirects.length >= settings.maxRedirects) throw new OutboundError('TOO_MANY_REDIRECTS', `more than ${settings.maxRedirects} redirects`, url.toString());
        const next = new URL(answer.headers.location, url);
        if (next.origin !== url.origin) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIAL_HEADERS.includes(k.toLowerCase())));
        // 303, and 301/302 after anything but GET/HEAD, go on as GET without a body (as browsers do)
        const method = (current.method ?? 'GET').toUpperCase();
        if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method !== 'GET' && method !== 'HEAD')) current = { ...current, method: 'GET', body: undefined };
        redirects.push(next.toString());
        url = next;
      }
    } finally {
      clearTimeout(timer);
      if (!deadline.signal.aborted) deadline.abort(); // ends anything still open (nothing is, normally)
    }
  }

  return {
    request,
    async requestOk(url, init) {
      const response = await request(url, init);
      if (response.status < 200 || response.status > 299) throw new OutboundError('HTTP_STATUS', `HTTP ${response.status} from ${new URL(response.url).host}`, response.url, response);
      return response;
    },
  };
}
