// Years, fiscal years, decades and centuries: "1990", "fiscal 1989", "FY17", "early 2017",
// "the 1990s", "the mid-'80s", "the sixties", "the 19th century".
import type { Rule } from '../context.ts';
import { YEAR, POSITION, ORDINAL, MONTH, SEASON, WORDS, isCapitalized, rx } from '../patterns.ts';
import { monthNumber, pad } from '../../../time/calendar.ts';
import { positionMod, withMod } from '../helpers.ts';

/** Words before a bare number that make it a year rather than a count. */
const YEAR_CUE_BEFORE = /\b(?:in|of|since|from|until|till|by|to|before|after|during|through|and|or|between|early|late|mid|fiscal|year|the|its|his|her|their|summer|spring|fall|autumn|winter|end|pre|post)\s*-?\s*$/i;
/** After a number, a sign that it counts things: "1990 votes", "2000 percent". */
const COUNT_AFTER = /^\s*(?:%|percent|per\s*cent|[a-z]+s\b(?!['’]))/i;
const MONEY_OR_NUMBER_BEFORE = /(?:[$€£#¥]|\d[\d,.]*\s*|\bNo\.\s*)$/;
/** A capitalized word introduced by a naming verb just before: the year is part of a name ("a venture called Orion 1980", "a plan dubbed Vision 2030"). */
const NAMED_BEFORE = /\b(?:called|named|dubbed|titled|entitled|known\s+as|code-named|codenamed)\s+(?:[A-Z][\w&'’.-]*\s+){1,3}$/;
/** A year and a comma just before: the next item of a list of years ("in 1994, 1995 and 1997"). */
const YEAR_LIST_BEFORE = /(?<![\d,.$€£#¥])(?:1[6-9]\d\d|20\d\d),\s*$/;

/** "1990", "fiscal 1989", "the year 2000", "early 2017", "FY2017", "FY17". */
export const readYear: Rule = {
  id: 'year',
  re: rx(`\\b${POSITION}?(?:(fiscal(?:\\s+year)?|calendar(?:\\s+year)?|the\\s+year|FY)\\s*)?(${YEAR}|(?<=FY\\s?)\\d{2}(?!\\d))(?![\\w-]|['’]s\\b(?!\\w))`),
  make(m, sentence) {
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const listed = YEAR_LIST_BEFORE.test(before) && !COUNT_AFTER.test(after);
    if (MONEY_OR_NUMBER_BEFORE.test(before) && !m[1] && !m[2] && !listed) return null;
    if (!m[1] && !m[2] && NAMED_BEFORE.test(sentence.slice(Math.max(0, m.index - 48), m.index))) return null;
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const cued = m[1] || m[2] || listed || YEAR_CUE_BEFORE.test(before);
    if (!cued && (COUNT_AFTER.test(after) || y < 1600)) return null;
    if (/^\s*(?:%|percent)/i.test(after)) return null;
    const mod = positionMod(m[1]), fiscal = /^(?:fiscal|fy)/i.test(m[2] ?? '');
    return { resolve: () => ({ type: 'DATE', value: pad(y, 4), anchor: 'absolute', confidence: fiscal || cued ? 0.9 : 0.8, ...withMod(mod) }) };
  },
};

const DECADE_WORDS = WORDS.decadeWords as Record<string, number>;

/** "the 1990s", "the mid-'80s", "the early sixties"; "the 1800s" is a century. */
export const readDecade: Rule = {
  id: 'decade',
  re: rx(`\\b${POSITION}?(?:the\\s+)?(?:(1\\d|20)(\\d)0['’]?s|['’](\\d)0s|(${Object.keys(DECADE_WORDS).join('|')}))\\b`),
  make(m, sentence) {
    const mod = positionMod(m[1]);
    if (m[5] && !/^(?:the\b|early|late|mid)/i.test(m[0])) return null;
    if (m[5] && /\b(?:his|her|their|my|your|our)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) return null;
    if (m[2]) {
      const value = m[3] === '0' && +m[2] < 20 ? m[2] : m[2] + m[3];
      return { resolve: () => ({ type: 'DATE', value, anchor: 'absolute', confidence: 0.9, ...withMod(mod) }) };
    }
    const d = m[4] !== undefined ? +m[4] : DECADE_WORDS[m[5].toLowerCase()];
    return {
      resolve: (r) => {
        const century = 2000 + d * 10 <= r.dct.y ? 20 : 19;
        return { type: 'DATE', value: `${century}${d}`, anchor: 'document', confidence: 0.85, ...withMod(mod) };
      },
    };
  },
};

const ORDINALS = WORDS.ordinals as Record<string, number>;

/** "the 19th century", "the early twentieth century" → "18", "19" (TIMEX3 centuries count from 00). */
export const readCentury: Rule = {
  id: 'century',
  re: rx(`\\b${POSITION}?(?:the\\s+)?(${ORDINAL})[\\s-]+century\\b`),
  make(m) {
    const n = ORDINALS[m[2].toLowerCase()] ?? parseInt(m[2], 10);
    if (!n || n > 21) return null;
    const mod = positionMod(m[1]);
    return { resolve: () => ({ type: 'DATE', value: pad(n - 1, 2), anchor: 'absolute', confidence: 0.9, ...withMod(mod) }) };
  },
};

const TENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const SEASON_CODES = WORDS.seasons as Record<string, string>;

/**
 * Years in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand"; with a month or a
 * season before it, one date: "January nineteen ninety-seven" (1997-01), "the winter of nineteen ninety-four" (1994-WI).
 */
export const readSpokenYear: Rule = {
  id: 'spoken-year',
  re: rx(`\\b(?:(${MONTH})\\s+|(?:the\\s+)?(${SEASON})\\s+of\\s+)?(?:(nineteen|eighteen|twenty)[\\s-]+(${TENS.join('|')})(?:[\\s-]+(${ONES.join('|')}))?|the\\s+year\\s+two\\s+thousand(?:\\s+and\\s+(${ONES.join('|')}))?)\\b`),
  make(m) {
    let y: number;
    if (m[3]) {
      const hundreds = { eighteen: 18, nineteen: 19, twenty: 20 }[m[3].toLowerCase() as 'nineteen'];
      const t = TENS.indexOf(m[4].toLowerCase()), tens = t < 10 ? 10 + t : (t - 8) * 10;
      if (m[5] && tens < 20) return null;
      y = hundreds * 100 + tens + (m[5] ? ONES.indexOf(m[5].toLowerCase()) + 1 : 0);
    } else y = 2000 + (m[6] ? ONES.indexOf(m[6].toLowerCase()) + 1 : 0);
    // A month name must be capitalized ("may nineteen ..." is the verb); without it the match is the year alone.
    const month = m[1] && isCapitalized(m[1]) ? monthNumber(m[1]) : 0;
    const skip = m[1] && !month ? m[0].length - m[0].slice(m[1].length).trimStart().length : 0;
    const value = month ? `${pad(y, 4)}-${pad(month)}` : m[2] ? `${pad(y, 4)}-${SEASON_CODES[m[2].toLowerCase()]}` : pad(y, 4);
    return { start: skip ? m.index + skip : undefined, resolve: () => ({ type: 'DATE', value, anchor: 'absolute', confidence: 0.8 }) };
  },
};
