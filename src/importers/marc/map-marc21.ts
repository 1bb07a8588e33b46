/**
 * MARC 21 bibliographic record → record core.
 *
 *   title           245 $a $b $n $p (in record order; ISBD separators and non-sort marks removed)
 *   responsibility  245 $c; else the main entry (100/110/111 $a), else 700/710 $a
 *   edition         250 $a
 *   place/publisher 264 (2nd indicator 1) $a/$b, else 260, else any 264 (unknown "[S.l.]"/"[s.n.]" → null)
 *   year            first 4-digit year in that field's $c ('©2019.' → 2019), else 008/07-10, else any 264 $c
 *   language        008/35-37, else 041 $a (008 'und'/'mul' gives way to 041)
 *   isbns           020 $a (ISBN-13); failing ones and 020 $z → invalidIdentifiers
 *   issns           022 $a and $l (ISSN-L); failing ones and 022 $y/$z/$m → invalidIdentifiers
 *   clc             084 $a where $2 is 'clc…'; else 093 $a when it reads as a CLC number
 *   subjects        600/610/650/651 $a, plus their linked 880 forms
 *   format          leader/06-07
 *
 * 880 (alternate graphic representation): fields linked by $6 ('245-01/$1'), with the word-division
 * spaces of CJK text removed ('百万　国民党军' → '百万国民党军'). When the 880 form of the
 * title, 245 $c, edition, place or publisher is in a non-Latin script, it becomes the core value (it is
 * what the reader searches and reads, e.g. 数据结构 rather than 'Shu ju jie gou'); the romanised form
 * moves to `romanised`, and the romanised title to altTitles so it still finds the record.
 */
import {
  addInvalid,
  addIsbn,
  addIssn,
  clcNumber,
  clean,
  fieldsOf,
  formatFromLeader,
  hasNonLatin,
  indexFields,
  languageCode,
  pushUnique,
  sub,
  subs,
  tidy,
  tidyImprint,
  yearAt,
  yearIn,
  type FieldIndex,
  type InvalidIdentifier,
} from './map-common.js';
import type { MappedRecord, ScriptForms } from './map-record.js';
import type { MarcDataField, MarcRecord } from './marc-record.js';

const TITLE_CODES = new Set(['a', 'b', 'n', 'p']);
const SUBJECT_TAGS = new Set(['600', '610', '650', '651']);

/** 245-style title: the given subfields in record order, keeping the separator a skipped $h (GMD) carried. */
function titleOf(f: MarcDataField | undefined): string | null {
  if (!f) return null;
  let out = '';
  for (const s of f.subfields) {
    if (TITLE_CODES.has(s.code)) {
      const v = s.value.trim();
      if (v) out = out ? `${out} ${v}` : v;
    } else if (s.code === 'h' && out) {
      // '$aTitle$h[electronic resource] :$bsubtitle': keep the ' :' that ended the GMD
      const sep = /([:=;])\s*$/.exec(s.value);
      if (sep) out += ` ${sep[1]}`;
    }
  }
  if (!out) out = sub(f, 'k') ?? ''; // archival titles may have only a form ($k)
  return tidy(out);
}

// Chinese and Japanese 880s often carry word-division spaces ('百万　国民党军　起义', 'C 语言 版'): not part of the text
const CJK = '\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CJK_GAP = new RegExp(`(?<=[${CJK}])[\\s\\u3000]+(?=[${CJK}A-Za-z0-9])|(?<=[A-Za-z0-9])[\\s\\u3000]+(?=[${CJK}])`, 'g');

function joinCjk(f: MarcDataField): MarcDataField {
  let changed: MarcDataField | null = null;
  f.subfields.forEach((s, i) => {
    if (s.code === '6') return;
    const value = s.value.replace(CJK_GAP, '');
    if (value === s.value) return;
    changed ??= { ...f, subfields: [...f.subfields] };
    changed.subfields[i] = { code: s.code, value };
  });
  return changed ?? f;
}

