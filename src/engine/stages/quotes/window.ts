import type { Token } from '../../layers.ts';
import { type Art, articleOf, wordOf, lowerOf, flagsOf, idOf, F_CUE } from './article.ts';
import { hasAnyCue } from './patterns.ts';

export { articleOf, type Art };

/**
 * A window of tokens the rules scan: positions 0 … n-1, each standing for an article token — the
 * run lo … lo+n-1, or `map[i]` when some tokens were left out (quoted words). Rules index the
 * article's arrays through `at`; a position outside the window reads as no token.
 */
export interface Win { a: Art; lo: number; n: number; map: Int32Array | null }

/** Index of the first token that ends after `pos` (binary search over the tokens layer). */
export function firstTokenAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}
/** `firstTokenAfter` over the article's end offsets. */
function firstEndingAfter(a: Art, pos: number): number {
  const e = a.e;
  let lo = 0, hi = a.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (e[mid] <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The tokens lying wholly in text[from, to), at most `cap` of them (so a huge window costs nothing). */
export function winIn(a: Art, from: number, to: number, cap = 400): Win {
  let lo = firstEndingAfter(a, from);
  if (lo < a.n && a.s[lo] < from) lo++;
  const hi = Math.max(lo, Math.min(lo + cap, firstEndingAfter(a, to)));
  return { a, lo, n: hi - lo, map: null };
}
/**
 * The window without the tokens that start inside a zone (`zones`: sorted, non-overlapping, as the
 * quote marks' spans are); the same window when none does. A window with a map is valid until the
 * next call: its map is one array, reused.
 */
export function winOutside(w: Win, zones: readonly Zone[]): Win {
  if (w.n === 0) return w;
  const s = w.a.s, zn = zones.length;
  let z = firstZoneEndingAfter(zones, s[w.lo]);
  if (z >= zn || zones[z].start > s[w.lo + w.n - 1]) return w;
  if (OUTSIDE_MAP.length < w.n) OUTSIDE_MAP = new Int32Array(2 * w.n);
  const map = OUTSIDE_MAP;
  let n = 0;
  for (let i = 0; i < w.n; i++) {
    const p = s[w.lo + i];
    while (z < zn && zones[z].end <= p) z++;
    if (!(z < zn && zones[z].start <= p)) map[n++] = w.lo + i;
  }
  return n === w.n ? w : { a: w.a, lo: w.lo, n, map };
}
/** The map of the window `winOutside` returned last (positions past its `n` are stale). */
let OUTSIDE_MAP = new Int32Array(256);
/** A stretch of text in quote marks, the marks included. */
export interface Zone { start: number; end: number }
/** Index of the first zone that ends after `pos` (zones sorted): the only one that may hold pos or any later offset. */
export function firstZoneEndingAfter(zones: readonly Zone[], pos: number): number {
  let lo = 0, hi = zones.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (zones[mid].end <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * The last window position before `i` whose token may be a cue (F_CUE), or -1: found among the
 * article's cue tokens when the window is a run, else by reading the positions back.
 */
export function cueBefore(w: Win, i: number): number {
  const a = w.a;
  if (w.map !== null) {
    for (let k = i - 1; k >= 0; k--) if (a.f[w.map[k]] & F_CUE) return k;
    return -1;
  }
  const cues = a.cues, end = w.lo + i;
  let lo = 0, hi = cues.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cues[mid] < end) lo = mid + 1; else hi = mid; }
  return lo > 0 && cues[lo - 1] >= w.lo ? cues[lo - 1] - w.lo : -1;
}

/** The article token at window position i (0 ≤ i < n). */
export const at = (w: Win, i: number): number => (w.map === null ? w.lo + i : w.map[i]);
/** Flag bits of the token at position i; 0 outside the window. */
export const fl = (w: Win, i: number): number => (i >= 0 && i < w.n ? flagsOf(w.a, w.map === null ? w.lo + i : w.map[i]) : 0);
/** Word id of the token at position i; 0 outside the window. */
export const idAt = (w: Win, i: number): number => (i >= 0 && i < w.n ? idOf(w.a, w.map === null ? w.lo + i : w.map[i]) : 0);
/** Char code of a one-unit punctuation token at position i; -1 otherwise or outside the window. */
export const pcAt = (w: Win, i: number): number => (i >= 0 && i < w.n ? w.a.pc[w.map === null ? w.lo + i : w.map[i]] : -1);
/** Kind (K_W, K_N, K_P) of the token at position i (inside the window). */
export const kindAt = (w: Win, i: number): number => w.a.kind[at(w, i)];
/** Start and end offsets, text and lower case of the token at position i (inside the window). */
export const sAt = (w: Win, i: number): number => w.a.s[at(w, i)];
export const eAt = (w: Win, i: number): number => w.a.e[at(w, i)];
export const wAt = (w: Win, i: number): string => wordOf(w.a, at(w, i));
export const lwAt = (w: Win, i: number): string => lowerOf(w.a, at(w, i));

/**
 * Whether text[from, to) may hold reported speech: some token wholly inside is a cue word. Exactly
 * `hasAnyCue(text.slice(from, to))` restricted to what `cueAt` accepts, without reading the characters.
 */
export function mayHaveCue(a: Art, from: number, to: number): boolean {
  const cues = a.cues, s = a.s, e = a.e, text = a.text;
  let lo = 0, hi = cues.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (s[cues[mid]] < from) lo = mid + 1; else hi = mid; }
  let unsure = false;
  for (let k = lo; k < cues.length; k++) {
    const ts = s[cues[k]], te = e[cues[k]];
    if (ts >= to) break;
    if (te > to) continue;
    // the token is the whole ASCII word run hasAnyCue would see unless a word character touches it
    if (!isAsciiWordChar(text.charCodeAt(ts - 1)) && !isAsciiWordChar(text.charCodeAt(te))) return true;
    unsure = true;
  }
  return unsure ? hasAnyCue(text.slice(from, to)) : false;
}
/** `\w` of a char code (ASCII letters, digits, "_"). */
export const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** `/\s/.test(ch)` for the char code of ch (NaN, past the text: false). */
export const isWhite = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
/** `/[\s.,;:]/`: white space or the punctuation trimmed off a clause's end. */
export const isClauseTrim = (c: number): boolean => c === 46 || c === 44 || c === 59 || c === 58 || isWhite(c);

/** Index of the span containing pos in a sorted, non-overlapping span list, or -1. */
export function spanIndexAt(spans: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
