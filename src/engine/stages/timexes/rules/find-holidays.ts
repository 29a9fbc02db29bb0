// Holidays: fixed ("Christmas", "July Fourth"), nth-weekday ("Thanksgiving", "Labor Day"), US
// Election Day and Easter; the year is written, or picked from the document time and the tense.
import type { Rule } from '../context.ts';
import { HOLIDAY, YEAR, WORDS, rx } from '../patterns.ts';
import { nthWeekday } from '../../../time/calendar.ts';
import { pickYear } from '../helpers.ts';
import { addDays, dayValue, easter, type Day } from '../values.ts';

type HolidayRow = [number, number | string, number?];
const HOLIDAYS = WORDS.holidays as unknown as Record<string, HolidayRow>;
const WD: Record<string, number> = { mon: 1, thu: 4 };

function holidayDay(row: HolidayRow, y: number): Day {
  const [m, rule, n = 0] = row;
  if (typeof rule === 'number') return { y, m, d: rule };
  if (rule === 'easter') return addDays(easter(y), n);
  if (rule === 'election') return { y, m: 11, d: nthWeekday(y, 11, 1, 1) + 1 };
  return { y, m, d: nthWeekday(y, m, WD[rule], n) };
}

export const findHoliday: Rule = {
  id: 'holiday',
  re: rx(`\\b(?:(last|next|this)\\s+)?(${HOLIDAY})(?:,?\\s+(${YEAR}))?(?![\\w'’])`),
  make(m) {
    if (!/[A-Z]/.test(m[2])) return null;
    const key = m[2].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    const row = HOLIDAYS[key];
    if (!row) return null;
    const rel = m[1]?.toLowerCase();
    if (m[3]) {
      const day = holidayDay(row, +m[3]);
      return { kind: 'day', resolve: () => ({ type: 'DATE', value: dayValue(day), anchor: 'absolute', confidence: 0.9, day }) };
    }
    return {
      kind: 'day', needsTense: !rel,
      resolve: (r) => {
        const guess = holidayDay(row, r.dct.y);
        const how = rel === 'last' ? 'last' : rel === 'next' ? 'next' : rel === 'this' ? 'this' : r.tense;
        const day = holidayDay(row, pickYear(r.dct, guess.m, guess.d, how));
        return { type: 'DATE', value: dayValue(day), anchor: 'document', confidence: 0.8, day };
      },
    };
  },
};
