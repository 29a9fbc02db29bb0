import { NOT_TRIGGERS, GAP_MAX, type Pattern } from '../patterns.ts';
import type { View, Trigger } from '../view.ts';
import { W } from '../word-class.ts';

/** Words after which an ambiguous form ("attack", "strikes") is read as a noun. */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', "'s", '’s', 'another',
  'any', 'more', 'further', 'new', 'recent', 'latest', 'fresh', 'deadly', 'major', 'first', 'last', 'such', 'every', 'each', 'of', 'for', 'by',
  'against', 'after', 'following', 'during', 'amid', 'since', 'in', 'on', 'no', 'chemical', 'military', 'suicide', 'air', 'missile', 'terrorist',
  'mass', 'general', 'hunger', 'bomb', 'rocket', 'similar', 'possible', 'potential', 'planned', 'alleged', 'official', 'formal', 'peace', 'trade',
  'free-trade', 'humanitarian', 'economic', 'financial', 'food', 'emergency', 'direct', 'joint', 'coordinated', 'large-scale', 'renewed']);

/** The token after the end of `p` matched from token `i`, or -1. Gaps skip up to GAP_MAX words. */
function matchFrom(v: View, p: Pattern, i: number): number {
  let k = i + 1;
  for (let s = 0; s < p.rest.length; s++) {
    const slot = p.rest[s];
    if (slot === null) {
      const nextSlot = p.rest[s + 1]!;
      let g = 0;
      while (g <= GAP_MAX && k + g < v.lows.length && !nextSlot.has(v.lows[k + g]) && v.toks[k + g].kind !== 'p') g++;
      if (g > GAP_MAX || k + g >= v.lows.length || !nextSlot.has(v.lows[k + g])) return -1;
      k += g;
      continue;
    }
    if (k >= v.lows.length || !slot.has(v.lows[k])) return -1;
    k++;
  }
  return k;
}

function longest(v: View, list: Pattern[] | undefined, i: number): { pat: Pattern; j: number } | null {
  let best: { pat: Pattern; j: number } | null = null;
  for (const p of list ?? []) {
    const j = matchFrom(v, p, i);
    if (j > 0 && (!best || j > best.j)) best = { pat: p, j };
  }
  return best;
}

/** Read as a noun: after a determiner or modifier, or after a capitalized word ("U.S. strikes"). */
function nounContext(v: View, i: number): boolean {
  if (i === 0) return false;
  const prev = v.lows[i - 1];
  if (NOUN_BEFORE.has(prev) || v.toks[i - 1].kind === 'n') return true;
  return (v.cls[i - 1] & W.upper) !== 0 && i > 1 && v.toks[i - 1].kind === 'w';
}

/** Marks after which a capitalized word may still be an event word (a quotation's first word). */
const OPENERS = new Set(['"', '“', '‘', "'", '(']);

/** Not an event word here: part of a fixed phrase ("press secretary") or of a name ("March", "Strike Force"). */
function excluded(v: View, i: number): boolean {
  if (i > 0 && v.cls[i] & W.upper && !OPENERS.has(v.lows[i - 1])) return true;
  return (NOT_TRIGGERS.get(v.lows[i]) ?? []).some((rest) => rest.every((w, k) => v.lows[i + 1 + k] === w));
}

/**
 * Every trigger in the sentence, left to right, without overlaps. Where a form is both a verb
 * and a noun pattern, the words before it decide; the longest match wins.
 */
export function findTriggers(v: View, skip: Uint8Array): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < v.lows.length; i++) {
    if (!(v.cls[i] & W.trigger) || skip[i] || v.toks[i].kind !== 'w') continue;
    const { verbs, nouns } = v.lex[i]!;
    if (excluded(v, i)) continue;
    const asVerb = longest(v, verbs, i), asNoun = longest(v, nouns, i);
    let pick = asVerb && asNoun ? (nounContext(v, i) ? asNoun : asVerb) : asVerb ?? asNoun;
    // A longer phrase beats the POS guess ("hunger strike" over "strike").
    if (asVerb && asNoun && asVerb.j !== asNoun.j) pick = asVerb.j > asNoun.j ? asVerb : asNoun;
    if (!pick) continue;
    out.push({ pat: pick.pat, i, j: pick.j });
    i = pick.j - 1;
  }
  return out;
}
