// One sentence as the event rules see it: its tokens, their text and lower-case keys, and the
// trigger and actor records the rules fill in. Indices are token positions within the sentence.
import type { Token } from '../../layers.ts';
import type { Span } from '../../../model/index.ts';
import type { Pattern } from './patterns.ts';
import { W, type TokenText, type Entry } from './word-class.ts';

export interface View {
  text: string;
  sentence: Span;
  toks: Token[];
  /** lower-case text of each token (the original is `text.slice(tok.start, tok.end)`) */
  lows: string[];
  /** class bits of each token (word-class.ts) */
  cls: number[];
  /** lexicon entry of each token, if its lower-case form is in the lexicon */
  lex: Array<Entry | undefined>;
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
 * The view of one sentence, or null when no word of it starts a trigger pattern (such a
 * sentence has no events, so its words are never sliced). `from`: the first token that may
 * lie in the sentence; `next`: where the following sentence's search starts.
 */
export function makeView(text: string, sentence: Span, allTokens: Token[], tt: TokenText, from: number): { view: View | null; next: number } {
  let a = from;
  while (a < allTokens.length && allTokens[a].end <= sentence.start) a++;
  let b = a, any = false;
  for (; b < allTokens.length && allTokens[b].start < sentence.end; b++) if (tt.cls[b] & W.trigger && allTokens[b].kind === 'w') any = true;
  if (!any) return { view: null, next: b };
  const toks = allTokens.slice(a, b);
  const lows = new Array<string>(b - a);
  for (let k = a; k < b; k++) lows[k - a] = tt.low(k);
  return { view: { text, sentence, toks, lows, cls: tt.cls.slice(a, b), lex: tt.lex.slice(a, b) }, next: b };
}

/** The character span of tokens [i, j). */
export function tokenSpan(v: View, i: number, j: number): Span {
  const start = v.toks[i].start, end = v.toks[j - 1].end;
  return { start, end, text: v.text.slice(start, end) };
}

/** Tokens [i, j) lying inside characters [start, end), by binary search; i === j when none. */
export function tokensWithin(v: View, start: number, end: number): [number, number] {
  let lo = 0, hi = v.toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (v.toks[mid].start < start) lo = mid + 1; else hi = mid; }
  let j = lo;
  while (j < v.toks.length && v.toks[j].end <= end) j++;
  return [lo, j];
}

/** The token index holding character offset `at`, or -1. */
export function tokenAt(v: View, at: number): number {
  for (let k = 0; k < v.toks.length; k++) if (v.toks[k].start <= at && at < v.toks[k].end) return k;
  return -1;
}
