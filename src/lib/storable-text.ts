/**
 * Text PostgreSQL can store: `text` and `jsonb` refuse U+0000, and `jsonb` refuses a lone surrogate
 * (JSON.stringify writes it as `\ud800`). Messages that quote what a load met (a reader's error, a
 * user's option) go through this before they are written, so recording a problem cannot fail on it.
 */
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const UNSTORABLE = new RegExp(`\\u0000|${LONE_SURROGATE}`);

/** NUL as the two characters `\0`, a lone surrogate as U+FFFD; anything else unchanged. */
export function storableText(text: string): string {
  if (!UNSTORABLE.test(text)) return text;
  return text.replace(/\u0000/g, '\\0').replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
}
