import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isilProblem, normaliseIsbn, normaliseIssn } from './identifiers.js';

describe('normaliseIsbn', () => {
  it('gives the same ISBN-13 for ISBN-10 and ISBN-13, with or without hyphens', () => {
    for (const form of ['7-02-000220-X', '702000220X', '702000220x', '978-7-02-000220-7', '9787020002207', ' 978 7 02 000220 7 ']) {
      expect(normaliseIsbn(form)).toBe('9787020002207');
    }
  });
  it('refuses a wrong check digit, letters and wrong lengths', () => {
    for (const bad of ['9787020002208', '7-02-000220-1', 'ISBN 9787020002207', '97870200022', '', 'X702000220']) {
      expect(normaliseIsbn(bad)).toBeNull();
    }
  });
  it('13 bare digits: the same answer as through isbn3 and the check digit (its own ISBN-13 when right, else null)', () => {
    const check = (first12: string) => String((10 - ([...first12].reduce((sum, d, i) => sum + Number(d) * (i % 2 ? 3 : 1), 0) % 10)) % 10);
    for (let i = 0; i < 2000; i++) {
      const first12 = `97${8 + (i % 2)}${String((i * 7919 * 104729) % 1e9).padStart(9, '0')}`;
      const right = first12 + check(first12);
      const wrong = first12 + String((Number(check(first12)) + 1 + (i % 9)) % 10);
      expect(normaliseIsbn(right)).toBe(right);
      expect(normaliseIsbn(wrong)).toBeNull();
      expect(normaliseIsbn(` ${right.slice(0, 3)}-${right.slice(3)} `)).toBe(right); // isbn3's path: the same number
    }
  });
  it('agrees with the Exercism ISBN-10 canonical cases', () => {
    const data = JSON.parse(readFileSync(new URL('../../../shared/fixtures/isbn/exercism-isbn-verifier-canonical-data.json', import.meta.url), 'utf8')) as {
      cases: { input: { isbn: string }; expected: boolean }[];
    };
    expect(data.cases.length).toBeGreaterThan(10);
    for (const c of data.cases) expect([c.input.isbn, normaliseIsbn(c.input.isbn) !== null]).toEqual([c.input.isbn, c.expected]);
  });
});

describe('normaliseIssn', () => {
  it('accepts with or without hyphen and an x check digit', () => {
    expect(normaliseIssn('10018867')).toBe('1001-8867');
    expect(normaliseIssn('0317-8471')).toBe('0317-8471');
    expect(normaliseIssn('2434-561x')).toBe('2434-561X');
  });
  it('refuses a wrong check digit', () => {
    expect(normaliseIssn('1001-8868')).toBeNull();
    expect(normaliseIssn('1001-886')).toBeNull();
  });
});

describe('isilProblem', () => {
  it('accepts real ISILs', () => {
    for (const ok of ['CN-110000-1', 'DE-101', 'US-DLC', 'O-OCLC-1', 'GB-UkOxU', 'CN-PKU:LAW/1']) expect(isilProblem(ok)).toBeNull();
  });
  it('explains what is wrong', () => {
    expect(isilProblem('CN110000')).toMatch(/prefix and a hyphen/);
    expect(isilProblem('CN-1234567890ABCD')).toMatch(/at most 16/);
    expect(isilProblem('CN-北大')).toMatch(/may only contain/);
    expect(isilProblem('CN-')).toMatch(/identifier after/);
    expect(isilProblem('CN1X5-1')).toMatch(/prefix is a country code/);
  });
});
