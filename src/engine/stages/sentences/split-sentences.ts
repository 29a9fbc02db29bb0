import abbreviations from '../../data/abbreviations.json' with { type: 'json' };
import { isSpace, isWordChar } from './chars.ts';

const TITLES = new Set(abbreviations.titles.map((w) => w.toLowerCase()));
const OTHERS = new Set(abbreviations.others.map((w) => w.toLowerCase()));
/** The longest title or other abbreviation: lower-casing never shortens, so a longer word is neither. */
const MAX_ABBREVIATION = Math.max(...[...TITLES, ...OTHERS].map((w) => w.length));

/** Sentence-final punctuation, then closing quotes or brackets, then whitespace (run over the whole text from a paragraph's start). */
const CANDIDATE = /[.!?…]+["”’'»)\]]{0,3}(?=\s)/g;

/** How far past a candidate end the next sentence's opening is looked for. */
const LOOKAHEAD = 40;
/** What may open a sentence: a capital, a digit, an opening quote or bracket (sticky: tried at the candidate end). */
const OPENER = /\s+["“‘'«(\[]?[\p{Lu}\d]/uy;
/** The word after a candidate end, in the look-ahead text. */
const NEXT_WORD = /^\s+["“‘'«(\[]?([\p{L}\d]+)/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Whether s[end, limit) opens with whitespace and then a sentence opener. */
function opensSentence(s: string, end: number, limit: number): boolean {
  OPENER.lastIndex = end;
  return OPENER.test(s) && OPENER.lastIndex <= limit;
}

/** The word just before a period, scanning back no further than `from`: letters with inner dots ("U.S", "a.m") or plain. */
function wordBefore(s: string, from: number, dot: number): string {
  let i = dot;
  while (i > from && dot - i < 30) {
    if (isWordChar(s.charCodeAt(i - 1))) i--;
    else if (s.charCodeAt(i - 1) === 46 && i - 2 >= from && isWordChar(s.charCodeAt(i - 2)) && i < dot) i--;
    else break;
  }
  return s.slice(i, dot);
}
/** Capitalized words that begin sentences far more often than they continue a name. */
const STARTERS = new Set(('the a an he she it they we i you but and or so yet in on at by for from to with this that these those ' +
  'his her its their our my there here when while after before as if since because although though some many most all no ' +
  'one two three four five six seven eight nine ten more other others such what who which how why where still also now then ' +
  'meanwhile however last next earlier later mr mrs ms dr officials critics experts analysts').split(' '));

/**
 * Sentence starts and ends (relative to `s`) in one paragraph. Abbreviations, initials and dotted
 * acronyms ("U.S.") end a sentence only before a word that usually starts one.
 */
export function splitSentences(s: string): Array<[number, number]> {
  const bounds: number[] = [];
  splitRange(s, 0, s.length, bounds);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < bounds.length; i += 2) out.push([bounds[i], bounds[i + 1]]);
  return out;
}

/**
 * Sentence starts and ends in s[from, to), appended to `bounds` as start, end pairs (offsets in s).
 * s[to] is whitespace or the end of s (paragraphs are trimmed), so no candidate runs across `to`;
 * one that ends at `to` had nothing after it in the paragraph and is not one.
 */
export function splitRange(s: string, from: number, to: number, bounds: number[]): void {
  let start = from;
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(s); m && m.index + m[0].length < to; m = CANDIDATE.exec(s)) {
    const end = m.index + m[0].length;
    if (!opensSentence(s, end, Math.min(end + LOOKAHEAD, to))) continue;
    if (isSinglePeriod(s, m.index) && !endsSentenceAtPeriod(s, from, to, m.index, end)) continue;
    bounds.push(start, end);
    start = end;
    while (start < to && isSpace(s.charCodeAt(start))) start++;
  }
  if (hasNonSpace(s, start, to)) bounds.push(start, to);
}

/** Whether the run of . ! ? … at s[at] is a single period. */
function isSinglePeriod(s: string, at: number): boolean {
  if (s.charCodeAt(at) !== 46) return false;
  const c = s.charCodeAt(at + 1);
  return c !== 46 && c !== 33 && c !== 63 && c !== 0x2026;
}

function hasNonSpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return true;
  return false;
}

/** Whether a single period at s[dot] (the candidate ending at `end`, in the paragraph s[from, to)) ends the sentence. */
function endsSentenceAtPeriod(s: string, from: number, to: number, dot: number, end: number): boolean {
  if (s.charCodeAt(dot + 1) === 46 && s.charCodeAt(dot + 2) === 46) return true;
  const word = wordBefore(s, from, dot);
  if (!word) return true;
  const lower = word.length <= MAX_ABBREVIATION ? word.toLowerCase() : '';
  if (TITLES.has(lower)) return false;
  const initial = word.length === 1 && SINGLE_CAPITAL.test(word);
  // A plain word ends the sentence; only initials, dotted words and abbreviations look at the next word.
  if (!initial && !word.includes('.') && !OTHERS.has(lower)) return true;
  const after = s.slice(end, Math.min(end + LOOKAHEAD, to));
  const next = NEXT_WORD.exec(after)?.[1] ?? '';
  const starts = STARTERS.has(next.toLowerCase()) || /^["“‘«(\[]/u.test(after.trimStart());
  if (initial) return starts && !/^\p{Lu}\.?$/u.test(next); // an initial: "John F. Kennedy"
  return starts && !/^\d/.test(next);
}
