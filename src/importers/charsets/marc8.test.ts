import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeMarc8, marc8EaccEntries } from './index.js';
import { MARC8_EACC_COUNT } from './marc8-eacc.generated.js';
import { MARC8_SINGLE_BYTE_SETS } from './marc8-tables.generated.js';

const FIXTURES = new URL('../../../../shared/fixtures/marc/', import.meta.url);
const ESC = '\x1b';

/** MARC-8 test input written as a JS string of byte values (each char code < 256). */
function bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new Error(`not a byte: ${c}`);
    out[i] = c;
  }
  return out;
}

function text(s: string): string {
  return decodeMarc8(bytes(s)).text;
}

function nfc(s: string): string {
  return s.normalize('NFC');
}

// --- a small ISO 2709 reader: leader (24 bytes), base address at leader 12-16, 12-byte directory
// entries up to 0x1E, then the fields; each field split into subfields at 0x1F -----------------------

interface Field {
  tag: string;
  data: Uint8Array;
}
interface MarcRecord {
  leader: string;
  fields: Field[];
}

function ascii(b: Uint8Array): string {
  return String.fromCharCode(...b);
}

function readIso2709(path: string): MarcRecord[] {
  const file = new Uint8Array(readFileSync(new URL(path, FIXTURES)));
  const records: MarcRecord[] = [];
  let pos = 0;
  while (pos + 24 <= file.length) {
    const length = Number(ascii(file.subarray(pos, pos + 5)));
    if (!Number.isInteger(length) || length < 24) throw new Error(`${path}: bad record length at ${pos}`);
    const rec = file.subarray(pos, pos + length);
    const leader = ascii(rec.subarray(0, 24));
    const base = Number(leader.slice(12, 17));
    const fields: Field[] = [];
    for (let d = 24; d + 12 <= base && rec[d] !== 0x1e; d += 12) {
      const entry = ascii(rec.subarray(d, d + 12));
      const start = base + Number(entry.slice(7, 12));
      let data = rec.subarray(start, start + Number(entry.slice(3, 7)));
      if (data[data.length - 1] === 0x1e) data = data.subarray(0, data.length - 1);
      fields.push({ tag: entry.slice(0, 3), data });
    }
    records.push({ leader, fields });
    pos += length;
    while (pos < file.length && (file[pos] === 0x0a || file[pos] === 0x0d)) pos++;
  }
  return records;
}

/** Subfields of a data field (indicators skipped), each as [code, raw bytes]. */
function subfields(field: Field): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [];
  let start = -1;
  for (let i = 0; i <= field.data.length; i++) {
    if (i === field.data.length || field.data[i] === 0x1f) {
      if (start >= 0 && i > start) out.push([String.fromCharCode(field.data[start]), field.data.subarray(start + 1, i)]);
      start = i + 1;
    }
  }
  return out;
}

/** Decoded subfields of a field: [code, text, errors]. */
function decodedSubfields(field: Field): Array<{ code: string; text: string; errors: string[] }> {
  return subfields(field).map(([code, raw]) => ({ code, ...decodeMarc8(raw) }));
}

function sub(field: Field, code: string): string {
  const found = decodedSubfields(field).find((s) => s.code === code);
  if (!found) throw new Error(`no $${code} in ${field.tag}`);
  return found.text;
}

/** The 880 field whose $6 links to `link` (e.g. "245-02"). */
function field880(record: MarcRecord, link: string): Field {
  const found = record.fields.find((f) => f.tag === '880' && sub(f, '6').startsWith(link));
  if (!found) throw new Error(`no 880 linked to ${link}`);
  return found;
}

function allErrors(records: MarcRecord[]): string[] {
  return records.flatMap((r) => r.fields.filter((f) => f.tag >= '010').flatMap((f) => decodedSubfields(f).flatMap((s) => s.errors)));
}

