// Seasons ("last fall", "the summer of 2016"), quarters and halves ("the third quarter",
// "fiscal second-quarter", "Q3 2017", "the first half of 2018") and the quarter a report is about
// ("the latest quarter", "the year-ago period").
import type { Resolver, Rule, Tense } from '../context.ts';
import { YEAR, MONTH, POSITION, SEASON, WORDS, DATE_CUE_BEFORE, isCapitalized, rx } from '../patterns.ts';
import { monthNumber } from '../../../time/calendar.ts';
import { pickYear, positionMod, withMod } from '../helpers.ts';
import { addQuarters, quarterOf } from '../values.ts';

const SEASONS = WORDS.seasons as Record<string, string>;
const ORDER = ['SP', 'SU', 'FA', 'WI'];
/** Season index (1-4) and the year it belongs to; January and February belong to the previous year's winter. */
function currentSeason(y: number, m: number): { y: number; i: number } {
  if (m <= 2) return { y: y - 1, i: 4 };
  return { y, i: m === 12 ? 4 : Math.floor((m - 3) / 3) + 1 };
}
function seasonYear(r: Resolver, i: number, how: string | Tense): number {
  const c = currentSeason(r.dct.y, r.dct.m);
  switch (how) {
    case 'last': case 'past': return i < c.i ? c.y : c.y - 1;
    case 'next': case 'coming': return i > c.i ? c.y : c.y + 1;
    case 'future': return i >= c.i ? c.y : c.y + 1;
    case 'this': return i === 4 ? c.y : r.dct.y;
    default: return i <= c.i ? c.y : c.y - 1;
  }
}

/**
 * "before the summer": the summer of the document's year even in past-tense reporting (in a March article
 * "talks stalled before the summer" is this coming summer; a past one would be "before last summer").
 */
const BEFORE = /\b(?:before|ahead\s+of)\s+$/i;
const INFINITIVE_TO = /(?<!\b(?:spring|summer|winter|autumn|[12]\d{3}))\s+to\s*$/i;

/** "this summer", "last fall", "the winter of 1998", "early spring"; "prices fall" needs a cue and does not fire. */
export const readSeason: Rule = {
  id: 'season',
  re: rx(`\\b${POSITION}?(?:(this\\s+past|this|last|next|past|coming|the)\\s+)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR}))?\\b`),
  make(m, sentence) {
    const rel = m[2]?.toLowerCase().replace(/\s+/g, ' ');
    const cue = m[1] || rel || m[4] || DATE_CUE_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index));
    if (!cue || /^[A-Z]/.test(m[3]) && !m[4] && !rel) return null;
    // "to fall apart", "expected to fall below": the verb after an infinitive "to", not the season ("from spring to fall" is).
    if (!m[1] && !rel && !m[4] && /^fall$/i.test(m[3]) && INFINITIVE_TO.test(sentence.slice(Math.max(0, m.index - 16), m.index))) return null;
    if (rel === 'the' && !m[4] && /^\s+of\b/.test(sentence.slice(m.index + m[0].length))) return null;
    const i = ORDER.indexOf(SEASONS[m[3].toLowerCase()]) + 1, mod = positionMod(m[1]);
    const code = ORDER[i - 1];
    if (m[4]) return { resolve: () => ({ type: 'DATE', value: `${m[4]}-${code}`, anchor: 'absolute', confidence: 0.9, ...withMod(mod) }) };
    const ahead = (!rel || rel === 'the') && BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index));
    const how = rel === 'this past' ? 'last' : rel && rel !== 'the' ? rel : null;
    return {
      needsTense: !how,
      resolve: (r) => ({ type: 'DATE', value: `${seasonYear(r, i, how ?? (ahead && r.tense !== 'future' && code !== 'WI' ? 'this' : r.tense))}-${code}`, anchor: 'document', confidence: 0.8, ...withMod(mod) }),
    };
  },
};

