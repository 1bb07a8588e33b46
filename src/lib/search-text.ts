/**
 * The one normalisation behind every substring search (titles, authors, publishers, member names).
 * Both the stored key and the user's search text go through it, so that matching is case-, accent-,
 * width- and spacing-insensitive: vernacular CJK titles often arrive with spaces between words
 * ("中国 近代史 纲要"), Latin titles with or without accents ("Café" / "Cafe").
 */

// C1 controls include the non-sort marks (U+0098/U+009C) some MARC records put around leading articles.
const DROP = /[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}\s]+/gu;
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

export function searchKey(text: string | null | undefined): string {
  if (!text) return '';
  return text
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
