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
  for (let i = firstTokenAfter(tokens, from); i < tokens.length && out.length < cap; i++) {
    const t = tokens[i];
    if (t.start >= to) break;
    if (t.start < from || t.end > to) continue;
    const w = text.slice(t.start, t.end);
    out.push({ s: t.start, e: t.end, w, lw: w.toLowerCase(), kind: t.kind });
  }
  return out;
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
