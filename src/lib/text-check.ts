/**
 * What a string must be before it can be stored or searched as text: PostgreSQL's `text` cannot hold
 * U+0000, and a lone UTF-16 surrogate is not Unicode at all (it has no UTF-8 form). Both reach the API
 * through JSON (`"\u0000"`, `"\ud800"`); GraphQL's own string literals already refuse them.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `text` cannot be taken as text, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which text cannot hold';
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return `contains a lone surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}), which is not valid Unicode`;
  return null;
}
