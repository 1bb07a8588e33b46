import { describe, expect, it } from 'vitest';
import { storableText } from './storable-text.js';

describe('storableText', () => {
  it('leaves ordinary text, Chinese and surrogate pairs alone', () => {
    for (const s of ['', 'no title (245 $a)', '傲慢与偏见', 'emoji 📚 pair']) expect(storableText(s)).toBe(s);
  });

  it('shows NUL as \\0 and a lone surrogate as U+FFFD', () => {
    expect(storableText('a\u0000b')).toBe('a\\0b');
    expect(storableText('x\uD800y\uDC00')).toBe('x\uFFFDy\uFFFD');
    expect(storableText('\uDC00\uD83D\uDCDA\uD800')).toBe('\uFFFD📚\uFFFD');
  });
});
