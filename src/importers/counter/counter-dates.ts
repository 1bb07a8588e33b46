/**
 * Months as COUNTER writes them, normalised to `yyyy-mm-01`: header dates (`yyyy-mm-dd` or `yyyy-mm`),
 * JSON month keys (`yyyy-mm`), tabular month headings (`Jan-2022`; `2022-01` also read).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** Days in a month (month 1–12). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DayParts {
  /** yyyy-mm-01 */
  month: string;
  /** The day of the month, or null when only yyyy-mm was written. */
  day: number | null;
  /** Whether `day` is the month's last day. */
  lastDay: boolean;
}

/** `yyyy-mm-dd` or `yyyy-mm` (a real calendar date) → its parts; null when not such a date. */
export function parseDay(value: string): DayParts | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { month: monthOf(year, month), day: null, lastDay: false };
  const day = Number(m[3]);
  const last = daysIn(year, month);
  if (day < 1 || day > last) return null;
  return { month: monthOf(year, month), day, lastDay: day === last };
}

/** A JSON month key `yyyy-mm` → `yyyy-mm-01`, or null. */
export function parseMonthKey(key: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return monthOf(Number(m[1]), Number(m[2]));
}

/** A tabular month heading `Mmm-yyyy` (any case) or `yyyy-mm` → `yyyy-mm-01`, or null. */
export function parseMonthHeading(heading: string): string | null {
  const h = heading.trim();
  const m = /^([A-Za-z]{3})-(\d{4})$/.exec(h);
  if (m) {
    const i = MONTHS.indexOf(m[1].toLowerCase());
    return i < 0 ? null : monthOf(Number(m[2]), i + 1);
  }
  return parseMonthKey(h);
}

/** Number of months from `a` to `b` inclusive (both yyyy-mm-01); ≤ 0 when b is before a. */
export function monthSpan(a: string, b: string): number {
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  return (yb - ya) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;
}
