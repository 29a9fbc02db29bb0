// Durations: "three days", "the past two months", "a decade", "10-hour", "two and a half years", "2 1/2 years",
// "20 more years", "five business days", "three straight years", "two to three weeks" (PXW),
// "about six weeks", "more than 20 years", "several months" (PXM), "for years" (PXY), ages
// ("45-year-old" → P45Y).
import type { Rule } from '../context.ts';
import { NUMBER, UNIT, QUANTITY_MOD, rx } from '../patterns.ts';
import { quantityMod, withMod } from '../helpers.ts';
import { durationValue, parseCount, unitCode } from '../values.ts';

/** A modal, "to" or a subject pronoun right before "one day": the "someday" reading. */
const SOMEDAY_BEFORE = /\b(?:will|would|could|may|might|can|should|shall|must|to|i|we|you|he|she|they|it)\s+$/i;

export const measureDuration: Rule = {
  id: 'duration',
  re: rx(`\\b${QUANTITY_MOD}?(?:the\\s+)?(?:(past|last|next|previous|coming|first|final|following|prior|initial|remaining|latest|other)\\s+)?(?:${NUMBER}\\s+(?:to|or)\\s+)?(${NUMBER})[\\s-]+(?:(?:more|additional|further|extra|trading|business|working|consecutive|straight|full)\\s+)?(${UNIT})s?(\\s+and\\s+a\\s+half)?(?:[\\s-]+(old|long))?\\b`),
  make(m, sentence) {
    const count = parseCount(m[3]), unit = m[4].toLowerCase(), code = unitCode(unit);
    if (count === null || !code || count === 0) return null;
    if (/^an?$/i.test(m[3]) && unit === 'second') return null;       // "a second term"
    // "will one day be", "he hopes to one day lead": "someday", a vague future (TimeML FUTURE_REF), not 24 hours.
    if (!m[1] && !m[2] && /^one\s+day$/i.test(m[0]) && SOMEDAY_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) {
      return { resolve: () => ({ type: 'DATE', value: 'FUTURE_REF', anchor: 'document', confidence: 0.6 }) };
    }
    // '"60 Minutes"', '“Four Days”': a quoted title (a programme, a film), not an amount of time.
    if (/^[A-Z][a-z]/.test(m[4]) && /["“‘'`]\s?$/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) return null;
    if (unit.startsWith('quarter') && /^\s+of\s+(?:the|a|an|its|their|his|her|all|those|these)\b/i.test(sentence.slice(m.index + m[0].length))) return null;  // "three quarters of the vote"
    if (m[6]?.toLowerCase() === 'old') return null;  // ages ("a 6-year-old") are not time expressions in TimeML news annotation
    if (typeof count === 'number' && count > 1000 && code !== 'TS' && code !== 'TM') return null;
    // "two to three weeks", "12 to 18 months": a range, so the count is unspecified.
    // ("up to 180 days" is a bound, not a range: the modifier is left out of the test.)
    const range = /\s(?:to|or)\s/i.test(m[0].slice(m[1] ? m[1].length : 0, m[0].lastIndexOf(m[3])));
    // "a day-long strike", "a months-long siege": the article belongs to the noun (the span starts at the unit);
    // a plural unit has no count.
    const articleLong = /^an?$/i.test(m[3]) && /-long$/i.test(m[0]);
    const n = count === 'X' || range || (articleLong && /s-long$/i.test(m[0])) ? 'X' : count + (m[5] ? 0.5 : 0);
    const value = durationValue(n, code === 'WE' ? 'WE' : code);
    // "over the past three years": "over" is a preposition there, not "more than".
    const prep = m[1] && /^(?:over|under)$/i.test(m[1]) && (m[2] || /^\S+\s+the\b/i.test(m[0]));
    const mod = prep ? undefined : quantityMod(m[1]);
    // "the 30-day rate", "the eight-year war": a count joined to its unit modifies the noun; "the" belongs to the noun.
    const theAdjective = !m[1] && !m[2] && /^the\s/i.test(m[0]) && m[0][m[0].lastIndexOf(m[4]) - 1] === '-';
    const start = articleLong ? m.index + m[0].search(/\S+$/) : prep ? m.index + m[0].search(/\s/) + m[0].slice(m[0].search(/\s/)).search(/\S/)
      : theAdjective ? m.index + m[0].slice(3).search(/\S/) + 3 : undefined;
    return {
      ...(start !== undefined ? { start } : {}), resolve: () => ({ type: 'DURATION', value, anchor: 'absolute', confidence: n === 'X' ? 0.6 : 0.85, ...withMod(mod) }) };
  },
};

/** A bare plural unit after a word that measures time: "for years", "within hours", "took months". */
export const measureBarePlural: Rule = {
  id: 'duration-plural',
  re: rx('(?<=\\b(?:for|in|within|over|after|took|take|takes|taking|spent|lasted|last|lasting|than)\\s+)(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b'),
  make(m) {
    const value = durationValue('X', unitCode(m[1]));
    return { resolve: () => ({ type: 'DURATION', value, anchor: 'absolute', confidence: 0.55 }) };
  },
};

/** What may follow a vague stretch and makes it a date anchored on an event ("the days before the vote"), not a duration. */
const ANCHORED_AFTER = /^\s+(?:before|after|since|preceding|leading|prior|until|of\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|next|\d))/i;

/** A preposition that measures, before a bare "the years". */
const MEASURING_BEFORE = /\b(?:over|in|during|throughout|for|within)\s+$/i;

/**
 * A stretch of unspecified length: "the first hours of the war", "the early years", "over the years", "in the
 * weeks ahead" (TimeML: a DURATION with an unknown count, PTXH, PXY). A bare "the years" needs a preposition that
 * measures ("over", "in", "during"); "the days before the vote" is a date anchored on the vote and is left alone.
 */
export const measureVagueStretch: Rule = {
  id: 'vague-stretch',
  re: rx('\\bthe\\s+(?:(first|early|final|last|closing|opening|initial|ensuing|intervening|remaining)\\s+)?(hours|days|weeks|months|years|decades)(\\s+ahead)?\\b'),
  make(m, sentence) {
    if (!m[1] && !MEASURING_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
    if (!m[3] && ANCHORED_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
    const value = durationValue('X', unitCode(m[2]));
    return { resolve: () => ({ type: 'DURATION', value, anchor: 'absolute', confidence: 0.5 }) };
  },
};

const FOR_BEFORE = /\b(?:for|in|after|within)\s+(?:quite\s+)?$/i;

/** "for a while", "for some time", "for a fairly lengthy period": a duration of unknown length (PXX). */
export const measureVagueLength: Rule = {
  id: 'vague-length',
  re: rx('\\b(?:a\\s+(?:(?:little|short|long)\\s+)?while|some\\s+time|an?\\s+(?:(?:fairly|very|rather)\\s+)?(?:long|lengthy|short|brief|extended|prolonged)\\s+period)\\b(?!\\s+(?:ago|later|earlier|before|after|of))'),
  make(m, sentence) {
    if (!FOR_BEFORE.test(sentence.slice(Math.max(0, m.index - 14), m.index))) return null;
    return { resolve: () => ({ type: 'DURATION', value: 'PXX', anchor: 'absolute', confidence: 0.5 }) };
  },
};

/** "a day-long meeting", "decades-long rivalry" with no count: how long it lasts (P1D; PXY for a plural). */
export const measureLongAdjective: Rule = {
  id: 'long-adjective',
  re: rx('\\b(hour|day|week|month|year|decade|centur(?:y|ie))(s)?-long\\b'),
  make(m, sentence) {
    if (m.index > 0 && sentence[m.index - 1] === '-') return null;
    // After a count ("two-year-long", "a year-long") the duration rule has it.
    if (/(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many))[\s-]+$/i.test(sentence.slice(Math.max(0, m.index - 10), m.index))) return null;
    const code = unitCode(m[1] === 'centurie' ? 'century' : m[1]);
    if (!code) return null;
    const value = durationValue(m[2] ? 'X' : 1, code);
    return { resolve: () => ({ type: 'DURATION', value, anchor: 'absolute', confidence: 0.6 }) };
  },
};
