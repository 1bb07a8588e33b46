import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecordFormat } from '../../modules/records/index.js';
import { asMarcRecords, cnmarcSamples, syntheticCnmarcRecords } from './cnmarc-sample.js';
import { formatFromLeader, mapRecord, type FormatCode } from './map-record.js';
import type { MarcControlField, MarcDataField, MarcField, MarcRecord } from './marc-record.js';

const cf = (tag: string, value: string): MarcControlField => ({ tag, value });
const df = (tag: string, ind: string, ...pairs: string[]): MarcDataField => {
  const subfields = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) subfields.push({ code: pairs[i], value: pairs[i + 1] });
  return { tag, ind1: ind.charAt(0) || ' ', ind2: ind.charAt(1) || ' ', subfields };
};
const rec = (leader: string, ...fields: MarcField[]): MarcRecord => ({ leader, fields });
const BOOK21 = '00000nam a2200000 a 4500';
/** 008 of a book: date1 at 07-10, language at 35-37 */
const f008 = (date1: string, lang: string): string => `200101s${date1}    cc ${' '.repeat(17)}${lang} d`;

/** A minimal ISO 2709 reader for UTF-8 fixture records (the real reader is separate). */
function readUtf8Iso2709(buf: Buffer): MarcRecord[] {
  const out: MarcRecord[] = [];
  for (let pos = 0; pos + 24 < buf.length; ) {
    const len = Number(buf.toString('latin1', pos, pos + 5));
    if (!len || pos + len > buf.length) break;
    const r = buf.subarray(pos, pos + len);
    pos += len;
    const leader = r.toString('latin1', 0, 24);
    const base = Number(leader.slice(12, 17));
    const fields: MarcField[] = [];
    for (let d = 24; r[d] !== 0x1e; d += 12) {
      const tag = r.toString('latin1', d, d + 3);
      const l = Number(r.toString('latin1', d + 3, d + 7));
      const s = Number(r.toString('latin1', d + 7, d + 12));
      const text = r.toString('utf8', base + s, base + s + l - 1);
      if (tag < '010') fields.push({ tag, value: text });
      else {
        const [ind, ...subs] = text.split('\x1f');
        fields.push({ tag, ind1: ind[0] ?? ' ', ind2: ind[1] ?? ' ', subfields: subs.map((x) => ({ code: x[0], value: x.slice(1) })) });
      }
    }
    out.push({ leader, fields });
  }
  return out;
}

