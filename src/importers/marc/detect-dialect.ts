/**
 * MARC 21 or UNIMARC (CNMARC is UNIMARC with Chinese additions)? Decided per record, because a file
 * may mix both. Scores the tags that only one of the two uses (STANDARDS.md C5):
 *
 *   UNIMARC: 200 with $a (title) +3; 100 $a shaped like UNIMARC general processing data (8-digit
 *            date then a type-of-date code, 35+ characters) +3; leader/08 "0"-"2" (hierarchical
 *            level) or leader/20-23 "450 " +1; up to +3 for 101, 102, 105, 106, 210, 215, 225, 606,
 *            690, 701, 801.
 *   MARC 21: 245 +3; 008 +2; up to +3 for 020, 022, 040, 050, 082, 084, 260, 264, 300, 650, 852, 866.
 *
 * The higher score wins; a tie is MARC 21 (the common case). 010 is not counted: it is the LCCN in
 * MARC 21 and the ISBN in UNIMARC.
 */
import { isControlField, type MarcDialect, type MarcRecord } from './marc-record.js';

export interface DialectEvidence {
  leader: string;
  /** tags present in the record */
  tags: ReadonlySet<string>;
  /** the first 100 $a, if any */
  field100a: string | null;
  /** a 200 field with a $a exists */
  has200a: boolean;
}

const UNIMARC_ONLY = ['101', '102', '105', '106', '210', '215', '225', '606', '690', '701', '801'];
const MARC21_ONLY = ['020', '022', '040', '050', '082', '084', '260', '264', '300', '650', '852', '866'];
const UNIMARC_100A = /^\d{8}[a-kux|]/;

export function dialectFromEvidence(e: DialectEvidence): MarcDialect {
  let u = 0;
  let m = 0;
  if (e.has200a) u += 3;
  if (e.field100a !== null && e.field100a.length >= 35 && UNIMARC_100A.test(e.field100a)) u += 3;
  const l8 = e.leader.charAt(8);
  if (l8 === '0' || l8 === '1' || l8 === '2' || e.leader.slice(20, 24) === '450 ') u += 1;
  let extra = 0;
  for (const t of UNIMARC_ONLY) if (e.tags.has(t)) extra++;
  u += Math.min(extra, 3);
  if (e.tags.has('245')) m += 3;
  if (e.tags.has('008')) m += 2;
  extra = 0;
  for (const t of MARC21_ONLY) if (e.tags.has(t)) extra++;
  m += Math.min(extra, 3);
  return u > m ? 'unimarc' : 'marc21';
}

/** MARC 21 or UNIMARC, from the record's tags, 100 $a, 200 $a and leader. */
export function detectDialect(record: MarcRecord): MarcDialect {
  const tags = new Set<string>();
  let field100a: string | null = null;
  let has200a = false;
  for (const f of record.fields) {
    tags.add(f.tag);
    if (isControlField(f)) continue;
    if (f.tag === '100' && field100a === null) {
      const a = f.subfields.find((s) => s.code === 'a');
      if (a) field100a = a.value;
    } else if (f.tag === '200' && !has200a) {
      has200a = f.subfields.some((s) => s.code === 'a');
    }
  }
  return dialectFromEvidence({ leader: record.leader, tags, field100a, has200a });
}
