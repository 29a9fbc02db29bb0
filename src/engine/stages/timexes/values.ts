import { boundedMemo } from '../../memo.ts';
// TIMEX3 value arithmetic on plain numbers (no clock): shifting dates, weeks, months, quarters,
// and reading counts and durations.
import { dayNumber, fromDayNumber, isoDate, isoWeekValue, pad, weekday } from '../../time/calendar.ts';
import { WORDS } from './patterns.ts';

export interface Day { y: number; m: number; d: number }

export const dayValue = (d: Day): string => isoDate(d.y, d.m, d.d);
export const monthValue = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const yearValue = (y: number): string => pad(y, 4);
export const weekValue = (d: Day): string => isoWeekValue(d.y, d.m, d.d);
export const quarterOf = (m: number): number => Math.ceil(m / 3);

export function addDays(d: Day, n: number): Day { return fromDayNumber(dayNumber(d.y, d.m, d.d) + n); }
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}
export function addQuarters(y: number, q: number, n: number): { y: number; q: number } {
  const k = y * 4 + (q - 1) + n;
  return { y: Math.floor(k / 4), q: (k % 4) + 1 };
}
/** ISO weekday of a day (Monday = 1). */
export const weekdayOf = (d: Day): number => weekday(d.y, d.m, d.d);
export const compareDays = (a: Day, b: Day): number => dayNumber(a.y, a.m, a.d) - dayNumber(b.y, b.m, b.d);

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easter(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return { y, m: Math.floor((h + l - 7 * m + 114) / 31), d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const NUMBERS = WORDS.numbers as Record<string, number>;
const VAGUE = new Set(WORDS.vagueNumbers);

/** Fast paths of parseCount with the same result: digits only; one lower-case word. */
const PLAIN_DIGITS = /^\d{1,15}$/, PLAIN_WORD = /^[a-z]+$/;

/** parseCount of the counts met so far (they repeat: "two", "a", "20"), bounded. */
/** The value of a count as written: 3, "twenty-four", "two and a half", "a hundred thirty"; "X" for vague counts. */
export const parseCount: (raw: string) => number | 'X' | null = boundedMemo((raw: string) => readCount(raw), 512);
function readCount(raw: string): number | 'X' | null {
  if (PLAIN_DIGITS.test(raw)) return Number(raw);
  if (PLAIN_WORD.test(raw)) return VAGUE.has(raw) ? 'X' : (Object.hasOwn(NUMBERS, raw) && NUMBERS[raw]) || null;  // "three", "a", "several"
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(?:a )?couple(?: of)?$/.test(s)) return 2;   // "a couple of", "the next couple of years"
  if (VAGUE.has(s)) return 'X';
  if (/^\d/.test(s)) return /(?: 1\/2|½)$/.test(s) ? parseInt(s, 10) + 0.5 : Number(s.replace(/,/g, ''));
  if (/^half an?$/.test(s)) return 0.5;
  const half = / and a half$/.test(s) ? 0.5 : 0;
  let total = half, current = 0;
  for (const w of s.replace(/ and a half$/, '').split(/[- ]|\band\b/).filter(Boolean)) {
    const v = NUMBERS[w];
    if (v === undefined) return null;
    if (v === 100 || v === 12 && w === 'dozen') current = (current || 1) * v;
    else current += v;
  }
  total += current;
  return total || null;
}

const UNIT_CODES = WORDS.units as Record<string, string>;
/** unitCode of the unit words met so far (a few dozen spellings), bounded. */
/** Canonical unit code of a unit word ("years" → "Y", "decade" → "Y10", "hours" → "H"). */
export const unitCode: (word: string) => string = boundedMemo((word: string) => {
  const w = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '').replace(/^millenni(?:um|a)$/, 'millennium');
  return UNIT_CODES[w] ?? UNIT_CODES[word.toLowerCase()] ?? '';
}, 512);
/** Unit code → TIMEX3 duration letter and multiplier; T* codes are clock units (PT…). */
const SCALE: Record<string, [string, number]> = {
  TS: ['TS', 1], TM: ['TM', 1], TH: ['TH', 1], D: ['D', 1], W: ['W', 1], W2: ['W', 2], WE: ['D', 2], M: ['M', 1], Q: ['Q', 1],
  Y: ['Y', 1], Y10: ['Y', 10], Y100: ['Y', 100], Y1000: ['Y', 1000],
};
/** A fraction goes to the next smaller unit: 1.5 years → P1Y6M, half an hour → PT30M. */
const SMALLER: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['TH', 24], TH: ['TM', 60], TM: ['TS', 60] };

/** A TIMEX3 duration ("P3D", "PT2H", "P20Y", "PXY") of a count and a unit code. */
export function durationValue(n: number | 'X', code: string): string {
  const [letter, mult] = SCALE[code] ?? ['D', 1];
  const fmt = (l: string, k: number | string) => (l[0] === 'T' ? `PT${k}${l[1]}` : `P${k}${l}`);
  if (n === 'X') return code === 'Y10' ? 'PXDE' : code === 'Y100' ? 'PXCE' : fmt(letter, 'X');
  const k = n * mult;
  if (Number.isInteger(k)) return fmt(letter, k);
  const down = SMALLER[letter];
  if (down && Number.isInteger(k * down[1])) {
    // 2.5 years → P2Y6M, 1.5 hours → PT1H30M; half a year → P6M.
    const whole = Math.floor(k), rest = Math.round((k - whole) * down[1]);
    if (!whole) return fmt(down[0], rest);
    return letter[0] === 'T' ? `PT${whole}${letter[1]}${rest}${down[0][1]}` : `${fmt(letter, whole)}${down[0][0] === 'T' ? 'T' : ''}${rest}${down[0].slice(-1)}`;
  }
  return fmt(letter, Math.round(k * 10) / 10);
}
