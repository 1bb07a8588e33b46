/** Reading a request body under a size limit, and the JSON in it. */
import type { IncomingMessage } from 'node:http';

export type Body = { kind: 'read'; text: string } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * The body as UTF-8 text, or `too-large` as soon as it is known to pass `limit` bytes (from its
 * Content-Length, or while it streams in). The rest of a refused body is left to node:http, which
 * discards it once the answer is sent, so the connection stays usable.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        resolve({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve({ kind: 'read', text: chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8') });
    };
    // a client that goes away mid-body gets no answer
    const onGone = () => {
      stop();
      resolve({ kind: 'aborted' });
    };
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('aborted', onGone);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('aborted', onGone);
  });
}

export class InvalidJson extends Error {}

/** JSON.parse of a body (a leading byte-order mark dropped); an empty body is `undefined`. */
export function parseJsonBody(text: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InvalidJson('The request body is not valid JSON.');
  }
}
