import { describe, expect, it } from 'vitest';
import { asMarcRecords, cnmarcSamples } from './cnmarc-sample.js';
import { mapRecord, type MappedRecord } from './map-record.js';
import { searchKey } from '../../lib/search-text.js';
import { editionNumber, matchKeys } from './match-key.js';
import type { MarcDataField, MarcRecord } from './marc-record.js';

const df = (tag: string, ind: string, ...pairs: string[]): MarcDataField => {
  const subfields = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) subfields.push({ code: pairs[i], value: pairs[i + 1] });
  return { tag, ind1: ind.charAt(0) || ' ', ind2: ind.charAt(1) || ' ', subfields };
};

function mapped(overrides: Partial<MappedRecord['core']> & { mainAuthor?: string | null } = {}): MappedRecord {
  const { mainAuthor = 'Austen, Jane', ...core } = overrides;
  return {
    localId: '1',
    deleted: false,
    core: { title: 'Pride and prejudice', responsibility: 'Jane Austen', edition: null, publisher: 'Oxford University Press', place: 'Oxford', year: 2008, language: 'eng', isbns: [], issns: [], clc: null, subjects: [], format: 'BOOK', altTitles: [], ...core },
    altTitles: [],
    mainAuthor,
    invalidIdentifiers: [],
    vernacular: {},
    romanised: {},
    problems: [],
  };
}

describe('editionNumber', () => {
  it('reduces edition statements to their number', () => {
    const cases: [string | null, string][] = [
      ['第2版', '2'], ['第二版', '2'], ['第十二版', '12'], ['第２版', '2'], ['2nd ed.', '2'], ['2. Aufl.', '2'], ['Ed. 2', '2'], ['Second edition', '2'],
      ['3rd rev. ed.', '3'], ['Revised second edition', '2'], ['初版', '1'], ['第1版', '1'], ['1st ed.', '1'], [null, '1'], ['', '1'],
      ['新1版', 'n1'], ['修订版', '修订版'], ['Rev. ed.', 'reved'],
    ];
    for (const [text, n] of cases) expect([text, editionNumber(text)]).toEqual([text, n]);
  });
});

describe('matchKeys', () => {
  it('gives the same key to punctuation, spacing, case, accent and article variants', () => {
    const a = matchKeys(mapped({ title: 'The pride and prejudice : a novel' }));
    const b = matchKeys(mapped({ title: 'Pride and Prejudice — a  novel.', publisher: 'Oxford Univ. Press' }));
    expect(a.workKey).toBe('prideandprejudiceanovel/austen/2008/1/oxfordun/BOOK');
    expect(b.workKey).toBe(a.workKey);
    const accents = matchKeys(mapped({ title: 'Les Misérables', mainAuthor: 'Hugo, Victor' }));
    expect(matchKeys(mapped({ title: 'Les miserables.', mainAuthor: 'HUGO, Victor, 1802-1885' })).workKey).toBe(accents.workKey);
  });

  it('keeps editions, years and formats apart', () => {
    const second = matchKeys(mapped({ edition: '2nd ed.' })).workKey;
    const third = matchKeys(mapped({ edition: '3rd ed.' })).workKey;
    expect(second).not.toBe(third);
    expect(matchKeys(mapped({ edition: '2. Aufl.' })).workKey).toBe(second);
    expect(matchKeys(mapped({ format: 'SERIAL' })).workKey).not.toBe(matchKeys(mapped({ format: 'BOOK' })).workKey);
    expect(matchKeys(mapped({ year: 2009 })).workKey).not.toBe(matchKeys(mapped({ year: 2008 })).workKey);
  });

  it('matches a traditional-character record with its simplified twin, but not a different Taiwan title', () => {
    const [dsa, hk, tw, net7, net8] = asMarcRecords(cnmarcSamples()).map((r) => matchKeys(mapRecord(r, 'unimarc')));
    expect(dsa.workKey).toBe('数据结构c语言版/严蔚敏/2020/1/清华大学/BOOK');
    expect(hk.workKey).toBe(dsa.workKey); // 數據結構 / 嚴蔚敏 / 清華大學出版社
    expect(tw.workKey).not.toBe(dsa.workKey); // 資料結構 is another word, not another script
    expect(net7.workKey).not.toBe(net8.workKey); // 第7版 vs 第8版
    expect(dsa.isbns).toEqual(['9787302543213']);
    expect(hk.isbns).toEqual([]);
  });

  it('matches a MARC 21 record with 880s to the CNMARC record of the same book', () => {
    const cn = asMarcRecords(cnmarcSamples())[0];
    const m21: MarcRecord = {
      leader: '00000nam a2200000 a 4500',
      fields: [
        { tag: '001', value: 'oc1' },
        df('100', '1 ', '6', '880-01', 'a', 'Yan, Weimin.'),
        df('245', '10', '6', '880-02', 'a', 'Shu ju jie gou :', 'b', 'C yu yan ban /', 'c', 'Yan Weimin, Wu Weimin bian zhu.'),
        df('260', '  ', '6', '880-03', 'a', 'Beijing :', 'b', 'Qing hua da xue chu ban she,', 'c', '2020.'),
        df('880', '1 ', '6', '100-01/$1', 'a', '严蔚敏.'),
        df('880', '10', '6', '245-02/$1', 'a', '数据 结构 :', 'b', 'C 语言 版 /', 'c', '严蔚敏, 吴伟民 编著.'),
        df('880', '  ', '6', '260-03/$1', 'a', '北京 :', 'b', '清华 大学 出版社,', 'c', '2020.'),
      ],
    };
    expect(matchKeys(mapRecord(m21, 'marc21')).workKey).toBe(matchKeys(mapRecord(cn, 'unimarc')).workKey);
  });

  it('gives no key without a title, and accepts another normaliser', () => {
    expect(matchKeys(mapped({ title: '' })).workKey).toBe('');
    expect(matchKeys(mapped(), (s) => s.toUpperCase().replace(/\W/g, '')).workKey).toBe('PRIDEANDPREJUDICE/AUSTEN/2008/1/OXFORDUN/BOOK');
  });

  it('normalises each part of the key once, and only the title when there is no title (speed: npm run bench:match-key)', () => {
    const calls: string[] = [];
    const counting = (s: string) => (calls.push(s), searchKey(s));
    const cn = mapRecord(asMarcRecords(cnmarcSamples())[0], 'unimarc');
    expect(matchKeys(cn, counting).workKey).toBe(matchKeys(cn).workKey);
    expect(calls.sort()).toEqual([cn.core.title, '严蔚敏', cn.core.publisher].sort());
    calls.length = 0;
    expect(matchKeys(mapped({ title: '' }), counting).workKey).toBe('');
    expect(calls).toEqual(['']);
  });
});
