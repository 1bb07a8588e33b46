/**
 * Base64 as RFC 4648 §4 writes it, checked before decoding: Node's Buffer.from(s, 'base64') skips
 * any character outside the alphabet, so a typo or a pasted file name would decode to garbage
 * instead of being refused. Line breaks and spaces (MIME wraps at 76 characters) are allowed;
 * the URL-safe alphabet (- _) is not.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes, or null when `text` is not base64. */
export function decodeStrictBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return null;
  return Buffer.from(compact, 'base64');
}
