import { describe, expect, it } from 'vitest';
import { apportion, type CostShareMember, type CostShareMethod, type CostShareResult, exactWeights, splitCost, sumAmounts } from './cost-share.js';
import { fromMinorUnits, minorUnits, type Money } from './money.js';

const cny = (amount: string): Money => ({ amount, currency: 'CNY' });

function shares(result: CostShareResult): Record<string, string> {
  if ('error' in result) throw new Error(`expected shares, got ${result.code}: ${result.error}`);
  return Object.fromEntries(result.shares.map((s) => [s.code, s.amount]));
}

/** mulberry32: a small seeded PRNG, so the property runs are the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('apportion (largest remainder)', () => {
  it('gives the odd unit to the largest remainder, ties to the lower code', () => {
    expect(apportion(100n, [{ code: 'B', weight: 1n }, { code: 'A', weight: 1n }, { code: 'C', weight: 1n }])).toEqual([33n, 34n, 33n]);
    // 10 by 1:2:3 -> 1.667, 3.333, 5.0: the spare unit goes to the .667
    expect(apportion(10n, [{ code: 'A', weight: 1n }, { code: 'B', weight: 2n }, { code: 'C', weight: 3n }])).toEqual([2n, 3n, 5n]);
  });
  it('never gives a unit to a zero weight', () => {
    expect(apportion(5n, [{ code: 'A', weight: 0n }, { code: 'B', weight: 1n }, { code: 'C', weight: 1n }])).toEqual([0n, 3n, 2n]);
  });
});

describe('exactWeights', () => {
  it('keeps proportions of decimal FTE exactly', () => {
    expect(exactWeights([12.5, 3, 0.25])).toEqual([1250n, 300n, 25n]);
    expect(exactWeights([0.1 + 0.2, 0.3])[0]).toBeGreaterThan(exactWeights([0.1 + 0.2, 0.3])[1]); // the float as it is
  });
});

describe('splitCost', () => {
  it('EQUAL: 100.00 CNY across 3, the odd cent to the lowest code', () => {
    expect(shares(splitCost(cny('100.00'), [{ code: 'CN-3' }, { code: 'CN-1' }, { code: 'CN-2' }], 'EQUAL'))).toEqual({ 'CN-1': '33.34', 'CN-2': '33.33', 'CN-3': '33.33' });
  });

  it('JPY has no minor unit: whole yen only', () => {
    expect(shares(splitCost({ amount: '1000', currency: 'JPY' }, [{ code: 'A' }, { code: 'B' }, { code: 'C' }], 'EQUAL'))).toEqual({ A: '334', B: '333', C: '333' });
    expect(splitCost({ amount: '1000.5', currency: 'JPY' }, [{ code: 'A' }], 'EQUAL')).toMatchObject({ code: 'INVALID_TOTAL', error: 'total: amount must be a whole number for JPY (got "1000.5")' });
  });

  it('BY_FTE: proportional, the odd cent to the largest remainder', () => {
    // 100.00 by 1:2:3 = 16.666…, 33.333…, 50.00 -> the spare cent goes to A (remainder .666…)
    expect(shares(splitCost(cny('100.00'), [{ code: 'A', fte: 1000 }, { code: 'B', fte: 2000 }, { code: 'C', fte: 3000 }], 'BY_FTE'))).toEqual({ A: '16.67', B: '33.33', C: '50.00' });
    expect(shares(splitCost(cny('10.00'), [{ code: 'A', fte: 0 }, { code: 'B', fte: 2.5 }], 'BY_FTE'))).toEqual({ A: '0.00', B: '10.00' });
  });

  it('BY_FTE: a member without FTE, a negative FTE or all zero is an error naming them', () => {
    expect(splitCost(cny('10.00'), [{ code: 'A', fte: 5 }, { code: 'B' }, { code: 'C', fte: null }], 'BY_FTE')).toEqual({ code: 'MISSING_FTE', error: 'no FTE for B, C' });
    expect(splitCost(cny('10.00'), [{ code: 'A', fte: -1 }], 'BY_FTE')).toEqual({ code: 'INVALID_WEIGHT', error: 'FTE must be a number of 0 or more: A (-1)' });
    expect(splitCost(cny('10.00'), [{ code: 'A', fte: 0 }, { code: 'B', fte: 0 }], 'BY_FTE')).toMatchObject({ code: 'ZERO_WEIGHTS' });
    expect(shares(splitCost(cny('0.00'), [{ code: 'A', fte: 0 }], 'BY_FTE'))).toEqual({ A: '0.00' });
  });

  it('FIXED: amounts must add up to the total exactly', () => {
    const members = [{ code: 'A', fixed: '6000' }, { code: 'B', fixed: '3999.99' }];
    expect(splitCost(cny('10000.00'), members, 'FIXED')).toEqual({ code: 'FIXED_MISMATCH', error: 'the fixed amounts add up to 9999.99 CNY but the total is 10000.00 CNY (0.01 CNY short)' });
    expect(splitCost(cny('9999.00'), members, 'FIXED')).toMatchObject({ error: /\(0\.99 CNY over\)$/ });
    expect(shares(splitCost(cny('9999.99'), members, 'FIXED'))).toEqual({ A: '6000.00', B: '3999.99' });
    expect(splitCost(cny('1.00'), [{ code: 'A' }], 'FIXED')).toEqual({ code: 'MISSING_FIXED', error: 'no fixed amount for A' });
    expect(splitCost(cny('1.00'), [{ code: 'A', fixed: '1.001' }], 'FIXED')).toMatchObject({ code: 'INVALID_AMOUNT', error: 'A: amount must be a decimal number with at most 2 decimal places for CNY (got "1.001")' });
  });

  it('BY_USAGE: by last period’s counts; no usage at all is an error the caller can show', () => {
    expect(shares(splitCost(cny('300.00'), [{ code: 'A', usage: 1 }, { code: 'B', usage: 2 }, { code: 'C', usage: 0 }], 'BY_USAGE'))).toEqual({ A: '100.00', B: '200.00', C: '0.00' });
    expect(splitCost(cny('300.00'), [{ code: 'A' }, { code: 'B', usage: null }], 'BY_USAGE')).toMatchObject({ code: 'NO_USAGE', error: /no usage is recorded for the last period for any member/ });
    expect(splitCost(cny('300.00'), [{ code: 'A', usage: 0 }, { code: 'B', usage: 0 }], 'BY_USAGE')).toMatchObject({ code: 'NO_USAGE', error: /usage for the last period is 0/ });
    expect(splitCost(cny('300.00'), [{ code: 'A', usage: 5 }, { code: 'B' }], 'BY_USAGE')).toEqual({ code: 'MISSING_USAGE', error: 'no usage for the last period for B' });
  });

  const tiers = [
    { label: 'small', minFte: 0, maxFte: 5000, weight: 1 },
    { label: 'medium', minFte: 5000, maxFte: 20000, weight: 2 },
    { label: 'large', minFte: 20000, maxFte: null, weight: 4 },
  ];

  it('TIER: weight by FTE band (min inclusive, max exclusive)', () => {
    const members = [{ code: 'S', fte: 4999 }, { code: 'M', fte: 5000 }, { code: 'L', fte: 30000 }];
    expect(shares(splitCost(cny('700.00'), members, 'TIER', tiers))).toEqual({ S: '100.00', M: '200.00', L: '400.00' });
  });

  it('TIER: fixed-amount bands pay their amount, weight bands share the rest', () => {
    const mixed = [{ label: 'small', minFte: 0, maxFte: 5000, amount: '50' }, { label: 'big', minFte: 5000, weight: 1 }];
    const members = [{ code: 'S1', fte: 100 }, { code: 'S2', fte: 200 }, { code: 'B1', fte: 9000 }, { code: 'B2', fte: 9000 }];
    expect(shares(splitCost(cny('1000.01'), members, 'TIER', mixed))).toEqual({ S1: '50.00', S2: '50.00', B1: '450.01', B2: '450.00' });
    expect(splitCost(cny('90.00'), members, 'TIER', mixed)).toMatchObject({ code: 'FIXED_MISMATCH' });
  });

  it('TIER: errors name the member or the tier', () => {
    expect(splitCost(cny('1.00'), [{ code: 'A' }], 'TIER', tiers)).toEqual({ code: 'MISSING_FTE', error: 'no FTE for A, so no tier can be chosen' });
    expect(splitCost(cny('1.00'), [{ code: 'A', fte: 10 }], 'TIER', [{ minFte: 100, weight: 1 }])).toEqual({ code: 'NO_TIER', error: 'no tier covers A (10 FTE)' });
    expect(splitCost(cny('1.00'), [{ code: 'A', fte: 10 }], 'TIER', [{ label: 'x', minFte: 0, maxFte: 100, weight: 1 }, { label: 'y', minFte: 50, weight: 1 }])).toEqual({ code: 'INVALID_TIERS', error: 'x overlaps y' });
    expect(splitCost(cny('1.00'), [{ code: 'A', fte: 10 }], 'TIER', [{ label: 'x', minFte: 0, weight: 1, amount: '1' }])).toEqual({ code: 'INVALID_TIERS', error: 'x: give either a weight or an amount' });
    expect(splitCost(cny('1.00'), [{ code: 'A', fte: 10 }], 'TIER')).toEqual({ code: 'INVALID_TIERS', error: 'the TIER method needs a tier table' });
  });

  it('refuses a bad total, no members and repeated members', () => {
    expect(splitCost(cny('-1.00'), [{ code: 'A' }], 'EQUAL')).toMatchObject({ code: 'INVALID_TOTAL' });
    expect(splitCost({ amount: '1', currency: 'rmb' }, [{ code: 'A' }], 'EQUAL')).toMatchObject({ code: 'INVALID_TOTAL' });
    expect(splitCost(cny('1.00'), [], 'EQUAL')).toMatchObject({ code: 'NO_MEMBERS' });
    expect(splitCost(cny('1.00'), [{ code: 'A' }, { code: 'A' }], 'EQUAL')).toEqual({ code: 'INVALID_MEMBER', error: 'members listed twice: A' });
  });

  it('property: shares always add up exactly to the total (2,000 seeded cases)', () => {
    const rand = prng(20240611);
    const currencies = ['CNY', 'USD', 'JPY', 'KRW', 'BHD', 'EUR'];
    const methods: CostShareMethod[] = ['EQUAL', 'BY_FTE', 'BY_USAGE', 'TIER'];
    for (let run = 0; run < 2000; run++) {
      const currency = currencies[Math.floor(rand() * currencies.length)];
      const digits = minorUnits(currency);
      const units = BigInt(Math.floor(rand() * 10 ** (4 + Math.floor(rand() * 8))));
      const total = { amount: fromMinorUnits(units, currency), currency };
      const n = 1 + Math.floor(rand() * (rand() < 0.1 ? 300 : 12));
      const members: CostShareMember[] = Array.from({ length: n }, (_, i) => ({
        code: `M${Math.floor(rand() * 1e6)}-${i}`,
        fte: rand() < 0.15 ? 0 : Math.round(rand() * 50000 * 100) / 100,
        usage: rand() < 0.15 ? 0 : Math.floor(rand() * 100000),
      }));
      if (members.every((m) => m.fte === 0)) members[0].fte = 1;
      if (members.every((m) => m.usage === 0)) members[0].usage = 1;
      const method = methods[run % methods.length];
      const result = splitCost(total, members, method, [{ minFte: 0, maxFte: 1000, weight: 1 }, { minFte: 1000, maxFte: 10000, weight: 3 }, { minFte: 10000, weight: 7 }]);
      const got = shares(result);
      expect(Object.keys(got)).toHaveLength(n);
      expect([method, sumAmounts(Object.values(got), currency)]).toEqual([method, total.amount]);
      for (const amount of Object.values(got)) {
        expect(amount.startsWith('-')).toBe(false);
        expect(amount.split('.')[1]?.length ?? 0).toBe(digits);
      }
      // a member with no weight pays nothing
      if (method === 'BY_FTE') members.forEach((m) => m.fte === 0 && expect(got[m.code]).toBe((0).toFixed(digits)));
      if (method === 'BY_USAGE') members.forEach((m) => m.usage === 0 && expect(got[m.code]).toBe((0).toFixed(digits)));
    }
  });

  it('property: EQUAL shares differ by at most one minor unit, and the extras go to the lowest codes', () => {
    const rand = prng(7);
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(rand() * 40);
      const cents = Math.floor(rand() * 100000);
      const members = Array.from({ length: n }, (_, i) => ({ code: `C${String(n - i).padStart(3, '0')}` }));
      const got = shares(splitCost(cny((cents / 100).toFixed(2)), members, 'EQUAL'));
      const sorted = Object.keys(got).sort();
      const values = sorted.map((c) => Math.round(Number(got[c]) * 100));
      const extra = cents % n;
      expect(values).toEqual(sorted.map((_, i) => Math.floor(cents / n) + (i < extra ? 1 : 0)));
    }
  });
});
