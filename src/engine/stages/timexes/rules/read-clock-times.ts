// Clock times: "10:08 a.m. EDT", "3 p.m.", "15:30 GMT", "noon", "midnight", "9 o'clock".
// On their own they fall on the last day the article named (the story's day: "He was shot on Friday.
// ... He died at 10 p.m."), else the document day; next to a date ("10 p.m. Wednesday", "July 4 at
// 3 p.m.") the stage merges them into one TIME.
import type { Resolver, Rule } from '../context.ts';
import { ZONE, rx } from '../patterns.ts';
import { clockValue, dctDay } from '../helpers.ts';
import { dayValue } from '../values.ts';

const HIGH_BEFORE = /\bhigh\s+$/i;

/** The day a lone clock time falls on: the last day named, else the document day. */
function clockDay(r: Resolver) {
  return r.ref ? { day: r.ref.day, anchor: 'ref' as const } : { day: dctDay(r.dct), anchor: 'document' as const };
}

export const readClockTime: Rule = {
  id: 'clock-time',
  re: rx(`\\b(?:(about|around|approximately|roughly)\\s+)?(?:(\\d{1,2})(?:[:.]([0-5]\\d))?\\s?([ap])\\.?\\s?m\\b\\.?|([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])|(noon|midnight|midday)|(\\d{1,2})\\s+o['’]clock)(?:\\s+(${ZONE}))?`),
  make(m, sentence) {
    // "high noon": the idiom (a showdown, the film), not twelve o'clock.
    if (m[7] && HIGH_BEFORE.test(sentence.slice(Math.max(0, m.index - 6), m.index))) return null;
    let h: number, mi = 0;
    if (m[2]) {
      h = +m[2]; mi = m[3] ? +m[3] : 0;
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
    } else if (m[5]) { h = +m[5]; mi = +m[6]; }
    else if (m[7]) h = m[7].toLowerCase() === 'midnight' ? 24 : 12;
    else { h = +m[8]; if (h < 1 || h > 12) return null; }
    let zone: string | undefined = m[9], end: number | undefined;
    if (zone && zone !== zone.toUpperCase()) { end = m.index + m[0].length - zone.length - 1; zone = undefined; }
    const clock = { h, mi, ...(zone ? { zone } : {}) };
    return {
      kind: 'clock', clock, ...(end !== undefined ? { end } : {}),
      resolve: (r) => {
        const { day, anchor } = clockDay(r);
        return { type: 'TIME', value: dayValue(day) + clockValue(day, h, mi, zone), anchor, confidence: 0.8, ...(m[1] ? { mod: 'APPROX' as const } : {}) };
      },
    };
  },
};

const HALF_OF_DAY: Record<string, 'am' | 'pm' | 'night'> = { morning: 'am', afternoon: 'pm', evening: 'pm', night: 'night' };

/** "4 in the morning", "10:30 in the evening", "11 at night": a clock hour told by the part of the day. */
export const readClockInPartOfDay: Rule = {
  id: 'clock-part-of-day',
  re: rx('\\b(?:(about|around|approximately|roughly)\\s+)?([01]?\\d)(?:[:.]([0-5]\\d))?\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))\\b'),
  make(m, sentence) {
    let h = +m[2];
    const mi = m[3] ? +m[3] : 0, half = HALF_OF_DAY[(m[4] ?? m[5]).toLowerCase()];
    if (h < 1 || h > 12) return null;
    // A count, not an hour: "$4 in the morning session", "3.5 in the afternoon trading".
    if (/[$€£#¥.,\d]\s*$/.test(sentence.slice(Math.max(0, m.index - 2), m.index)) || m[3] && m[0][m[0].indexOf(m[3]) - 1] === '.') return null;
    if (half === 'am') h %= 12;
    else if (half === 'pm' || h >= 6 && h !== 12) h = (h % 12) + 12;
    else h %= 12;
    return {
      kind: 'clock', clock: { h, mi },
      resolve: (r) => {
        const { day, anchor } = clockDay(r);
        return { type: 'TIME', value: dayValue(day) + clockValue(day, h, mi), anchor, confidence: 0.75, ...(m[1] ? { mod: 'APPROX' as const } : {}) };
      },
    };
  },
};
