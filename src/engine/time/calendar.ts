import { boundedMemo } from '../memo.ts';
// Calendar arithmetic on plain numbers (proleptic Gregorian, no clock, no time zone database).

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month numbers already worked out, by the word as given (bounded: lookups of odd words stop being kept). */
/** Month number (1-12) of a month name or its abbreviation ("Sept.", "Jan"), or 0. */
export const monthNumber: (word: string) => number = boundedMemo((word: string) => readMonth(word), 512);

function readMonth(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((m) => m === w || (w.length <= 4 && m.startsWith(w)));
  return i + 1;
}

export function isLeap(y: number): boolean { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return MONTH_DAYS[m - 1];
}

/** Days since 1970-01-01 of a civil date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}
/** Civil date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  // Whole days within Date's range: arithmetic (H. Hinnant's civil_from_days), no Date object.
  if (Number.isInteger(n) && Math.abs(n) <= 100_000_000) {
    const z = n + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
  }
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(y: number, m: number, d: number): number {
  return ((dayNumber(y, m, d) % 7) + 7 + 3) % 7 + 1;
}
/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(y: number, m: number, d: number): { year: number; week: number } {
  const n = dayNumber(y, m, d);
  const thursday = n - weekday(y, m, d) + 4;
  const ty = fromDayNumber(thursday).y;
  return { year: ty, week: Math.floor((thursday - dayNumber(ty, 1, 1)) / 7) + 1 };
}

/** PAD2[n] = n in two digits, for the common case of pad. */
const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
export const pad = (n: number, w = 2): string =>
  (w === 2 && Number.isInteger(n) && n >= 0 && n < 100 ? PAD2[n] : String(n).padStart(w, '0'));
export const isoDate = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const isoWeekValue = (y: number, m: number, d: number): string => {
  const w = isoWeek(y, m, d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};

/** "+05:30" style offset from minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The nth (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, nth: number): number {
  if (nth > 0) {
    const first = weekday(y, m, 1);
    return 1 + ((wd - first + 7) % 7) + (nth - 1) * 7;
  }
  const last = daysInMonth(y, m);
  return last - ((weekday(y, m, last) - wd + 7) % 7);
}

/** Whether US daylight saving time is in force at a local civil date and hour (rules of 1987 and 2007). */
export function usDaylight(y: number, m: number, d: number, hour = 12): boolean {
  const [sm, sn, em, en] = y >= 2007 ? [3, 2, 11, 1] : [4, 1, 10, -1];
  const startDay = nthWeekday(y, sm, 7, sn);
  const endDay = nthWeekday(y, em, 7, en);
  const t = m * 10000 + d * 100 + hour;
  return t >= sm * 10000 + startDay * 100 + 2 && t < em * 10000 + endDay * 100 + 2;
}
