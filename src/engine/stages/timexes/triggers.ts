// The stage's pre-filter. One pass of one regex (an alternation of the trigger words) over each
// sentence marks which kinds of time words it holds, and for a unit word the word before it; a rule runs
// on a sentence only when every word its match cannot do without is there ("two days ago" needs a
// counted unit and a direction word). Most sentences hold no time word, and most rules skip the rest.
// The trigger words found are kept in order (`hits`) for the rules' start finders (starts.ts).
import { WORDS } from './patterns.ts';
import { unitContext, U } from './unit-context.ts';
import { wordId, idOf, isDigit, isLetter, isSpace, isWordChar } from './vocabulary.ts';

/** Kinds of trigger words, one bit each. */
export const K = {
  Num: 1 << 0, SlashDate: 1 << 1, Month: 1 << 2, Weekday: 1 << 3, Unit: 1 << 4, Direction: 1 << 5,
  PartOfDay: 1 << 6, DayWord: 1 << 7, Clock: 1 << 8, Season: 1 << 9, Quarter: 1 << 10, Holiday: 1 << 11,
  Decade: 1 << 12, Spoken: 1 << 13, Century: 1 << 14, Ref: 1 << 15, SetAdverb: 1 << 16, Every: 1 << 17,
  VagueLength: 1 << 18, End: 1 << 19, QCode: 1 << 20, Year4: 1 << 21,
  // A unit word after a count ("three years"), a relative word ("last week"), a measuring word ("for years"), "a"/"an".
  // "the fiscal year", "the next day"/"that morning", "this evening" (parts of day take only the last two).
  CountedUnit: 1 << 22, RelativeUnit: 1 << 23, MeasuredUnit: 1 << 24, UnitAfterArticle: 1 << 25, ReportYear: 1 << 26,
  AnchoredUnit: 1 << 27, ThisLastUnit: 1 << 28,
  // "year-" ("year-earlier"), four digits and a hyphen ("2024-03-01"); SlashDate: one or two digits and / or . ("3/1/2024").
  YearHyphen: 1 << 29, IsoLike: 1 << 30,
} as const;
/** unitContext's bits shifted to K's unit-context bits. */
const UNIT_CONTEXT_SHIFT = 22;
const PART_CONTEXT = U.Anchored | U.ThisLast;

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
// Holidays: one word each name cannot do without ("luther", "new", "fourth"), not the everyday "year", "day" or "king".
add(K.Holiday, Object.keys(WORDS.holidays).flatMap((h) => h.split(/[\s.'’]+/)).filter((w) => w.length > 2 && !['day', 'the', 'eve', 'sunday', 'friday', 'july', 'year', 'martin', 'king'].includes(w)));
add(K.Decade, Object.keys(WORDS.decadeWords));
add(K.Spoken, ['eighteen', 'nineteen', 'twenty', 'thousand']);
add(K.Century, ['century']);
// Reference words: "months" or "times" only count after "recent"/"coming", which are here.
add(K.Ref, ['now', 'currently', 'current', 'nowadays', 'days', 'present', 'presently', 'moment', 'recently', 'recent', 'lately', 'past', 'future', 'coming', 'years']);
add(K.SetAdverb, ['daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'nightly', 'biweekly', 'biannually', 'semiannually', 'quarterly', 'twice', 'once', 'times']);
add(K.Every, ['every', 'each', 'per']);
// No anchor words ('that', 'next' ...): the anchored-phrase rule keys on the unit after one (AnchoredUnit).
add(K.End, ['end']);
// Rare words some rules cannot do without: "for a while", "for some time", "for a lengthy period", "a day-long
// strike", "overnight".
add(K.VagueLength, ['while', 'time', 'period', 'long', 'overnight']);
add(K.QCode, ['q1', 'q2', 'q3', 'q4']);
add(K.Year4, ['fy']);  // "FY17": matched before its digits by the pattern below

/** The kinds of each trigger word, by vocabulary id: a table word or one with a plural s (what TRIGGER matches as a word). */
export const TRIG = new Int32Array(4096);
for (const k of TABLE.keys()) {
  for (const w of [k, `${k}s`]) TRIG[wordId(w)] = (TABLE.get(w) ?? 0) | (w.endsWith('s') ? TABLE.get(w.slice(0, -1)) ?? 0 : 0);
}
const YEAR_ID = wordId('year');

/** "3 p.m.", "3pm": what the pattern ^\s?[ap]\.?\s?m\b/i finds in the four characters after a number ending at i. */
function clockAfter(s: string, i: number): boolean {
  const lim = Math.min(s.length, i + 4);
  let j = i;
  if (j < lim && isSpace(s.charCodeAt(j))) j++;
  if (j >= lim) return false;
  const ap = s.charCodeAt(j) | 32;
  if (ap !== 97 && ap !== 112) return false;
  j++;
  if (j < lim && s.charCodeAt(j) === 46) j++;
  if (j < lim && isSpace(s.charCodeAt(j))) j++;
  if (j >= lim || (s.charCodeAt(j) | 32) !== 109) return false;
  j++;
  return j === lim || !isWordChar(s.charCodeAt(j));
}

/** The kinds of the digit run s[d, e). */
function digitBits(s: string, d: number, e: number): number {
  let mask = K.Num;
  const len = e - d, c = s.charCodeAt(d), next = s.charCodeAt(e);
  // A year (1000-2099), or the decade of "'80s"/"80s".
  if (len === 4 && (c === 49 || (c === 50 && s.charCodeAt(d + 1) === 48))) mask |= K.Year4;
  else if (len === 2 && (next | 32) === 115) mask |= K.Year4;
  if (next === 45 && len === 4) mask |= K.IsoLike;
  else if ((next === 47 || next === 46) && len <= 2) mask |= K.SlashDate;
  // A clock time: "10:30", "3 p.m.", "3pm".
  if (len <= 2 && (next === 58 || clockAfter(s, e))) mask |= K.Clock;
  return mask;
}

/** Any trigger word as a whole run (an optional plural s), "FY" before digits, or a digit run; built once from the table. */
const TRIGGER = new RegExp(`\\b(?:${[...TABLE.keys()].sort((x, y) => y.length - x.length).join('|')})s?\\b|\\bfy(?=\\s?\\d)|\\d+`, 'gi');

/** Where the first unit word of the last sentence given to `triggerMask` starts, and where the last one ends (-1: none). */
export const seen = { unitAt: -1, unitEnd: -1 };

/**
 * The trigger words of the last sentence given to `triggerMask`, in order, for the rules' start finders: where the
 * run holding each starts, and its kinds (DIGITS: a digit sequence; a month's kinds for a month name at the head of a
 * longer run, "May2024", "June_").
 */
export const DIGITS = 1 << 31;
export const hits = { n: 0, run: new Int32Array(64), bits: new Int32Array(64) };
function addHit(run: number, bits: number): void {
  if (hits.n === hits.run.length) {
    const r = new Int32Array(hits.n * 2), k = new Int32Array(hits.n * 2);
    r.set(hits.run); k.set(hits.bits); hits.run = r; hits.bits = k;
  }
  hits.run[hits.n] = run; hits.bits[hits.n] = bits; hits.n++;
}

/** The trigger kinds present in a sentence (and its trigger words in `hits`). */
export function triggerMask(sentence: string): number {
  let mask = 0;
  seen.unitAt = -1; seen.unitEnd = -1;
  hits.n = 0;
  TRIGGER.lastIndex = 0;
  // test() and lastIndex instead of exec(): no match array. A match ends at e; it is a digit sequence (maximal: no
  // match ends inside one), a whole run that is a trigger word ("q1" ends with a digit), or "fy" before digits.
  while (TRIGGER.test(sentence)) {
    const e = TRIGGER.lastIndex;
    let r = e - 1;
    while (r > 0 && isWordChar(sentence.charCodeAt(r - 1))) r--;
    const runEnd = !isWordChar(sentence.charCodeAt(e));
    let a = r;
    if (isDigit(sentence.charCodeAt(e - 1))) {
      let d = e - 1;
      while (d > r && isDigit(sentence.charCodeAt(d - 1))) d--;
      if (d === r || !runEnd || !TRIG[idOf(sentence, r, e)]) {
        mask |= digitBits(sentence, d, e);
        // Digits after letters in one run ("May2024", "FY2017"): the run's head may be a core too.
        if (r < d) {
          let l = r;
          while (l < d && isLetter(sentence.charCodeAt(l))) l++;
          const head = TRIG[idOf(sentence, r, l)];
          if (head) addHit(r, head);
        }
        addHit(r, DIGITS);
        continue;
      }
    } else if (!runEnd) a = e - 2;
    const id = idOf(sentence, a, e), bits = TRIG[id];
    addHit(a, bits);
    if (bits & K.Unit) {
      if (seen.unitAt < 0) seen.unitAt = a;
      seen.unitEnd = e;
      const year = id === YEAR_ID;
      if (year && sentence.charCodeAt(a + 4) === 45) mask |= K.YearHyphen;
      mask |= (unitContext(sentence, a, year) & (bits & K.PartOfDay ? ~0 : ~U.ThisLast)) << UNIT_CONTEXT_SHIFT;
    } else if (bits & K.PartOfDay) mask |= (unitContext(sentence, a, false) & PART_CONTEXT) << UNIT_CONTEXT_SHIFT;
    mask |= bits;
  }
  if (sentence.includes('_')) addUnderscoreHeads(sentence);
  return mask;
}

/** Trigger words at the head of a run that goes on with an underscore ("June_"): MONTH ends at any non-letter. */
function addUnderscoreHeads(s: string): void {
  for (let u = s.indexOf('_'); u >= 0; u = s.indexOf('_', u + 1)) {
    if (u === 0 || !isLetter(s.charCodeAt(u - 1))) continue;
    let r = u - 1;
    while (r > 0 && isLetter(s.charCodeAt(r - 1))) r--;
    if (r > 0 && isWordChar(s.charCodeAt(r - 1))) continue;
    const bits = TRIG[idOf(s, r, u)];
    if (!bits) continue;
    // Insert in order of position.
    addHit(r, bits);
    for (let k = hits.n - 1; k > 0 && hits.run[k - 1] > hits.run[k]; k--) {
      const rr = hits.run[k], bb = hits.bits[k];
      hits.run[k] = hits.run[k - 1]; hits.bits[k] = hits.bits[k - 1]; hits.run[k - 1] = rr; hits.bits[k - 1] = bb;
    }
  }
}

/**
 * For each rule id, the groups of trigger kinds its match needs: every group must meet the
 * sentence's mask. Rules missing from the table always run.
 */
export const RULE_NEEDS: Record<string, readonly number[]> = {
  'iso-date': [K.IsoLike], 'numeric-date': [K.SlashDate], 'month-day': [K.Month, K.Num], 'conjoined-day': [K.Month, K.Num], 'day-month': [K.Month, K.Num],
  'month-year': [K.Month, K.Year4], 'month-relative-year': [K.Month, K.Unit], holiday: [K.Holiday], 'bare-month': [K.Month],
  year: [K.Year4], 'spoken-year': [K.Spoken], decade: [K.Year4 | K.Decade], century: [K.Century], season: [K.Season],
  quarter: [K.Quarter], 'quarter-code': [K.QCode], 'year-quarter': [K.Year4, K.Quarter], 'deictic-day': [K.DayWord],
  'deictic-part-of-day': [K.ThisLastUnit], 'part-of-named-day': [K.PartOfDay], overnight: [K.VagueLength], 'anchored-phrase': [K.AnchoredUnit], 'relative-unit': [K.RelativeUnit],
  'year-end': [K.Unit, K.End], 'relative-weekday': [K.Weekday], 'offset-from-reference': [K.CountedUnit, K.Direction],
  'year-earlier': [K.YearHyphen, K.Direction], 'report-quarter': [K.Quarter], 'report-year': [K.ReportYear], 'clock-time': [K.Clock], 'clock-part-of-day': [K.Num, K.PartOfDay],
  'set-every': [K.Every], 'set-adverb': [K.SetAdverb], 'set-rate': [K.UnitAfterArticle], duration: [K.CountedUnit], 'duration-plural': [K.MeasuredUnit], 'vague-stretch': [K.RelativeUnit], 'vague-length': [K.VagueLength], 'long-adjective': [K.Unit, K.VagueLength],
  'reference-word': [K.Ref],
};

/**
 * Rules whose match holds a unit word ("three days", "last week") and starts at most
 * UNIT_LEAD characters before it ("approximately the past twenty-four days"): they start
 * scanning there instead of at the sentence start.
 */
export const UNIT_HEADED = new Set(['duration', 'duration-plural', 'vague-stretch', 'long-adjective', 'set-rate', 'relative-unit', 'offset-from-reference', 'report-year', 'year-end', 'year-earlier']);
export const UNIT_LEAD = 96;

/** Whitespace-separated words a unit-headed match (or its lookahead) may reach past its unit word ("and a half from now"). */
const UNIT_TAIL_WORDS = 7;
/**
 * Where the scan of a unit-headed rule may stop: UNIT_TAIL_WORDS words (runs of characters above U+0020) after the
 * last unit word, plus the space after them. Every match holds a unit word and ends before the space, so none
 * reaches the cut and the matches in sentence[0, cut) are those of the whole sentence.
 */
export function unitTailEnd(sentence: string): number {
  const n = sentence.length;
  let i = seen.unitEnd;
  for (let k = 0; k < UNIT_TAIL_WORDS && i < n; k++) {
    while (i < n && sentence.charCodeAt(i) <= 32) i++;
    while (i < n && sentence.charCodeAt(i) > 32) i++;
  }
  return i + 1;
}

/** Whether a sentence with trigger mask `mask` can hold a match of the rule. */
export function ruleMayMatch(needs: readonly number[] | undefined, mask: number): boolean {
  if (!needs) return true;
  for (const n of needs) if (!(mask & n)) return false;
  return true;
}
