/** The search key every substring search goes through, and the LIKE pattern built from it. */
import { describe, expect, it } from 'vitest';
import { KEY_SEPARATOR, likeContains, searchKey } from './search-text.js';

describe('searchKey', () => {
  it('drops the spaces between CJK words', () => {
    expect(searchKey('中国 近代史 纲要')).toBe('中国近代史纲要');
    expect(searchKey('中国　近代史')).toBe('中国近代史'); // ideographic space U+3000
  });

  it('ignores case and accents', () => {
    expect(searchKey('Café')).toBe('cafe');
    expect(searchKey('Les Misérables')).toBe('lesmiserables');
    expect(searchKey('CAFÉ SOCIETY')).toBe(searchKey('cafe society'));
  });

  it('turns full-width Latin letters and digits into ASCII', () => {
    expect(searchKey('ＡＢＣ１２３')).toBe('abc123');
  });

  it('removes the MARC non-sort marks around a leading article', () => {
    expect(searchKey('\u0098The \u009cHobbit')).toBe('thehobbit');
    expect(searchKey('\u0098Der\u009c Zauberberg')).toBe(searchKey('Der Zauberberg'));
  });

  it('removes punctuation and symbols, and the key separator', () => {
    expect(searchKey('C++: a primer — 2nd ed.')).toBe('caprimer2nded');
    expect(searchKey(`a${KEY_SEPARATOR}b`)).toBe('ab');
    expect(searchKey('100% _done_')).toBe('100done');
  });

  it('keeps kana and Hangul composed', () => {
    expect(searchKey('ガギグ')).toBe('ガギグ');
    expect(searchKey('한국어')).toBe('한국어');
  });

  it('is empty for nothing', () => {
    expect(searchKey(null)).toBe('');
    expect(searchKey(undefined)).toBe('');
    expect(searchKey('  ')).toBe('');
  });
});

describe('likeContains', () => {
  it('wraps the key in % for a substring match', () => {
    expect(likeContains('中国')).toBe('%中国%');
  });

  it('escapes the LIKE wildcards and the escape character so they match literally', () => {
    expect(likeContains('100%')).toBe('%100\\%%');
    expect(likeContains('a_b')).toBe('%a\\_b%');
    expect(likeContains('a\\b')).toBe('%a\\\\b%');
  });
});
