/**
 * Every file under /work/shared/fixtures/marc/ goes through readMarc (format and encoding auto):
 * record counts, encodings, dialects, leader/05-06, a known title and ISBN, the decoded CJK 880
 * titles, the edge cases' warnings and rejections, and the refusals of files that are not MARC.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataFields, subfieldValues, controlValue, type MarcRecord, type ReadResult } from './marc-record.js';
import { detectDialect, readMarc, UnsupportedFormatError } from './read-marc.js';

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/marc/', import.meta.url));

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(relative(FIXTURES, p).split('\\').join('/'));
  }
  return out;
}

async function readAll(rel: string): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readMarc({ path: resolve(FIXTURES, rel) }, { format: 'auto', encoding: 'auto' })) out.push(r);
  return out;
}

const titleOf = (r: MarcRecord): string | undefined => {
  const f = dataFields(r, detectDialect(r) === 'unimarc' ? '200' : '245')[0];
  return f ? subfieldValues(f, 'a')[0] : undefined;
};
const isbnsOf = (r: MarcRecord): string[] =>
  dataFields(r, detectDialect(r) === 'unimarc' ? '010' : '020').flatMap((f) => subfieldValues(f, 'a'));
const vernacularTitle = (r: MarcRecord): string | undefined => {
  const f = dataFields(r, '880').find((x) => (subfieldValues(x, '6')[0] ?? '').startsWith('245'));
  return f ? subfieldValues(f, 'a')[0] : undefined;
};

interface Expect {
  /** records read (rejected ones not counted) */
  records?: number;
  /** error messages of rejected results, in order */
  rejected?: string[];
  encodings?: string[];
  dialects?: Array<'marc21' | 'unimarc'>;
  /** the set of leader/05-06 values */
  types?: string[];
  /** [1-based index among the records read, 245 $a or 200 $a] */
  title?: [number, string];
  /** an ISBN ($a of 020, or of 010 for UNIMARC) found in some record */
  isbn?: string;
  /** [index, $a of the 880 linked to 245] */
  vernacular?: [number, string];
  /** patterns each matched by some warning of some record */
  warnings?: RegExp[];
  /** no record has any warning */
  clean?: boolean;
  /** the file is refused: message pattern */
  unsupported?: RegExp;
  check?: (records: MarcRecord[], results: ReadResult[]) => void;
}