/** The 880s of a record, by occurrence number ('01': unique within a record) and by linked tag. */
interface Links {
  byOcc: Map<string, MarcDataField>;
  byTag: Map<string, MarcDataField[]>;
}

function links(ix: FieldIndex): Links {
  const byOcc = new Map<string, MarcDataField>();
  const byTag = new Map<string, MarcDataField[]>();
  for (const raw of fieldsOf(ix, '880')) {
    const f = joinCjk(raw);
    const six = sub(f, '6');
    if (!six || six.length < 3) continue;
    const tag = six.slice(0, 3);
    const occ = six.slice(4, 6);
    if (occ && occ !== '00' && !byOcc.has(occ)) byOcc.set(occ, f);
    const list = byTag.get(tag);
    if (list) list.push(f);
    else byTag.set(tag, [f]);
  }
  return { byOcc, byTag };
}

/**
 * The 880 linked to a field through its $6 ('880-01'), matched on the occurrence number alone (some
 * records link a 700 to an 880 that says 710); else, when the field has no link, the first 880 for its tag.
 */
function linked(f: MarcDataField | undefined, l: Links, tag: string): MarcDataField | undefined {
  if (l.byTag.size === 0) return undefined;
  const six = f ? sub(f, '6') : null;
  if (six && six.startsWith('880-')) {
    const hit = l.byOcc.get(six.slice(4, 6));
    if (hit) return hit;
  }
  return l.byTag.get(f ? f.tag : tag)?.[0];
}

/** Uses the 880 value when it is in a non-Latin script; records both forms. */
function pick(key: keyof ScriptForms, original: string | null, vernacularValue: string | null, vernacular: ScriptForms, romanised: ScriptForms): string | null {
  if (vernacularValue) vernacular[key] = vernacularValue;
  if (vernacularValue && hasNonLatin(vernacularValue) && vernacularValue !== original) {
    if (original) romanised[key] = original;
    return vernacularValue;
  }
  return original;
}

function nameOf(f: MarcDataField | undefined): string | null {
  return f ? tidy(sub(f, 'a')) : null;
}

