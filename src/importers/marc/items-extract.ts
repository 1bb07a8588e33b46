/**
 * Holdings embedded in bibliographic records (local 85x/9xx fields), and MARC 21 holdings (MFHD)
 * records, → ItemData rows. Pure; the caller turns them into `holdings` rows of the importing member.
 *
 * One ItemData per item that has an id of its own (barcode, else the system's item number); fields
 * without an id are grouped per location into one ItemData whose `copies` counts them (or their
 * explicit copy count). Location parts are joined with ' / ' (branch / shelving location).
 *
 * MARC 21 fields read (dialect 'marc21'):
 *   852 + 876–878  $a institution, $b sublocation, $c shelving location; call number $k $h $i $m or $j;
 *                  barcode 852 $p or 876–878 $p (else 876 $a item number). 876–878 are tied to their 852
 *                  by $8 link number (else the only/first 852); an 852 with linked items adds no copy itself.
 *                  876 $j item status and $h use restrictions give available/lendable when recognisable.
 *   952 (Koha)     $a home branch (else $b holding branch), $c shelving location, $o call number,
 *                  $p barcode (else $9 item number); $7 not for loan ≠ 0 → not lendable;
 *                  $1 lost, $0 withdrawn ≠ 0 or $q (on loan, due date) → not available
 *   949            (III/Sierra item load) $i barcode, $l location, $a $b call number
 *   999            ReShare/FOLIO shared-index items ($s ISIL, $a location, $c call number, $b barcode,
 *                  $p LOANABLE/UNLOANABLE); or SirsiDynix Symphony ($m library, $l home location,
 *                  $a call number, $i barcode, $k current location). FOLIO's 999 ff and Koha's 999 $c/$d
 *                  (record ids) carry no items and are skipped.
 *   926            (Symphony holdings summary) $a library, $b location, $c call number, $f number of items
 *   Z30            Aleph expanded items (expand_doc_bib_z30): $1 sub-library ($A name), $2 collection
 *                  ($B name), $3 call number, $5 barcode, $P process status (→ not available),
 *                  $F item status text (reference/library-use → not lendable)
 * UNIMARC/CNMARC fields read (dialect 'unimarc'):
 *   995 (Koha)     $b home branch (else $c holding branch, $a/$d free text), $e shelving location,
 *                  $k call number, $f barcode (else $9 item number); $o circulation type ≠ 0 → not lendable;
 *                  $2 lost, $0 withdrawn ≠ 0 or $n (on loan) → not available
 *   905 (CNMARC)   $a holding library / collection, $c shelving area, $b accession number or barcode
 *                  (repeatable: one item each; a range '20295403-5408' counts its copies), call number
 *                  $d class number '/' $e book number (种次号/书次号), $f copies when a number, else a
 *                  volume appended as ':$f'
 *   Z30            as above
 * Not read: 996 and other 9xx whose layout differs per system (add an ItemProfile for them in item-profiles.ts).
 */
import { clean } from './map-common.js';
import { first, has, joinCall, MARC21_ITEM_PROFILES, NOT_LENDABLE, UNIMARC_ITEM_PROFILES, type ItemProfile, type Status } from './item-profiles.js';
import type { MarcDataField, MarcDialect, MarcRecord } from './marc-record.js';

export interface ItemData {
  /** barcode (or the system's item number); null for a group of copies without ids */
  itemId: string | null;
  location: string;
  callNumber: string | null;
  copies: number;
  /** copies on the shelf now; null when the record does not say */
  available: number | null;
  /** may be lent (e.g. through ILL); null when the record does not say */
  lendable: boolean | null;
  /** holdings summary (MFHD 866–868 $a) */
  note?: string | null;
}

const LOC_SEP = ' / ';

function joinParts(parts: (string | null)[]): string {
  const out: string[] = [];
  for (const p of parts) if (p && !out.includes(p)) out.push(p);
  return out.join(LOC_SEP);
}

function locationOf(f: MarcDataField, spec: string[][]): string {
  return joinParts(spec.map((alts) => {
    for (const c of alts) {
      const v = first(f, c);
      if (v) return v;
    }
    return null;
  }));
}

