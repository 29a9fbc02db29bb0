import { W } from '../word-class.ts';
import { type View, type Trigger } from '../view.ts';

/** What the words around a trigger say about whether its event happened. */
export interface ClauseFacts {
  negated: boolean;
  /** will / shall / 'll, or would after a speech verb: a stated intention */
  future: boolean;
  /** would, could, might, may, can without a speech verb; or an irrealis cue ("potential", "plans") */
  hypothetical: boolean;
  /** index of must / should earlier in the clause (an obligation laid on its subject), or -1 */
  obligation: number;
  /** inside the "if" / "unless" clause itself */
  inCondition: boolean;
  /** the sentence sets a condition ("if", "unless") on this clause */
  conditional: boolean;
  /** the condition is "unless": a promise on those terms is a threat */
  unless: boolean;
  /** index of a speech verb earlier in the sentence ("said", "announced"), or -1 */
  say: number;
  /** willing / ready / prepared to … */
  willing: boolean;
  passive: boolean;
  /** a subordinator stands between the sentence start and the trigger (after, because, which …) */
  subordinate: boolean;
}

/** Aux and adverb words that may stand between a modal or negator and its verb. */
const BETWEEN = new Set(['not', "n't", 'be', 'been', 'have', 'has', 'had', 'also', 'still', 'then', 'soon', 'now', 'only', 'likely', 'probably',
  'immediately', 'never', 'no', 'longer', 'yet', 'again', 'further', 'to', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'being', 'try', 'seek',
  'continue', 'able', 'ultimately', 'eventually', 'jointly', 'quickly', 'reportedly', 'allegedly', 'routinely', 'formally', 'officially', 'once',
  'going', 'get', 'help', 'move', 'themselves', 'itself', 'consider', 'decide']);
/** A past participle, regular or irregular ("attacked", "beaten", "shot"). */
const PARTICIPLE = /(?:ed|en|wn|t)$/;
export const RELATIVE = new Set(['that', 'which', 'who', 'whom']);
const DO_FORMS = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'ca', 'wo', 'should', 'must', 'may', 'might']);

// What leftAux found: the class bits of the words it walked over, and whether "going" / "to" was one.
let nearBits = 0, nearGoing = false, nearTo = false;

/** Walk left from the trigger over aux/adverb words (at most `limit`, and the word that stops the walk). */
function leftAux(v: View, i: number, limit: number): void {
  nearBits = 0; nearGoing = false; nearTo = false;
  for (let k = i - 1, seen = 0; k >= 0 && seen < limit; k--, seen++) {
    const w = v.lows[k];
    nearBits |= v.cls[k];
    if (w === 'going') nearGoing = true;
    else if (w === 'to') nearTo = true;
    if (!BETWEEN.has(w) && !DO_FORMS.has(w) && !(v.cls[k] & (W.willing | W.negator))) break;
  }
}

function clauseStart(v: View, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (v.cls[k] & W.hardBreak || v.lows[k] === ',') return k + 1;
  return 0;
}

/** The "if"/"unless" clause around token k: [c, end), end at the first comma 3+ words after c. */
function conditionSpans(v: View): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let c = 0; c < v.lows.length; c++) {
    if (!(v.cls[c] & W.conditional) || (v.lows[c] === 'should' && c > 0 && v.lows[c - 1] !== ',')) continue;
    let e = c + 1;
    while (e < v.lows.length && !(v.lows[e] === ',' && e - c > 3) && !(v.cls[e] & W.hardBreak) && v.lows[e] !== 'then') e++;
    spans.push([c, e]);
  }
  return spans;
}

/** Read the clause around trigger `t`; `quoted`: the trigger stands inside a quotation. */
export function readClause(v: View, t: Trigger, quoted: boolean): ClauseFacts {
  leftAux(v, t.i, 5);
  const from = clauseStart(v, t.i);
  let say = -1, subordinate = false, hypoScope = false, irrealis = false;
  for (let k = 0; k < t.i; k++) {
    const c = v.cls[k];
    if (!c) continue;
    if (c & W.say) say = k;
    if (c & W.subordinator && k >= from) subordinate = true;
    if (k >= from && c & W.hypothetical) hypoScope = true;
    if (k >= t.i - 4 && c & W.irrealis) irrealis = true;
  }
  const conds = v.conditions ??= conditionSpans(v);
  let inCondition = false, unless = false;
  for (const [c, e] of conds) {
    if (c < t.i && t.i < e) inCondition = true;
    if (v.lows[c] === 'unless') unless = true;
  }
  const negated = (nearBits & W.negator) !== 0 || (t.pat.pos === 'n' && t.i > 0 && v.lows[t.i - 1] === 'no');
  const would = (nearBits & W.would) !== 0;
  const future = (nearBits & W.future) !== 0 || (would && (say >= 0 || quoted)) || nearGoing;
  let obligation = -1;
  for (let k = t.i - 1; k >= from && obligation < 0 && !(v.cls[k] & W.relative); k--) if (v.cls[k] & W.obligation) obligation = k;
  const deniedObligation = obligation >= 0 && (v.cls[obligation + 1] & W.negator) !== 0;
  const hypothetical = inCondition || deniedObligation || irrealis || hypoScope || (would && say < 0 && !quoted)
    || (nearBits & W.hypothetical) !== 0;
  const passive = t.pat.pos === 'v' && PARTICIPLE.test(v.lows[t.i]) && (nearBits & W.passiveAux) !== 0;
  return {
    negated, future, hypothetical, inCondition,
    obligation: deniedObligation || t.pat.pos === 'n' ? -1 : obligation,
    conditional: conds.length > 0 && !inCondition,
    unless: unless && !inCondition,
    say, willing: (nearBits & W.willing) !== 0 && nearTo, passive,
    subordinate,
  };
}
