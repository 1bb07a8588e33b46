/** The statement's netting arithmetic: per currency, exact decimal sums, net = owed − owes. */
import { describe, expect, it } from 'vitest';
import { totalsOf } from './ill-statements.service.js';

describe('totalsOf', () => {
  it('adds each currency apart, exactly, and nets what is owed against what is owed by the member', () => {
    const lines = [
      { currency: 'CNY', owes: '0.10', owed: '0.00' },
      { currency: 'CNY', owes: '0.20', owed: '0.00' },
      { currency: 'USD', owes: '1.00', owed: '2.50' },
      { currency: 'CNY', owes: '999999999999999.99', owed: '0.30' },
      { currency: 'JPY', owes: '0', owed: '1200' },
    ];
    expect(totalsOf(lines)).toEqual([
      { currency: 'CNY', owes: '1000000000000000.29', owed: '0.30', net: '-999999999999999.99' },
      { currency: 'JPY', owes: '0', owed: '1200', net: '1200' },
      { currency: 'USD', owes: '1.00', owed: '2.50', net: '1.50' },
    ]);
  });

  it('gives no totals for no lines, and a zero net as 0.00', () => {
    expect(totalsOf([])).toEqual([]);
    expect(totalsOf([{ currency: 'CNY', owes: '5.00', owed: '5.00' }])).toEqual([{ currency: 'CNY', owes: '5.00', owed: '5.00', net: '0.00' }]);
  });
});