const UNAVAILABLE = /loan|checked ?out|missing|lost|transit|claim|withdrawn|discard|repair|bindery|order|process|hold|借出|丢失|遗失|剔除|在途|修补|外借中/i;
const AVAILABLE = /in place|available|on shelf|in library|在架|可借/i;
function statusText(statusValue: string | null, restriction: string | null): Status {
  let available: boolean | null = null;
  if (statusValue) available = AVAILABLE.test(statusValue) ? true : UNAVAILABLE.test(statusValue) ? false : null;
  const lendable = restriction ? (NOT_LENDABLE.test(restriction) ? false : null) : null;
  return { available, lendable };
}

/** MARC 21 852 call number: prefix $k, classification $h, item part $i, suffix $m; or shelving control number $j. */
function call852(f: MarcDataField): string | null {
  return joinCall(first(f, 'k'), first(f, 'h'), first(f, 'i'), first(f, 'm')) ?? first(f, 'j');
}

const CN_RANGE = /^(\D*)(\d+)-(\d+)$/;

/** '20295403-5408' → 6 (the end abbreviates the start's last digits); anything else → 1. */
export function accessionRangeSize(id: string): number {
  const m = CN_RANGE.exec(id);
  if (!m) return 1;
  const [, , start, endTail] = m;
  if (endTail.length > start.length) return 1;
  const end = start.slice(0, start.length - endTail.length) + endTail;
  const n = Number(end) - Number(start) + 1;
  return n >= 2 && n <= 1000 ? n : 1;
}

/** Items before grouping. */
type Unit = ItemData;

function fromProfile(f: MarcDataField, p: ItemProfile, out: Unit[]): void {
  const location = locationOf(f, p.location);
  const callNumber = p.callNumber(f);
  const st = p.status ? p.status(f) : { available: null, lendable: null };
  const ids: string[] = [];
  if (p.multi) {
    for (const c of p.id) for (const s of f.subfields) if (s.code === c) {
      const v = clean(s.value);
      if (v) ids.push(v);
    }
  } else {
    for (const c of p.id) {
      const v = first(f, c);
      if (v) {
        ids.push(v);
        break;
      }
    }
  }
  if (ids.length === 0) {
    const copies = p.copies?.(f) ?? 1;
    out.push({ itemId: null, location, callNumber, copies, available: st.available === null ? null : st.available ? copies : 0, lendable: st.lendable });
    return;
  }
  for (const id of ids) {
    const copies = p.multi ? accessionRangeSize(id) : 1;
    out.push({ itemId: id, location, callNumber, copies, available: st.available === null ? null : st.available ? copies : 0, lendable: st.lendable });
  }
}

/** 852 fields with their 876–878 items (MARC 21 bibs with embedded holdings, e.g. Alma publishing). */
function from852(record: MarcRecord, out: Unit[]): void {
  const f852: MarcDataField[] = [];
  const f87x: MarcDataField[] = [];
  for (const f of record.fields) {
    if (!('subfields' in f)) continue;
    if (f.tag === '852') f852.push(f);
    else if (f.tag === '876' || f.tag === '877' || f.tag === '878') f87x.push(f);
  }
  if (f852.length === 0 && f87x.length === 0) return;
  const linkNo = (f: MarcDataField): string | null => first(f, '8')?.split('.')[0] ?? null;
  const used = new Set<MarcDataField>();
  for (const item of f87x) {
    const id = first(item, 'p') ?? first(item, 'a');
    if (!id) continue;
    const link = linkNo(item);
    const base = (link !== null ? f852.find((h) => linkNo(h) === link) : undefined) ?? f852[0];
    if (base) used.add(base);
    const st = statusText(first(item, 'j'), first(item, 'h'));
    out.push({
      itemId: id,
      location: base ? joinParts([first(base, 'a'), first(base, 'b'), first(base, 'c')]) : '',
      callNumber: base ? call852(base) : null,
      copies: 1,
      available: st.available === null ? null : st.available ? 1 : 0,
      lendable: st.lendable,
    });
  }
  for (const h of f852) {
    if (used.has(h)) continue;
    const location = joinParts([first(h, 'a'), first(h, 'b'), first(h, 'c')]);
    const callNumber = call852(h);
    if (!location && !callNumber && !has(h, 'p')) continue;
    out.push({ itemId: first(h, 'p'), location, callNumber, copies: 1, available: null, lendable: null });
  }
}