const EXPECT: Record<string, Expect> = {
  // --- edge cases -------------------------------------------------------------------------------
  'edge-cases/marc4j-bad_leaders_10_11.mrc': {
    records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['  '], title: [1, 'Sammlung :'], isbn: '3926154780 (Museumsausg.)',
    warnings: [/leader\/10-11 .*"  " ignored/],
    check: ([r]) => {
      // ANSEL umlaut (0xE8) before the letter, decoded and composed
      expect(JSON.stringify(r.fields)).toContain('Düsseldorf');
      expect(dataFields(r, '245')[0].ind1).toBe('1');
    },
  },
  'edge-cases/marc4j-unordered-directory-entries.mrc': {
    records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['ca'], title: [1, 'About parrots :'], isbn: '9781561457953 (lib. bdg.) :', clean: true,
    check: ([r]) => {
      // directory order is kept although the data offsets are not ascending
      expect(r.fields).toHaveLength(33);
      expect(dataFields(r, '020').map((f) => subfieldValues(f, 'a')[0])).toEqual(['9781561457953 (lib. bdg.) :', '1561457957 (lib. bdg.) :']);
      expect(dataFields(r, '336').map((f) => subfieldValues(f, 'a')[0])).toEqual(['text', 'still image']);
    },
  },
  'edge-cases/pymarc-bad_eacc_encoding.dat': {
    records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['na'], title: [1, 'Beikoku no tōchi no shikumi'],
    warnings: [/880: .*unmapped EACC code 7B3639/, /880: .*incomplete EACC character/, /U\+FFFD .* in 880/],
    check: ([r]) => expect(vernacularTitle(r)).toMatch(/^米国の統治の仕組/),
  },
  'edge-cases/pymarc-bad_indicator.dat': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Aristocrats of color :'],
    // the first directory entry's tag is "0 2" and its field has no indicators; 821 blanks follow the record
    warnings: [/invalid tag "0 2"/, /0 2: no indicators/],
    check: ([r]) => {
      expect(r.fields[0]).toEqual({ tag: '0 2', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '9780253325525 (alk. paper)' }] });
      expect(dataFields(r, '260')[0].ind1).toBe('0');
    },
  },
  'edge-cases/pymarc-bad_marc8_escape.dat': {
    records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['na'],
    title: [1, 'Bulletin de la Société linn\ufffdenne de Bordeaux.'],
    warnings: [/245: byte 33: invalid escape sequence ESC e/, /222: byte 23: invalid escape sequence ESC t/],
  },
  'edge-cases/pymarc-bad_subfield_code.dat': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], isbn: '0471383147 (paper/cd-rom : alk. paper)',
    warnings: [
      /leader says 755 bytes, but the record runs to 756/,
      /fields re-aligned on the terminators/,
      /leader\/09 blank declares MARC-8, but the bytes are valid UTF-8/,
      /245: invalid subfield code "á"/,
    ],
    check: ([r]) => {
      expect(dataFields(r, '245')[0].subfields[0]).toEqual({ code: 'á', value: 'ActivePerl with ASP and ADO /' });
      // the fields after the off-by-one 245 are intact
      expect(dataFields(r, '260')[0]).toMatchObject({ ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'New York :' }, { code: 'b', value: 'John Wiley & Sons,' }, { code: 'c', value: '2000.' }] });
    },
  },
  'edge-cases/pymarc-bad_tag.xml': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: [' Z'], title: [1, 'The Untamed'],
    warnings: [/invalid tag "42"/, /42: invalid indicator 1 "z"/, /leader is 17 characters, not 24 \(padded\)/],
    check: ([r]) => {
      expect(r.leader).toHaveLength(24);
      expect(r.fields.find((f) => f.tag === '42')).toBeDefined();
    },
  },
  // despite its name the file is well-formed UTF-8 (S + U+0323, U+02BB, a + U+0304, U+02BE): pymarc's
  // "errors" came from pushing it through its MARC-8 converter. Read as UTF-8, composed by NFC.
  'edge-cases/pymarc-utf8_errors.dat': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ck'], title: [1, '[Imperial military middle school, Ṣanʻāʾ]'], clean: true,
    check: ([r]) => expect(titleOf(r)).toContain('\u1e62an\u02bb\u0101\u02be'),
  },
  'edge-cases/pymarc-utf8_invalid.mrc': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'The coming revolution in teacher licensure :'],
    warnings: [/260: invalid subfield code "\ufffd"/, /U\+FFFD replacement characters in 260 \(already in the source data\)/],
  },
  'edge-cases/rubymarc-cp866_unimarc.marc': {
    records: 1, encodings: ['cp866'], dialects: ['unimarc'], types: ['00'],
    warnings: [
      /leader says 1167 bytes, but the record terminator comes after 1166/,
      /fields re-aligned on the terminators/,
      /read as cp866/,
      /021: no subfield delimiter: field kept whole/,
    ],
    check: ([r]) => {
      expect(controlValue(r, '001')).toBe('Никитенко Е. А.');
      expect(controlValue(r, '003')).toBe('Междунар. новости мира пластмасс');
      expect(controlValue(r, '514')).toBe('AB2007-ВИНИТИ');
    },
  },
  'edge-cases/rubymarc-marc8_accented_chars.marc': {
    records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['na'], title: [1, 'Histoire du "nouveau théâtre."'],
    warnings: [/leader\/09 "a" declares UTF-8, but the bytes are not UTF-8 .*ANSEL diacritics before letters: read as MARC-8/],
    check: ([r]) => expect(subfieldValues(dataFields(r, '100')[0], 'a')).toEqual(['Serreau, Geneviève.']),
  },
  'edge-cases/rubymarc-marc_with_bad_utf8.utf8.marc': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Ten years at NIH :'],
    warnings: [/leader says 1161 bytes, but the record runs to 1163/, /fields re-aligned on the terminators/],
    check: ([r]) => {
      expect(subfieldValues(dataFields(r, '538')[0], 'a')).toEqual(['VHS.']);
      expect(dataFields(r, '991')).toHaveLength(2);
    },
  },
  'edge-cases/rubymarc-utf8_with_bad_bytes.marc': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['na'],
    title: [1, 'Photčhanānukrom Čhin Klāng-TǣčhiuʻAngkrit-Thai /bad bytes => \ufffd( <='],
    warnings: [/^1 invalid UTF-8 byte sequence replaced by U\+FFFD$/, /U\+FFFD replacement characters in 245 \(bytes that do not decode as utf8\)/],
  },
  // --- MARC-in-JSON -----------------------------------------------------------------------------
  'marc-json/pymarc-batch.json': { records: 2, encodings: ['utf8'], dialects: ['marc21'], types: ['cm', 'nj'], title: [1, 'The Great Ray Charles'], clean: true },
  'marc-json/pymarc-one.json': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'ActivePerl with ASP and ADO /'], isbn: '0471383147 (paper/cd-rom : alk. paper)', clean: true,
  },
  // --- MARC 21 bibliographic --------------------------------------------------------------------
  'marc21/marc4j-brkrtest.mrc': { records: 8, encodings: ['marc8'], dialects: ['marc21'], types: ['na'], title: [1, 'New test record number 1 with ordinary data'], isbn: '8472236579' },
  'marc21/marc4j-oclc_63111280_export_as_UTF8_from_connexion.mrc': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Riben min su, xin yang, yi neng, yu Zhongguo wen hua /'], isbn: '9789867271037',
    vernacular: [1, '日本民俗·信仰·藝能·與中國文化 /'], clean: true,
  },
  'marc21/marc4j-selectedRecs.mrc': { records: 11, encodings: ['marc8'], dialects: ['marc21'], types: ['na', 'pa'], title: [1, 'Iskusstvo perevoda i zhiznʹ literatury :'], isbn: '0891950354 (pbk.) :' },
  'marc21/pymarc-1251.dat': {
    records: 6, encodings: ['cp1251'], dialects: ['marc21'], types: ['na'], title: [1, 'Основы гидравлического расчета инженерных сетей'], isbn: '5930933421',
    warnings: [/leader\/09 blank declares MARC-8, but \d+ runs of 3\+ high bytes are not MARC-8 text; their high bytes read as Cyrillic words in cp1251: read as cp1251/],
  },
  'marc21/pymarc-alphatag.dat': { records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Chemistry experiments for children,'] },
  'marc21/pymarc-diacritic.dat': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Amateur media :'], isbn: '9780415782654 (hardback)', clean: true },
  'marc21/pymarc-marc.dat': { records: 20, encodings: ['marc8'], dialects: ['marc21'], types: ['ca', 'na', 'pa'], title: [1, 'The pragmatic programmer :'], isbn: '020161622X', clean: true },
  'marc21/pymarc-marc8.dat': { records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Escape from loneliness /'], clean: true },
  'marc21/pymarc-multi_isbn.dat': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['pa'], title: [1, 'The town scold /'], isbn: '0914378295 (lim. ed.) (v. 1)', clean: true,
  },
  'marc21/pymarc-one.dat': { records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['ca'], title: [1, 'ActivePerl with ASP and ADO /'], isbn: '0471383147 (paper/cd-rom : alk. paper)', clean: true },
  'marc21/pymarc-regression45.dat': {
    records: 12, encodings: ['utf8'], dialects: ['marc21'], types: ['nk'],
    title: [1, 'Pokrov, podarennyĭ Dimitrīem Ivanovichem Godunovym. [Ipatʹevskīĭ monastyrʹ, Kostroma]'],
    warnings: [/752: data before the first subfield delimiter \("\\"\) dropped/],
  },
  'marc21/pymarc-test.dat': { records: 10, encodings: ['marc8'], dialects: ['marc21'], types: ['ca', 'na', 'pa'], title: [1, 'ActivePerl with ASP and ADO /'], isbn: '0471383147 (paper/cd-rom : alk. paper)' },
  'marc21/pymarc-utf8_with_leader_flag.dat': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Escape from loneliness /'], clean: true },
  'marc21/pymarc-utf8_without_leader_flag.dat': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Escape from loneliness /'],
    warnings: [/^leader\/09 blank declares MARC-8, but the bytes are valid UTF-8 with multi-byte sequences: read as UTF-8$/],
  },
  'marc21/rubymarc-non-numeric.dat': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['na'], title: [1, 'A new kind of history, and other essays /'], isbn: '0061317845' },
  'marc21/rubymarc-random_tag_order.dat': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['nj'], title: [1, 'Blonde on blonde'], clean: true },
  'marc21/rubymarc-utf8_multirecord.marc': { records: 2, encodings: ['utf8'], dialects: ['marc21'], types: ['na'], title: [2, 'Photčhanānukrom Čhin Klāng-TǣčhiuʻAngkrit-Thai /'], clean: true },
  'marc21/xbib-IRMARC8.bin': {
    records: 10, encodings: ['marc8'], dialects: ['marc21'], types: ['ca', 'cj', 'na'], title: [3, 'Fu Lu Shou Xi Da Guan/'], isbn: '9787501018437',
    vernacular: [3, '福禄寿喜大观/'],
    check: (rs) => {
      expect(vernacularTitle(rs[0])).toBe('アーツ・アンド・クラフツと日本 =');
      expect(vernacularTitle(rs[9])).toBe('Еврейская поэзия :');
      expect(vernacularTitle(rs[3])).toBe('\u200fلقاءات وشهادات أدبية /\u200f');
    },
  },
  'marc21/xbib-SWB2.marc21': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Nature'], warnings: [/record terminator missing at the end of the file/] },
  'marc21/xbib-amstransactions.mrc': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['na'], title: [1, 'Bai wan guo min dang jun qi yi tou cheng ji shi xu ji /'], isbn: '7503401427 (set) :',
    vernacular: [1, '百万　国民党军　起义　投诚　纪实 续集　/'],
  },
  // PROVENANCE calls these MARC 21 with 022; they are UNIMARC serials (011 ISSN, 100, 200, 210)
  'marc21/xbib-issns.mrc': {
    records: 3, encodings: ['utf8'], dialects: ['unimarc'], types: ['ca'], title: [1, 'Electoral studies'],
    check: (rs) => expect(rs.map((r) => subfieldValues(dataFields(r, '011')[0], 'a')[0])).toEqual(['0261-3794', '0001-4842', '0001-5342']),
  },
  'marc21/xbib-rism_190101037.mrc': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['nd'], title: [1, '[without title]'] },
  'marc21/xbib-test_ubl.mrc': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Werkausgabe'], isbn: '3579026895' },
  'marc21/xbib-zdbtitutf8.mrc': {
    // STACK.md says 862 bytes; the file holds 861 after the last terminator (12345 - 11484)
    records: 7, rejected: ['truncated record: leader says 1040 bytes, 861 present'], encodings: ['utf8'], dialects: ['marc21'], types: ['na'], title: [1, 'A bis Z'],
  },
  'marc21/yaz-marc12.marc': {
    records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Che piao qu na er le /'], isbn: '9787572101014',
    vernacular: [1, '车票去哪儿了 /'],
    check: ([r]) => {
      const v = dataFields(r, '880').map((f) => subfieldValues(f, 'a')[0]);
      expect(v).toContain('刘旭恭,');
      expect(v).toContain('[武汉] :');
    },
  },
  'marc21/yaz-marc5.marc': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['na'], title: [1, 'Ελληνικόν κρυπτογραφικόν λεξικόν /'],
    warnings: [/250: no subfield delimiter: field kept whole/],
    check: ([r]) => expect(controlValue(r, '250')).toBe('  2η εκδ.'),
  },
  'marc21/yaz-marc9.marc': { records: 1, encodings: ['marc8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Qaḍāʼ al-usrah :'], vernacular: [1, 'قضاء الأسرة :'] },
  'marc21/yaz-marccol5.u8.marc': {
    records: 11, encodings: ['utf8'], dialects: ['marc21'], types: [' a', 'ca', 'na'], title: [1, 'English-Bengali Bengali-English combined dictionary ='], isbn: '8176500623',
    vernacular: [2, 'अष्टाध्यायीसूत्रपाठः :'],
  },
  // --- MARC 21 holdings -------------------------------------------------------------------------
  'marc21-holdings/xbib-zdblokutf8.mrc': {
    // 293 records in the file; the last was cut at byte 128000
    records: 292, rejected: ['truncated record: leader says 375 bytes, 215 present'], encodings: ['utf8'], dialects: ['marc21'], types: ['dy', 'ny'],
    check: (rs) => {
      expect(rs.every((r) => r.leader.charAt(6) === 'y')).toBe(true);
      expect(rs.every((r) => controlValue(r, '004') !== null)).toBe(true);
      expect(rs.filter((r) => r.leader.charAt(5) === 'd').length).toBeGreaterThan(0);
      expect(rs.flatMap((r) => dataFields(r, '866')).length).toBeGreaterThan(0);
    },
  },
  // --- MARCXML ----------------------------------------------------------------------------------
  'marcxml/modrs-anbd_sample.xml': { records: 5, encodings: ['utf8'], dialects: ['marc21'], types: ['ca', 'cj'], title: [1, 'Ready player two /'], isbn: '9781780897448 (paperback)', clean: true },
  'marcxml/modrs-bibrecord_01.xml': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Case study research :'], isbn: '9781452242569', clean: true },
  'marcxml/pymarc-batch.xml': { records: 2, encodings: ['utf8'], dialects: ['marc21'], types: ['cm', 'nj'], title: [2, 'The White House'], clean: true },
  'marcxml/pymarc-utf8.xml': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['nj'], title: [1, 'Zen Classics'], clean: true },
  'marcxml/xbib-alma.xml': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Geschlecht und Gemütlichkeit'], isbn: '9783110478679',
    check: ([r]) => expect(r.leader).toBe('02831cam a2200673 cb4500'), // '#' for blank in the source
  },
  'marcxml/xbib-lvi.xml': { records: 5, encodings: ['utf8'], dialects: ['marc21'], types: ['na'], title: [1, 'Informatik'], isbn: '3506374419' },
  // --- SRU / OPAC responses ---------------------------------------------------------------------
  'opac-holdings/modrs-alma-dickinson-multiple.xml': { records: 3, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'Nineteenth-century American women writers :'], isbn: '0631199861 (pbk. : acid-free paper)' },
  'opac-holdings/modrs-alma-pitt-extra-eresource-record.xml': { records: 2, encodings: ['utf8'], dialects: ['marc21'], types: ['na', 'pa'], title: [1, 'The enemy of nature :'], isbn: '9781842778715 (pb : alk. paper)' },
  'opac-holdings/modrs-alma-princeton-notfound.xml': { records: 0 },
  'opac-holdings/modrs-alma-princeton.xml': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'The death of the banker :'], isbn: '0375700374 (alk. paper)' },
  'opac-holdings/modrs-evergreen-east-central-with-checked-out-item-status.xml': {
    records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'],
    check: ([r]) => expect(subfieldValues(dataFields(r, '852')[0], 'n')).toEqual(['Checked out']),
  },
  'opac-holdings/modrs-evergreen-east-central-with-in-transit-item-status.xml': { records: 1, types: ['ca'], check: ([r]) => expect(dataFields(r, '852')).toHaveLength(1) },
  'opac-holdings/modrs-evergreen-lake-agassiz-with-available-item-status.xml': { records: 1, types: ['ca'], check: ([r]) => expect(dataFields(r, '852')).toHaveLength(1) },
  'opac-holdings/modrs-evergreen-north-west-with-available-item-status.xml': { records: 1, types: ['ca'], check: ([r]) => expect(dataFields(r, '852')).toHaveLength(1) },
  'opac-holdings/modrs-evergreen-traverse-de-sioux-with-available-item-status.xml': { records: 1, types: ['ca'], check: ([r]) => expect(dataFields(r, '852')).toHaveLength(1) },
  'opac-holdings/modrs-folio-not-requestable.xml': { records: 1, encodings: ['utf8'], dialects: ['marc21'], types: ['ca'], title: [1, 'The dawn of everything :'], isbn: '9780374157357' },
  'opac-holdings/modrs-horizon-hennepin.xml': { records: 1, types: ['Ca'], title: [1, 'The salmon people /'], isbn: '1551100177 :' },
  'opac-holdings/modrs-horizon-jhu.xml': { records: 1, types: ['Ca'], title: [1, 'The salmon people /'], isbn: '1551100177 :' },
  'opac-holdings/modrs-horizon-southeastern.xml': { records: 1, types: ['Ca'], title: [1, 'The salmon people /'], isbn: '1551100177 :' },
  'opac-holdings/modrs-jiscdiscover-item_3568439.json': {
    unsupported: /^unsupported format: modrs-jiscdiscover-item_3568439\.json looks like JSON from a search or discovery service \(keys: hits, next-page, records\), not ISO 2709, MARCXML or MARC-in-JSON$/,
  },
  'opac-holdings/modrs-jiscdiscover-item_6172245.json': { unsupported: /looks like JSON from a search or discovery service \(keys: hits, next-page, records\)/ },
  'opac-holdings/modrs-jiscdiscover-jd_rec_id_2231751908.xml': { unsupported: /looks like MODS XML \(<mods …> in an SRU response\), not ISO 2709, MARCXML or MARC-in-JSON/ },
  'opac-holdings/modrs-koha-chatham.xml': { records: 1, types: ['ca'], title: [1, 'The green thread :'], isbn: '9781498510592' },
  'opac-holdings/modrs-koha-chatham_checked_out.xml': { records: 1, types: ['ca'], title: [1, 'The green thread :'], isbn: '9781498510592' },
  'opac-holdings/modrs-polaris-with-held-item-status.xml': { records: 1, types: ['ca'], check: ([r]) => expect(dataFields(r, '852')).toHaveLength(1) },
  'opac-holdings/modrs-polaris-with-in-item-status.xml': { records: 1, types: ['ca'], check: ([r]) => expect(dataFields(r, '852')).toHaveLength(1) },
  'opac-holdings/modrs-polaris-with-out-item-status.xml': { records: 1, types: ['ca'], check: ([r]) => expect(dataFields(r, '852')).toHaveLength(1) },
  'opac-holdings/modrs-sierra-laroche-unavail.xml': { records: 1, types: ['na'], title: [1, 'And suddenly the inventor appeared :'], isbn: '0964074028' },
  'opac-holdings/modrs-sierra-laroche.xml': { records: 1, types: ['ca'], title: [1, 'My name is Asher Lev /'], isbn: '9781400031047 (pbk.)' },
  'opac-holdings/modrs-sierra-widener-check-shelves.xml': { records: 1, types: ['ca'], title: [1, 'The pasta bible /'], isbn: '0670869961' },
  'opac-holdings/modrs-symphony-stanford.xml': {
    records: 1, types: ['pa'], title: [1, 'The man from the train :'], isbn: '9781476796253',
    check: ([r]) => {
      expect(dataFields(r, '020')).toHaveLength(5);
      expect(dataFields(r, '999').length).toBeGreaterThan(0);
    },
  },
  'opac-holdings/modrs-tlc-eastern.xml': { records: 1, types: ['ca'], title: [1, 'All rivers run to the sea :'], isbn: '0679439161', check: ([r]) => expect(dataFields(r, '949').length).toBeGreaterThan(0) },
  'opac-holdings/modrs-voyager-temp.xml': { records: 1, types: ['ca'], title: [1, 'The great derangement :'], isbn: '9780226323039' },
  'opac-holdings/modrs-voyager-yale.xml': { records: 1, types: ['ca'], title: [1, 'Wings :'] },
  'opac-holdings/modrs-wms-lfmm.xml': { unsupported: /looks like TurboMARC XML \(Index Data <r><l>…<\/l>, in an SRU response\)/ },
  'opac-holdings/xbib-zdb-sru-marcxmlplus.xml': {
    records: 24, encodings: ['utf8'], dialects: ['marc21'], types: ['na', 'ny'], title: [2, 'IB / Schweizerische Alzheimervereinigung'],
    check: (rs) => {
      // MARC21plus-xml: 14 records type="Holdings" (leader/06 y), 10 bibliographic
      expect(rs.filter((r) => r.leader.charAt(6) === 'y')).toHaveLength(14);
      expect(rs.filter((r) => r.leader.charAt(6) === 'a')).toHaveLength(10);
      expect(controlValue(rs[0], '004')).toBe('1043033122');
      expect(controlValue(rs[1], '001')).toBe('1043033122');
    },
  },
  // --- UNIMARC ----------------------------------------------------------------------------------
  'unimarc/pymarc-testunimarc.dat': {
    records: 1, encodings: ['utf8'], dialects: ['unimarc'], types: ['na'],
    // 100 $a/26-27 "50": UTF-8; the non-sort marks are U+0088/U+0089 (C2 88 / C2 89 in the file)
    title: [1, "\u0088L'\u0089altra faccia della spirale"], isbn: '88-04-40682-8', clean: true,
    check: ([r]) => {
      expect(subfieldValues(dataFields(r, '100')[0], 'a')[0].slice(26, 30)).toBe('50  ');
      expect(dataFields(r, '899')).toHaveLength(40);
    },
  },
  'unimarc/qa-unimarc.mrctxt': {
    unsupported: /^unsupported format: qa-unimarc\.mrctxt looks like line-per-field MARC text \("010 {3}\$a2-07-010796-5\$brel\.\$d148 FRF"\), not ISO 2709, MARCXML or MARC-in-JSON$/,
  },
};

