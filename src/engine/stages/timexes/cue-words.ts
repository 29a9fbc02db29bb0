// The tense cue words of a window of a lower-cased sentence, as the pattern
//   \b(?:will|won't|wo|'ll|shall|would|(?:going|forecast|projected|poised|likely)\s+to|(?:is|are|am)\s+to|plans?\s+to|planned|...|ago|last|[a-z]{3,}ed)\b
// scanned over lower.slice(lo, hi) finds them (the window's ends count as the string's), but read run by run
// from the vocabulary instead of trying the alternation at every position.
import { idOf, isWordChar, isSpace, wordId } from './vocabulary.ts';

/** The one-word cues (whole runs). */
const SINGLE = ['will', 'wo', 'shall', 'would', 'planned', 'planning', 'scheduled', 'expect', 'expects', 'expected', 'due', 'slated', 'supposed',
  'upcoming', 'intend', 'intends', 'hope', 'hopes', 'payable', 'effective', 'said', 'says', 'was', 'were', 'had', 'did', 'told', 'met', 'took',
  'came', 'went', 'made', 'began', 'saw', 'gave', 'held', 'left', 'won', 'lost', 'fell', 'rose', 'paid', 'sold', 'bought', 'brought', 'spent',
  'sent', 'got', 'found', 'led', 'ran', 'struck', 'became', 'kept', 'knew', 'wrote', 'spoke', 'broke', 'chose', 'drew', 'flew', 'grew', 'threw',
  'stood', 'fought', 'caught', 'sought', 'built', 'heard', 'felt', 'shot', 'ago', 'last'];
/** Words that are cues before \s+ "to" ("going to", "is to", "plans to", "set to", "forecast to", "likely to"). */
const BEFORE_TO = ['going', 'is', 'are', 'am', 'plan', 'plans', 'set', 'forecast', 'projected', 'poised', 'likely'];
const KIND = new Uint8Array(4096);
for (const w of SINGLE) KIND[wordId(w)] = 1;
for (const w of BEFORE_TO) KIND[wordId(w)] = 2;
const WON = wordId('won');

/** A word boundary at i, the window ending at hi. */
const end = (s: string, i: number, hi: number): boolean => i >= hi || !isWordChar(s.charCodeAt(i));

/** The end of a cue starting at the run s[p, e) (a run start), or -1. */
export function cueAt(s: string, p: number, e: number, hi: number): number {
  const id = idOf(s, p, e), kind = KIND[id];
  // "won't" before "won" (the pattern's order).
  if (id === WON && s.charCodeAt(e) === 39 && e + 1 < hi && s.charCodeAt(e + 1) === 116 && end(s, e + 2, hi)) return e + 2;
  if (kind === 1) return e;
  if (kind === 2) {
    let j = e;
    while (j < hi && isSpace(s.charCodeAt(j))) j++;
    if (j > e && j + 1 < hi && s.charCodeAt(j) === 116 && s.charCodeAt(j + 1) === 111 && end(s, j + 2, hi)) return j + 2;
    return -1;
  }
  // [a-z]{3,}ed
  if (e - p < 5 || s.charCodeAt(e - 2) !== 101 || s.charCodeAt(e - 1) !== 100) return -1;
  for (let i = p; i < e; i++) { const c = s.charCodeAt(i); if (c < 97 || c > 122) return -1; }
  return e;
}

/** Whether an "'ll" cue starts at i (a non-word character) in the window [lo, hi). */
export function llAt(s: string, i: number, lo: number, hi: number): boolean {
  return s.charCodeAt(i) === 39 && i > lo && isWordChar(s.charCodeAt(i - 1)) && i + 2 < hi && s.charCodeAt(i + 1) === 108 && s.charCodeAt(i + 2) === 108 && end(s, i + 3, hi);
}

/**
 * A cue is a property of its run alone: the scan's matches end where runs end, and the only text a match
 * swallows past its run ("to", "'t", "ll") is never a cue itself. So the cues nearest a position can be read
 * outward from it. `keep(start, end)` says whether a cue counts; the first kept one is returned, or -1.
 */
export function lastCueBefore(s: string, lo: number, hi: number, from: number, keep: (start: number, end: number) => boolean): number {
  let i = from - 1;
  while (i >= lo) {
    if (!isWordChar(s.charCodeAt(i))) {
      if (llAt(s, i, lo, hi) && keep(i, i + 3)) return i;
      i--;
      continue;
    }
    let p = i, e = i + 1;
    while (p > lo && isWordChar(s.charCodeAt(p - 1))) p--;
    while (e < hi && isWordChar(s.charCodeAt(e))) e++;
    const q = cueAt(s, p, e, hi);
    if (q >= 0 && keep(p, q)) return p;
    i = p - 1;
  }
  return -1;
}

/** The first kept cue starting at or after `to` in the window [lo, hi) (see lastCueBefore), or -1. */
export function firstCueFrom(s: string, lo: number, hi: number, to: number, keep: (start: number, end: number) => boolean): number {
  let i = to;
  if (i > lo && isWordChar(s.charCodeAt(i - 1))) while (i < hi && isWordChar(s.charCodeAt(i))) i++;  // the run holding `to` starts before it
  while (i < hi) {
    if (!isWordChar(s.charCodeAt(i))) {
      if (llAt(s, i, lo, hi)) { if (keep(i, i + 3)) return i; i += 3; } else i++;
      continue;
    }
    let e = i + 1;
    while (e < hi && isWordChar(s.charCodeAt(e))) e++;
    const q = cueAt(s, i, e, hi);
    if (q >= 0) { if (keep(i, q)) return i; i = q; } else i = e;
  }
  return -1;
}

/** Calls `found(start, end)` for each cue in lower[lo, hi), in order. */
export function eachCue(s: string, lo: number, hi: number, found: (start: number, end: number) => void): void {
  let i = lo;
  while (i < hi) {
    const c = s.charCodeAt(i);
    if (!isWordChar(c)) {
      // "'ll" after a word character (the only alternative that starts with no word character).
      if (llAt(s, i, lo, hi)) {
        found(i, i + 3);
        i += 3;
      } else i++;
      continue;
    }
    let e = i + 1;
    while (e < hi && isWordChar(s.charCodeAt(e))) e++;
    const q = cueAt(s, i, e, hi);
    if (q >= 0) { found(i, q); i = q; } else i = e;
  }
}
