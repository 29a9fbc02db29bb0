// Offsets from a reference: "two days ago", "three years earlier", "a week later", "six months
// from now", "the next day", "the following week", "that year", "the year-earlier quarter".
// "ago"/"from now" count from the document time; "earlier"/"later"/"that" from the last day the
// article named (its id goes into `anchor`).
import type { Resolver, Resolved, Rule } from '../context.ts';
import { NUMBER, UNIT, QUANTITY_MOD, PART_OF_DAY, WORDS, rx } from '../patterns.ts';
import { positionMod, quantityMod, withMod, dctDay, clockValue } from '../helpers.ts';
import { addDays, addMonths, dayValue, durationValue, monthValue, parseCount, unitCode, type Day } from '../values.ts';
import { unitValue } from './resolve-relative-units.ts';
import type { Timex } from '../../../../model/index.ts';

const PARTS = WORDS.partsOfDay as Record<string, string>;
const UNIT_NAME: Record<string, string> = { D: 'day', W: 'week', W2: 'fortnight', WE: 'weekend', M: 'month', Q: 'quarter', Y: 'year', Y10: 'year', Y100: 'year', Y1000: 'year' };
const SCALE: Record<string, number> = { W2: 2, Y10: 10, Y100: 100, Y1000: 1000 };

/** The day to count from: the last named day (anchor = its id), else the document day. */
function base(r: Resolver, fromRef: boolean): { day: Day; anchor: 'ref' | 'document' } {
  return fromRef && r.ref ? { day: r.ref.day, anchor: 'ref' } : { day: dctDay(r.dct), anchor: 'document' };
}

/** Shift by n units (n may be fractional: a year and a half → 18 months). */
function shifted(r: Resolver, day: Day, n: number, code: string): { value: string; day?: Day } | null {
  if (code === 'TH' || code === 'TM' || code === 'TS') {
    if (r.dct.h === undefined) return { value: dayValue(day) };
    const minutes = r.dct.h * 60 + (r.dct.mi ?? 0) + n * (code === 'TH' ? 60 : code === 'TM' ? 1 : 1 / 60);
    const d = addDays(day, Math.floor(minutes / 1440)), t = ((Math.round(minutes) % 1440) + 1440) % 1440;
    return { value: dayValue(d) + clockValue(d, Math.floor(t / 60), t % 60) + (r.dct.offset ?? '') };
  }
  if (code === 'D') { const d = addDays(day, Math.round(n)); return { value: dayValue(d), day: d }; }
  let k = n * (SCALE[code] ?? 1), unit = UNIT_NAME[code];
  if (!unit) return null;
  if (!Number.isInteger(k) && unit === 'year') { k *= 12; unit = 'month'; }
  if (!Number.isInteger(k)) k = Math.round(k);
  if (unit === 'fortnight') unit = 'week';
  const value = unitValue(day, unit, k);
  return value ? { value } : null;
}

/** Units counted in years: "two years later" still names a year ("2012"), as TimeBank annotates it. */
const YEAR_CODES = new Set(['Y', 'Y10', 'Y100', 'Y1000']);

const AGO_MOD: Record<string, Timex['mod']> = { MORE_THAN: 'BEFORE', LESS_THAN: 'AFTER', EQUAL_OR_LESS: 'AFTER', EQUAL_OR_MORE: 'ON_OR_BEFORE', APPROX: 'APPROX' };

