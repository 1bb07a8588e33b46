import { describe, expect, it } from 'vitest';
import { currencyProblem, formatAmount, fromMinorUnits, minorUnits, MoneyDecimal, MoneyError, moneyProblem, parseMoney, toMinorUnits } from './money.js';

describe('minorUnits', () => {
  it('follows ISO 4217, with 2 for currencies not in the table', () => {
    expect(['CNY', 'USD', 'EUR', 'JPY', 'KRW', 'BHD', 'KWD', 'CLF', 'XYZ'].map(minorUnits)).toEqual([2, 2, 2, 0, 0, 3, 3, 4, 2]);
  });
  it('refuses a code that is not three capital letters', () => {
    for (const bad of ['cny', 'RMB1', 'US', '', '人民币']) expect(() => minorUnits(bad)).toThrow(MoneyError);
    expect(currencyProblem('cny')).toBe('currency must be a three-letter ISO 4217 code in capitals, e.g. "CNY" (got "cny")');
  });
});

describe('parseMoney', () => {
  it('normalises to the currency digits', () => {
    expect(parseMoney('1234.5', 'CNY')).toEqual({ amount: '1234.50', currency: 'CNY' });
    expect(parseMoney(' 007 ', 'USD')).toEqual({ amount: '7.00', currency: 'USD' });
    expect(parseMoney('1500', 'JPY')).toEqual({ amount: '1500', currency: 'JPY' });
    expect(parseMoney('1.5', 'BHD')).toEqual({ amount: '1.500', currency: 'BHD' });
    expect(parseMoney('-0', 'EUR')).toEqual({ amount: '0.00', currency: 'EUR' });
    expect(parseMoney('-12.3', 'EUR')).toEqual({ amount: '-12.30', currency: 'EUR' });
    expect(parseMoney('999999999999999.99', 'CNY').amount).toBe('999999999999999.99');
  });
  it('explains what is wrong', () => {
    expect(() => parseMoney('1234.567', 'CNY')).toThrow('amount must be a decimal number with at most 2 decimal places for CNY (got "1234.567")');
    expect(moneyProblem('10.5', 'JPY')).toBe('amount must be a whole number for JPY (got "10.5")');
    expect(moneyProblem('1.2345', 'BHD')).toBe('amount must be a decimal number with at most 3 decimal places for BHD (got "1.2345")');
    for (const bad of ['1,234.50', '1e3', '.5', '5.', '+5', '', 'NaN', 'Infinity', '0x10', '12 34']) expect(moneyProblem(bad, 'USD')).toMatch(/^amount must be/);
    expect(moneyProblem('1000000000000000', 'USD')).toMatch(/more than 15 digits/);
    expect(moneyProblem('1', 'usd')).toMatch(/three-letter/);
  });
});

describe('formatAmount', () => {
  it('writes exactly the minor-unit digits', () => {
    expect(formatAmount('1234.5', 'CNY')).toBe('1234.50');
    expect(formatAmount(new MoneyDecimal('0.1').plus('0.2'), 'USD')).toBe('0.30');
    expect(formatAmount(12, 'KRW')).toBe('12');
    expect(formatAmount('3', 'KWD')).toBe('3.000');
  });
  it('never rounds silently, and refuses floats', () => {
    expect(() => formatAmount('1.005', 'USD')).toThrow('1.005 has more than 2 decimal places for USD');
    expect(() => formatAmount(0.1, 'USD')).toThrow(/not the float/);
    expect(() => formatAmount('abc', 'USD')).toThrow(/not a decimal number/);
  });
});

describe('minor units as BigInt', () => {
  it('round-trips', () => {
    expect(toMinorUnits('1234.50', 'CNY')).toBe(123450n);
    expect(toMinorUnits('-0.01', 'CNY')).toBe(-1n);
    expect(toMinorUnits('1500', 'JPY')).toBe(1500n);
    expect(fromMinorUnits(123450n, 'CNY')).toBe('1234.50');
    expect(fromMinorUnits(-5n, 'BHD')).toBe('-0.005');
    expect(fromMinorUnits(99999999999999999n, 'USD')).toBe('999999999999999.99');
  });
});
