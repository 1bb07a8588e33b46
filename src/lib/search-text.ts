import * as OpenCC from 'opencc-js/t2cn';

/**
 * The one normalisation behind every substring search (titles, authors, publishers, member names).
 * Both the stored key and the user's search text go through it, so that matching is case-, accent-,
 * width- and spacing-insensitive: vernacular CJK titles often arrive with spaces between words
 * ("中国 近代史 纲要"), Latin titles with or without accents ("Café" / "Cafe"), and Chinese in
 * traditional or simplified characters (a consortium spans mainland, Hong Kong and Taiwan collections):
 * both sides are folded to simplified, character by character (opencc-js, Taiwan variant set; no phrase
 * conversion, so 資料 stays 资料 and substrings still line up).
 *
 * Changing this function changes every stored key: bump SEARCH_KEY_VERSION so that the server
 * recomputes them at start (src/modules/records/search-keys.service.ts).
 */
export const SEARCH_KEY_VERSION = 2;

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

// C1 controls include the non-sort marks (U+0098/U+009C) some MARC records put around leading articles.
const DROP = /[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}\s]+/gu;
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

export function searchKey(text: string | null | undefined): string {
  if (!text) return '';
  const folded = HAN.test(text) ? toSimplified(text) : text;
  return folded
    .normalize('NFKD') // full-width Latin and digits become ASCII, accents split off
    .replace(COMBINING, '')
    .normalize('NFC') // put Hangul and kana back together
    .toLowerCase()
    .replace(DROP, '');
}

/** Escapes LIKE wildcards so user input matches literally (the key has no '\\', '%' or '_' left anyway). */
export function likeContains(key: string): string {
  return `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Field separator inside a combined key: a control character that searchKey() always removes. */
export const KEY_SEPARATOR = '\u0001';
