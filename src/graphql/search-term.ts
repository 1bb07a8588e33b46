/** A filter's search text, normalised as stored keys are (src/lib/search-text.ts), or refused when it cannot search. */
import { searchKey } from '../lib/search-text.js';
import { badInput } from './errors.js';

/**
 * The search key of `text`: null when no search was asked for (null, or nothing but spaces), else the
 * key. Text that has characters but none a search matches on (`%`, `_`, `\`, `--`, other punctuation
 * and symbols, which normalisation drops) is a BAD_USER_INPUT saying so: it used to match everything.
 */
export function searchTermKey(text: string | null | undefined, field: string[]): string | null {
  if (!text?.trim()) return null;
  const key = searchKey(text);
  if (key) return key;
  throw badInput(
    `${field.join('.')}: ${JSON.stringify(text)} has nothing to search for once punctuation, symbols and spaces are set aside (they are ignored in searches); give at least one letter or digit`,
    { field },
  );
}
