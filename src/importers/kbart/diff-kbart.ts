/**
 * Compares two loads of the same KBART list by row key (see `rowKey`): what a re-load adds, changes,
 * leaves alone and drops. The line number is not content: a row that only moved is unchanged.
 */
import type { KbartRow } from './read-kbart.js';

export type KbartField = Exclude<keyof KbartRow, 'row' | 'key'>;

export interface KbartChange {
  key: string;
  previous: KbartRow;
  next: KbartRow;
  /** The fields whose values differ, in KbartRow order. */
  fields: KbartField[];
}

export interface KbartDiff {
  added: KbartRow[];
  changed: KbartChange[];
  unchanged: KbartRow[];
  dropped: KbartRow[];
}

/** Deep equality for the JSON-shaped values of a row (strings, numbers, null, arrays, plain objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Fields of `next` that differ from `previous`, ignoring `row` and `key`. */
export function changedFields(previous: KbartRow, next: KbartRow): KbartField[] {
  const fields = Object.keys(next).filter((k): k is KbartField => k !== 'row' && k !== 'key');
  return fields.filter((f) => !sameValue(previous[f], next[f]));
}

function byKey(rows: KbartRow[], which: string): Map<string, KbartRow> {
  const map = new Map<string, KbartRow>();
  for (const row of rows) {
    // readKbart makes keys unique; a repeat here means rows were assembled some other way
    if (map.has(row.key)) throw new Error(`diffKbart: key ${row.key} appears twice in the ${which} rows`);
    map.set(row.key, row);
  }
  return map;
}

/** added/changed/unchanged follow `next`'s order, dropped follows `previous`'s. */
export function diffKbart(previous: KbartRow[], next: KbartRow[]): KbartDiff {
  const before = byKey(previous, 'previous');
  const after = byKey(next, 'next');
  const diff: KbartDiff = { added: [], changed: [], unchanged: [], dropped: [] };
  for (const row of next) {
    const old = before.get(row.key);
    if (!old) {
      diff.added.push(row);
      continue;
    }
    const fields = changedFields(old, row);
    if (fields.length === 0) diff.unchanged.push(row);
    else diff.changed.push({ key: row.key, previous: old, next: row, fields });
  }
  for (const row of previous) if (!after.has(row.key)) diff.dropped.push(row);
  return diff;
}
