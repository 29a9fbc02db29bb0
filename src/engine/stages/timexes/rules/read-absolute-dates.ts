// Dates written out: ISO, numeric (month- or day-first), "July 3, 2017", "3 July 2017",
// "Monday, July 3", "the 4th of July", "July 2017", and bare months with a date cue.
import type { Resolver, Rule } from '../context.ts';
import { MONTH, WEEKDAY, WEEKDAY_ABBR, DAYNUM, YEAR, POSITION, DATE_CUE_BEFORE, isCapitalized, rx } from '../patterns.ts';
import { monthNumber, daysInMonth } from '../../../time/calendar.ts';
import { dayValue, monthValue, weekValue } from '../values.ts';
import { pickYear, positionMod, withMod, clockValue, inThisYearStretch } from '../helpers.ts';

const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
const isAbbrev = (name: string) => name.endsWith('.') || name.length <= 4 && !/^(may|june|july)$/i.test(name);

/** 2017-07-03, 2017-07-03T10:08:00-04:00. */
export const readIsoDate: Rule = {
  id: 'iso-date',
  re: rx('\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])'),
  make(m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (!valid(y, mo, d)) return null;
    const day = { y, m: mo, d };
    if (!m[4]) return { kind: 'day', resolve: () => ({ type: 'DATE', value: dayValue(day), anchor: 'absolute', confidence: 0.95, day }) };
    const value = dayValue(day) + clockValue(day, +m[4], +m[5], m[6]);
    return { resolve: () => ({ type: 'TIME', value, anchor: 'absolute', confidence: 0.95 }) };
  },
};

/** 07/03/2017, 3.7.17: month-first unless the options say day-first (or the first number is > 12). */
export const readNumericDate: Rule = {
  id: 'numeric-date',
  re: rx('\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)'),
  make(m, _s, env) {
    const a = +m[1], b = +m[3];
    const y = m[4].length === 2 ? (+m[4] < 50 ? 2000 : 1900) + +m[4] : +m[4];
    const swap = a > 12 ? true : b > 12 ? false : env.dayFirst;
    const day = { y, m: swap ? b : a, d: swap ? a : b };
    if (!valid(day.y, day.m, day.d)) return null;
    const conf = a <= 12 && b <= 12 && a !== b ? 0.75 : 0.9;
    return { kind: 'day', resolve: () => ({ type: 'DATE', value: dayValue(day), anchor: 'absolute', confidence: conf, day }) };
  },
};

function monthDay(name: string, dayText: string, yearText: string | undefined, attributive = false, thisYear = false) {
  const mo = monthNumber(name), d = parseInt(dayText, 10);
  if (!isCapitalized(name) || !mo) return null;
  if (yearText) {
    const day = { y: +yearText, m: mo, d };
    if (!valid(day.y, mo, d)) return null;
    return { kind: 'day' as const, resolve: () => ({ type: 'DATE' as const, value: dayValue(day), anchor: 'absolute' as const, confidence: 0.95, day }) };
  }
  if (!valid(2000, mo, d)) return null;
  return {
    kind: 'day' as const, needsTense: !attributive && !thisYear,
    resolve: (r: { dct: { y: number; m: number; d: number }; tense: 'past' | 'future' | 'none' }) => {
      const day = { y: pickYear(r.dct, mo, d, thisYear ? 'this' : attributive ? 'past' : r.tense), m: mo, d };
      if (!valid(day.y, mo, d)) return null;
      return { type: 'DATE' as const, value: dayValue(day), anchor: 'document' as const, confidence: 0.85, day };
    },
  };
}

/** "the Aug. 7 bombing": a date naming an event, which in news has happened. */
const THE_BEFORE = /\bthe\s+$/i, NOUN_AFTER = /^\s+[a-z]/;

/** July 3, 2017; Mon., July 3; Sept. 30; "the Oct. 23 attack" (the span leaves out "the"). */
export const readMonthDay: Rule = {
  id: 'month-day',
  re: rx(`\\b(?:(?:${WEEKDAY}|${WEEKDAY_ABBR}),?\\s+)?(${MONTH})\\s+(${DAYNUM})(?:,?\\s+(${YEAR}))?`),
  make(m, sentence) {
    const c = monthDay(m[1], m[2], m[3],
      THE_BEFORE.test(sentence.slice(Math.max(0, m.index - 5), m.index)) && NOUN_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 2)),
      inThisYearStretch(sentence, m.index));
    const week = c && WEEK_OF.exec(sentence.slice(Math.max(0, m.index - 20), m.index));
    return week ? weekOf(c, m.index - week[0].length) : c;
  },
};

/** "the week of March 6": the ISO week holding that day. */
const WEEK_OF = /\bthe\s+week\s+of\s+$/i;
function weekOf(c: NonNullable<ReturnType<typeof monthDay>>, start: number) {
  return {
    start, needsTense: c.needsTense,
    resolve: (r: Resolver) => {
      const d = c.resolve(r);
      if (!d) return null;
      const { day, ...rest } = d;
      return { ...rest, value: weekValue(day) };
    },
  };
}