export function mapMarc21(record: MarcRecord): MappedRecord {
  const ix = indexFields(record);
  const leader = record.leader ?? '';
  const deleted = leader.charAt(5) === 'd';
  const localId = clean(ix.control.get('001')) || null;
  const f008 = ix.control.get('008') ?? '';
  const l = links(ix);
  const vernacular: ScriptForms = {};
  const romanised: ScriptForms = {};
  const altTitles: string[] = [];

  // title and responsibility
  const f245 = fieldsOf(ix, '245')[0];
  const v245 = linked(f245, l, '245');
  const romanTitle = titleOf(f245);
  const title = pick('title', romanTitle, titleOf(v245), vernacular, romanised);
  if (romanised.title) altTitles.push(romanised.title);
  let responsibility = pick('responsibility', tidy(sub(f245, 'c')), v245 ? tidy(sub(v245, 'c')) : null, vernacular, romanised);

  // main entry: the vernacular 880 form first (it matches a CNMARC 701 of the same book)
  const main = fieldsOf(ix, '100')[0] ?? fieldsOf(ix, '110')[0] ?? fieldsOf(ix, '111')[0] ?? fieldsOf(ix, '700')[0] ?? fieldsOf(ix, '710')[0];
  const vMain = main ? nameOf(linked(main, l, main.tag)) : null;
  const mainAuthor = (vMain && hasNonLatin(vMain) ? vMain : null) ?? nameOf(main);
  if (!responsibility) responsibility = mainAuthor;

  // edition
  const f250 = fieldsOf(ix, '250')[0];
  const v250 = linked(f250, l, '250');
  const edition = pick('edition', tidy(sub(f250, 'a'), false), v250 ? tidy(sub(v250, 'a'), false) : null, vernacular, romanised);

  // imprint: RDA 264 _1 (publication), else 260, else any 264
  const f264 = fieldsOf(ix, '264');
  const imprint = f264.find((f) => f.ind2 === '1') ?? fieldsOf(ix, '260')[0] ?? f264[0];
  const vImprint = linked(imprint, l, imprint ? imprint.tag : '260');
  const place = pick('place', tidyImprint(imprint && sub(imprint, 'a')), vImprint ? tidyImprint(sub(vImprint, 'a')) : null, vernacular, romanised);
  const publisher = pick('publisher', tidyImprint(imprint && sub(imprint, 'b')), vImprint ? tidyImprint(sub(vImprint, 'b')) : null, vernacular, romanised);
  let year = imprint ? yearIn(subs(imprint, 'c').join(' ')) : null;
  if (year === null) year = yearAt(f008, 7);
  if (year === null) for (const f of f264) if ((year = yearIn(subs(f, 'c').join(' '))) !== null) break;

  // language
  const lang008 = f008.length >= 38 ? languageCode(f008.slice(35, 38)) : null;
  let language = lang008;
  if (!language || language === 'und' || language === 'mul') language = languageCode(sub(fieldsOf(ix, '041')[0], 'a')) ?? lang008;

  // standard numbers
  const isbns: string[] = [];
  const issns: string[] = [];
  const invalid: InvalidIdentifier[] = [];
  for (const f of fieldsOf(ix, '020')) {
    for (const s of f.subfields) {
      if (s.code === 'a') addIsbn(s.value, isbns, invalid);
      else if (s.code === 'z') addInvalid(invalid, 'isbn', s.value);
    }
  }
  for (const f of fieldsOf(ix, '022')) {
    for (const s of f.subfields) {
      if (s.code === 'a' || s.code === 'l') addIssn(s.value, issns, invalid);
      else if (s.code === 'y' || s.code === 'z' || s.code === 'm') addInvalid(invalid, 'issn', s.value);
    }
  }

  // CLC: 084 $2 clc, else 093 when it looks like a CLC class
  let clc: string | null = null;
  for (const f of fieldsOf(ix, '084')) {
    const scheme = sub(f, '2');
    if (scheme && /^clc/i.test(scheme) && (clc = clcNumber(sub(f, 'a')))) break;
  }
  if (!clc) {
    const v = clcNumber(sub(fieldsOf(ix, '093')[0], 'a'));
    if (v && /^[A-Z]{1,2}[0-9]/.test(v)) clc = v;
  }

  // subjects, in record order, with their vernacular forms
  const subjects: string[] = [];
  for (const f of record.fields) {
    if ('subfields' in f && SUBJECT_TAGS.has(f.tag)) pushUnique(subjects, tidy(sub(f, 'a')));
  }
  for (const tag of SUBJECT_TAGS) for (const f of l.byTag.get(tag) ?? []) pushUnique(subjects, tidy(sub(f, 'a')));

  // other titles: varying forms (246 and its 880s), uniform titles (130/240)
  for (const f of fieldsOf(ix, '246')) pushUnique(altTitles, titleOf(f));
  for (const f of l.byTag.get('246') ?? []) pushUnique(altTitles, titleOf(f));
  for (const tag of ['130', '240']) for (const f of fieldsOf(ix, tag)) pushUnique(altTitles, tidy(sub(f, 'a')));
  const alt = title ? altTitles.filter((t) => t !== title) : altTitles;

  const problems: string[] = [];
  const type = leader.charAt(6);
  if ('uvxy'.includes(type) && type) problems.push(`a holdings record (leader/06 = ${type}), not a bibliographic record`);
  else if (type === 'z') problems.push('an authority record (leader/06 = z), not a bibliographic record');
  if (deleted) {
    if (!localId) problems.push('deleted record without 001: cannot tell which record to delete');
  } else if (!title) {
    problems.push('no title (245 $a / 200 $a)');
    if (fieldsOf(ix, '200').length > 0 && fieldsOf(ix, '245').length === 0) problems.push('has 200 but no 245: UNIMARC/CNMARC read as MARC 21?');
  }

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
      format: formatFromLeader(leader, 'marc21'),
      altTitles: alt,
    },
    altTitles: alt,
    mainAuthor,
    invalidIdentifiers: invalid,
    vernacular,
    romanised,
    problems,
  };
}
