/**
 * Money as decimal strings, never floats: `{ amount: '1234.50', currency: 'CNY' }`, the amount
 * always written with the currency's ISO 4217 minor-unit digits. Arithmetic goes through
 * decimal.js (a private clone with 40 significant digits, so sums of 15-digit amounts are exact)
 * or through BigInt minor units (`toMinorUnits`).
 */
import { Decimal } from 'decimal.js';

export interface Money {
  amount: string;
  currency: string;
}

/** decimal.js with enough precision that no money operation rounds by accident. */
export const MoneyDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -50, toExpPos: 50 });

/**
 * ISO 4217 minor units that differ from 2, plus the common 2-digit currencies for the record.
 * Source: the ISO 4217 list (SIX). Codes not listed use 2.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  // 0 digits
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  // 3 digits
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  // 4 digits
  CLF: 4, UYW: 4,
  // 2 digits (the default; the consortium's usual ones, listed so the table documents them)
  CNY: 2, HKD: 2, MOP: 2, TWD: 2, USD: 2, EUR: 2, GBP: 2, CHF: 2, CAD: 2, AUD: 2, NZD: 2, SGD: 2,
  SEK: 2, NOK: 2, DKK: 2, INR: 2, RUB: 2, BRL: 2, MXN: 2, ZAR: 2, THB: 2, MYR: 2, IDR: 2, PHP: 2,
};

const DEFAULT_MINOR_UNITS = 2;
/** 15 integer digits: up to 999 trillion, and within numeric(20,4) columns. */
const MAX_INTEGER_DIGITS = 15;

export class MoneyError extends Error {
  override name = 'MoneyError';
}

/** Why a currency code is unusable, or null. ISO 4217 codes are three capital letters. */
export function currencyProblem(currency: string): string | null {
  return /^[A-Z]{3}$/.test(currency) ? null : `currency must be a three-letter ISO 4217 code in capitals, e.g. "CNY" (got "${currency}")`;
}

/** Digits after the decimal point for this currency (ISO 4217; 2 when not in the table). */
export function minorUnits(currency: string): number {
  const problem = currencyProblem(currency);
  if (problem) throw new MoneyError(problem);
  return MINOR_UNITS[currency] ?? DEFAULT_MINOR_UNITS;
}

/** Why `amount` is not a valid amount of `currency`, or null. Plain decimal notation only. */
export function moneyProblem(amount: string, currency: string): string | null {
  const problem = currencyProblem(currency);
  if (problem) return problem;
  const digits = minorUnits(currency);
  const m = /^-?(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  const shape = digits === 0 ? 'a whole number' : `a decimal number with at most ${digits} decimal place${digits === 1 ? '' : 's'}`;
  if (!m || (m[2] ?? '').length > digits) return `amount must be ${shape} for ${currency} (got "${amount}")`;
  if (m[1].replace(/^0+(?=\d)/, '').length > MAX_INTEGER_DIGITS) return `amount has more than ${MAX_INTEGER_DIGITS} digits before the decimal point (got "${amount}")`;
  return null;
}

/** `parseMoney('1234.5', 'CNY')` -> `{ amount: '1234.50', currency: 'CNY' }`; throws MoneyError with the reason. */
export function parseMoney(amount: string, currency: string): Money {
  const problem = moneyProblem(amount, currency);
  if (problem) throw new MoneyError(problem);
  return { amount: formatAmount(amount.trim(), currency), currency };
}

/**
 * A decimal (string, Decimal or safe integer) -> the amount with exactly the currency's digits:
 * `formatAmount('1234.5', 'CNY')` = '1234.50'. Never rounds: more digits than the currency has
 * throws, because dropping a fraction of money must be a decision made where it happens.
 */
export function formatAmount(value: string | number | Decimal, currency: string): string {
  const digits = minorUnits(currency);
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new MoneyError(`formatAmount takes a string or Decimal, not the float ${value}`);
  }
  let d: Decimal;
  try {
    d = new MoneyDecimal(value.toString());
  } catch {
    throw new MoneyError(`"${value.toString()}" is not a decimal number`);
  }
  if (!d.isFinite()) throw new MoneyError(`"${value.toString()}" is not a finite amount`);
  if (d.decimalPlaces() > digits) throw new MoneyError(`${d.toFixed()} has more than ${digits} decimal places for ${currency}`);
  const fixed = d.toFixed(digits);
  return fixed.startsWith('-') && /^-0(\.0+)?$/.test(fixed) ? fixed.slice(1) : fixed;
}

/** An amount of `currency` -> integer minor units: ('1234.50', 'CNY') -> 123450n. */
export function toMinorUnits(amount: string, currency: string): bigint {
  const problem = moneyProblem(amount, currency);
  if (problem) throw new MoneyError(problem);
  return BigInt(new MoneyDecimal(amount.trim()).times(new MoneyDecimal(10).pow(minorUnits(currency))).toFixed(0));
}

/** Integer minor units -> the formatted amount: (123450n, 'CNY') -> '1234.50'. */
export function fromMinorUnits(units: bigint, currency: string): string {
  return formatAmount(new MoneyDecimal(units.toString()).dividedBy(new MoneyDecimal(10).pow(minorUnits(currency))), currency);
}
