import type { Token } from '../../layers.ts';

/** A token with its text, for scanning speaker phrases in a small window. */
export interface Tok { s: number; e: number; w: string; lw: string; kind: Token['kind'] }

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
  const out: Tok[] = [];
  const memo = tokMemo(text, tokens);
  for (let i = firstTokenAfter(tokens, from); i < tokens.length && out.length < cap; i++) {
    const t = tokens[i];
    if (t.start >= to) break;
    if (t.start < from || t.end > to) continue;
    let tok = memo[i];
    if (tok === undefined) {
      const w = text.slice(t.start, t.end);
      memo[i] = tok = { s: t.start, e: t.end, w, lw: w.toLowerCase(), kind: t.kind };
    }
    out.push(tok);
  }
  return out;
}

/**
 * Tok records are built once per token of an article and shared by every window that holds the
 * token (they are never mutated). Keyed by the tokens layer; the text is checked as well.
 */
const TOK_MEMO = new WeakMap<readonly Token[], { text: string; toks: Array<Tok | undefined> }>();
function tokMemo(text: string, tokens: readonly Token[]): Array<Tok | undefined> {
  let m = TOK_MEMO.get(tokens);
  if (!m || m.text !== text || m.toks.length !== tokens.length) {
    m = { text, toks: new Array<Tok | undefined>(tokens.length) };
    TOK_MEMO.set(tokens, m);
  }
  return m.toks;
}

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
export const isCap = (t: Tok | undefined): boolean => !!t && t.kind === 'w' && (/^\p{Lu}/u.test(t.w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(t.w));
export const isWord = (t: Tok | undefined): boolean => !!t && (t.kind === 'w' || t.kind === 'n');
