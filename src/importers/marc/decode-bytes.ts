/**
 * Decoding a record's bytes once its character set is known (encoding-detect.ts chooses it): UTF-8 and
 * ISO 8859-1 by Node, MARC-8 and ISO 5426 by our tables (src/importers/charsets), any other code page
 * by iconv-lite; and the canonical name of a character set option.
 */
import iconv from 'iconv-lite';
import { decodeIso5426, decodeMarc8 } from '../charsets/index.js';
import type { MarcEncoding } from './marc-record.js';

/** Canonical name for an encoding option ('auto' stays 'auto'); throws for an unknown one. */
export function normalizeEncodingName(name: string): MarcEncoding | 'auto' {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (n === '' || n === 'auto') return 'auto';
  if (n === 'utf8' || n === 'utf-8') return 'utf8';
  if (n === 'marc8' || n === 'marc-8' || n === 'ansel') return 'marc8';
  if (n === 'iso5426' || n === 'iso-5426') return 'iso5426';
  if (n === 'gb18030' || n === 'gb-18030') return 'gb18030';
  if (n === 'latin1' || n === 'iso-8859-1' || n === 'iso8859-1') return 'latin1';
  if (iconv.encodingExists(n)) return n;
  throw new TypeError(`unknown character set "${name}": use utf8, marc8, iso5426, gb18030 or an iconv-lite encoding name`);
}

export interface DecodedText {
  text: string;
  /** decoder messages (MARC-8 / ISO 5426); empty for UTF-8 and iconv code pages */
  errors: string[];
}

const NO_ERRORS: string[] = [];

/**
 * Decodes `b[start, end)` with `encoding`. Delimiters (0x1D-0x1F) pass through unchanged in every
 * supported encoding, so a whole field can be decoded at once and split afterwards. Text from
 * UTF-8 and iconv code pages is not yet NFC-normalised (the caller does it when needed); MARC-8 and
 * ISO 5426 output already is.
 */
export function decodeBytes(b: Buffer, start: number, end: number, encoding: MarcEncoding): DecodedText {
  switch (encoding) {
    case 'utf8':
      return { text: b.toString('utf8', start, end), errors: NO_ERRORS };
    case 'latin1':
      return { text: b.toString('latin1', start, end), errors: NO_ERRORS };
    case 'marc8':
      return decodeMarc8(b.subarray(start, end));
    case 'iso5426':
      return decodeIso5426(b.subarray(start, end));
    default:
      return { text: iconv.decode(b.subarray(start, end), encoding), errors: NO_ERRORS };
  }
}

/** True for encodings whose decoder output is already NFC. */
export const decoderNormalises = (encoding: MarcEncoding): boolean => encoding === 'marc8' || encoding === 'iso5426';