/** The second day of "April 24 and 25", "May 3 or 4": a date of its own, in the month named before it. */
export const readConjoinedDay: Rule = {
  id: 'conjoined-day',
  re: rx(`(?<=\\b(${MONTH})\\s+(${DAYNUM})\\s*(?:,\\s*)?(?:and|or|&)\\s+)(${DAYNUM})(?![\\w%$]|\\s*(?:${MONTH}|percent|%))`),
  make(m, sentence) {
    if (parseInt(m[3], 10) <= parseInt(m[2], 10)) return null;  // a conjunction of days ascends; "May 3 and 2 others" does not
    const year = /^,?\s+((?:1\d|20)\d\d)\b/.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 7));
    return monthDay(m[1], m[3], year?.[1]);
  },
};

/** 3 July 2017; the 4th of July. */
export const readDayMonth: Rule = {
  id: 'day-month',
  re: rx(`\\b(?:(?:${WEEKDAY}|${WEEKDAY_ABBR}),?\\s+)?(?:the\\s+)?(${DAYNUM})\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR}))?`),
  make: (m) => monthDay(m[2], m[1], m[3]),
};

/** July 2017, early April 2016, May of 1990. */
export const readMonthYear: Rule = {
  id: 'month-year',
  re: rx(`\\b${POSITION}?(${MONTH})(?:,?\\s+|\\s+of\\s+)(${YEAR})`),
  make(m) {
    const mo = monthNumber(m[2]);
    if (!isCapitalized(m[2]) || !mo) return null;
    const value = monthValue(+m[3], mo), mod = positionMod(m[1]);
    return { resolve: () => ({ type: 'DATE', value, anchor: 'absolute', confidence: 0.95, ...withMod(mod) }) };
  },
};

/** "July last year", "March next year". */
export const readMonthOfRelativeYear: Rule = {
  id: 'month-relative-year',
  re: rx(`\\b${POSITION}?(${MONTH})(?:,?\\s+|\\s+of\\s+)(last|next|this)\\s+year\\b`),
  make(m) {
    const mo = monthNumber(m[2]);
    if (!isCapitalized(m[2]) || !mo || isAbbrev(m[2])) return null;
    const shift = { last: -1, next: 1, this: 0 }[m[3].toLowerCase() as 'last' | 'next' | 'this'], mod = positionMod(m[1]);
    return { resolve: (r) => ({ type: 'DATE', value: monthValue(r.dct.y + shift, mo), anchor: 'document', confidence: 0.9, ...withMod(mod) }) };
  },
};

const ARTICLE_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that)\s+$/i;
/** A lower-case word after the month that is no noun it modifies ("the March on Washington", "a June to remember"). */
const NOT_NOUN_AFTER = /^\s+(?:on|to|in|for|of|and|or|at|by|from|with|through|against|across|into|past|was|is|were|will|would|be|has|had|have|could|should|can|did|does|says|said)\b/;
/** "a June agreement", "the March accession": a month before a noun, after an article (not "May": the name). */
function attributiveMonth(name: string, sentence: string, start: number, end: number): boolean {
  if (/^may$/i.test(name) || !ARTICLE_BEFORE.test(sentence.slice(Math.max(0, start - 8), start))) return false;
  const after = sentence.slice(end, end + 14);
  return /^\s+[a-z]{3,}/.test(after) && !NOT_NOUN_AFTER.test(after);
}

/** A bare month: "in April", "last March", "early June"; "May" the verb and "March" the walk need a date cue. */
export const readBareMonth: Rule = {
  id: 'bare-month',
  re: rx(`\\b${POSITION}?(?:(last|next|this|past|coming)\\s+)?(${MONTH})`),
  make(m, sentence) {
    const name = m[3], mo = monthNumber(name);
    if (!isCapitalized(name) || !mo || isAbbrev(name)) return null;
    const cue = m[1] || m[2] || DATE_CUE_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))
      || attributiveMonth(name, sentence, m.index, m.index + m[0].length);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!cue && (/^(may|march|april|june|august)$/i.test(name) || /^\s[A-Z]/.test(after))) return null;
    const rel = m[2]?.toLowerCase(), mod = positionMod(m[1]);
    const how = rel === 'last' || rel === 'past' ? 'last' : rel === 'next' || rel === 'coming' ? 'next' : rel === 'this' || inThisYearStretch(sentence, m.index) ? 'this' : null;
    return {
      needsTense: !how,
      resolve: (r) => ({ type: 'DATE', value: monthValue(pickYear(r.dct, mo, null, how ?? r.tense), mo), anchor: 'document', confidence: how ? 0.85 : 0.75, ...withMod(mod) }),
    };
  },
};
