/**
 * Days and months of the ILL network in the consortium's time zone (`CONSORTIUM_TZ`, default
 * Asia/Shanghai, as consortiumToday): a closure, a daily capacity and a monthly statement all mean the
 * consortium's calendar, not the server's UTC one. Bounds are computed here (Intl), not in SQL, so the
 * same instants go to PGlite and to the server whatever time zone data either has.
 */
import { consortiumToday } from '../resources/index.js';

const zone = () => process.env.CONSORTIUM_TZ || 'Asia/Shanghai';

/** The consortium's calendar date (YYYY-MM-DD) at an instant. */
export function dayOf(at: Date): string {
  return consortiumToday(at, zone());
}

/** Minutes the zone is ahead of UTC at an instant (480 for Asia/Shanghai). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a local calendar date (YYYY-MM-DD) starts in the consortium's zone. */
export function startOfDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  const guess = new Date(utcMidnight - offsetMinutes(new Date(utcMidnight), zone()) * 60_000);
  return new Date(utcMidnight - offsetMinutes(guess, zone()) * 60_000); // again at the guess: right across a DST change
}

/** [start, end) of a consortium day. */
export function dayBounds(day: string): { start: Date; end: Date } {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { start: startOfDay(day), end: startOfDay(next) };
}

/** [start, end) of a consortium month given as YYYY-MM. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number);
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
  return { start: startOfDay(`${month}-01`), end: startOfDay(`${next}-01`) };
}

export const isMonth = (text: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
