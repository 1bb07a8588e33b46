/**
 * Counts: whole numbers ≥ 0 kept as JS numbers, exact up to 2^53 − 1 (one report alone can pass
 * 2^31, never 2^53); anything larger, negative or fractional is a row error naming where it was.
 */

/** A tabular count cell: digits only; empty means 0. Pushes a reason and returns null when unreadable. */
export function readCountCell(cell: string, column: string, reasons: string[]): number | null {
  if (cell === '') return 0;
  if (/^\d+$/.test(cell)) {
    const n = Number(cell);
    if (Number.isSafeInteger(n)) return n;
    reasons.push(`${column} count ${cell} is larger than ${Number.MAX_SAFE_INTEGER} and cannot be kept exactly`);
    return null;
  }
  if (/^-\d+(\.\d+)?$/.test(cell)) reasons.push(`${column} count ${cell} is negative`);
  else reasons.push(`${column} count "${cell}" is not a whole number`);
  return null;
}

/** A JSON count: a number that is a safe integer ≥ 0. */
export function readCountJson(value: unknown, where: string, reasons: string[]): number | null {
  if (typeof value !== 'number') {
    reasons.push(`${where}: count ${JSON.stringify(value) ?? 'undefined'} is not a number`);
    return null;
  }
  if (value < 0) reasons.push(`${where}: count ${value} is negative`);
  else if (!Number.isInteger(value)) reasons.push(`${where}: count ${value} is not a whole number`);
  else if (!Number.isSafeInteger(value)) reasons.push(`${where}: count ${value} is larger than ${Number.MAX_SAFE_INTEGER} and cannot be kept exactly`);
  else return value;
  return null;
}
