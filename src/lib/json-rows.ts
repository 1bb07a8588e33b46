/**
 * JSON text of rows for `jsonb_to_recordset` (src/db/bulk.ts). Pure: the MARC reader thread builds a
 * batch's row texts with it too, without loading the database layer.
 */
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/** JSON text of rows; a lone surrogate becomes U+FFFD, as a text parameter's UTF-8 encoding makes it. */
export function jsonRows(rows: unknown): string {
  const text = JSON.stringify(rows);
  return text.includes('\\ud') ? text.replace(LONE_SURROGATE_ESCAPE, '$1\\ufffd') : text;
}
