/**
 * Splits a jointly licensed resource's cost across members. Every method ends in integer minor
 * units (fen, cents, yen) and largest-remainder rounding, so the shares ALWAYS add up to the total
 * exactly: each member gets the floor of its exact quota, then the units left over go one each to
 * the largest remainders, ties to the lower member code (plain string order, not locale order).
 * Weights (FTE, usage, tier weights) are made exact integers first, so no float ever decides a cent.
 *
 * Expected failures (a member without FTE, no usage, amounts that do not add up) come back as
 * `{ error, code }` for the caller to show; nothing here throws for bad input.
 */
import { fromMinorUnits, type Money, MoneyDecimal, moneyProblem, toMinorUnits } from './money.js';

export type CostShareMethod = 'EQUAL' | 'BY_FTE' | 'TIER' | 'FIXED' | 'BY_USAGE';

export interface CostShareMember {
  /** Member code (ISIL); also the tie-break order. */
  code: string;
  /** Full-time-equivalent students and staff: the weight for BY_FTE, the band for TIER. */
  fte?: number | null;
  /** Last period's usage count (e.g. COUNTER Total_Item_Requests): the weight for BY_USAGE. */
  usage?: number | null;
  /** The member's amount for FIXED, as a decimal string in the total's currency. */
  fixed?: string | null;
}

/**
 * One FTE band: `minFte <= fte < maxFte` (`maxFte` null = no upper bound). A band either carries a
 * `weight` (its members share what is left by weight) or a fixed `amount` each member pays.
 */
export interface CostShareTier {
  label?: string;
  minFte: number;
  maxFte?: number | null;
  weight?: number | null;
  amount?: string | null;
}

export interface CostShare {
  code: string;
  amount: string;
}

export type CostShareErrorCode =
  | 'INVALID_TOTAL'
  | 'INVALID_METHOD'
  | 'NO_MEMBERS'
  | 'INVALID_MEMBER'
  | 'MISSING_FTE'
  | 'INVALID_WEIGHT'
  | 'ZERO_WEIGHTS'
  | 'NO_USAGE'
  | 'MISSING_USAGE'
  | 'MISSING_FIXED'
  | 'INVALID_AMOUNT'
  | 'FIXED_MISMATCH'
  | 'INVALID_TIERS'
  | 'NO_TIER';

export type CostShareError = { error: string; code: CostShareErrorCode };
export type CostShareResult = { shares: CostShare[] } | CostShareError;

const fail = (code: CostShareErrorCode, error: string): CostShareError => ({ error, code });

/** "A, B and 3 more": member lists in messages stay readable for a 2,000-member consortium. */
export function nameMembers(codes: string[], max = 10): string {
  const shown = codes.slice(0, max).join(', ');
  return codes.length > max ? `${shown} and ${codes.length - max} more` : shown;
}

/**
 * Largest-remainder apportionment of `total` minor units by non-negative integer weights (at least
 * one positive). The result has the weights' length and order and sums to `total` exactly.
 */
export function apportion(total: bigint, weights: { code: string; weight: bigint }[]): bigint[] {
  const sum = weights.reduce((s, w) => s + w.weight, 0n);
  if (sum <= 0n || weights.some((w) => w.weight < 0n)) throw new RangeError('apportion needs non-negative weights with a positive sum');
  const quotas = weights.map((w) => ({ code: w.code, floor: (total * w.weight) / sum, rest: (total * w.weight) % sum }));
  let left = total - quotas.reduce((s, q) => s + q.floor, 0n);
  const order = quotas.map((_, i) => i).sort((a, b) => {
    const ra = quotas[a].rest;
    const rb = quotas[b].rest;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return quotas[a].code < quotas[b].code ? -1 : quotas[a].code > quotas[b].code ? 1 : 0;
  });
  const result = quotas.map((q) => q.floor);
  for (const i of order) {
    if (left === 0n) break;
    result[i] += 1n;
    left -= 1n;
  }
  return result;
}

/** Non-negative finite numbers -> integers in the same proportions (scaled by a power of ten). */
export function exactWeights(values: number[]): bigint[] {
  const decimals = values.map((v) => new MoneyDecimal(String(v)));
  const places = Math.max(0, ...decimals.map((d) => d.decimalPlaces()));
  const scale = new MoneyDecimal(10).pow(places);
  return decimals.map((d) => BigInt(d.times(scale).toFixed(0)));
}

type Weighted = { code: string; value: number | null | undefined };

