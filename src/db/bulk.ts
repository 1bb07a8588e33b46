/**
 * Set-based writes: a batch's rows go to the database as ONE JSON parameter (jsonb_to_recordset),
 * arrays as one JSON parameter too. Drizzle's building of a statement with thousands of bound
 * parameters, and one statement per row, were most of an import's time.
 */
import { sql } from 'drizzle-orm';
import { jsonRows } from '../lib/json-rows.js';

export { jsonRows };

/** A text[] from one JSON parameter (e.g. for `= ANY (…)`, which keeps the index scan). */
export function textArray(values: string[]) {
  return sql`ARRAY(SELECT jsonb_array_elements_text(${jsonRows(values)}::jsonb))`;
}

export function intArray(values: number[]) {
  return sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::int)`;
}

/** A text[] column read through raw SQL: a JS array on postgres.js and PGlite alike, but safe with '{…}' text too. */
export function parseTextArray(v: string[] | string | null): string[] {
  if (Array.isArray(v)) return v;
  if (!v || v === '{}') return [];
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|([^,{}]+)/g;
  for (let m = re.exec(v); m; m = re.exec(v)) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]);
  return out;
}
