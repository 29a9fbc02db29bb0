// What stands just before a unit word ("three years", "last week", "for months", "a year") or a part of
// day ("that morning", "this evening"): the word kinds that decide whether the unit-headed rules can
// match around it, so that a sentence whose unit words are all "of the year" or "per day" skips the
// duration and offset patterns. Each test is a superset of what the rule's pattern demands before its
// unit, so skipping never loses a match.
import { WORDS } from './patterns.ts';
import { wordId, idOf } from './vocabulary.ts';

/** Bits of what precedes a unit word. */
export const U = { Counted: 1, Relative: 2, Measured: 4, Article: 8, ReportYear: 16, Anchored: 32, ThisLast: 64 } as const;

/** Kinds of the word before a unit word, one bit each, by vocabulary id. */
const W = { Count: 1, More: 2, Relative: 4, Measured: 8, ReportYear: 16, Anchored: 32, Article: 64, ThisLast: 128 } as const;
const KIND = new Uint8Array(4096);
const add = (bit: number, words: Iterable<string>) => { for (const w of words) if (/^[a-z]+$/.test(w)) KIND[wordId(w)] |= bit; };
/** Last words of a count ("three", "twenty-four", "a few", "a couple of", "half an"). */
add(W.Count, [...Object.keys(WORDS.numbers), ...WORDS.vagueNumbers.map((v) => v.slice(v.lastIndexOf(' ') + 1)), 'a', 'an']);
/** "20 more years", "five business days": words allowed between the count and the unit (the duration rule's list). */
add(W.More, ['more', 'additional', 'further', 'extra', 'trading', 'business', 'working', 'consecutive', 'straight', 'full']);
/** The relative-unit rule's words before its unit ("last week", "the year"), and the vague-stretch rule's ("the first hours"). */
add(W.Relative, ['this', 'last', 'next', 'past', 'coming', 'previous', 'current', 'the',
  'first', 'early', 'final', 'closing', 'opening', 'initial', 'ensuing', 'intervening', 'remaining']);
/** The bare-plural rule's words before its unit ("for years", "took months"). */
add(W.Measured, ['for', 'in', 'within', 'over', 'after', 'took', 'take', 'takes', 'taking', 'spent', 'lasted', 'last', 'lasting', 'than']);
/** The report-year rule's words before "year" ("the fiscal year", "the current year"). */
add(W.ReportYear, ['the', 'full', 'current', 'latest', 'past', 'previous', 'fiscal', 'financial', 'calendar']);
/** The anchored-phrase rule's words before its unit or part of day ("that day", "the next morning"). */
add(W.Anchored, ['that', 'same', 'next', 'following', 'previous', 'prior', 'preceding']);
add(W.Article, ['a', 'an']);
add(W.ThisLast, ['this', 'last']);
const SPACE = /\s/;

/** Whether sentence[i] separates words the way the patterns' [\s-]+ does (a superset: any control character too). */
function isGap(sentence: string, i: number): boolean {
  const c = sentence.charCodeAt(i);
  return c <= 32 || c === 45 || (c > 127 && SPACE.test(sentence[i]));
}
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** Where the word before position `at` starts (after gaps), with its kind in `before.kind`: NUMBER for a digit or ½. */
const NUMBER = -1;
const before = { kind: 0, start: 0 };
function wordBefore(sentence: string, at: number): void {
  let i = at - 1;
  while (i >= 0 && isGap(sentence, i)) i--;
  before.kind = 0; before.start = 0;
  if (i < 0) return;
  const c = sentence.charCodeAt(i);
  before.start = i;
  if ((c >= 48 && c <= 57) || c === 0xbd) { before.kind = NUMBER; return; }
  let j = i;
  while (j >= 0 && isLetter(sentence.charCodeAt(j))) j--;
  before.start = j + 1;
  if (j < i) before.kind = KIND[idOf(sentence, j + 1, i + 1)];
}

/** The U bits of the unit word (or part of day) starting at `at` (`year`: the word is "year"). */
export function unitContext(sentence: string, at: number, year: boolean): number {
  wordBefore(sentence, at);
  const kind = before.kind;
  if (!kind) return 0;
  let bits = 0;
  if (kind === NUMBER || kind & W.Count) bits |= U.Counted;
  else if (kind & W.More) {
    wordBefore(sentence, before.start);
    if (before.kind === NUMBER || before.kind & W.Count) bits |= U.Counted;
  }
  if (kind === NUMBER) return bits;
  if (kind & W.Relative) bits |= U.Relative;
  if (kind & W.Measured) bits |= U.Measured;
  if (kind & W.Article) bits |= U.Article;
  if (year && kind & W.ReportYear) bits |= U.ReportYear;
  if (kind & W.Anchored) bits |= U.Anchored;
  if (kind & W.ThisLast) bits |= U.ThisLast;
  return bits;
}
