// An attribution set off by commas inside the statement it reports: "The deal, two officials said, collapsed on Friday."
import { type Win, fl, pcAt, wAt } from '../window.ts';
import { F_FINITE } from '../article.ts';

/** How far after the cue (or "according to") the closing comma of the attribution may lie, in tokens. */
const REACH = 12;

/** A lowercase word that reads as a finite verb: a marker ("is", "will", "fell") or a regular past ("collapsed"). */
function finiteAt(w: Win, i: number): boolean {
  if (fl(w, i) & F_FINITE) return true;
  const t = wAt(w, i);
  return t.length >= 5 && t.endsWith('ed') && /^\p{Ll}{3,}ed$/u.test(t);
}

/**
 * Whether the attribution from token `from` closes with a comma that the statement's predicate
 * follows, while the words before the attribution (`lead`, up to the comma that opens it) hold no
 * finite verb: they are the statement's subject only, and the statement runs to the sentence end.
 */
export function interruptsStatement(w: Win, lead: number, from: number): boolean {
  if (lead < 1 || pcAt(w, lead) !== 44) return false;
  for (let i = 0; i < lead; i++) if (pcAt(w, i) === 44 || finiteAt(w, i)) return false;
  for (let k = from + 1; k < w.n && k <= from + REACH; k++) {
    const pc = pcAt(w, k);
    if (pc === 44) return k + 1 < w.n && pcAt(w, k + 1) < 0 && finiteAt(w, k + 1);
    if (pc >= 0) return false;
  }
  return false;
}
