// "last week", "this month", "next year", "earlier this month", "late last week", "this century":
// the calendar unit that contains the document day, shifted. With "the" ("the past week") the
// phrase names a stretch of time instead: a DURATION.
import type { Rule } from '../context.ts';
import { POSITION, rx } from '../patterns.ts';
import { positionMod, withMod, dctDay } from '../helpers.ts';
import { pad } from '../../../time/calendar.ts';
import { weekdayOf, addDays, addMonths, addQuarters, monthValue, quarterOf, weekValue, yearValue, durationValue, unitCode, type Day } from '../values.ts';

const SHIFT: Record<string, number> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1 };

/** The value of the unit containing `day`, shifted by n units. */
export function unitValue(day: Day, unit: string, n: number): string | null {
  switch (unit) {
    case 'week': case 'fortnight': return weekValue(addDays(day, 7 * n));
    case 'weekend': return `${weekValue(addDays(day, 7 * n))}-WE`;
    case 'month': { const t = addMonths(day.y, day.m, n); return monthValue(t.y, t.m); }
    case 'quarter': { const t = addQuarters(day.y, quarterOf(day.m), n); return `${t.y}-Q${t.q}`; }
    case 'year': return yearValue(day.y + n);
    case 'decade': return String(Math.floor(day.y / 10) + n);
    case 'century': return pad(Math.floor(day.y / 100) + n, 2);
    default: return null;
  }
}

const PREVIOUS_UNIT = new Set(['past', 'last']);
/** A capital then a small letter: "Week" (but not "WEEK" in an all-capitals headline). */
const QUOTE_BEFORE = /["“‘'`]\s?$/;
const isTitleWord = (w: string): boolean => w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';

/** last/this/next/past/coming + week|weekend|month|quarter|year|decade|century. */
export const resolveRelativeUnit: Rule = {
  id: 'relative-unit',
  re: rx(`\\b${POSITION}?(?:(the)\\s+)?(this|last|next|past|coming|previous|current|the)\\s+(week|weekend|fortnight|month|quarter|year|decade|century)\\b(?![\\w-])`),
  make(m, sentence) {
    const the = !!m[2], rel = m[3].toLowerCase(), unit = m[4].toLowerCase(), mod = positionMod(m[1]);
    // '"This Week"', '“Next Year”': quoted and in title case, a programme or a book, not a time.
    if (!m[1] && !the && isTitleWord(m[3]) && isTitleWord(m[4]) && QUOTE_BEFORE.test(sentence.slice(Math.max(0, m.index - 2), m.index))) return null;
    if (rel === 'the') return unit === 'weekend' || mod ? theUnit(unit, mod) : null;
    if (the && rel !== 'current' && rel !== 'this' && !(PREVIOUS_UNIT.has(rel) && (unit === 'year' || unit === 'decade'))) {
      // "the next decade", "the past week": how long, not which. "The past year" and "the last decade" name the
      // previous one, as "last year" does (TimeBank annotates them so); a count ("the past two years") is a duration.
      if (rel === 'previous') return null; // anchored: handled by the anchored-phrase rule
      const code = unitCode(unit);
      const value = durationValue(unit === 'fortnight' ? 1 : 1, code);
      return { resolve: () => ({ type: 'DURATION', value, anchor: 'absolute', confidence: 0.8, ...withMod(mod) }) };
    }
    const n = SHIFT[rel];
    return {
      resolve: (r) => {
        const value = unitValue(dctDay(r.dct), unit, n);
        if (!value) return null;
        const q = unit === 'quarter' ? addQuarters(r.dct.y, quarterOf(r.dct.m), n) : null;
        return { type: 'DATE', value, anchor: 'document', confidence: 0.9, ...withMod(mod), ...(q ? { quarter: q } : {}) };
      },
    };
  },
};

/** "the weekend" (the latest one in past-tense text, the coming one in future), "the end of the month" (this one). */
function theUnit(unit: string, mod: ReturnType<typeof positionMod>): ReturnType<Rule['make']> {
  return {
    needsTense: unit === 'weekend',
    resolve: (r) => {
      const day = dctDay(r.dct), wd = weekdayOf(day);
      const n = unit !== 'weekend' || wd >= 6 || r.tense === 'future' ? 0 : -1;
      const value = unitValue(day, unit, n);
      return value ? { type: 'DATE', value, anchor: 'document', confidence: 0.75, ...withMod(mod) } : null;
    },
  };
}

/** "year-end", "by year end": the last day of the document year. */
export const resolveYearEnd: Rule = {
  id: 'year-end',
  re: rx('\\b(?:the\\s+)?year[- ]end\\b'),
  make: () => ({ resolve: (r) => ({ type: 'DATE', value: `${yearValue(r.dct.y)}-12-31`, anchor: 'document', confidence: 0.7 }) }),
};