/** Checks and converts one weight per member; the error names every member at fault. */
function weightsOf(items: Weighted[], what: string, missingCode: CostShareErrorCode): bigint[] | CostShareError {
  const missing = items.filter((i) => i.value === null || i.value === undefined).map((i) => i.code);
  if (missing.length > 0) return fail(missingCode, `no ${what} for ${nameMembers(missing)}`);
  const bad = items.filter((i) => !Number.isFinite(i.value) || (i.value as number) < 0).map((i) => `${i.code} (${i.value})`);
  if (bad.length > 0) return fail('INVALID_WEIGHT', `${what} must be a number of 0 or more: ${nameMembers(bad)}`);
  return exactWeights(items.map((i) => i.value as number)); // null/undefined/NaN excluded above
}

function byWeights(total: bigint, codes: string[], weights: bigint[], what: string): bigint[] | CostShareError {
  if (weights.every((w) => w === 0n)) {
    if (total === 0n) return weights.map(() => 0n);
    return fail('ZERO_WEIGHTS', `every member's ${what} is 0, so there is nothing to split the cost by`);
  }
  return apportion(total, codes.map((code, i) => ({ code, weight: weights[i] })));
}

function fixedShares(total: bigint, members: CostShareMember[], currency: string): bigint[] | CostShareError {
  const missing = members.filter((m) => m.fixed === null || m.fixed === undefined || m.fixed.trim() === '').map((m) => m.code);
  if (missing.length > 0) return fail('MISSING_FIXED', `no fixed amount for ${nameMembers(missing)}`);
  const bad = members.map((m) => ({ code: m.code, problem: moneyProblem(m.fixed as string, currency) })).filter((b) => b.problem !== null);
  if (bad.length > 0) return fail('INVALID_AMOUNT', bad.map((b) => `${b.code}: ${b.problem}`).join('; '));
  const units = members.map((m) => toMinorUnits(m.fixed as string, currency)); // all checked just above
  const sum = units.reduce((s, u) => s + u, 0n);
  if (sum !== total) {
    const gap = fromMinorUnits(sum > total ? sum - total : total - sum, currency);
    const side = sum > total ? 'over' : 'short';
    return fail('FIXED_MISMATCH', `the fixed amounts add up to ${fromMinorUnits(sum, currency)} ${currency} but the total is ${fromMinorUnits(total, currency)} ${currency} (${gap} ${currency} ${side})`);
  }
  return units;
}

function checkTiers(tiers: CostShareTier[], currency: string): string | null {
  if (tiers.length === 0) return 'the TIER method needs a tier table';
  const sorted = [...tiers].sort((a, b) => a.minFte - b.minFte);
  for (const [i, t] of sorted.entries()) {
    const name = t.label ?? `tier from ${t.minFte} FTE`;
    if (!Number.isFinite(t.minFte) || t.minFte < 0) return `${name}: minFte must be 0 or more`;
    const max = t.maxFte ?? null;
    if (max !== null && !(max > t.minFte)) return `${name}: maxFte must be above minFte`;
    const hasWeight = t.weight !== null && t.weight !== undefined;
    const hasAmount = t.amount !== null && t.amount !== undefined;
    if (hasWeight === hasAmount) return `${name}: give either a weight or an amount`;
    if (hasWeight && (!Number.isFinite(t.weight) || (t.weight as number) < 0)) return `${name}: weight must be 0 or more`;
    if (hasAmount) {
      const problem = moneyProblem(t.amount as string, currency);
      if (problem) return `${name}: ${problem}`;
    }
    const next = sorted[i + 1];
    if (next && (max === null || next.minFte < max)) return `${name} overlaps ${next.label ?? `the tier from ${next.minFte} FTE`}`;
  }
  return null;
}

