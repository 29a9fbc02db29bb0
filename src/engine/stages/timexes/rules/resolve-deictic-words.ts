// Words that point at the document time: "today", "yesterday", "tomorrow morning", "tonight",
// "this morning", "last night", "late yesterday", and the vague TIMEX3 references PRESENT_REF
// ("now", "currently"), PAST_REF ("recently", "the past") and FUTURE_REF ("soon", "the future").
import type { Rule } from '../context.ts';
import { POSITION, PART_OF_DAY, WORDS, rx } from '../patterns.ts';
import { positionMod, withMod, dctDay } from '../helpers.ts';
import { addDays, dayValue, durationValue, unitCode } from '../values.ts';

const PARTS = WORDS.partsOfDay as Record<string, string>;
const OFFSET: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1, 'the day before yesterday': -2, 'the day after tomorrow': 2 };

/** "today's world", "the youth of today": "today" meaning nowadays (TimeML: PRESENT_REF); "the cities of tomorrow" (FUTURE_REF). */
const GENERIC_AFTER = /^['’]s\s+(?:world|society|youth|young|generation|children|kids|teenagers|students|families|culture|economy|global|modern|standards|terms|age|era|times)\b/i;
const OF_BEFORE = /(?<!\bas)\s+of\s+$/i;
const NOT_OF_AFTER = /^\s*['’]s/;

/** today, tonight, tomorrow, yesterday (+ morning/afternoon/evening/night). */
export const resolveDayWord: Rule = {
  id: 'deictic-day',
  re: rx(`\\b${POSITION}?(?:(${PART_OF_DAY})\\s+(?=yesterday|today|tomorrow))?(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight|tomorrow|yesterday)(?:\\s+(${PART_OF_DAY}))?\\b`),
  make(m, sentence) {
    // The part of the day comes after the day word ("yesterday morning") or before it ("mid-afternoon yesterday").
    const word = m[3].toLowerCase().replace(/\s+/g, ' '), mod = positionMod(m[1]), partWord = m[2] ?? m[4];
    const part = word === 'tonight' ? 'NI' : partWord ? PARTS[partWord.toLowerCase()] : undefined;
    if ((word === 'today' || word === 'tomorrow') && !part && !m[1]) {
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const generic = GENERIC_AFTER.test(after) || (OF_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)) && !NOT_OF_AFTER.test(after));
      if (generic) {
        const value = word === 'today' ? 'PRESENT_REF' : 'FUTURE_REF';
        return { resolve: () => ({ type: 'DATE', value, anchor: 'document', confidence: 0.6 }) };
      }
    }
    return {
      kind: part ? undefined : 'day',
      resolve: (r) => {
        const day = addDays(dctDay(r.dct), OFFSET[word]);
        if (part) return { type: 'TIME', value: `${dayValue(day)}T${part}`, anchor: 'document', confidence: 0.9, day, ...withMod(mod) };
        return { type: 'DATE', value: dayValue(day), anchor: 'document', confidence: 0.95, day, ...withMod(mod) };
      },
    };
  },
};

/** "this morning", "this evening", "last night". */
export const resolveThisPartOfDay: Rule = {
  id: 'deictic-part-of-day',
  re: rx(`\\b(this|last|early\\s+this|late\\s+last|earlier\\s+this|later\\s+this)\\s+(${PART_OF_DAY})\\b`),
  make(m) {
    const rel = m[1].toLowerCase().replace(/\s+/g, ' '), part = PARTS[m[2].toLowerCase()];
    const mod = positionMod(rel.split(' ')[0] === rel ? undefined : rel.split(' ')[0]);
    return {
      resolve: (r) => {
        const day = addDays(dctDay(r.dct), rel.endsWith('last') ? -1 : 0);
        return { type: 'TIME', value: `${dayValue(day)}T${part}`, anchor: 'document', confidence: 0.85, day, ...withMod(mod) };
      },
    };
  },
};

/**
 * "in the morning", "by mid-afternoon", "late in the evening": a part of the last day the article named
 * (or of the document day). "the morning of Oct. 3", "the evening news" are left to other rules.
 */
const PART_PREPOSITION_BEFORE = /\b(?:in|by|at|during|until|till|throughout)\s+$/i;