/** Items with ids stay one each (a repeated id is merged); the rest group per location. */
function group(units: Unit[]): ItemData[] {
  const out: ItemData[] = [];
  const byId = new Map<string, ItemData>();
  const byLocation = new Map<string, ItemData>();
  for (const u of units) {
    if (u.itemId !== null) {
      const seen = byId.get(u.itemId);
      if (!seen) {
        byId.set(u.itemId, u);
        out.push(u);
      } else {
        if (!seen.location) seen.location = u.location;
        seen.callNumber ??= u.callNumber;
        seen.available ??= u.available;
        seen.lendable ??= u.lendable;
      }
      continue;
    }
    const g = byLocation.get(u.location);
    if (!g) {
      const copy = { ...u };
      byLocation.set(u.location, copy);
      out.push(copy);
      continue;
    }
    g.available = g.available === null || u.available === null ? null : g.available + u.available;
    g.copies += u.copies;
    g.callNumber ??= u.callNumber;
    if (g.lendable !== u.lendable) g.lendable = null;
  }
  return out;
}

export function extractItems(record: MarcRecord, dialect: MarcDialect, profiles?: readonly ItemProfile[]): ItemData[] {
  const list = profiles ?? (dialect === 'unimarc' ? UNIMARC_ITEM_PROFILES : MARC21_ITEM_PROFILES);
  const units: Unit[] = [];
  if (dialect === 'marc21' && !profiles) from852(record, units);
  for (const f of record.fields) {
    if (!('subfields' in f)) continue;
    for (const p of list) {
      if (p.tag === f.tag && (!p.applies || p.applies(f))) {
        fromProfile(f, p, units);
        break;
      }
    }
  }
  return group(units);
}

/**
 * A MARC 21 holdings record (leader/06 x, y, v or u): 004 names the bib's 001. Its 852 fields are
 * merged into one location and call number (ZDB-style records split one 852 over several fields);
 * 866–868 $a (textual holdings summary) become the note. Items with ids come from 852 $p and
 * 876–878 $p/$a; without any, the record is one ItemData of one copy.
 */
export function holdingsFromMfhd(record: MarcRecord): { bibLocalId: string | null; items: ItemData[] } {
  let bib: string | null = null;
  const f852: MarcDataField[] = [];
  const f87x: MarcDataField[] = [];
  const summary: string[] = [];
  for (const f of record.fields) {
    if (!('subfields' in f)) {
      if (f.tag === '004' && bib === null) bib = clean(f.value) || null;
      continue;
    }
    if (f.tag === '852') f852.push(f);
    else if (f.tag === '876' || f.tag === '877' || f.tag === '878') f87x.push(f);
    else if (f.tag === '866' || f.tag === '867' || f.tag === '868') {
      const v = first(f, 'a');
      if (v && !summary.includes(v)) summary.push(v);
    }
  }
  const parts: string[] = [];
  for (const code of ['a', 'b', 'c']) for (const f of f852) {
    const v = first(f, code);
    if (v && !parts.includes(v)) parts.push(v);
  }
  const location = parts.join(LOC_SEP);
  let callNumber: string | null = null;
  for (const f of f852) if ((callNumber = call852(f))) break;
  const note = summary.length ? summary.join('; ') : null;

  const items: ItemData[] = [];
  const seen = new Set<string>();
  for (const f of f852) {
    const id = first(f, 'p');
    if (id && !seen.has(id)) {
      seen.add(id);
      items.push({ itemId: id, location, callNumber, copies: 1, available: null, lendable: null, note });
    }
  }
  for (const f of f87x) {
    const id = first(f, 'p') ?? first(f, 'a');
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const st = statusText(first(f, 'j'), first(f, 'h'));
    items.push({ itemId: id, location, callNumber, copies: 1, available: st.available === null ? null : st.available ? 1 : 0, lendable: st.lendable, note });
  }
  if (items.length === 0) items.push({ itemId: null, location, callNumber, copies: 1, available: null, lendable: null, note });
  return { bibLocalId: bib, items };
}
