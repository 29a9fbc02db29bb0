// One sentence as the event rules see it: its tokens, their text and lower-case keys, and the
// trigger and actor records the rules fill in. Indices are token positions within the sentence.
// Rules read only indices in [0, toks.length): a read past the end of a JS array is a slow
// lookup, and a negative index a string-keyed one (guard with the length, as the rules do).
import type { Token } from '../../layers.ts';
import type { Span } from '../../../model/index.ts';
import type { Pattern } from './patterns.ts';
import { ENTRIES, type Entry } from './word-class.ts';
import type { TokenText } from './token-text.ts';

export interface View {
  text: string;
  sentence: Span;
  toks: Token[];
  /**
   * lower-case text of each token whose text is in the lexicon (the original is
   * `text.slice(tok.start, tok.end)`); '' for any other token: no rule compares it with anything
   */
  lows: string[];
  /** class bits of each token (word-class.ts) */
  cls: Int32Array;
  /** lexicon key index of each token (KEYS), -1 for a token outside the lexicon */
  ids: Int32Array;
  /** the sentence's "if"/"unless" clauses, token ranges, once read-clause has looked */
  conditions?: Array<[number, number]>;
}

/** A matched trigger: tokens [i, j), and `head` the token that carries the pattern's first word. */
export interface Trigger { pat: Pattern; i: number; j: number }

/** An actor phrase: tokens [i, j) with what it resolves to. */
export interface Actor {
  i: number; j: number;
  entity: string | null; country?: string; sector?: string;
  /** a bare pronoun the entities layer did not resolve */
  pronoun?: string;
  /** a place rather than an agent (a city or region on its own) */
  place?: boolean;
  /** index (in the sentence's actor list) of the actor joined to this one by "and" */
  coord?: number;
}

/** Tokens that close a clause for the role and mode readers. */
export const HARD_BREAK = new Set([';', ':', '—', '–', '(', ')', '[', ']']);
/** Quotation marks (straight and curly). */
export const QUOTE_MARK = new Set(['"', '“', '”']);

/**
 * The view of the sentence whose tokens are allTokens[a, b), once token-text.ts has filled their
 * part of `tt` (sentenceText). Its arrays are slices of the article's: no string is made for a
 * token, its text is its lexicon key, or ''.
 */
export function makeView(text: string, sentence: Span, allTokens: Token[], tt: TokenText, a: number, b: number): View {
  // Slices of the article's packed arrays: packed too, and copied in one go.
  return { text, sentence, toks: allTokens.slice(a, b), lows: tt.lows.slice(a, b), cls: tt.cls.subarray(a, b), ids: tt.ids.subarray(a, b), conditions: undefined };
}

// Per-sentence flag arrays, reused: a typed array of more than 64 bytes is allocated outside the
// heap, which costs more than clearing one. Only [0, n) of a returned array is meaningful.
const SCRATCH: Uint8Array[] = [];
/** Scratch flags for slot `slot` (one array per slot), [0, n) set to 0; valid until that slot is asked for again. */
export function zeroed(slot: number, n: number): Uint8Array {
  let a = SCRATCH[slot];
  if (!a || a.length < n) SCRATCH[slot] = a = new Uint8Array(Math.max(256, n * 2));
  for (let k = 0; k < n; k++) a[k] = 0;
  return a;
}

/** Set flags [i, j) of `a` (a plain loop: TypedArray fill is a slow builtin call for a few elements). */
export function mark(a: Uint8Array, i: number, j: number): void {
  for (let k = i; k < j; k++) a[k] = 1;
}
/** Scratch slots in use, each by one rule at a time. */
export const SLOT = { names: 0, triggerAt: 1, taken: 2, consumed: 3 } as const;

/**
 * The lexicon entry of token k, which must be a word or number with a lexicon bit (W.trigger,
 * W.actor): those bits come from its entry (a mark gets none).
 */
export function entryAt(v: View, k: number): Entry {
  return ENTRIES[v.ids[k]];
}

/** The character span of tokens [i, j). */
export function tokenSpan(v: View, i: number, j: number): Span {
  const start = v.toks[i].start, end = v.toks[j - 1].end;
  return { start, end, text: v.text.slice(start, end) };
}

/** The first token starting at or after character `start` (v.toks.length when none), by binary search. */
export function firstTokenFrom(v: View, start: number): number {
  let lo = 0, hi = v.toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (v.toks[mid].start < start) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The end of tokens [i, j) lying inside characters [start, end) where i = firstTokenFrom(v, start); i when none. */
export function tokensEnd(v: View, i: number, end: number): number {
  let j = i;
  while (j < v.toks.length && v.toks[j].end <= end) j++;
  return j;
}

/** The token index holding character offset `at`, or -1. */
export function tokenAt(v: View, at: number): number {
  for (let k = 0; k < v.toks.length; k++) if (v.toks[k].start <= at && at < v.toks[k].end) return k;
  return -1;
}
