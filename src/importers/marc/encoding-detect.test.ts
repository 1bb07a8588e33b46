import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bestCyrillic, byteStats, gbStats, looksLikeGb } from './byte-stats.js';
import { normalizeEncodingName } from './decode-bytes.js';
import { chooseRecordEncoding, declaredCharset } from './encoding-detect.js';

const a100 = (codes: string, lang = 'chi'): string => `20200315d2020    em y0${lang}y${codes}    ea`;

describe('declaredCharset', () => {
  it('MARC 21: leader/09', () => {
    expect(declaredCharset('marc21', '00000nam a2200000 a 4500', null).claim).toBe('utf8');
    expect(declaredCharset('marc21', '00000nam  2200000 a 4500', null).claim).toBe('marc8');
    expect(declaredCharset('marc21', '00000nam z2200000 a 4500', null)).toEqual({ claim: 'unknown', source: 'leader/09 "z"' });
  });

  it('UNIMARC / CNMARC: 100 $a/26-29', () => {
    const u = (codes: string, lang?: string) => declaredCharset('unimarc', '00000nam0 2200000   450 ', a100(codes, lang)).claim;
    expect(u('50  ')).toBe('utf8');
    expect(u('0103', 'ita')).toBe('iso5426');
    expect(u('03  ', 'fre')).toBe('iso5426');
    expect(u('0102', 'rus')).toBe('cyrillic');
    expect(u('0104', 'rus')).toBe('cyrillic');
    expect(u('0120')).toBe('gb18030');
    expect(u('0110')).toBe('gb18030');
    expect(u('0113')).toBe('gb18030');
    expect(u('0121')).toBe('gb18030');
    expect(u('    ')).toBe('gb18030'); // blank codes, language of cataloguing chi
    expect(u('01  ', 'eng')).toBe('ascii');
    expect(u('    ', 'eng')).toBe('unknown');
    expect(declaredCharset('unimarc', '00000nam0 2200000   450 ', a100('0120')).source).toBe('100 $a/26-29 "0120"');
    expect(declaredCharset('unimarc', '00000nam0 2200000   450 ', null)).toEqual({ claim: 'unknown', source: 'no 100 $a' });
  });
});

const choose = (bytes: Buffer, leader09: string, dialect: 'marc21' | 'unimarc' = 'marc21') =>
  chooseRecordEncoding(bytes, 0, bytes.length, declaredCharset(dialect, `00000nam ${leader09}2200000 a 4500`, null), dialect);

