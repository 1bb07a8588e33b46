import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeStrictBase64 } from './strict-base64.js';

const decoded = async (text: string, max?: number) => {
  const r = await decodeStrictBase64(text, max);
  return 'bytes' in r ? r.bytes.toString('latin1') : r;
};

describe('decodeStrictBase64', () => {
  it('decodes standard base64, padded or not, and MIME line breaks', async () => {
    expect(await decoded('MDAwMjZuYW0=')).toBe('00026nam');
    expect(await decoded('YWJj')).toBe('abc');
    expect(await decoded('YW\r\nJj\n')).toBe('abc');
    expect(await decoded('YQ==')).toBe('a');
    expect(await decoded('')).toBe('');
  });

  it('decodes several megabytes, wrapped or not, exactly', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 7);
    const text = bytes.toString('base64');
    const wrapped = text.replace(/.{76}/g, '$&\r\n');
    for (const t of [text, wrapped]) {
      const r = await decodeStrictBase64(t);
      expect('bytes' in r && r.bytes.equals(bytes)).toBe(true);
    }
  });

  it.each([
    ['not base64 at all!', 'spaces removed, "!" is outside the alphabet'],
    ['export.mrc', 'a file name'],
    ['YWJ', 'length not a multiple of 4'],
    ['YQ=A', 'padding in the middle'],
    ['Y===', 'three padding characters'],
    ['YW_j', 'URL-safe alphabet'],
    ['YWJj\u0000', 'a NUL byte'],
  ])('refuses %j (%s)', async (text) => expect(await decoded(text)).toEqual({ invalid: true }));

  it('refuses a bad character far into a long text', async () => {
    const text = randomBytes(3 * 1024 * 1024).toString('base64');
    expect(await decoded(`${text.slice(0, 2_500_000)}!${text.slice(2_500_001)}`)).toEqual({ invalid: true });
  });

  it('says how large the bytes would be when they pass the cap, without decoding them', async () => {
    expect(await decoded('YWJjZA==', 3)).toEqual({ tooLarge: 4 });
    expect(await decoded('YWJjZA==', 4)).toBe('abcd');
  });
});
