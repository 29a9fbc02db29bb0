// Recurring times (TIMEX3 SET): "every Monday" (XXXX-WXX-1), "each year" (P1Y), "every two
// weeks" (P2W), "daily" (P1D), "twice a week", and rates after an amount ("$5 million a year").
import type { Rule } from '../context.ts';
import { NUMBER, UNIT, WEEKDAY, MONTH, SEASON, PART_OF_DAY, WORDS, rx } from '../patterns.ts';
import { monthNumber, pad } from '../../../time/calendar.ts';
import { durationValue, parseCount, unitCode } from '../values.ts';

const WEEKDAYS = WORDS.weekdays as Record<string, number>;
const SEASONS = WORDS.seasons as Record<string, string>;
const PARTS = WORDS.partsOfDay as Record<string, string>;
const ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', quarterly: 'P1Q', hourly: 'PT1H',
  nightly: 'XXXX-XX-XXTNI', biweekly: 'P2W', biannually: 'P6M', semiannually: 'P6M',
};

function setValue(word: string, count: number | 'X'): string | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (WEEKDAYS[w]) return `XXXX-WXX-${WEEKDAYS[w]}`;
  if (SEASONS[w]) return `XXXX-${SEASONS[w]}`;
  if (PARTS[w]) return `XXXX-XX-XXT${PARTS[w]}`;
  const mo = monthNumber(word);
  if (mo && /^[A-Z]/.test(word)) return `XXXX-${pad(mo)}`;
  const code = unitCode(word);
  return code ? durationValue(count, code) : null;
}

/** every/each/per (other) (N) unit|weekday|month|season|part of day. */
export const findEvery: Rule = {
  id: 'set-every',
  re: rx(`\\b(every|each|per)\\s+(?:(other)\\s+)?(?:(${NUMBER})\\s+)?(${UNIT}|${WEEKDAY}|${MONTH}|${SEASON}|${PART_OF_DAY})s?\\b`),
  make(m) {
    const count = m[3] ? parseCount(m[3]) : 1;
    if (count === null) return null;
    const value = setValue(m[4], count === 'X' ? 'X' : count * (m[2] ? 2 : 1));
    return value ? { resolve: () => ({ type: 'SET', value, anchor: 'absolute', confidence: 0.85 }) } : null;
  },
};

const PERCENT_BEFORE = /(?:%|\bper\s?cent)\s*$/i;

/** daily, weekly, annually ...; twice a week, once a year. */
export const findFrequencyWord: Rule = {
  id: 'set-adverb',
  re: rx('\\b(?:(daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|biannually|semiannually)|(?:twice|once|\\w+\\s+times)\\s+(?:a|an|per)\\s+(day|week|month|year|hour))\\b'),
  make(m, sentence) {
    // "to grow 8% annually": a growth rate, which TimeBank-style news annotation leaves untagged.
    if (m[1] && PERCENT_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
    const value = m[1] ? ADVERBS[m[1].toLowerCase()] : durationValue(1, unitCode(m[2]));
    return { resolve: () => ({ type: 'SET', value, anchor: 'absolute', confidence: 0.8 }) };
  },
};

/** Amount words right before a rate: "$5 million a year", "20 percent a month". */
const AMOUNT_BEFORE = /(?:\d|\b(?:million|billion|thousand|hundred|percent|dollars|cents|people|times))\s+$/i;
/** A counted plural noun right before a rate: "four flights a week", "700 seats a day" (TimeML: a SET, not a duration). */
const COUNTED_BEFORE = new RegExp(`(?:^|[^\\w-])(?:\\d[\\d,.]*|${NUMBER})\\s+(?:[a-z]+\\s+)?[a-z]{2,}s\\s+$`, 'i');

/** "a year" after an amount or a counted noun: "$5 million a year", "four flights a week", "$40 a night". */
export const findRate: Rule = {
  id: 'set-rate',
  re: rx('\\ban?\\s+(day|night|week|month|year|hour)\\b'),
  make(m, sentence) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (!AMOUNT_BEFORE.test(before) && !COUNTED_BEFORE.test(before)) return null;
    const value = durationValue(1, unitCode(m[1]));
    return { resolve: () => ({ type: 'SET', value, anchor: 'absolute', confidence: 0.7 }) };
  },
};
