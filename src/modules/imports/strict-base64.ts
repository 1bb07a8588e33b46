/**
 * Base64 as RFC 4648 §4 writes it, checked before decoding: Node's Buffer.from(s, 'base64') skips
 * any character outside the alphabet, so a typo or a pasted file name would decode to garbage
 * instead of being refused. Line breaks and spaces (MIME wraps at 76 characters) are allowed;
 * the URL-safe alphabet (- _) is not.
 *
 * An upload is up to 20 MB of MARC, 27 MB of base64: done in one go, removing the white space,
 * checking and decoding hold the event loop for a noticeable time on a busy machine, and every
 * other request waits. So the work goes in slices of SLICE characters, giving way to other requests
 * between them.
 */
import { setImmediate as giveWay } from 'node:timers/promises';

const ALPHABET = /^[A-Za-z0-9+/]*$/;
const SLICE = 1 << 20;

export type Base64Result = { bytes: Buffer } | { invalid: true } | { tooLarge: number };

/**
 * The bytes of `text`; `invalid` when it is not base64; `tooLarge` (with the decoded size) as soon as
 * the decoded size is known to pass `maxBytes`, before anything is decoded.
 */
export async function decodeStrictBase64(text: string, maxBytes = Infinity): Promise<Base64Result> {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += SLICE) {
    pieces.push(text.slice(i, i + SLICE).replace(/\s+/g, ''));
    if (i + SLICE < text.length) await giveWay();
  }
  const compact = pieces.length === 1 ? pieces[0] : pieces.join('');
  if (compact.length % 4 !== 0) return { invalid: true };
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  const size = (compact.length / 4) * 3 - padding;
  const body = compact.length - padding;
  for (let i = 0; i < body; i += SLICE) {
    if (!ALPHABET.test(compact.slice(i, Math.min(body, i + SLICE)))) return { invalid: true };
    if (i + SLICE < body) await giveWay();
  }
  if (size > maxBytes) return { tooLarge: size };
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (let i = 0; i < compact.length; i += SLICE) {
    at += bytes.write(compact.slice(i, i + SLICE), at, 'base64'); // SLICE is a multiple of 4: each slice decodes on its own
    if (i + SLICE < compact.length) await giveWay();
  }
  return { bytes: at === size ? bytes : bytes.subarray(0, at) };
}
