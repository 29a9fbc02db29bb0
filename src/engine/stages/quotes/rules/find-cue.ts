import { type Win, at, fl, idAt, eAt, pcAt, wAt } from '../window.ts';
import { W, flagsOf, F_CUE, F_NOTASSERT, F_AMBIG, F_CAP, F_ROLE, F_INST, F_SUBJ, F_BETWEEN } from '../article.ts';
import type { Cue } from '../patterns.ts';

/** "according to X": a cue with no verb; the speaker follows it. */
export const ACCORDING: Cue = { lemma: 'according to', clause: 'none', object: false, participle: false };
const ID_TO = W('to');
/** What may stand before a cue form that is also a noun: something that can be a subject. */
const SUBJECT_LIKE = F_CAP | F_ROLE | F_INST | F_SUBJ | F_BETWEEN;

/**
 * The cue at position i of the window, or null. Forms that are also nouns ("says", "claims",
 * "reports") count only after something that can be a subject; "according" only before "to".
 * A cue form counts only in lower case (the article index flags the words that can be one: F_CUE);
 * a cue is not a statement made after "would", "to", "did not" … (F_NOTASSERT).
 */
export function cueAt(w: Win, i: number): Cue | null {
  const k = at(w, i), a = w.a;
  if (!(a.f[k] & F_CUE)) return null;
  const cue = a.cue[k];
  if (cue === null) return idAt(w, i + 1) === ID_TO ? ACCORDING : null; // "according", the one F_CUE word that is no cue form
  if (fl(w, i - 1) & F_NOTASSERT) return null;
  if (cue.particle !== undefined && wAt(w, i + 1) !== cue.particle) return null; // "hit back", not "hit the target"
  const f = flagsOf(a, k);
  if ((f & F_AMBIG) && !(fl(w, i - 1) & SUBJECT_LIKE) && !closesAppositive(w, i - 1)) return null;
  return cue;
}

/**
 * A comma at i that closes an appositive subject ("the treasury secretary, Joseph Kariuki, says"):
 * a name or role word before it and another comma a few words back. "In Paris, reports …" has no such comma.
 */
function closesAppositive(w: Win, i: number): boolean {
  if (pcAt(w, i) !== 44 || !(fl(w, i - 1) & (F_CAP | F_ROLE))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 8; k--) if (pcAt(w, k) === 44) return true;
  return false;
}

/** End offset of the cue starting at position i ("according to", "hit back" span two tokens). */
export const cueEnd = (w: Win, i: number, cue: Cue): number => (cue === ACCORDING || cue.particle !== undefined ? eAt(w, i + 1) : eAt(w, i));
