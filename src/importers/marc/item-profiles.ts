/**
 * The local holdings fields of each library system that items-extract.ts reads (its header lists
 * them: Koha 952/995, III 949, ReShare and Symphony 999, Symphony 926, Aleph Z30, CNMARC 905), as
 * ItemProfiles, with the subfield helpers they are written in. A new system's layout is one more
 * profile here.
 */
import { clean } from './map-common.js';
import type { MarcDataField } from './marc-record.js';

export interface Status {
  available: boolean | null;
  lendable: boolean | null;
}

/** How one local holdings field of one system reads. */
export interface ItemProfile {
  tag: string;
  /** whether this field is one of this profile's (several profiles may share a tag) */
  applies?: (f: MarcDataField) => boolean;
  /** subfield codes of the item id, in order of preference; for `multi`, every occurrence is one item */
  id: string[];
  multi?: boolean;
  /** alternatives per location part: [['a', 'b'], ['c']] = ($a, else $b) / $c */
  location: string[][];
  callNumber: (f: MarcDataField) => string | null;
  /** copies a field without ids stands for (default 1) */
  copies?: (f: MarcDataField) => number | null;
  status?: (f: MarcDataField) => Status;
}

export function first(f: MarcDataField, code: string): string | null {
  for (const s of f.subfields) if (s.code === code) {
    const v = clean(s.value);
    if (v) return v;
  }
  return null;
}

export function has(f: MarcDataField, code: string): boolean {
  return first(f, code) !== null;
}

/** A status code subfield set to something other than 0 (Koha's lost, withdrawn, not for loan). */
function nonZero(f: MarcDataField, code: string): boolean {
  const v = first(f, code);
  return v !== null && v !== '0';
}

export function joinCall(...parts: (string | null)[]): string | null {
  const v = parts.filter(Boolean).join(' ').trim();
  return v || null;
}

function count(v: string | null): number | null {
  if (!v || !/^\s*[0-9]{1,5}\s*$/.test(v)) return null;
  const n = Number(v);
  return n > 0 ? n : null;
}

export const NOT_LENDABLE = /reference|referens|präsenz|praesenz|library use|in-library|not for loan|non.?circ|no ?ill|keine ?ill|阅览|閱覽|不外借|不可借/i;

const koha952: ItemProfile = {
  tag: '952',
  id: ['p', '9'],
  location: [['a', 'b'], ['c']],
  callNumber: (f) => first(f, 'o'),
  status: (f) => ({
    available: !(nonZero(f, '1') || nonZero(f, '0') || has(f, 'q')),
    lendable: !nonZero(f, '7'),
  }),
};

const iii949: ItemProfile = {
  tag: '949',
  applies: (f) => has(f, 'i') || has(f, 'l'),
  id: ['i'],
  location: [['l']],
  callNumber: (f) => joinCall(first(f, 'a'), first(f, 'b')),
};

const isReshare999 = (f: MarcDataField): boolean => {
  const p = first(f, 'p');
  return has(f, 's') || p === 'LOANABLE' || p === 'UNLOANABLE';
};

const reshare999: ItemProfile = {
  tag: '999',
  applies: (f) => !(f.ind1 === 'f' && f.ind2 === 'f') && isReshare999(f) && (has(f, 'a') || has(f, 'b') || has(f, 'c')),
  id: ['b'],
  location: [['s'], ['a']],
  callNumber: (f) => first(f, 'c'),
  status: (f) => {
    const p = first(f, 'p');
    return { available: null, lendable: p === 'LOANABLE' ? true : p === 'UNLOANABLE' ? false : null };
  },
};

const symphony999: ItemProfile = {
  tag: '999',
  applies: (f) => !(f.ind1 === 'f' && f.ind2 === 'f') && !isReshare999(f) && (has(f, 'm') || has(f, 'l')) && (has(f, 'i') || has(f, 'a')),
  id: ['i'],
  location: [['m'], ['l']],
  callNumber: (f) => first(f, 'a'),
  status: (f) => {
    const current = first(f, 'k');
    const type = first(f, 't');
    return {
      available: current ? !/CHECKEDOUT|MISSING|LOST|TRANSIT|ORDER|DISCARD|REPAIR|BINDERY|HOLDS/i.test(current) : true,
      lendable: type && NOT_LENDABLE.test(type) ? false : null,
    };
  },
};

const symphony926: ItemProfile = {
  tag: '926',
  id: [],
  location: [['a'], ['b']],
  callNumber: (f) => first(f, 'c'),
  copies: (f) => count(first(f, 'f')),
};

const alephZ30: ItemProfile = {
  tag: 'Z30',
  id: ['5'],
  location: [['1', 'A'], ['2', 'B']],
  callNumber: (f) => first(f, '3') ?? first(f, '9'),
  status: (f) => ({ available: has(f, 'P') ? false : null, lendable: NOT_LENDABLE.test(first(f, 'F') ?? '') ? false : null }),
};

const koha995: ItemProfile = {
  tag: '995',
  id: ['f', '9'],
  location: [['b', 'c', 'a', 'd'], ['e']],
  callNumber: (f) => first(f, 'k'),
  status: (f) => ({
    available: !(nonZero(f, '2') || nonZero(f, '0') || has(f, 'n')),
    lendable: !nonZero(f, 'o'),
  }),
};

const cnmarc905: ItemProfile = {
  tag: '905',
  id: ['b'],
  multi: true,
  location: [['a'], ['c']],
  callNumber: (f) => {
    const d = first(f, 'd');
    const e = first(f, 'e');
    const vol = first(f, 'f');
    let cn = d && e && !d.includes('/') ? `${d}/${e}` : (d ?? e);
    if (cn && vol && count(vol) === null) cn = `${cn}:${vol}`;
    return cn;
  },
  copies: (f) => count(first(f, 'f')),
};

export const MARC21_ITEM_PROFILES: readonly ItemProfile[] = [koha952, iii949, reshare999, symphony999, symphony926, alephZ30];
export const UNIMARC_ITEM_PROFILES: readonly ItemProfile[] = [koha995, cnmarc905, alephZ30];