describe('chooseRecordEncoding (auto)', () => {
  it('pure ASCII keeps the declared set; ESC in an "a" record means MARC-8', () => {
    expect(choose(Buffer.from('\x1fahello\x1e'), 'a').encoding).toBe('utf8');
    expect(choose(Buffer.from('\x1fahello\x1e'), ' ').encoding).toBe('marc8');
    const eacc = choose(Buffer.from('\x1fa\x1b$1!Bw\x1b(B\x1e', 'latin1'), 'a');
    expect(eacc.encoding).toBe('marc8');
    expect(eacc.warnings[0]).toMatch(/contains MARC-8 escape sequences/);
  });

  it('valid UTF-8 wins over a MARC-8 declaration, with a warning', () => {
    const r = choose(Buffer.from('\x1faCafé ✓\x1e'), ' ');
    expect(r.encoding).toBe('utf8');
    expect(r.warnings).toEqual(['leader/09 blank declares MARC-8, but the bytes are valid UTF-8 with multi-byte sequences: read as UTF-8']);
  });

  it('UTF-8 with a few bad bytes stays UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('\x1faCafé ✓ Ελληνικά '), Buffer.from([0xc3, 0x28]), Buffer.from('\x1e')]);
    const r = choose(bytes, 'a');
    expect(r.encoding).toBe('utf8');
    expect(r.utf8Invalid).toBe(1);
    expect(r.warnings).toEqual(['1 invalid UTF-8 byte sequence replaced by U+FFFD']);
  });

  it('declared UTF-8, not UTF-8: MARC-8 diacritics, GB18030, Cyrillic, Latin-1', () => {
    const marc8 = choose(Buffer.from('\x1faHistoire du th\xe2e\xe3atre\x1e', 'latin1'), 'a');
    expect(marc8.encoding).toBe('marc8');
    const gb = choose(Buffer.concat([Buffer.from('\x1fa'), iconv.encode('中文题名：图书馆联合目录', 'gb18030'), Buffer.from('\x1e')]), 'a');
    expect(gb.encoding).toBe('gb18030');
    expect(gb.warnings[0]).toMatch(/decode cleanly as GB18030 into CJK characters: read as GB18030$/);
    const ru = 'Основы гидравлического расчета инженерных сетей';
    expect(choose(Buffer.concat([Buffer.from('\x1fa'), iconv.encode(ru, 'cp1251'), Buffer.from('\x1e')]), 'a').encoding).toBe('cp1251');
    expect(choose(Buffer.concat([Buffer.from('\x1fa'), iconv.encode(ru, 'koi8-r'), Buffer.from('\x1e')]), 'a').encoding).toBe('koi8-r');
    expect(choose(Buffer.concat([Buffer.from('\x1fa'), iconv.encode(ru, 'cp866'), Buffer.from('\x1e')]), 'a').encoding).toBe('cp866');
    const latin = choose(Buffer.concat([Buffer.from('\x1fa'), iconv.encode('Société générale, café.', 'latin1'), Buffer.from('\x1e')]), 'a');
    expect(latin.encoding).toBe('latin1');
  });

  it('declared MARC-8 with ANSEL diacritics stays MARC-8', () => {
    expect(choose(Buffer.from('\x1faD\xe8usseldorf, K\xe8oln, Genevi\xe1eve\x1e', 'latin1'), ' ').encoding).toBe('marc8');
  });

  it('UNIMARC with ISO 5426 diacritics', () => {
    const bytes = Buffer.from('\x1fa\xc2etude \xc1a la fran\xd0caise\x1e', 'latin1');
    const r = chooseRecordEncoding(bytes, 0, bytes.length, { claim: 'iso5426', source: '100 $a/26-29 "0103"' }, 'unimarc');
    expect(r.encoding).toBe('iso5426');
    expect(r.warnings).toEqual([]);
  });
});

describe('byte statistics', () => {
  it('counts UTF-8 sequences, high-byte runs and marks', () => {
    const s = byteStats(Buffer.from('aé✓\xff'.replace('\xff', ''), 'utf8'), 0, 6);
    expect([s.utf8Multi, s.utf8Invalid]).toEqual([2, 0]);
    const t = byteStats(Buffer.from([0xe2, 0x65, 0x20, 0xe9, 0x20, 0xc0, 0xc1, 0xc2]), 0, 8);
    expect([t.anselMarks, t.anselOrphans, t.highRuns, t.longHighRuns]).toEqual([1, 1, 3, 1]);
  });
  it('GB statistics and the GB verdict', () => {
    expect(looksLikeGb(gbStats(iconv.encode('北京：出版社', 'gb18030'), 0, 12))).toBe(true);
    const ru = iconv.encode('Москва и Ленинград', 'cp1251');
    expect(looksLikeGb(gbStats(ru, 0, ru.length))).toBe(false);
    expect(bestCyrillic(ru)).toBe('cp1251');
    expect(bestCyrillic(Buffer.from('plain ascii'))).toBeNull();
  });
});

describe('normalizeEncodingName', () => {
  it('maps aliases and checks iconv-lite names', () => {
    expect(['auto', 'UTF-8', 'MARC-8', 'iso5426', 'GB18030', 'ISO-8859-1', 'cp866', 'gbk', 'koi8-r'].map(normalizeEncodingName)).toEqual([
      'auto', 'utf8', 'marc8', 'iso5426', 'gb18030', 'latin1', 'cp866', 'gbk', 'koi8-r',
    ]);
    expect(() => normalizeEncodingName('klingon')).toThrow(TypeError);
  });
});