/** "two days ago", "about three years ago", "a week or so ago", "a week later", "six months from now", "two years earlier". */
export const countFromReference: Rule = {
  id: 'offset-from-reference',
  re: rx(`\\b${QUANTITY_MOD}?(${NUMBER})[\\s-]+(${UNIT})s?(\\s+and\\s+a\\s+half)?(\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|from\\s+now|hence|back|prior)\\b`),
  make(m, sentence) {
    const dir = m[6].toLowerCase().replace(/\s+/g, ' ');
    const rest = sentence.slice(m.index + m[0].length);
    if (/^(?:before|after|prior)$/.test(dir) && !/^\s*(?:[,.;:!?)"'”’]|$)/.test(rest)) return null;
    const count = parseCount(m[2]), code = unitCode(m[3]);
    if (count === null || !code) return null;
    const n = count === 'X' ? 'X' : count + (m[4] ? 0.5 : 0);
    const sign = /^(?:ago|earlier|before|back|prior)$/.test(dir) ? -1 : 1;
    const fromRef = !/^(?:ago|from now|hence|back)$/.test(dir);
    // "a week or so ago": approximate.
    const qm = quantityMod(m[1]) ?? (m[5] ? 'APPROX' : undefined);
    if (fromRef && !YEAR_CODES.has(code)) {
      // "three days later", "an hour earlier": TimeML marks the amount as a DURATION and the
      // direction word as its signal, so the span stops before it.
      const value = durationValue(n, code), end = m.index + m[0].slice(0, m[0].length - m[6].length).trimEnd().length;
      return { end, resolve: () => ({ type: 'DURATION', value, anchor: 'absolute', confidence: 0.75, ...withMod(qm) }) };
    }
    const mod = qm ? (sign < 0 ? AGO_MOD[qm] : qm) : undefined;
    return {
      resolve: (r): Resolved | null => {
        if (n === 'X') return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: fromRef ? 'ref' : 'document', confidence: 0.6 };
        if (code === 'Y' && n === 1 && sign < 0 && r.quarter) {
          return { type: 'DATE', value: `${r.quarter.y + sign}-Q${r.quarter.q}`, anchor: 'ref', anchorId: r.quarter.id, confidence: 0.6 };
        }
        const b = base(r, fromRef);
        const s = shifted(r, b.day, sign * n, code);
        if (!s) return null;
        return { type: s.value.includes('T') ? 'TIME' : 'DATE', value: s.value, anchor: b.anchor, confidence: 0.85, ...(s.day ? { day: s.day } : {}), ...withMod(mod) };
      },
    };
  },
};

/** "year-earlier", "the year-ago quarter": the same quarter a year before the one the report is about. */
export const resolveYearEarlier: Rule = {
  id: 'year-earlier',
  re: rx('\\b(?:the\\s+)?year-(?:earlier|ago)(?:\\s+(?:quarter|period))?\\b'),
  // "the year-ago results": without its own noun the adjective modifies another one, and "the" belongs to that.
  make: (m) => ({
    ...(/^the\s/i.test(m[0]) && /-(?:earlier|ago)$/i.test(m[0]) ? { start: m.index + 3 + m[0].slice(3).search(/\S/) } : {}),
    resolve: (r) => (r.quarter
      ? { type: 'DATE', value: `${r.quarter.y - 1}-Q${r.quarter.q}`, anchor: 'ref', anchorId: r.quarter.id, confidence: 0.6 }
      : { type: 'DATE', value: String(r.dct.y - 1), anchor: 'document', confidence: 0.5 }),
  }),
};

const STEP: Record<string, number> = { that: 0, 'the same': 0, 'the next': 1, 'the following': 1, 'the previous': -1, 'the prior': -1, 'the preceding': -1 };

/** "the next day", "the following week", "that year", "later that night", "the previous month". */
export const resolveAnchoredPhrase: Rule = {
  id: 'anchored-phrase',
  re: rx(`\\b(?:(earlier|later|early|late)\\s+)?(that|the\\s+same|the\\s+next|the\\s+following|the\\s+previous|the\\s+prior|the\\s+preceding)\\s+(day|week|weekend|month|year|${PART_OF_DAY})\\b`),
  make(m, sentence) {
    const rel = m[2].toLowerCase().replace(/\s+/g, ' '), unit = m[3].toLowerCase(), mod = positionMod(m[1]);
    if (rel === 'that' && unit === 'day' && /^\s+(?:when|that|of|on)\b/.test(sentence.slice(m.index + m[0].length))) return null;
    const step = STEP[rel], part = PARTS[unit];
    return {
      resolve: (r) => {
        const b = base(r, true);
        if (part || unit === 'day') {
          const day = addDays(b.day, step);
          const value = dayValue(day) + (part ? `T${part}` : '');
          return { type: part ? 'TIME' : 'DATE', value, anchor: b.anchor, confidence: 0.75, day, ...withMod(mod) };
        }
        // "that year", "the following year": the year of the last date named, at whatever granularity.
        if (unit === 'year' && r.year) {
          return { type: 'DATE', value: String(r.year.y + step), anchor: 'ref', anchorId: r.year.id, confidence: 0.7, ...withMod(mod) };
        }
        // "In March, ... The following month": the month of the last date named.
        if (unit === 'month' && r.month) {
          const t = addMonths(r.month.y, r.month.m, step);
          return { type: 'DATE', value: monthValue(t.y, t.m), anchor: 'ref', anchorId: r.month.id, confidence: 0.7, ...withMod(mod) };
        }
        const value = unitValue(b.day, unit, step);
        return value ? { type: 'DATE', value, anchor: b.anchor, confidence: 0.7, ...withMod(mod) } : null;
      },
    };
  },
};