describe('mapRecord: MARC 21', () => {
  const book = rec(
    BOOK21,
    cf('001', ' ocm123 '),
    cf('008', f008('2019', 'eng')),
    df('020', '  ', 'a', '0306406152 (pbk.)'),
    df('020', '  ', 'a', '0306406153', 'q', 'hardcover'),
    df('020', '  ', 'z', '9780000000001'),
    df('020', '  ', 'a', '(set)'), // a qualifier without a number: ignored
    df('084', '  ', 'a', '025.04', '2', 'ddc'),
    df('084', '  ', 'a', 'tp312', '2', 'clc'),
    df('100', '1 ', 'a', 'Tolkien, J. R. R.', 'q', '(John Ronald Reuel),', 'd', '1892-1973.'),
    df('245', '14', 'a', '\u0098The \u009chobbit :', 'b', 'or, There and back again /', 'c', 'by J.R.R. Tolkien.'),
    df('250', '  ', 'a', '2nd ed. /', 'b', 'revised by X.'),
    df('260', '  ', 'a', 'London :', 'b', 'Allen & Unwin,', 'c', '©2019.'),
    df('650', ' 0', 'a', 'Middle Earth (Imaginary place)', 'v', 'Fiction.'),
    df('650', ' 0', 'a', 'Hobbits.'),
    df('600', '10', 'a', 'Baggins, Bilbo,', 'c', '(Fictitious character)'),
    df('650', ' 7', 'a', 'Hobbits.', '2', 'fast'),
  );

  it('maps title (ISBD punctuation and non-sort marks stripped), responsibility, edition, imprint, year', () => {
    const m = mapRecord(book, 'marc21');
    expect(m.localId).toBe('ocm123');
    expect(m.deleted).toBe(false);
    expect(m.problems).toEqual([]);
    expect(m.core.title).toBe('The hobbit : or, There and back again');
    expect(m.core.responsibility).toBe('by J.R.R. Tolkien');
    expect(m.core.edition).toBe('2nd ed.');
    expect(m.core.place).toBe('London');
    expect(m.core.publisher).toBe('Allen & Unwin');
    expect(m.core.year).toBe(2019);
    expect(m.core.language).toBe('eng');
    expect(m.core.format).toBe('BOOK');
    expect(m.mainAuthor).toBe('Tolkien, J. R. R.'); // a final initial keeps its full stop
    expect(m.core.subjects).toEqual(['Middle Earth (Imaginary place)', 'Hobbits', 'Baggins, Bilbo']); // record order, once each
  });

  it('turns an ISBN-10 into ISBN-13 and keeps failing and $z numbers as invalid', () => {
    const m = mapRecord(book, 'marc21');
    expect(m.core.isbns).toEqual(['9780306406157']);
    expect(m.invalidIdentifiers).toEqual([
      { scheme: 'isbn', value: '0306406153' },
      { scheme: 'isbn', value: '9780000000001' },
    ]);
  });

  it('takes CLC from 084 with $2 clc only, else from 093 when it reads as a CLC number', () => {
    expect(mapRecord(book, 'marc21').core.clc).toBe('TP312');
    const ddcOnly = rec(BOOK21, cf('001', '1'), df('245', '00', 'a', 'T'), df('084', '  ', 'a', '025.04', '2', 'ddc'));
    expect(mapRecord(ddcOnly, 'marc21').core.clc).toBeNull();
    const local093 = rec(BOOK21, cf('001', '1'), df('245', '00', 'a', 'T'), df('093', '  ', 'a', 'I247.5'));
    expect(mapRecord(local093, 'marc21').core.clc).toBe('I247.5');
    const junk093 = rec(BOOK21, cf('001', '1'), df('245', '00', 'a', 'T'), df('093', '  ', 'a', '12345'));
    expect(mapRecord(junk093, 'marc21').core.clc).toBeNull();
  });

  it('uses the 880 vernacular title, responsibility and imprint; the romanised title stays searchable', () => {
    const r = rec(
      BOOK21,
      cf('001', 'cjk1'),
      cf('008', f008('2020', 'chi')),
      df('100', '1 ', '6', '880-01', 'a', 'Yan, Weimin,'),
      df('245', '10', '6', '880-02', 'a', 'Shu ju jie gou :', 'b', 'C yu yan ban /', 'c', 'Yan Weimin bian zhu.'),
      df('250', '  ', '6', '880-03', 'a', 'Di 2 ban.'),
      df('260', '  ', '6', '880-04', 'a', 'Beijing :', 'b', 'Qing hua da xue chu ban she,', 'c', '2020.'),
      df('880', '1 ', '6', '100-01/$1', 'a', '严蔚敏,'),
      df('880', '10', '6', '245-02/$1', 'a', '数据 结构 :', 'b', 'C 语言 版 /', 'c', '严蔚敏 编著.'),
      df('880', '  ', '6', '250-03/$1', 'a', '第2版.'),
      df('880', '  ', '6', '260-04/$1', 'a', '北京 :', 'b', '清华 大学 出版社,', 'c', '2020.'),
      df('880', '14', '6', '246-00/$1', 'a', '數據結構'),
    );
    const m = mapRecord(r, 'marc21');
    expect(m.core.title).toBe('数据结构 : C语言版');
    expect(m.core.responsibility).toBe('严蔚敏编著');
    expect(m.core.edition).toBe('第2版');
    expect(m.core.publisher).toBe('清华大学出版社');
    expect(m.core.place).toBe('北京');
    expect(m.mainAuthor).toBe('严蔚敏');
    expect(m.core.altTitles).toEqual(['Shu ju jie gou : C yu yan ban', '數據結構']);
    expect(m.altTitles).toBe(m.core.altTitles);
    expect(m.vernacular).toEqual({ title: '数据结构 : C语言版', responsibility: '严蔚敏编著', edition: '第2版', place: '北京', publisher: '清华大学出版社' });
    expect(m.romanised).toEqual({ title: 'Shu ju jie gou : C yu yan ban', responsibility: 'Yan Weimin bian zhu', edition: 'Di 2 ban.', place: 'Beijing', publisher: 'Qing hua da xue chu ban she' });
  });

  it('reads a real OCLC record with 880s (fixture)', () => {
    const [r] = readUtf8Iso2709(readFileSync(new URL('../../../../shared/fixtures/marc/marc21/marc4j-oclc_63111280_export_as_UTF8_from_connexion.mrc', import.meta.url)));
    const m = mapRecord(r, 'marc21');
    expect(m.core.title).toBe('日本民俗·信仰·藝能·與中國文化');
    expect(m.core.altTitles).toContain('Riben min su, xin yang, yi neng, yu Zhongguo wen hua');
    expect(m.core.publisher).toBe('大新書局');
    expect(m.core.year).toBe(2005);
    expect(m.core.isbns).toEqual(['9789867271037']); // 020 $a 9867271033 and 9789867271037 are one book
    expect(m.mainAuthor).toBe('葉漢鰲');
  });

  it('takes the year from 260 $c, else 008/07-10; ignores unknown place and publisher', () => {
    const noC = rec(BOOK21, cf('001', '1'), cf('008', f008('1998', 'ger')), df('245', '00', 'a', 'Titel.'), df('260', '  ', 'a', '[S.l. :', 'b', 's.n.]'));
    const m = mapRecord(noC, 'marc21');
    expect(m.core.year).toBe(1998);
    expect(m.core.place).toBeNull();
    expect(m.core.publisher).toBeNull();
    expect(m.core.title).toBe('Titel');
    const uu = rec(BOOK21, cf('001', '1'), cf('008', f008('19uu', 'ger')), df('245', '00', 'a', 'T'));
    expect(mapRecord(uu, 'marc21').core.year).toBeNull();
    const rda = rec(BOOK21, cf('001', '1'), df('245', '00', 'a', 'T'), df('264', ' 4', 'c', '©2017'), df('264', ' 1', 'a', 'Boston', 'b', 'Pub', 'c', '[2018]'));
    expect(mapRecord(rda, 'marc21').core).toMatchObject({ year: 2018, place: 'Boston', publisher: 'Pub' });
  });

  it('takes the language from 041 when 008 has none', () => {
    const r = rec(BOOK21, cf('001', '1'), cf('008', f008('2000', '   ')), df('041', '0 ', 'a', 'chieng'), df('245', '00', 'a', 'T'));
    expect(mapRecord(r, 'marc21').core.language).toBe('chi');
  });

  it('keeps valid ISSNs and ISSN-L, and 022 $y/$z as invalid', () => {
    const r = rec('00000cas a2200000 a 4500', cf('001', 's1'), df('022', '0 ', 'a', '0317-8471', 'l', '0317-8471', 'y', '0317-8472', 'z', '1234-5678'), df('245', '00', 'a', 'Serial.'));
    const m = mapRecord(r, 'marc21');
    expect(m.core.issns).toEqual(['0317-8471']);
    expect(m.invalidIdentifiers).toEqual([
      { scheme: 'issn', value: '0317-8472' },
      { scheme: 'issn', value: '1234-5678' },
    ]);
    expect(m.core.format).toBe('SERIAL');
  });

  it('flags deleted records and explains records that cannot be loaded', () => {
    const deleted = mapRecord(rec('00000dam a2200000 a 4500', cf('001', 'gone')), 'marc21');
    expect(deleted).toMatchObject({ deleted: true, localId: 'gone', problems: [] });
    expect(mapRecord(rec('00000dam a2200000 a 4500'), 'marc21').problems).toEqual(['deleted record without 001: cannot tell which record to delete']);
    const untitled = mapRecord(rec(BOOK21, cf('001', 'x'), df('245', '00', 'c', 'by nobody')), 'marc21');
    expect(untitled.core.title).toBe('');
    expect(untitled.problems).toEqual(['no title (245 $a / 200 $a)']);
    const unimarcAsMarc21 = mapRecord(rec(BOOK21, cf('001', 'x'), df('200', '1 ', 'a', '数据结构')), 'marc21');
    expect(unimarcAsMarc21.problems).toEqual(['no title (245 $a / 200 $a)', 'has 200 but no 245: UNIMARC/CNMARC read as MARC 21?']);
    const mfhd = mapRecord(rec('00000nx  a2200000 a 4500', cf('001', 'h'), df('245', '00', 'a', 'T')), 'marc21');
    expect(mfhd.problems).toEqual(['a holdings record (leader/06 = x), not a bibliographic record']);
  });

  it('derives the format from leader/06-07', () => {
    const cases: [string, FormatCode][] = [['am', 'BOOK'], ['as', 'SERIAL'], ['ai', 'SERIAL'], ['em', 'MAP'], ['cm', 'SCORE'], ['jm', 'AUDIO'], ['gm', 'VIDEO'], ['mm', 'ELECTRONIC'], ['tm', 'MANUSCRIPT'], ['km', 'OTHER']];
    for (const [code, format] of cases) expect([code, formatFromLeader(`00000n${code} a2200000 a 4500`, 'marc21')]).toEqual([code, format]);
    // every code is a RecordFormat value
    for (const [, format] of cases) expect(Object.values(RecordFormat)).toContain(format);
  });
});