export const resolvePartOfNamedDay: Rule = {
  id: 'part-of-named-day',
  re: rx('\\b(?:(the)\\s+)?(?:(early|late|mid)[\\s-]*)?(morning|afternoon|evening)\\b(?![\\s-]+(?:of|session|sessions|edition|editions|paper|papers|news|show|prayers?|trading|rush|hours?|meeting|shift|star)\\b)'),
  make(m, sentence) {
    if (!m[1] && !m[2]) return null;   // "by morning" alone is left out
    if (!PART_PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
    const part = PARTS[m[3].toLowerCase()], mod = positionMod(m[2]);
    return {
      resolve: (r) => {
        const day = r.ref?.day ?? dctDay(r.dct);
        return { type: 'TIME', value: `${dayValue(day)}T${part}`, anchor: r.ref ? 'ref' : 'document', confidence: 0.6, ...withMod(mod) };
      },
    };
  },
};

/** After "overnight": an adverb ("struck overnight") or a noun of events ("overnight losses"), not "an overnight stay". */
const OVERNIGHT_AFTER = /^(?:\s*(?:[,.;:!?)"'”’]|$)|\s+(?:in|on|at|from|to|and|but|as|after|before|with|near|across|when|while|losses|gains|trading|fighting|attacks?|strikes?|raids?|shelling|clashes|talks|rain|storms?)\b)/i;

/** "overnight": the night before the last day named (or before the document day), TIME ...TNI. */
export const resolveOvernight: Rule = {
  id: 'overnight',
  re: rx('\\bovernight\\b(?!-)'),
  make(m, sentence) {
    if (!OVERNIGHT_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    return {
      resolve: (r) => {
        const day = addDays(r.ref?.day ?? dctDay(r.dct), -1);
        return { type: 'TIME', value: `${dayValue(day)}TNI`, anchor: r.ref ? 'ref' : 'document', confidence: 0.6 };
      },
    };
  },
};

const STRETCH = /^(?:the )?(?:recent|coming) (days|weeks|months|years|decades)$/i;

const REFS: Array<[RegExp, string]> = [
  [/^(?:right now|now|currently|nowadays|these days|at present|the present|at the moment|presently)$/i, 'PRESENT_REF'],
  [/^(?:recent|recently|lately|the (?:recent |distant )?past|recent (?:years|months|weeks|days|decades|times))$/i, 'PAST_REF'],
  [/^current$/i, 'PRESENT_REF'],
];

/**
 * PRESENT_REF / PAST_REF / FUTURE_REF words. "now" in "now-defunct" does not fire. The adjectives
 * "current", "recent" and "future" before a noun count too ("the current crisis", "a recent
 * ruling", "future talks"), as TimeML annotates them; "current account" (the balance) does not.
 */
export const resolveReferenceWord: Rule = {
  id: 'reference-word',
  re: rx('\\b(?:right\\s+now|now(?![-\\w])|currently|nowadays|these\\s+days|at\\s+present|presently|at\\s+the\\s+moment|recently|lately|the\\s+(?:recent\\s+|distant\\s+)?past(?!\\s+(?:few|several|couple|two|three|four|five|six|seven|eight|nine|ten|\\d))|recent\\s+(?:years|months|weeks|days|decades|times)|the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|(?:the\\s+)?coming\\s+(?:days|weeks|months|years|decades)|(?:the\\s+)?years\\s+to\\s+come|(?<!\\bthen\\s+)(?:current|recent)(?=\\s+[a-z])(?!\\s+(?:accounts?|affairs|events|tense|value|generations?|reference)\\b))\\b'),
  make(m) {
    const text = m[0].replace(/\s+/g, ' ');
    // "in recent years", "in the coming weeks": a stretch of unknown length reaching up to (from) now, which TimeML
    // annotates as a DURATION (PXY, PXW), not as PAST_REF / FUTURE_REF.
    const stretch = STRETCH.exec(text);
    if (stretch) {
      const value = durationValue('X', unitCode(stretch[1]));
      return { resolve: () => ({ type: 'DURATION', value, anchor: 'absolute', confidence: 0.6 }) };
    }
    const value = REFS.find(([re]) => re.test(text))?.[1] ?? 'FUTURE_REF';
    return { resolve: () => ({ type: 'DATE', value, anchor: 'document', confidence: 0.7 }) };
  },
};