describe('MARC-8 tables (generated from the LC code tables)', () => {
  it('holds every EACC code of the source, e.g. 0x213021 → U+4E00 一', () => {
    const eacc = marc8EaccEntries();
    expect(eacc.size).toBe(MARC8_EACC_COUNT);
    expect(MARC8_EACC_COUNT).toBe(15739);
    // values checked against lib/marc8_mapping.js of the marc8@0.0.4 package
    expect(eacc.get(0x213021)).toBe(0x4e00); // East Asian ideograph 一
    expect(eacc.get(0x213034)).toBe(0x4e2d); // 中
    expect(eacc.get(0x69242b)).toBe(0x304b); // Hiragana letter KA
    expect(eacc.get(0x692531)).toBe(0x30b1); // Katakana letter KE
    expect(eacc.get(0x6f5a64)).toBe(0xd07d); // Korean hangul
    expect(eacc.get(0x212320)).toBe(0x3000); // ideographic space (third byte 0x20)
    expect(eacc.get(0x4b3144)).toBe(0x4f36); // variant of 213144
  });

  it('has the single-byte sets with the LC revisions applied', () => {
    const finals = MARC8_SINGLE_BYTE_SETS.map((s) => String.fromCharCode(s.final)).sort();
    expect(finals).toEqual(['2', '3', '4', 'B', 'E', 'N', 'Q', 'S', 'b', 'g', 'p']);
    expect(text('\xc7 \xc8 \xae')).toBe('ß € ʼ'); // June 2004 eszett/euro, March 2005 alif U+02BC
  });
});