describe('mapRecord: UNIMARC / CNMARC', () => {
  /** fixtures/marc/unimarc/qa-unimarc.mrctxt: 'TAG II $a…$b…' lines */
  function readMrcTxt(text: string): MarcRecord {
    let leader = '';
    const fields: MarcField[] = [];
    for (const line of text.split('\n')) {
      if (line.startsWith('LEADER ')) leader = line.slice(7);
      else if (/^00\d /.test(line)) fields.push({ tag: line.slice(0, 3), value: line.slice(4) });
      else if (/^\d{3} /.test(line)) {
        const [, ...subs] = line.slice(6).split('$');
        fields.push({ tag: line.slice(0, 3), ind1: line[4], ind2: line[5], subfields: subs.map((x) => ({ code: x[0], value: x.slice(1) })) });
      }
    }
    return { leader, fields };
  }

  it('maps a real Sudoc UNIMARC record (fixture)', () => {
    const r = readMrcTxt(readFileSync(new URL('../../../../shared/fixtures/marc/unimarc/qa-unimarc.mrctxt', import.meta.url), 'utf8'));
    const m = mapRecord(r, 'unimarc');
    expect(m.localId).toBe('000000124');
    expect(m.core.title).toBe('Zoologie. IV, Tétrapodes, domaines faunistiques, zoogéographie');
    expect(m.core.responsibility).toBe("volume publié sous la direction d'Andrée Tétry");
    expect(m.core).toMatchObject({ place: '[Paris]', publisher: 'Gallimard', year: 1974, language: 'fre', isbns: ['9782070107964'], format: 'BOOK' });
    expect(m.core.subjects).toEqual(['Mammifères', 'Oiseaux', 'Zoogéographie', 'Tétrapodes', 'Zoologie', 'Zoology']);
    expect(m.mainAuthor).toBeNull(); // only a 702 (secondary responsibility: editor), not used for match keys
    expect(m.problems).toEqual([]);
  });

  it('maps the CNMARC samples: 690 CLC, ISBN-13, invalid ISBNs kept, serial, editions', () => {
    const [dsa, hk, tw, net7, net8, invalid, serial] = asMarcRecords(cnmarcSamples()).map((r) => mapRecord(r, 'unimarc'));
    expect(dsa.core).toMatchObject({ title: '数据结构 : C语言版', responsibility: '严蔚敏, 吴伟民编著', place: '北京', publisher: '清华大学出版社', year: 2020, language: 'chi', clc: 'TP311.12', isbns: ['9787302543213'], subjects: ['数据结构'], format: 'BOOK' });
    expect(dsa.mainAuthor).toBe('严蔚敏');
    expect(hk.core.title).toBe('數據結構 : C語言版');
    expect(tw.core.title).toBe('資料結構 : 使用C語言');
    expect([net7.core.edition, net8.core.edition]).toEqual(['第7版', '第8版']);
    expect(invalid.core.isbns).toEqual([]);
    expect(invalid.invalidIdentifiers).toEqual([
      { scheme: 'isbn', value: '978-7-5063-6543-0' },
      { scheme: 'isbn', value: '7-5063-6543-1' },
    ]);
    expect(serial.core).toMatchObject({ format: 'SERIAL', issns: ['1001-8867'], clc: 'G25', year: 1957 });
  });

  it('takes CLC from 686 $2 clc when there is no 690, responsibility from 701 when 200 has no $f, and parallel/pinyin titles', () => {
    const r = rec(
      '00000nam0 2200000   450 ',
      cf('001', 'u1'),
      df('100', '  ', 'a', '20050221d2005    em y0chiy50      ea'),
      df('200', '1 ', 'a', '少年小树之歌', 'd', 'The education of Little Tree', '9', 'shao nian xiao shu zhi ge'),
      df('210', '  ', 'a', '杭州', 'c', '浙江文艺出版社'),
      df('686', '  ', 'a', 'I712.45', '2', 'clc'),
      df('701', ' 0', 'a', '卡特', 'c', '(美)', '4', '著'),
    );
    const m = mapRecord(r, 'unimarc');
    expect(m.core).toMatchObject({ clc: 'I712.45', responsibility: '卡特', year: 2005, altTitles: ['The education of Little Tree', 'shao nian xiao shu zhi ge'] });
  });

  it('explains a MARC 21 record read as UNIMARC', () => {
    const m = mapRecord(rec(BOOK21, cf('001', 'x'), df('245', '00', 'a', 'Title')), 'unimarc');
    expect(m.problems).toEqual(['no title (245 $a / 200 $a)', 'has 245 but no 200: MARC 21 read as UNIMARC?']);
  });
});