const QUARTER_ORD: Record<string, number> = { last: 4, first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

/** "the third quarter", "fiscal second-quarter", "the first half of 1990"; a year-less quarter still to come in past-tense text is last year's. */
export const readQuarter: Rule = {
  id: 'quarter',
  re: rx(`\\b(?:the\\s+)?(?:(this|last|next)\\s+year['’]s\\s+|(${YEAR})\\s+)?((?:(?:latest|current|last|next|previous|same|this|year-earlier|year-ago|fiscal|calendar|comparable|corresponding)[\\s-]+){0,2})(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?(quarter|half)(?![\\w-])(?:(?:\\s+of|,)?\\s+(?:(?:fiscal|calendar)\\s+(?:year\\s+)?)?(${YEAR}))?`),
  make(m) {
    const [rel, before, quals, ord, what, after] = [m[1]?.toLowerCase(), m[2], m[3], m[4], m[5], m[6]];
    const half = what.toLowerCase() === 'half', n = Math.min(QUARTER_ORD[ord.toLowerCase()], half ? 2 : 4);
    if (ord.toLowerCase() === 'last' && !half) return null;  // "last quarter" is relative
    const yearAgo = /year-(?:earlier|ago)/i.test(quals);
    const label = half ? `H${n}` : `Q${n}`;
    // "the third-quarter loss": the hyphened adjective modifies the noun, and "the" belongs to the noun.
    const adjective = /^the\s/i.test(m[0]) && !after && m[0][m[0].length - what.length - 1] === '-';
    const at = adjective ? { start: m.index + 3 + m[0].slice(3).search(/\S/) } : {};
    if (rel) {
      return { ...at, resolve: (r) => { const y = r.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        return { type: 'DATE', value: `${y}-${label}`, anchor: 'document', confidence: 0.85, ...(half ? {} : { quarter: { y, q: n } }) }; } };
    }
    if (before || after) {
      const y = +(before ?? after);
      return { ...at, resolve: () => ({ type: 'DATE', value: `${y}-${label}`, anchor: 'absolute', confidence: 0.95, ...(half ? {} : { quarter: { y, q: n } }) }) };
    }
    return {
      ...at, needsTense: true,
      resolve: (r) => {
        const startMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
        let y = r.dct.y;
        if (startMonth > r.dct.m && r.tense !== 'future') y -= 1;
        if (yearAgo) y -= 1;
        return { type: 'DATE', value: `${y}-${label}`, anchor: 'document', confidence: 0.8, ...(half ? {} : { quarter: { y, q: n } }) };
      },
    };
  },
};

/** "Q3", "Q3 2017" (capital Q). */
export const readQuarterCode: Rule = {
  id: 'quarter-code',
  re: rx(`\\bQ([1-4])(?:\\s+(${YEAR}))?\\b`),
  make(m) {
    if (m[0][0] !== 'Q') return null;
    const n = +m[1];
    return {
      resolve: (r) => {
        const y = m[2] ? +m[2] : n * 3 - 2 > r.dct.m ? r.dct.y - 1 : r.dct.y;
        return { type: 'DATE', value: `${y}-Q${n}`, anchor: m[2] ? 'absolute' : 'document', confidence: 0.85, quarter: { y, q: n } };
      },
    };
  },
};

/** "ended Sept. 30", "ending in June" after a reporting period: the month it closed. */
const ENDED = new RegExp(`^\\s+(?:ended|ending)\\s+(?:in\\s+)?(${MONTH})`, 'i');

/** The calendar quarter most of a three-month period ending in month `m` lies in ("ended Sept. 30" → Q3, "ended July 31" → Q2). */
export const quarterEndingIn = (m: number): number => quarterOf(m === 1 ? 12 : m - 1);

/** "the quarter", "the latest period", "the year-earlier quarter": the quarter the report is about. */
export const resolveReportQuarter: Rule = {
  id: 'report-quarter',
  re: rx('\\bthe\\s+(?:(latest|current|same|year-earlier|year-ago|comparable|corresponding|previous|prior|recent)[\\s-]+)?(quarter|period)\\b(?![\\w-])(?!\\s+(?:of|from|between|when|in\\s+which))(\\s+a\\s+year\\s+(?:ago|earlier))?'),
  make(m, sentence) {
    // "the quarter a year ago" is the year-earlier quarter.
    const q = m[3] ? 'year-ago' : m[1]?.toLowerCase();
    const ended = ENDED.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (m[2].toLowerCase() === 'period' && !q && !ended) return null;
    if (ended) {
      // "the quarter ended Sept. 30": the quarter closing then, in the latest such month not after the document.
      const mo = monthNumber(ended[1]);
      if (!mo || !isCapitalized(ended[1])) return null;
      return {
        resolve: (r) => {
          const qn = quarterEndingIn(mo), y = pickYear(r.dct, mo, null, 'past') - (mo === 1 ? 1 : 0);
          return { type: 'DATE', value: `${y}-Q${qn}`, anchor: 'document', confidence: 0.7, quarter: { y, q: qn } };
        },
      };
    }
    return {
      resolve: (r) => {
        const known = r.quarter;
        let base = known ? { y: known.y, q: known.q } : addQuarters(r.dct.y, quarterOf(r.dct.m), q === 'current' ? 0 : -1);
        if (q === 'year-earlier' || q === 'year-ago' || q === 'comparable' || q === 'corresponding') base = { y: base.y - 1, q: base.q };
        else if (q === 'previous' || q === 'prior') base = addQuarters(base.y, base.q, -1);
        return { type: 'DATE', value: `${base.y}-Q${base.q}`, anchor: known ? 'ref' : 'document', ...(known ? { anchorId: known.id } : {}),
          confidence: 0.6, ...(q === 'year-earlier' || q === 'year-ago' ? {} : { quarter: base }) };
      },
    };
  },
};

/**
 * "the year", "the fiscal year", "the full year", "the current fiscal year": in a report, the
 * document's (fiscal) year; "the year ended June 30" names a twelve-month period (a DURATION);
 * "the latest fiscal year" is the last one closed.
 */
export const resolveReportYear: Rule = {
  id: 'report-year',
  re: rx('\\bthe\\s+(?:(full|current|latest|past|previous)\\s+)?(?:(fiscal|financial|calendar)\\s+)?year\\b(?![\\w-]|\\s+(?:two|\\d|before|after|earlier|later|ago|to\\s+come)\\b)'),
  make(m, sentence) {
    const rel = m[1]?.toLowerCase();
    if ((rel === 'past' || rel === 'previous') && !m[2]) return null;  // "the past year" is a duration, another rule's
    const ended = /^\s+(?:ended|ending|that\s+ended|that\s+ends)\b/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (ended) return { resolve: () => ({ type: 'DURATION', value: 'P1Y', anchor: 'absolute', confidence: 0.7 }) };
    const shift = rel === 'latest' || rel === 'past' || rel === 'previous' ? -1 : 0;
    return { resolve: (r) => ({ type: 'DATE', value: String(r.dct.y + shift), anchor: 'document', confidence: 0.6 }) };
  },
};

/** "the 1988 quarter", "the 1989 period": the report's quarter in that year. */
export const readYearQuarter: Rule = {
  id: 'year-quarter',
  re: rx(`\\bthe\\s+(${YEAR})\\s+(quarter|period)\\b`),
  make(m) {
    const y = +m[1];
    return {
      resolve: (r) => (r.quarter
        ? { type: 'DATE', value: `${y}-Q${r.quarter.q}`, anchor: 'ref', anchorId: r.quarter.id, confidence: 0.6 }
        : { type: 'DATE', value: String(y), anchor: 'absolute', confidence: 0.6 }),
    };
  },
};