describe('decodeMarc8 on hand-made bytes', () => {
  it('passes ASCII through', () => {
    expect(decodeMarc8(bytes('Escape from loneliness /'))).toEqual({ text: 'Escape from loneliness /', errors: [] });
    expect(decodeMarc8(new Uint8Array(0))).toEqual({ text: '', errors: [] });
  });

  it('puts ANSEL diacritics after their base letter and composes (NFC)', () => {
    const r = decodeMarc8(bytes('Soci\xe2et\xe2e'));
    expect(r).toEqual({ text: 'Société', errors: [] });
    expect(r.text).toBe(r.text.normalize('NFC'));
    expect(text('\xe2e')).toBe('\u00e9');
    expect(text('Gen\xe8eve, Eug\xe1ene, \xe4n, \xf0c')).toBe('Genëve, Eugène, ñ, ç');
    // two marks of different classes: cedilla + acute on c → U+1E09
    expect(text('\xf0\xe2c')).toBe('\u1e09');
  });

  it('maps the ANSEL special letters and symbols', () => {
    expect(text('\xa1\xe2od\xe2z')).toBe(nfc('\u0141o\u0301dz\u0301'));
    expect(text('\xb2 \xb5 \xb6 \xb9 \xc3 \xaa')).toBe('ø æ œ £ © ®');
  });

  it('maps ligature and double tilde halves to one U+0361 / U+0360 after the first letter', () => {
    expect(text('\xebt\xecs')).toBe('t\u0361s');
    expect(text('\xfan\xfbg')).toBe('n\u0360g');
  });

  it('keeps a mark before a space as a spacing form (space + mark)', () => {
    expect(decodeMarc8(bytes('\xe8 '))).toEqual({ text: ' \u0308', errors: [] });
  });

  it('switches G0 to Cyrillic, Greek, Hebrew and Arabic with ESC (', () => {
    expect(text(`${ESC}(NmIR${ESC}(B!`)).toBe('Мир!');
    expect(text(`${ESC}(Nl@DMILA${ESC}(B`)).toBe('Людмила');
    expect(text(`${ESC}(SAk"jpa${ESC}(B`)).toBe('Αθήνα'); // Basic Greek: acute precedes η
    expect(text(`${ESC}(2ylem${ESC}(B`)).toBe('שלום'); // Hebrew in logical order
    expect(text(`${ESC}(3GdHGH${ESC}(B`)).toBe('الباب');
  });

  it('designates G1 with ESC ) and reads 0xA1-0xFE with the high bit stripped', () => {
    expect(text(`${ESC})N\xed\xc9\xd2`)).toBe('Мир');
    expect(text(`${ESC}-N\xed\xc9\xd2`)).toBe('Мир');
    // ESC ) ! E brings ANSEL back
    expect(text(`${ESC})N\xed${ESC})!E\xe2e`)).toBe('Мé');
  });

  it('handles subscripts, superscripts and Greek symbols (technique 1) and ESC s', () => {
    expect(text(`CO${ESC}b2${ESC}s is a gas`)).toBe('CO₂ is a gas');
    expect(text(`E=mc${ESC}p2${ESC}s`)).toBe('E=mc²');
    expect(text(`${ESC}gabc${ESC}s`)).toBe('αβγ');
  });

  it('decodes three-byte EACC after ESC $ 1 (G0) and ESC $ ) 1 (G1)', () => {
    expect(decodeMarc8(bytes(`${ESC}$1!0!!04!BX${ESC}(B`))).toEqual({ text: '一中文', errors: [] });
    expect(text(`${ESC}$1!Bs!Ci${ESC}(B (Nihon)`)).toBe('日本 (Nihon)');
    expect(text(`${ESC}$1o\\eoIooUD${ESC}(B`)).toBe('한국어');
    expect(text(`${ESC}$,1!0!${ESC}(B`)).toBe('一');
    expect(text(`${ESC}$)1\xa1\xb0\xa1${ESC})!E`)).toBe('一');
    // space and delimiters stay single bytes inside EACC
    expect(text(`${ESC}$1!0! !04\x1f!BX${ESC}(B`)).toBe('一 中\x1f文');
  });

  it('passes controls through and maps the C1 non-sort and joiner codes', () => {
    expect(text('\x88The \x89title\x1fbsub')).toBe('\u0098The \u009ctitle\x1fbsub');
    expect(text('a\x8db\x8ec')).toBe('a\u200db\u200cc');
  });

  it('expands &#x…; character references unless told not to', () => {
    expect(text('&#x200F;abc&#x200F;')).toBe('\u200fabc\u200f');
    expect(decodeMarc8(bytes('&#x200F;abc'), { expandNcr: false }).text).toBe('&#x200F;abc');
    expect(text('e&#x301;')).toBe('é');
  });

  it('replaces an invalid escape sequence with U+FFFD, reports it and goes on', () => {
    const r = decodeMarc8(bytes(`Soci${ESC}t\xe2e`));
    expect(r.text).toBe('Soci\ufffdté');
    expect(r.errors).toEqual(['byte 4: invalid escape sequence ESC t']);

    const unknownSet = decodeMarc8(bytes(`a${ESC}(Zb`));
    expect(unknownSet.text).toBe('a\ufffdb');
    expect(unknownSet.errors[0]).toMatch(/^byte 1: unknown character set/);

    const truncated = decodeMarc8(bytes(`La Soci\xe2et${ESC},`));
    expect(truncated.text).toBe('La Sociét\ufffd,');
    expect(truncated.errors).toHaveLength(1);

    expect(decodeMarc8(bytes(`end${ESC}`)).text).toBe('end\ufffd');
  });

  it('reports unmapped codes, broken EACC and stray diacritics without throwing', () => {
    const unmapped = decodeMarc8(bytes('x\xa0y\xffz'));
    expect(unmapped.text).toBe('x\ufffdy\ufffdz');
    expect(unmapped.errors).toEqual([
      'byte 1: unmapped code 0xA0 in Extended Latin (ANSEL) (G1)',
      'byte 3: unmapped code 0xFF in Extended Latin (ANSEL) (G1)',
    ]);

    const eacc = decodeMarc8(bytes(`${ESC}$1!0!{69${ESC}(B`));
    expect(eacc.text).toBe('一\ufffd');
    expect(eacc.errors).toEqual(['byte 6: unmapped EACC code 7B3639']);

    const short = decodeMarc8(bytes(`${ESC}$1!0`));
    expect(short.text).toBe('\ufffd\ufffd');
    expect(short.errors.every((e) => e.includes('incomplete EACC character'))).toBe(true);

    const stray = decodeMarc8(bytes('abc\xe2'));
    expect(stray.text).toBe('abc\u0301'.normalize('NFC'));
    expect(stray.errors).toEqual(['byte 3: non-spacing mark with no base character']);

    expect(decodeMarc8(bytes('\xe2\x1fb')).errors).toEqual(['byte 0: non-spacing mark with no base character']);
  });

  it('survives random bytes and caps the error list', () => {
    let seed = 12345;
    const noise = new Uint8Array(200_000);
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      noise[i] = seed >>> 24;
    }
    const r = decodeMarc8(noise);
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.errors.length).toBe(101);
    expect(r.errors[100]).toMatch(/^… and \d+ more errors$/);
  });
});