/** MARC 21 counterparts of the synthetic CNMARC records, with 880 vernacular fields. */
function marc21Like(r: MarcRecord, i: number): MarcRecord {
  const get = (tag: string) => r.fields.find((f): f is MarcDataField => f.tag === tag && 'subfields' in f);
  const v = (tag: string, code: string) => get(tag)?.subfields.find((s) => s.code === code)?.value ?? '';
  return rec(
    BOOK21,
    cf('001', `m21-${i}`),
    cf('008', f008(v('210', 'd'), 'chi')),
    df('020', '  ', 'a', v('010', 'a'), 'q', 'paperback'),
    df('084', '  ', 'a', v('690', 'a'), '2', 'clc'),
    df('100', '1 ', '6', '880-01', 'a', 'Wang, Wei,'),
    df('245', '10', '6', '880-02', 'a', 'Romanised title :', 'b', 'subtitle /', 'c', 'Wang Wei zhu.'),
    df('260', '  ', '6', '880-03', 'a', 'Beijing :', 'b', 'Publisher,', 'c', `${v('210', 'd')}.`),
    df('300', '  ', 'a', '320 p. ;', 'c', '26 cm.'),
    df('650', ' 0', 'a', 'Subject heading', 'x', 'Study and teaching.'),
    df('880', '1 ', '6', '100-01/$1', 'a', v('701', 'a')),
    df('880', '10', '6', '245-02/$1', 'a', `${v('200', 'a')} /`, 'c', v('200', 'f')),
    df('880', '  ', '6', '260-03/$1', 'a', `${v('210', 'a')} :`, 'b', v('210', 'c')),
  );
}

describe('mapping a MARC 21 record with 880s and its UNIMARC twin', () => {
  // speed is measured in bench/marc-import.ts, not asserted here
  it('gives the same vernacular title', () => {
    const unimarc = asMarcRecords(syntheticCnmarcRecords(20));
    unimarc.forEach((r, i) => expect(mapRecord(marc21Like(r, i), 'marc21').core.title).toBe(mapRecord(r, 'unimarc').core.title));
  });
});
