// The stage's pre-filter. One pass of one regex (an alternation of the trigger words) over each
// sentence marks which kinds of time words it holds; a rule runs on a sentence only when every word its
// match cannot do without is there ("two days ago" needs a unit and a direction word). Most
// sentences of an article hold no time word at all, and most rules skip most of the rest.
import { WORDS } from './patterns.ts';

/** Kinds of trigger words, one bit each. */
export const K = {
  Num: 1 << 0, Month: 1 << 2, Weekday: 1 << 3, Unit: 1 << 4, Direction: 1 << 5,
  PartOfDay: 1 << 6, DayWord: 1 << 7, Clock: 1 << 8, Season: 1 << 9, Quarter: 1 << 10, Holiday: 1 << 11,
  Decade: 1 << 12, Spoken: 1 << 13, Century: 1 << 14, Ref: 1 << 15, SetAdverb: 1 << 16, Every: 1 << 17,
  Anchor: 1 << 18, End: 1 << 19, QCode: 1 << 20, Year4: 1 << 21,
} as const;

const TABLE = new Map<string, number>();
const add = (bit: number, words: Iterable<string>) => { for (const w of words) TABLE.set(w, (TABLE.get(w) ?? 0) | bit); };
const UNITS = ['second', 'minute', 'hour', 'day', 'night', 'week', 'weekend', 'fortnight', 'month', 'quarter', 'year', 'decade', 'century', 'centuries', 'millennium', 'millennia'];

add(K.Month, [...Object.keys(WORDS.months), 'sept']);
add(K.Weekday, Object.keys(WORDS.weekdays));
add(K.Unit, UNITS);
add(K.Direction, ['ago', 'earlier', 'later', 'before', 'after', 'now', 'hence', 'back', 'prior']);
add(K.PartOfDay, [...Object.keys(WORDS.partsOfDay), 'tonight']);
add(K.DayWord, ['today', 'tonight', 'tomorrow', 'yesterday']);
add(K.Clock, ['noon', 'midnight', 'midday', 'clock']);
add(K.Season, Object.keys(WORDS.seasons));
add(K.Quarter, ['quarter', 'half', 'period']);
add(K.Holiday, Object.keys(WORDS.holidays).flatMap((h) => h.split(/[\s.'’]+/)).filter((w) => w.length > 2 && !['day', 'the', 'eve', 'sunday', 'friday', 'july'].includes(w)));
add(K.Decade, Object.keys(WORDS.decadeWords));
add(K.Spoken, ['eighteen', 'nineteen', 'twenty', 'thousand']);
add(K.Century, ['century']);
add(K.Ref, ['now', 'currently', 'current', 'nowadays', 'days', 'present', 'presently', 'moment', 'recently', 'recent', 'lately', 'past', 'future', 'coming', 'years', 'months', 'weeks', 'decades', 'times']);
add(K.SetAdverb, ['daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'nightly', 'biweekly', 'biannually', 'semiannually', 'quarterly', 'twice', 'once', 'times']);
add(K.Every, ['every', 'each', 'per']);
add(K.Anchor, ['that', 'same', 'next', 'following', 'previous', 'prior', 'preceding']);
add(K.End, ['end']);
add(K.QCode, ['q1', 'q2', 'q3', 'q4']);
add(K.Year4, ['fy']);  // "FY17": matched before its digits by the pattern below

/** Any trigger word (an optional plural s), or a digit run; built once from the table. */
const TRIGGER = new RegExp(`\\b(?:${[...TABLE.keys()].sort((a, b) => b.length - a.length).join('|')})s?\\b|\\bfy(?=\\s?\\d)|\\d+`, 'gi');

const CLOCK_AFTER = /^\s?[ap]\.?\s?m\b/i;

/** Where the first unit word of the last sentence given to `triggerMask` starts (-1: none). */
export const seen = { unitAt: -1 };

/** The trigger kinds present in a sentence. */
export function triggerMask(sentence: string): number {
  let mask = 0;
  seen.unitAt = -1;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(sentence); m; m = TRIGGER.exec(sentence)) {
    const w = m[0], c = w.charCodeAt(0);
    if (c <= 57) {
      mask |= K.Num;
      // A year (1000-2099), or the decade of "'80s"/"80s".
      const next = sentence.charCodeAt(m.index + w.length);
      if (w.length === 4 && (c === 49 || (c === 50 && w.charCodeAt(1) === 48))) mask |= K.Year4;
      else if (w.length === 2 && (next | 32) === 115) mask |= K.Year4;
      // A clock time: "10:30", "3 p.m.", "3pm".
      if (w.length <= 2 && (next === 58 || CLOCK_AFTER.test(sentence.slice(m.index + w.length, m.index + w.length + 4)))) mask |= K.Clock;
      continue;
    }
    const lower = w.toLowerCase();
    const bits = (TABLE.get(lower) ?? 0) | (lower.endsWith('s') ? TABLE.get(lower.slice(0, -1)) ?? 0 : 0);
    if (bits & K.Unit && seen.unitAt < 0) seen.unitAt = m.index;
    mask |= bits;
  }
  return mask;
}

/**
 * For each rule id, the groups of trigger kinds its match needs: every group must meet the
 * sentence's mask. Rules missing from the table always run.
 */
export const RULE_NEEDS: Record<string, readonly number[]> = {
  'iso-date': [K.Num], 'numeric-date': [K.Num], 'month-day': [K.Month, K.Num], 'conjoined-day': [K.Month, K.Num], 'day-month': [K.Month, K.Num],
  'month-year': [K.Month, K.Year4], 'month-relative-year': [K.Month, K.Unit], holiday: [K.Holiday], 'bare-month': [K.Month],
  year: [K.Year4], 'spoken-year': [K.Spoken], decade: [K.Year4 | K.Decade], century: [K.Century], season: [K.Season],
  quarter: [K.Quarter], 'quarter-code': [K.QCode], 'year-quarter': [K.Year4, K.Quarter], 'deictic-day': [K.DayWord],
  'deictic-part-of-day': [K.PartOfDay], 'anchored-phrase': [K.Unit | K.PartOfDay, K.Anchor], 'relative-unit': [K.Unit],
  'year-end': [K.Unit, K.End], 'relative-weekday': [K.Weekday], 'offset-from-reference': [K.Unit, K.Direction],
  'year-earlier': [K.Unit, K.Direction], 'report-quarter': [K.Quarter], 'report-year': [K.Unit], 'clock-time': [K.Clock], 'clock-part-of-day': [K.Num, K.PartOfDay],
  'set-every': [K.Every], 'set-adverb': [K.SetAdverb], 'set-rate': [K.Unit], duration: [K.Unit], 'duration-plural': [K.Unit],
  'reference-word': [K.Ref],
};

/**
 * Rules whose match holds a unit word ("three days", "last week") and starts at most
 * UNIT_LEAD characters before it ("approximately the past twenty-four days"): they start
 * scanning there instead of at the sentence start.
 */
export const UNIT_HEADED = new Set(['duration', 'duration-plural', 'set-rate', 'relative-unit', 'offset-from-reference', 'report-year', 'year-end', 'year-earlier']);
export const UNIT_LEAD = 96;

/** Whether a sentence with trigger mask `mask` can hold a match of the rule. */
export function ruleMayMatch(needs: readonly number[] | undefined, mask: number): boolean {
  if (!needs) return true;
  for (const n of needs) if (!(mask & n)) return false;
  return true;
}
