/**
 * UNIMARC / CNMARC bibliographic record → record core (STANDARDS.md C5).
 *
 *   title           200 $a (a second $a: ' ; '), $e other title information (' : '), $h part number
 *                   ('. '), $i part name (', ' after $h, else '. '); UNIMARC carries no ISBD punctuation
 *                   in subfields, so it is supplied here (and stray punctuation is trimmed)
 *   responsibility  200 $f, then $g (' ; '); else 700/701/702 $a, $b; else 710/711/712 $a
 *   edition         205 $a
 *   place/publisher 214 (2nd indicator 0, publication) $a/$c, else 210 $a/$c, else any 214
 *   year            first 4-digit year in that field's $d, else 100 $a/09-12
 *   language        101 $a
 *   isbns           010 $a; failing ones and 010 $z → invalidIdentifiers
 *   issns           011 $a and $f (ISSN-L); failing ones and 011 $y/$z/$g → invalidIdentifiers
 *   clc             690 $a (CNMARC); else 686 $a with $2 'clc…'. Not 681: Taiwan CMARC's 681 is the
 *                   Chinese Classification (賴永祥), a different scheme.
 *   subjects        600/601/605/606/607/610 $a (610: CNMARC uncontrolled terms)
 *   format          leader/06-07; a continuing-resource date type in 100 $a/08 (a, b, c) makes a text SERIAL
 *   other titles    200 $d (parallel), 200 $9 / $A (CNMARC pinyin), 500, 510–518, 540, 541 $a
 *
 * UNIMARC has no 880: a second script is repeated fields with $7, so `vernacular` stays empty.
 */
import {
  addInvalid,
  addIsbn,
  addIssn,
  clcNumber,
  clean,
  fieldsOf,
  formatFromLeader,
  indexFields,
  languageCode,
  pushUnique,
  sub,
  subs,
  tidy,
  tidyImprint,
  yearAt,
  yearIn,
  type InvalidIdentifier,
} from './map-common.js';
import type { MappedRecord } from './map-record.js';
import type { MarcDataField, MarcRecord } from './marc-record.js';

const SUBJECT_TAGS = new Set(['600', '601', '605', '606', '607', '610']);
const ALT_TITLE_TAGS = ['500', '510', '512', '513', '514', '516', '517', '518', '540', '541'];

function title200(f: MarcDataField | undefined): string | null {
  if (!f) return null;
  let out = '';
  let aCount = 0;
  let prev = '';
  for (const s of f.subfields) {
    const v = tidy(s.value);
    if (!v) continue;
    switch (s.code) {
      case 'a':
        out = aCount++ === 0 ? (out ? `${out} ${v}` : v) : `${out} ; ${v}`;
        break;
      case 'e':
        out = out ? `${out} : ${v}` : v;
        break;
      case 'h':
        out = out ? `${out}. ${v}` : v;
        break;
      case 'i':
        out = out ? `${out}${prev === 'h' ? ', ' : '. '}${v}` : v;
        break;
      default:
        continue;
    }
    prev = s.code;
  }
  return tidy(out);
}

function personal(f: MarcDataField | undefined): string | null {
  if (!f) return null;
  const a = tidy(sub(f, 'a'));
  if (!a) return null;
  const b = tidy(sub(f, 'b'));
  return b ? `${a}, ${b}` : a;
}