function tierShares(total: bigint, members: CostShareMember[], tiers: CostShareTier[], currency: string): bigint[] | CostShareError {
  const problem = checkTiers(tiers, currency);
  if (problem) return fail('INVALID_TIERS', problem);
  const missing = members.filter((m) => m.fte === null || m.fte === undefined).map((m) => m.code);
  if (missing.length > 0) return fail('MISSING_FTE', `no FTE for ${nameMembers(missing)}, so no tier can be chosen`);
  const band = members.map((m) => tiers.find((t) => (m.fte as number) >= t.minFte && (t.maxFte === null || t.maxFte === undefined || (m.fte as number) < t.maxFte)));
  const outside = members.filter((_, i) => band[i] === undefined).map((m) => `${m.code} (${m.fte} FTE)`);
  if (outside.length > 0) return fail('NO_TIER', `no tier covers ${nameMembers(outside)}`);
  const fixed = band.map((t) => (t?.amount !== null && t?.amount !== undefined ? toMinorUnits(t.amount, currency) : null));
  const fixedSum = fixed.reduce<bigint>((s, f) => s + (f ?? 0n), 0n);
  const weighted = members.map((m, i) => ({ i, code: m.code, weight: band[i]?.weight })).filter((w) => fixed[w.i] === null);
  const rest = total - fixedSum;
  if (rest < 0n || (weighted.length === 0 && rest !== 0n)) {
    return fail('FIXED_MISMATCH', `the tier amounts add up to ${fromMinorUnits(fixedSum, currency)} ${currency} but the total is ${fromMinorUnits(total, currency)} ${currency}`);
  }
  const split = byWeights(rest, weighted.map((w) => w.code), exactWeights(weighted.map((w) => w.weight as number)), 'tier weight');
  if (!Array.isArray(split)) return split;
  const result = fixed.map((f) => f ?? 0n);
  weighted.forEach((w, k) => (result[w.i] = split[k]));
  return result;
}

function usageShares(total: bigint, members: CostShareMember[]): bigint[] | CostShareError {
  if (members.every((m) => m.usage === null || m.usage === undefined)) {
    return fail('NO_USAGE', 'no usage is recorded for the last period for any member, so the cost cannot be split by usage: load the usage reports or choose another method');
  }
  const weights = weightsOf(members.map((m) => ({ code: m.code, value: m.usage })), 'usage for the last period', 'MISSING_USAGE');
  if (!Array.isArray(weights)) return weights;
  if (weights.every((w) => w === 0n) && total !== 0n) {
    return fail('NO_USAGE', 'every member\'s usage for the last period is 0, so the cost cannot be split by usage: choose another method');
  }
  return byWeights(total, members.map((m) => m.code), weights, 'usage');
}

function checkInput(total: Money, members: CostShareMember[]): bigint | CostShareError {
  const problem = moneyProblem(total.amount, total.currency);
  if (problem) return fail('INVALID_TOTAL', `total: ${problem}`);
  const units = toMinorUnits(total.amount, total.currency);
  if (units < 0n) return fail('INVALID_TOTAL', `the total must not be negative (got ${total.amount} ${total.currency})`);
  if (members.length === 0) return fail('NO_MEMBERS', 'there are no members to share the cost');
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const m of members) (seen.has(m.code) ? repeated : seen).add(m.code);
  if (repeated.size > 0) return fail('INVALID_MEMBER', `members listed twice: ${nameMembers([...repeated])}`);
  if (members.some((m) => m.code.trim() === '')) return fail('INVALID_MEMBER', 'a member has an empty code');
  return units;
}

/**
 * Splits `total` across `members` by `method`; shares come back in the members' order, formatted
 * with the currency's minor-unit digits, and add up to `total.amount` exactly.
 */
export function splitCost(total: Money, members: CostShareMember[], method: CostShareMethod, tiers?: CostShareTier[]): CostShareResult {
  const units = checkInput(total, members);
  if (typeof units !== 'bigint') return units;
  const codes = members.map((m) => m.code);
  let split: bigint[] | CostShareError;
  switch (method) {
    case 'EQUAL':
      split = apportion(units, codes.map((code) => ({ code, weight: 1n })));
      break;
    case 'BY_FTE': {
      const weights = weightsOf(members.map((m) => ({ code: m.code, value: m.fte })), 'FTE', 'MISSING_FTE');
      split = Array.isArray(weights) ? byWeights(units, codes, weights, 'FTE') : weights;
      break;
    }
    case 'TIER':
      split = tierShares(units, members, tiers ?? [], total.currency);
      break;
    case 'FIXED':
      split = fixedShares(units, members, total.currency);
      break;
    case 'BY_USAGE':
      split = usageShares(units, members);
      break;
    default:
      return fail('INVALID_METHOD', `unknown cost-share method ${String(method satisfies never)}`);
  }
  if (!Array.isArray(split)) return split;
  return { shares: split.map((u, i) => ({ code: codes[i], amount: fromMinorUnits(u, total.currency) })) };
}

/** Adds formatted amounts exactly (for checks and totals lines). */
export function sumAmounts(amounts: string[], currency: string): string {
  return fromMinorUnits(amounts.reduce((s, a) => s + toMinorUnits(a, currency), 0n), currency);
}
