/**
 * Match keys for clustering the same publication sent by several members (GoldRush-like).
 *
 * workKey = title / first author's surname / year / edition number / publisher / format, each
 * normalised so that spacing, punctuation, case, accents, full-width forms and (through searchKey)
 * traditional vs simplified characters do not matter, while a different edition, year or format always
 * gives a different key:
 *   title      the first 25 characters after dropping a leading Latin article ('The', 'Le', 'Der' …)
 *   author     the surname of the main entry ('Austen, Jane' → 'austen'; '鲁迅' → '鲁迅'), first 12 characters
 *   year       4 digits, or empty
 *   edition    editionNumber(): '第2版', '2nd ed.', '2. Aufl.' → '2'; no statement → '1'
 *   publisher  the first 4 characters of a CJK name, or 8 of a Latin one ('Oxford Univ. Press' ≈
 *              'Oxford University Press'), after a leading 'The'
 *   format     BOOK, SERIAL …
 * An empty title gives an empty workKey (no key: never match on it).
 */
import { searchKey } from '../../lib/search-text.js';
import type { MappedRecord } from './map-record.js';

export interface MatchKeys {
  isbns: string[];
  issns: string[];
  workKey: string;
}

// leading articles of the Latin-script languages a Chinese union catalogue meets most
const ARTICLES = /^(?:(?:the|an?|le|la|les|un|une|der|die|das|ein|eine|el|los|las|il|lo|gli|uno|una|het|een|um|uma)\s+|[ld]'\s*)/i;
const CJK = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ORDINAL_WORDS: Record<string, string> = {
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9', tenth: '10',
  erste: '1', zweite: '2', dritte: '3', vierte: '4', fünfte: '5', premiere: '1', première: '1', deuxieme: '2', deuxième: '2', troisieme: '3', troisième: '3',
};

/** 一…九十九 → number; null when not a Chinese numeral. */
function chineseNumber(s: string): number | null {
  if (!s) return null;
  const ten = s.indexOf('十');
  if (ten === -1) {
    if (s.length !== 1) return null;
    return CN_DIGITS[s] ?? null;
  }
  const tens = ten === 0 ? 1 : CN_DIGITS[s.slice(0, ten)];
  const unitsPart = s.slice(ten + 1);
  const units = unitsPart ? CN_DIGITS[unitsPart] : 0;
  if (tens === undefined || units === undefined || s.slice(0, ten).length > 1 || unitsPart.length > 1) return null;
  return tens * 10 + units;
}

/**
 * An edition statement reduced to its number: '第2版' / '第二版' / '2nd ed.' / '2. Aufl.' / 'Ed. 2' /
 * 'Second edition' → '2'; '初版', 'first edition' and no statement at all → '1' (most records without
 * one are first editions, and CNMARC often says 第1版 where MARC 21 says nothing); '新1版' (a new
 * numbering sequence) → 'n1'; a statement without a number ('Rev. ed.', '修订版') → its first 10
 * normalised characters, so it never collides with a numbered one.
 */
export function editionNumber(edition: string | null): string {
  if (!edition) return '1';
  const e = edition.normalize('NFKC').trim();
  if (!e) return '1';
  const prefix = /新\s*[0-9一二三四五六七八九十]/.test(e) ? 'n' : '';
  const digits = /[0-9]+/.exec(e);
  if (digits) return prefix + String(Number(digits[0]));
  const cn = /第?([〇零一二两兩三四五六七八九十]{1,3})\s*[版次刷]/.exec(e);
  if (cn) {
    const n = chineseNumber(cn[1]);
    if (n !== null) return prefix + String(n);
  }
  if (/初版|首版/.test(e)) return '1';
  for (const word of e.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []) if (ORDINAL_WORDS[word]) return ORDINAL_WORDS[word];
  return searchKey(e).slice(0, 10) || '1';
}

/** The surname of a heading: the part before the first comma ('Austen, Jane' → 'Austen'). */
function surname(name: string | null): string {
  if (!name) return '';
  const comma = name.search(/[,，]/);
  return comma > 0 ? name.slice(0, comma) : name;
}

function take(s: string, n: number): string {
  // by code points, so a CJK extension character is not cut in half
  let out = '';
  let i = 0;
  for (const ch of s) {
    if (i++ >= n) break;
    out += ch;
  }
  return out;
}

export function matchKeys(mapped: MappedRecord, normalise: (s: string) => string = searchKey): MatchKeys {
  const core = mapped.core;
  const isbns = [...new Set(core.isbns ?? [])];
  const issns = [...new Set(core.issns ?? [])];
  const title = normalise(core.title.replace(ARTICLES, ''));
  if (!title) return { isbns, issns, workKey: '' };
  const publisherText = (core.publisher ?? '').replace(/^the\s+/i, '');
  const publisher = normalise(publisherText);
  const workKey = [
    take(title, 25),
    take(normalise(surname(mapped.mainAuthor)), 12),
    core.year ? String(core.year) : '',
    editionNumber(core.edition ?? null),
    take(publisher, CJK.test(publisher) ? 4 : 8),
    core.format ?? 'BOOK',
  ].join('/');
  return { isbns, issns, workKey };
}
