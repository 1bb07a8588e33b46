/** Plumbing shared by the byte-oriented decoders of this folder. */
import { CappedList } from '../../lib/capped-list.js';

export interface DecodeResult {
  /** decoded text, NFC-normalised */
  text: string;
  /** one short message per problem, with the byte offset; empty when the input was clean */
  errors: string[];
}

/** A decoder records at most this many messages, then one line saying how many more there were. */
export const MAX_ERRORS = 100;

export class ErrorLog extends CappedList {
  constructor() {
    super(MAX_ERRORS, 'errors');
  }
}

let scratch = new Uint16Array(4096);

/**
 * A reusable UTF-16 buffer of at least `size` units. Valid until the next call: decoders are
 * synchronous and turn the buffer into a string before returning.
 */
export function utf16Scratch(size: number): Uint16Array {
  if (scratch.length < size) scratch = new Uint16Array(Math.max(size, scratch.length * 2));
  return scratch;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16Decoder = new TextDecoder('utf-16le');
const CHUNK = 8192;

/** The first `length` UTF-16 code units of `units` as a string. */
export function utf16ToString(units: Uint16Array, length: number): string {
  if (length === 0) return '';
  if (LITTLE_ENDIAN) return utf16Decoder.decode(units.subarray(0, length));
  let text = '';
  for (let start = 0; start < length; start += CHUNK) {
    const part = units.subarray(start, Math.min(length, start + CHUNK));
    text += String.fromCharCode(...part);
  }
  return text;
}

/** Bytes 0x00-0x7F as the same code points (the caller has checked there is nothing above 0x7F). */
export function asciiToString(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function hexByte(b: number): string {
  return '0x' + b.toString(16).toUpperCase().padStart(2, '0');
}