export function mapUnimarc(record: MarcRecord): MappedRecord {
  const ix = indexFields(record);
  const leader = record.leader ?? '';
  const deleted = leader.charAt(5) === 'd';
  const localId = clean(ix.control.get('001')) || null;
  const f100a = sub(fieldsOf(ix, '100')[0], 'a') ?? '';

  const f200 = fieldsOf(ix, '200')[0];
  const title = title200(f200);
  const altTitles: string[] = [];
  if (f200) for (const code of ['d', '9', 'A']) for (const v of subs(f200, code)) pushUnique(altTitles, tidy(v));
  for (const tag of ALT_TITLE_TAGS) for (const f of fieldsOf(ix, tag)) pushUnique(altTitles, tidy(sub(f, 'a')));

  const mainAuthor =
    personal(fieldsOf(ix, '700')[0]) ??
    personal(fieldsOf(ix, '701')[0]) ??
    tidy(sub(fieldsOf(ix, '710')[0], 'a')) ??
    tidy(sub(fieldsOf(ix, '711')[0], 'a'));
  let responsibility: string | null = null;
  if (f200) {
    const parts = [...subs(f200, 'f'), ...subs(f200, 'g')].map((v) => tidy(v)).filter((v): v is string => !!v);
    if (parts.length) responsibility = parts.join(' ; ');
  }
  if (!responsibility) responsibility = mainAuthor ?? personal(fieldsOf(ix, '702')[0]) ?? tidy(sub(fieldsOf(ix, '712')[0], 'a'));

  const edition = tidy(sub(fieldsOf(ix, '205')[0], 'a'), false);

  const f214 = fieldsOf(ix, '214');
  const imprint = f214.find((f) => f.ind2 === '0') ?? fieldsOf(ix, '210')[0] ?? f214[0];
  const place = tidyImprint(imprint && sub(imprint, 'a'));
  const publisher = tidyImprint(imprint && sub(imprint, 'c'));
  let year = imprint ? yearIn(subs(imprint, 'd').join(' ')) : null;
  if (year === null) year = yearAt(f100a, 9);

  const language = languageCode(sub(fieldsOf(ix, '101')[0], 'a'));

  const isbns: string[] = [];
  const issns: string[] = [];
  const invalid: InvalidIdentifier[] = [];
  for (const f of fieldsOf(ix, '010')) {
    for (const s of f.subfields) {
      if (s.code === 'a') addIsbn(s.value, isbns, invalid);
      else if (s.code === 'z') addInvalid(invalid, 'isbn', s.value);
    }
  }
  for (const f of fieldsOf(ix, '011')) {
    for (const s of f.subfields) {
      if (s.code === 'a' || s.code === 'f') addIssn(s.value, issns, invalid);
      else if (s.code === 'y' || s.code === 'z' || s.code === 'g') addInvalid(invalid, 'issn', s.value);
    }
  }

  let clc: string | null = null;
  for (const f of fieldsOf(ix, '690')) if ((clc = clcNumber(sub(f, 'a')))) break;
  if (!clc) {
    for (const f of fieldsOf(ix, '686')) {
      const scheme = sub(f, '2');
      if (scheme && /^clc/i.test(scheme) && (clc = clcNumber(sub(f, 'a')))) break;
    }
  }

  const subjects: string[] = [];
  for (const f of record.fields) {
    if ('subfields' in f && SUBJECT_TAGS.has(f.tag)) pushUnique(subjects, tidy(sub(f, 'a')));
  }

  let format = formatFromLeader(leader, 'unimarc');
  if (format === 'BOOK' && 'abc'.includes(f100a.charAt(8) || 'x')) format = 'SERIAL';

  const problems: string[] = [];
  if (deleted) {
    if (!localId) problems.push('deleted record without 001: cannot tell which record to delete');
  } else if (!title) {
    problems.push('no title (245 $a / 200 $a)');
    if (fieldsOf(ix, '245').length > 0 && !f200) problems.push('has 245 but no 200: MARC 21 read as UNIMARC?');
  }

  const alt = title ? altTitles.filter((t) => t !== title) : altTitles;
  return {
    localId,
    deleted,
    core: {
      title: title ?? '',
      responsibility,
      edition,
      publisher,
      place,
      year,
      language,
      isbns,
      issns,
      clc,
      subjects,
      format,
      altTitles: alt,
    },
    altTitles: alt,
    mainAuthor,
    invalidIdentifiers: invalid,
    vernacular: {},
    romanised: {},
    problems,
  };
}
