// What stands just before a unit word ("three years", "last week", "for months", "a year") or a part of
// day ("that morning", "this evening"): the word kinds that decide whether the unit-headed rules can
// match around it, so that a sentence whose unit words are all "of the year" or "per day" skips the
// duration and offset patterns. Each test is a superset of what the rule's pattern demands before its
// unit, so skipping never loses a match.
import { WORDS } from './patterns.ts';

/** Bits of what precedes a unit word. */
export const U = { Counted: 1, Relative: 2, Measured: 4, Article: 8, ReportYear: 16, Anchored: 32, ThisLast: 64 } as const;

/** Last words of a count ("three", "twenty-four", "a few", "a couple of", "half an"). */
const COUNT_END = new Set([...Object.keys(WORDS.numbers), ...WORDS.vagueNumbers.map((v) => v.slice(v.lastIndexOf(' ') + 1)), 'a', 'an']);
/** "20 more years", "five business days": words allowed between the count and the unit (the duration rule's list). */
const MORE = new Set(['more', 'additional', 'further', 'extra', 'trading', 'business', 'working', 'consecutive', 'straight', 'full']);
/** The relative-unit rule's words before its unit ("last week", "the year"), and the vague-stretch rule's ("the first hours"). */
const RELATIVE = new Set(['this', 'last', 'next', 'past', 'coming', 'previous', 'current', 'the',
  'first', 'early', 'final', 'closing', 'opening', 'initial', 'ensuing', 'intervening', 'remaining']);
/** The bare-plural rule's words before its unit ("for years", "took months"). */
const MEASURED = new Set(['for', 'in', 'within', 'over', 'after', 'took', 'take', 'takes', 'taking', 'spent', 'lasted', 'last', 'lasting', 'than']);
/** The report-year rule's words before "year" ("the fiscal year", "the current year"). */
const REPORT_YEAR = new Set(['the', 'full', 'current', 'latest', 'past', 'previous', 'fiscal', 'financial', 'calendar']);
/** The anchored-phrase rule's words before its unit or part of day ("that day", "the next morning"). */
const ANCHORED = new Set(['that', 'same', 'next', 'following', 'previous', 'prior', 'preceding']);
const SPACE = /\s/;

/** Whether sentence[i] separates words the way the patterns' [\s-]+ does (a superset: any control character too). */
function isGap(sentence: string, i: number): boolean {
  const c = sentence.charCodeAt(i);
  return c <= 32 || c === 45 || (c > 127 && SPACE.test(sentence[i]));
}
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** The word ending just before position `at` (skipping gaps), lowered; '#' for a digit or ½, '' for anything else. */
function wordBefore(sentence: string, at: number): { word: string; start: number } {
  let i = at - 1;
  while (i >= 0 && isGap(sentence, i)) i--;
  if (i < 0) return { word: '', start: 0 };
  const c = sentence.charCodeAt(i);
  if ((c >= 48 && c <= 57) || c === 0xbd) return { word: '#', start: i };
  let j = i;
  while (j >= 0 && isLetter(sentence.charCodeAt(j))) j--;
  return { word: j === i ? '' : sentence.slice(j + 1, i + 1).toLowerCase(), start: j + 1 };
}

/** The U bits of the unit word (or part of day) starting at `at` (`year`: the word is "year"). */
export function unitContext(sentence: string, at: number, year: boolean): number {
  const { word, start } = wordBefore(sentence, at);
  if (!word) return 0;
  let bits = 0;
  if (word === '#' || COUNT_END.has(word)) bits |= U.Counted;
  else if (MORE.has(word)) {
    const prev = wordBefore(sentence, start).word;
    if (prev === '#' || COUNT_END.has(prev)) bits |= U.Counted;
  }
  if (RELATIVE.has(word)) bits |= U.Relative;
  if (MEASURED.has(word)) bits |= U.Measured;
  if (word === 'a' || word === 'an') bits |= U.Article;
  if (year && REPORT_YEAR.has(word)) bits |= U.ReportYear;
  if (ANCHORED.has(word)) bits |= U.Anchored;
  if (word === 'this' || word === 'last') bits |= U.ThisLast;
  return bits;
}
