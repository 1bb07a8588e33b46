/**
 * Which field holds a member's own record number. A record's ID is what later loads update and
 * delete by, so it must come from the same place every time:
 *
 *   1. the field the member names (`--id-field 907$a` for III/Sierra, `999$c` for Koha, `001`), when given;
 *   2. else 001;
 *   3. else the first 035 $a (a system control number), with a warning.
 *
 * A value found past the first place in that order carries a warning; a record with none of them
 * has no ID and is not loaded. Pure: no I/O.
 */
import { isControlField, type MarcRecord } from './marc-record.js';

/** A place to read an ID from: a control field (`001`) or a data field's subfield (`907$a`). */
export interface IdField {
  tag: string;
  /** subfield code; null for a control field (tags 001–009) */
  code: string | null;
}

export const DEFAULT_ID_FIELDS: readonly IdField[] = [
  { tag: '001', code: null },
  { tag: '035', code: 'a' },
];

const ID_FIELD = /^([0-9A-Za-z]{3})(?:\$([0-9a-z]))?$/;
const isControlTag = (tag: string) => /^00[0-9]$/.test(tag);

/** `907$a` → { tag: '907', code: 'a' }; `001` → { tag: '001', code: null }. */
export function formatIdField(f: IdField): string {
  return f.code === null ? f.tag : `${f.tag}$${f.code}`;
}

/**
 * Parses `TAG` or `TAG$code`. Returns the reason when the value is not a usable ID field: a data
 * field needs a subfield code, a control field (001–009) takes none, 000 is the leader.
 */
export function parseIdField(value: string): IdField | { error: string } {
  const m = ID_FIELD.exec(value.trim());
  const example = 'e.g. 907$a (III/Sierra), 999$c (Koha) or 001';
  if (!m) return { error: `"${value}" is not a field: write TAG or TAG$code, ${example}` };
  const tag = m[1];
  const code = m[2] ?? null;
  if (tag === '000') return { error: '000 is the leader, not a field' };
  if (isControlTag(tag) && code !== null) return { error: `${tag} is a control field and has no subfields: write ${tag}` };
  if (!isControlTag(tag) && code === null) return { error: `${tag} is a data field: name its subfield too, ${example}` };
  return { tag, code };
}

/** The places looked at, in order: the member's field (if any), then 001, then 035 $a. */
export function idFieldOrder(preferred: IdField | null): IdField[] {
  const rest = DEFAULT_ID_FIELDS.filter((f) => !preferred || formatIdField(f) !== formatIdField(preferred));
  return preferred ? [preferred, ...rest] : [...rest];
}

function valueOf(record: MarcRecord, f: IdField): string | null {
  for (const field of record.fields) {
    if (field.tag !== f.tag) continue;
    if (isControlField(field)) {
      if (f.code === null && field.value.trim()) return field.value.trim();
      continue;
    }
    if (f.code === null) continue;
    for (const s of field.subfields) if (s.code === f.code && s.value.trim()) return s.value.trim();
  }
  return null;
}

export type RecordId =
  | { id: string; from: IdField; warning: string | null }
  | { id: null; reason: string };

/** The record's ID by the order above, with a warning when it was not found in the first place. */
export function recordId(record: MarcRecord, preferred: IdField | null): RecordId {
  const order = idFieldOrder(preferred);
  for (let i = 0; i < order.length; i++) {
    const id = valueOf(record, order[i]);
    if (id === null) continue;
    const missing = order.slice(0, i).map(formatIdField).join(' or ');
    const warning = i === 0 ? null : `no ${missing}: record ID "${id}" taken from ${formatIdField(order[i])}`;
    return { id, from: order[i], warning };
  }
  const looked = order.map(formatIdField).join(', ');
  return { id: null, reason: `no record identifier (looked for ${looked}): the record cannot be updated or deleted later, so it is not loaded` };
}
