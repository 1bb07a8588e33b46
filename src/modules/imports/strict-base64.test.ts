import { describe, expect, it } from 'vitest';
import { decodeStrictBase64 } from './strict-base64.js';

describe('decodeStrictBase64', () => {
  it('decodes standard base64, padded or not, and MIME line breaks', () => {
    expect(decodeStrictBase64('MDAwMjZuYW0=')?.toString()).toBe('00026nam');
    expect(decodeStrictBase64('YWJj')?.toString()).toBe('abc');
    expect(decodeStrictBase64('YW\r\nJj\n')?.toString()).toBe('abc');
    expect(decodeStrictBase64('YQ==')?.toString()).toBe('a');
  });

  it.each([
    ['not base64 at all!', 'spaces removed, "!" is outside the alphabet'],
    ['export.mrc', 'a file name'],
    ['YWJ', 'length not a multiple of 4'],
    ['YQ=A', 'padding in the middle'],
    ['Y===', 'three padding characters'],
    ['YW_j', 'URL-safe alphabet'],
  ])('refuses %j (%s)', (text) => expect(decodeStrictBase64(text)).toBeNull());
});
