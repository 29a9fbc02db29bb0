// Weekdays: "Monday" is the latest one in past-tense reporting and the next one when the verb is
// future ("will meet on Monday"); the document's own weekday is the document day. "last Friday",
// "next Tuesday", "Tuesday night" (TIME with TNI), "Mondays" (SET).
import type { Rule, Tense } from '../context.ts';
import { POSITION, WEEKDAY, PART_OF_DAY, WORDS, isCapitalized, rx } from '../patterns.ts';
import { positionMod, withMod, dctDay } from '../helpers.ts';
import { addDays, dayValue, weekdayOf, type Day } from '../values.ts';

const WEEKDAYS = WORDS.weekdays as Record<string, number>;
const PARTS = WORDS.partsOfDay as Record<string, string>;
const THE_BEFORE = /the\s+$/i;
/** "Monday and Tuesday nights": the first weekday shares the plural part of day, a recurring time (SET). */
const SHARED_PLURAL_PART = new RegExp(`^,?\\s+(?:and|or)\\s+${WEEKDAY}\\s+(${PART_OF_DAY})s\\b`, 'i');

/** The date of weekday `wd` relative to `day`, by the qualifier or the tense. */
export function weekdayDate(day: Day, wd: number, rel: string | undefined, tense: Tense): Day {
  const today = weekdayOf(day);
  const back = (today - wd + 7) % 7, fwd = (wd - today + 7) % 7;
  switch (rel) {
    case 'last': case 'past': case 'previous': return addDays(day, -(back || 7));
    case 'next': case 'coming': return addDays(day, fwd || 7);
    case 'this': return addDays(day, tense === 'past' ? -back : fwd);
    default: return addDays(day, tense === 'future' ? fwd : -back);
  }
}

export const resolveWeekday: Rule = {
  id: 'relative-weekday',
  re: rx(`\\b${POSITION}?(?:(this\\s+(?:coming|past)|last|next|this|past|coming|previous|following|prior)\\s+)?(${WEEKDAY})(s)?\\b(?:,?\\s+(${PART_OF_DAY})(s)?\\b)?`),
  make(m, sentence) {
    const name = m[3];
    if (!isCapitalized(name)) return null;
    // "this coming Sunday" is the coming one, "this past Sunday" the last one.
    const said = m[2]?.toLowerCase().replace(/\s+/g, ' ');
    const rel = said === 'this coming' ? 'coming' : said === 'this past' ? 'last' : said;
    const wd = WEEKDAYS[name.toLowerCase()], mod = positionMod(m[1]);
    // "the previous Friday", "the following Monday": counted from the last day the article named.
    const the = rel && !m[1] && !m[4] && /^(?:previous|next|following|prior)$/.test(rel) ? THE_BEFORE.exec(sentence.slice(Math.max(0, m.index - 4), m.index)) : null;
    if (the) {
      const step = rel === 'previous' || rel === 'prior' ? 'last' : 'next';
      return {
        start: m.index - the[0].length, kind: m[5] ? undefined : 'day',
        resolve: (r) => {
          const base = r.ref?.day ?? dctDay(r.dct);
          const day = weekdayDate(base, wd, step, 'none');
          const part = m[5] ? PARTS[m[5].toLowerCase()] : undefined;
          return { type: part ? 'TIME' : 'DATE', value: dayValue(day) + (part ? `T${part}` : ''), anchor: r.ref ? 'ref' : 'document', confidence: 0.7, day };
        },
      };
    }
    // "Mondays", "Saturday mornings", "Monday and Tuesday nights": recurring (SET).
    const shared = !m[4] && !m[5] && !rel ? SHARED_PLURAL_PART.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30)) : null;
    const partWord = m[5] ?? shared?.[1];
    const part = partWord ? PARTS[partWord.toLowerCase()] : undefined;
    if (m[4] || m[6] || shared) {
      const value = `XXXX-WXX-${wd}${part ? 'T' + part : ''}`;
      return { resolve: () => ({ type: 'SET', value, anchor: 'absolute', confidence: 0.85 }) };
    }
    return {
      kind: part ? undefined : 'day',
      needsTense: !rel || rel === 'this',
      resolve: (r) => {
        const day = weekdayDate(dctDay(r.dct), wd, rel, r.tense);
        if (part) return { type: 'TIME', value: `${dayValue(day)}T${part}`, anchor: 'document', confidence: 0.8, day, ...withMod(mod) };
        return { type: 'DATE', value: dayValue(day), anchor: 'document', confidence: rel ? 0.9 : 0.8, day, ...withMod(mod) };
      },
    };
  },
};
