import type { Token } from '../../layers.ts';
import { CUE_FORMS, hasAnyCue } from './patterns.ts';

/** A token with its text, for scanning speaker phrases in a small window. */
export interface Tok { s: number; e: number; w: string; lw: string; kind: Token['kind']; /** one of `cueTokens`: the only tokens `cueAt` can accept */ cue: boolean }

/** Index of the first token that ends after `pos` (binary search over the tokens layer). */
export function firstTokenAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Tokens lying wholly in text[from, to), with their text; capped so a huge window costs nothing. */
export function tokensIn(text: string, tokens: readonly Token[], from: number, to: number, cap = 400): Tok[] {
  const memo = articleMemo(text, tokens).toks, isCue = cueFlags(text, tokens);
  let a = firstTokenAfter(tokens, from);
  if (a < tokens.length && tokens[a].start < from) a++;
  const out: Tok[] = [];
  for (let i = a; i < tokens.length && out.length < cap; i++) {
    const t = tokens[i];
    if (t.end > to) break;
    let tok = memo[i];
    if (tok === undefined) {
      const w = text.slice(t.start, t.end);
      memo[i] = tok = { s: t.start, e: t.end, w, lw: w.toLowerCase(), kind: t.kind, cue: isCue[i] === 1 };
    }
    out.push(tok);
  }
  return out;
}

/**
 * Per article, keyed by the tokens layer (the text checked as well): Tok records, built on first
 * use and shared by every window that holds the token (never mutated), and the indices of the
 * tokens that may be speech cues (see `cueTokens`).
 */
interface ArticleMemo { text: string; toks: Array<Tok | undefined>; cues: number[] | null; flags: Uint8Array | null }
/** The memo of the article read last: one article is read at a time, so one slot does (no weak map for the collector to trace). */
let MEMO: { tokens: readonly Token[]; memo: ArticleMemo } | null = null;
function articleMemo(text: string, tokens: readonly Token[]): ArticleMemo {
  let m = MEMO?.tokens === tokens ? MEMO.memo : undefined;
  if (!m || m.text !== text || m.toks.length !== tokens.length) {
    m = { text, toks: new Array<Tok | undefined>(tokens.length), cues: null, flags: null };
    MEMO = { tokens, memo: m };
  }
  return m;
}

/**
 * Indices of the tokens that are a lower-case cue form or "according" (the words `cueAt` can
 * accept), found without cutting a string per word: only a word whose first three letters begin
 * some cue form is cut and looked up.
 */
export function cueTokens(text: string, tokens: readonly Token[]): number[] {
  const m = articleMemo(text, tokens);
  if (m.cues) return m.cues;
  const cues: number[] = [];
  const flags = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const len = t.end - t.start;
    if (t.kind !== 'w' || len < CUE_LEN.min || len > CUE_LEN.max) continue;
    // the first three letters (ASCII, either case) must begin some cue form
    const c0 = text.charCodeAt(t.start) | 32, c1 = text.charCodeAt(t.start + 1) | 32, c2 = text.charCodeAt(t.start + 2) | 32;
    if (c0 < 97 || c0 > 122 || c1 < 97 || c1 > 122 || c2 < 97 || c2 > 122 || !CUE_PREFIX[((c0 - 97) * 26 + c1 - 97) * 26 + c2 - 97]) continue;
    const w = text.slice(t.start, t.end);
    // a cue form counts only in lower case; "according" in any case (only ASCII letters lower-case to it)
    if (CUE_FORMS.has(w) || (len === 9 && w.toLowerCase() === 'according')) { cues.push(i); flags[i] = 1; }
  }
  m.flags = flags;
  return (m.cues = cues);
}
/** `cueTokens` as one flag per token of the article. */
export function cueFlags(text: string, tokens: readonly Token[]): Uint8Array {
  const m = articleMemo(text, tokens);
  if (!m.flags) cueTokens(text, tokens);
  return m.flags!;
}
const CUE_LEN = { min: 9, max: 9 };
const CUE_PREFIX = new Uint8Array(26 * 26 * 26);
for (const f of [...CUE_FORMS.keys(), 'according']) {
  if (f.length < 3 || !/^[a-z]+$/.test(f)) throw new Error(`cue form "${f}" is not three or more ASCII letters`);
  CUE_PREFIX[((f.charCodeAt(0) - 97) * 26 + f.charCodeAt(1) - 97) * 26 + f.charCodeAt(2) - 97] = 1;
  CUE_LEN.min = Math.min(CUE_LEN.min, f.length); CUE_LEN.max = Math.max(CUE_LEN.max, f.length);
}

/**
 * Whether text[from, to) may hold reported speech: some token wholly inside is a cue word. Exactly
 * `hasAnyCue(text.slice(from, to))` restricted to what `cueAt` accepts, without reading the characters.
 */
export function mayHaveCue(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const cues = cueTokens(text, tokens);
  let lo = 0, hi = cues.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[cues[mid]].start < from) lo = mid + 1; else hi = mid; }
  let unsure = false;
  for (let k = lo; k < cues.length; k++) {
    const t = tokens[cues[k]];
    if (t.start >= to) break;
    if (t.end > to) continue;
    // the token is the whole ASCII word run hasAnyCue would see unless a word character touches it
    if (!isAsciiWordChar(text.charCodeAt(t.start - 1)) && !isAsciiWordChar(text.charCodeAt(t.end))) return true;
    unsure = true;
  }
  return unsure ? hasAnyCue(text.slice(from, to)) : false;
}
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

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

/** Whether a token is a capitalized word (a name part, "U.S.", "Sen"). */
export const isCap = (t: Tok | undefined): boolean => {
  if (!t || t.kind !== 'w') return false;
  const w = t.w, c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // ASCII letters are decided without a regex: "al-Assad" style only when a hyphen follows one to three letters
  if (c >= 97 && c <= 122) return (w[1] === '-' || w[2] === '-' || w[3] === '-') && /^\p{Ll}{1,3}-\p{Lu}/u.test(w);
  return c > 127 && (/^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w));
};
/** Whether a word starts with a lower-case letter (`/^\p{Ll}/u`), without the regex for ASCII. */
export const startsLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122 ? true : c > 127 && /^\p{Ll}/u.test(w);
};
/** `/^\p{Ll}{3,}$/u.test(w)`, with ASCII decided in place. */
export function allLower3(w: string): boolean {
  if (w.length < 3) return false; // fewer than three units never hold three letters
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    return c > 127 && /^\p{Ll}{3,}$/u.test(w);
  }
  return true;
}
export const isWord = (t: Tok | undefined): boolean => !!t && (t.kind === 'w' || t.kind === 'n');
