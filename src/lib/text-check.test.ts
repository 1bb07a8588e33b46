import { describe, expect, it } from 'vitest';
import { textProblem } from './text-check.js';

describe('textProblem', () => {
  it('takes ordinary text, astral characters included', () => {
    for (const ok of ['', 'Pride and Prejudice', '傲慢与偏见', '𠀀𝔸😀', 'tab\tand newline\n']) expect(textProblem(ok)).toBeNull();
  });

  it('names a NUL and a lone surrogate of either half', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL character/);
    expect(textProblem('x\ud800')).toMatch(/lone surrogate \(U\+D800\)/);
    expect(textProblem('\udc00x')).toMatch(/lone surrogate \(U\+DC00\)/);
    expect(textProblem('\ud83d\ude00\ude00')).toMatch(/U\+DE00/);
  });
});
