/** Reading a request body under a size limit, and the JSON in it. */
import type { IncomingMessage } from 'node:http';

export type Body = { kind: 'read'; text: string } | { kind: 'too-large'; limit: number } | { kind: 'aborted' };

/**
 * How large a body may be: `base` for anyone; up to `raised` when `mayRaise()` says so, which is asked
 * only once a body is known to pass `base` (so ordinary requests never pay for it).
 */
export interface BodyLimit {
  base: number;
  raised: number;
  mayRaise(): Promise<boolean>;
}

/**
 * The body as UTF-8 text, or `too-large` (with the limit it passed) as soon as it is known to pass
 * its limit: from its Content-Length, or while it streams in. While `mayRaise` is asked, the stream
 * is paused, so no more than `base` bytes plus a chunk are held for a request that may not send
 * more. The rest of a refused body is left to node:http, which discards it once the answer is sent,
 * so the connection stays usable.
 */
export async function readBody(req: IncomingMessage, limits: BodyLimit | number): Promise<Body> {
  const { base, raised, mayRaise } = typeof limits === 'number' ? { base: limits, raised: limits, mayRaise: async () => false } : limits;
  let limit = base;
  let asked: Promise<boolean> | null = null;
  const ask = () => (asked ??= raised > base ? mayRaise().catch(() => false) : Promise.resolve(false));
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    if (declared > raised || !(await ask())) return { kind: 'too-large', limit: declared > raised && (await ask()) ? raised : base };
    limit = raised;
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const tooLarge = (passed: number) => {
      stop();
      chunks.length = 0;
      req.resume(); // the rest flows to nobody (it may have been paused while mayRaise was asked)
      resolve({ kind: 'too-large', limit: passed });
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size <= limit) return;
      if (limit === raised) return tooLarge(limit);
      req.pause();
      void ask().then((ok) => {
        if (!ok) return tooLarge(base);
        limit = raised;
        if (size > limit) return tooLarge(limit);
        req.resume();
      });
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