describe('decodeMarc8 on real MARC-8 records (shared/fixtures/marc)', () => {
  it('yaz-marc12.marc: EACC vernacular title in 880 $6 245-02 → 车票去哪儿了', () => {
    const [record] = readIso2709('marc21/yaz-marc12.marc');
    expect(record.leader[9]).toBe(' '); // MARC-8
    const f066 = record.fields.find((f) => f.tag === '066');
    expect(f066 && sub(f066, 'c')).toBe('$1'); // record declares EACC
    const f245 = record.fields.find((f) => f.tag === '245');
    expect(f245 && sub(f245, 'a')).toBe('Che piao qu na er le /');

    const title = field880(record, '245-02');
    expect(decodedSubfields(title)).toEqual([
      { code: '6', text: '245-02/$1', errors: [] },
      { code: 'a', text: '车票去哪儿了 /', errors: [] },
      { code: 'c', text: '刘旭恭著绘.', errors: [] },
    ]);
    expect(sub(field880(record, '100-01'), 'a')).toBe('刘旭恭,');
    expect(sub(field880(record, '264-04'), 'b')).toBe('长江少年儿童出版社,');
    expect(sub(field880(record, '490-05'), 'a')).toBe('海豚绘本花园 =');
  });

  it('xbib-IRMARC8.bin: Japanese, Korean, Chinese, Arabic, Hebrew and Cyrillic 880 fields', () => {
    const records = readIso2709('marc21/xbib-IRMARC8.bin');
    expect(records).toHaveLength(10);
    expect(records.every((r) => r.leader[9] === ' ')).toBe(true);
    expect(sub(field880(records[0], '245-01'), 'a')).toBe('アーツ・アンド・クラフツと日本 =');
    expect(sub(field880(records[0], '245-01'), 'c')).toBe('デザイン史フォーラム編 ; 藤田治彦責任編集.');
    expect(sub(field880(records[1], '246-02'), 'a')).toBe('백제금동대향로');
    expect(sub(field880(records[2], '245-02'), 'a')).toBe('福禄寿喜大观/');
    // Arabic: ESC ( 3 in $6, RIGHT-TO-LEFT MARK given as &#x200F;
    expect(sub(field880(records[3], '245-01'), 'a')).toBe('\u200fلقاءات وشهادات أدبية /\u200f');
    expect(sub(field880(records[7], '240-01'), 'a')).toBe('\u200fאחים להתנגדות ולהצלה.\u200f');
    expect(sub(field880(records[9], '245-01'), 'a')).toBe('Еврейская поэзия :');
    expect(sub(field880(records[9], '260-02'), 'b')).toBe('Изд. Союза русских евреев в Нью-Йорке,');
    expect(allErrors(records)).toEqual([]);
  });

  it('yaz-marc9.marc: Arabic serial with romanization (ANSEL alif/ayn, dot below, macron)', () => {
    const [record] = readIso2709('marc21/yaz-marc9.marc');
    const f245 = record.fields.find((f) => f.tag === '245');
    expect(f245 && sub(f245, 'a')).toBe(nfc('Qa\u1e0d\u0101\u02bc al-usrah :'));
    expect(sub(field880(record, '245-01'), 'a')).toBe('قضاء الأسرة :');
    expect(sub(field880(record, '245-01'), 'b')).toBe('مجلة متخصصة /');
    expect(allErrors([record])).toEqual([]);
  });

  it('pymarc-marc8.dat and rubymarc-marc8_accented_chars.marc: French with ANSEL diacritics', () => {
    const [pymarc] = readIso2709('marc21/pymarc-marc8.dat');
    const f240 = pymarc.fields.find((f) => f.tag === '240');
    expect(f240 && sub(f240, 'a')).toBe('De la solitude à la communauté.');

    const [ruby] = readIso2709('edge-cases/rubymarc-marc8_accented_chars.marc');
    expect(ruby.leader[9]).toBe('a'); // says UTF-8, but the bytes are MARC-8
    const f245 = ruby.fields.find((f) => f.tag === '245');
    const f100 = ruby.fields.find((f) => f.tag === '100');
    expect(f245 && sub(f245, 'a')).toBe('Histoire du "nouveau théâtre."');
    expect(f100 && sub(f100, 'a')).toBe('Serreau, Geneviève.');
    expect(allErrors([pymarc, ruby])).toEqual([]);
  });

  it('marc4j-brkrtest.mrc: the LC MARCBreaker ANSEL test record', () => {
    const records = readIso2709('marc21/marc4j-brkrtest.mrc');
    const notes = records[1].fields.filter((f) => f.tag === '500').map((f) => sub(f, 'a'));
    expect(notes).toContain(nfc('This is a test of diacritics like the uppercase Polish L in \u0141o\u0301dz\u0301'));
    expect(notes).toContain('the lowercase u-hook in T\u01b0 D\u01b0c');
    expect(notes).toContain('the ligature first and second halves in di\u0361adi\u0361a');
    expect(notes).toContain(nfc('the circle below in Sam\u0323skr\u0325ta'));
    expect(allErrors(records)).toEqual([]);
  });

  it('pymarc-bad_eacc_encoding.dat: bad EACC bytes give U+FFFD and errors, not an exception', () => {
    const [record] = readIso2709('edge-cases/pymarc-bad_eacc_encoding.dat');
    const title = decodedSubfields(field880(record, '245-01')).find((s) => s.code === 'a');
    expect(title?.text.startsWith('米国の統治の仕組')).toBe(true);
    expect(title?.text).toContain('\ufffd');
    expect(title?.errors.length).toBeGreaterThan(0);
    expect(title?.errors[0]).toMatch(/^byte \d+: unmapped EACC code 7B3639$/);
    const f245 = record.fields.find((f) => f.tag === '245');
    expect(f245 && sub(f245, 'a')).toBe('Beikoku no tōchi no shikumi');
  });

  it('pymarc-bad_marc8_escape.dat: invalid escapes give U+FFFD and errors, the rest decodes', () => {
    const [record] = readIso2709('edge-cases/pymarc-bad_marc8_escape.dat');
    const f245 = decodedSubfields(record.fields.find((f) => f.tag === '245') as Field);
    expect(f245[0].text).toBe('Bulletin de la Société linn\ufffdenne de Bordeaux.');
    expect(f245[0].errors).toEqual(['byte 29: invalid escape sequence ESC e']);
    const f260 = record.fields.find((f) => f.tag === '260') as Field;
    expect(sub(f260, 'b')).toBe('La Sociét\ufffd,');
    expect(allErrors([record]).length).toBeGreaterThan(5);
  });

  it('UTF-8 records mislabelled as MARC-8 show up as errors', () => {
    const records = readIso2709('marc21/pymarc-utf8_without_leader_flag.dat');
    expect(records[0].leader[9]).toBe(' ');
    expect(allErrors(records).length).toBeGreaterThan(0);
  });
});
