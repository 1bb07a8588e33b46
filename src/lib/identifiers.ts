/**
 * Standard numbers: ISBN (stored as ISBN-13 digits), ISSN (stored NNNN-NNNC), ISIL (member codes).
 * ISBN parsing goes through isbn3 (kept up to date with the International ISBN Agency's ranges).
 * isbn3 refuses a number whose check digit is right but whose range it does not know yet; a range
 * table can lag the agency, so such a number is still accepted on its check digit alone.
 */
import ISBN from 'isbn3';

const ISBN_CHARS = /^[0-9Xx\s-]+$/;
const ISBN13_DIGITS = /^97[89]\d{10}$/;

function isbn13CheckDigit(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

function isbn10Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = digits[i];
    const v = c === 'X' ? 10 : Number(c);
    if (c === 'X' && i !== 9) return false;
    sum += v * (10 - i);
  }
  return sum % 11 === 0;
}

/** Any ISBN-10 or ISBN-13, with or without hyphens or spaces -> 13 digits, or null when invalid. */
export function normaliseIsbn(input: string | null | undefined): string | null {
  if (!input) return null;
  const trimmed = input.trim();
  // 13 bare digits (the stored form, what a who-holds client sends): the check digit alone decides, as
  // below, whatever isbn3 knows of the range; isbn3's parse was 1 % of the server's CPU on who-holds
  if (ISBN13_DIGITS.test(trimmed)) return isbn13CheckDigit(trimmed.slice(0, 12)) === trimmed[12] ? trimmed : null;
  if (!ISBN_CHARS.test(trimmed)) return null;
  const parsed = ISBN.parse(trimmed);
  if (parsed) return parsed.isbn13;
  const digits = trimmed.replace(/[\s-]/g, '').toUpperCase();
  if (digits.length === 13 && /^97[89]\d{10}$/.test(digits) && isbn13CheckDigit(digits.slice(0, 12)) === digits[12]) return digits;
  if (digits.length === 10 && /^\d{9}[\dX]$/.test(digits) && isbn10Valid(digits)) {
    const first12 = `978${digits.slice(0, 9)}`;
    return first12 + isbn13CheckDigit(first12);
  }
  return null;
}

/** 'NNNN-NNNC' or 'NNNNNNNC' (C may be x/X) -> 'NNNN-NNNC', or null when the check digit is wrong. */
export function normaliseIssn(input: string | null | undefined): string | null {
  if (!input) return null;
  const compact = input.trim().replace(/[\s-]/g, '').toUpperCase();
  if (!/^\d{7}[\dX]$/.test(compact)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(compact[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  const expected = check === 10 ? 'X' : String(check);
  if (compact[7] !== expected) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/**
 * ISIL (ISO 15511): a prefix (ISO 3166 country code or a 1–4 letter non-country prefix), a hyphen,
 * then the library's identifier; at most 16 characters of A–Z, a–z, 0–9, '-', '/' and ':'.
 * Returns the reason it is invalid, or null when it is valid.
 */
export function isilProblem(code: string): string | null {
  if (code.length === 0) return 'an ISIL must not be empty';
  if (code.length > 16) return `an ISIL has at most 16 characters, "${code}" has ${code.length}`;
  if (!/^[A-Za-z0-9:/-]+$/.test(code)) return `an ISIL may only contain A-Z, a-z, 0-9, "-", "/" and ":" ("${code}")`;
  const hyphen = code.indexOf('-');
  if (hyphen < 1) return `an ISIL starts with a prefix and a hyphen, e.g. "CN-110000-1" ("${code}")`;
  if (!/^[A-Za-z]{1,4}$/.test(code.slice(0, hyphen))) return `an ISIL prefix is a country code or 1–4 letters ("${code.slice(0, hyphen)}")`;
  if (hyphen === code.length - 1) return `an ISIL needs an identifier after the prefix ("${code}")`;
  return null;
}