describe('readMarc over every fixture file', () => {
  const files = listFiles(FIXTURES);

  it('has an expectation for every file under fixtures/marc (and no stale ones)', () => {
    expect(files.length).toBeGreaterThanOrEqual(80);
    expect(files.filter((f) => !(f in EXPECT))).toEqual([]);
    expect(Object.keys(EXPECT).filter((f) => !files.includes(f))).toEqual([]);
  });

  for (const file of Object.keys(EXPECT)) {
    const e = EXPECT[file];
    it(file, async () => {
      if (e.unsupported) {
        const err = await readAll(file).then(
          () => null,
          (x: unknown) => x,
        );
        expect(err).toBeInstanceOf(UnsupportedFormatError);
        expect((err as Error).message).toMatch(e.unsupported);
        return;
      }
      const results = await readAll(file);
      const records = results.filter((r) => r.record !== null).map((r) => r.record as MarcRecord);
      results.forEach((r, k) => expect(r.position).toBe(k + 1));
      if (e.records !== undefined) expect(records).toHaveLength(e.records);
      expect(results.filter((r) => r.record === null).map((r) => r.error)).toEqual(e.rejected ?? []);
      for (const r of results) expect(r.record === null).toBe(r.error !== null);
      if (e.encodings) expect([...new Set(results.filter((r) => r.record).map((r) => r.encoding))].sort()).toEqual(e.encodings);
      if (e.dialects) expect([...new Set(records.map(detectDialect))].sort()).toEqual(e.dialects);
      if (e.types) expect([...new Set(records.map((r) => r.leader.slice(5, 7)))].sort()).toEqual(e.types);
      for (const r of records) {
        expect(r.leader).toHaveLength(24);
        for (const f of r.fields) {
          const texts = 'value' in f ? [f.value] : f.subfields.map((s) => s.value);
          for (const t of texts) expect(t).toBe(t.normalize('NFC'));
        }
      }
      if (e.title) expect(titleOf(records[e.title[0] - 1])).toBe(e.title[1]);
      if (e.isbn) expect(records.flatMap(isbnsOf)).toContain(e.isbn);
      if (e.vernacular) expect(vernacularTitle(records[e.vernacular[0] - 1])).toBe(e.vernacular[1]);
      const warnings = results.flatMap((r) => r.warnings);
      for (const w of e.warnings ?? []) expect(warnings.some((x) => w.test(x)), `a warning matching ${w} among ${JSON.stringify(warnings)}`).toBe(true);
      if (e.clean) expect(warnings).toEqual([]);
      e.check?.(records, results);
    });
  }
});
