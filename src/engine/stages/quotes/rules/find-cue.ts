import { type Tok, isCap } from '../window.ts';
import { CUE_FORMS, AMBIGUOUS_CUES, PERSON_ROLES, INSTITUTIONS, SUBJECT_PRONOUNS, BETWEEN_SUBJECT_AND_CUE, type Cue } from '../patterns.ts';

/** "according to X": a cue with no verb; the speaker follows it. */
export const ACCORDING: Cue = { lemma: 'according to', clause: 'none', object: false, participle: false };

/** A cue after these is not a statement made: "would respond", "to say", "did not say". */
const NOT_ASSERTED = new Set(['would', 'will', 'could', 'should', 'may', 'might', 'must', 'can', 'to', 'not', "n't", 'never', 'cannot']);

/**
 * The cue at toks[i], or null. Forms that are also nouns ("says", "claims", "reports") count only
 * after something that can be a subject; "according" only before "to".
 */
export function cueAt(toks: Tok[], i: number): Cue | null {
  const t = toks[i];
  if (!t.cue) return null; // not a cue form in lower case nor "according" (flagged once per article)
  if (t.lw === 'according') return toks[i + 1]?.lw === 'to' ? ACCORDING : null;
  const cue = CUE_FORMS.get(t.lw);
  if (!cue || t.w !== t.lw) return null;
  if (NOT_ASSERTED.has(toks[i - 1]?.lw ?? '')) return null;
  if (AMBIGUOUS_CUES.has(t.lw)) {
    const p = toks[i - 1];
    if (!p || !(isCap(p) || PERSON_ROLES.has(p.lw) || INSTITUTIONS.has(p.lw) || SUBJECT_PRONOUNS.has(p.lw) || BETWEEN_SUBJECT_AND_CUE.has(p.lw))) return null;
  }
  return cue;
}

/** End offset of the cue starting at toks[i] ("according to" spans two tokens). */
export const cueEnd = (toks: Tok[], i: number, cue: Cue): number => (cue === ACCORDING ? toks[i + 1].e : toks[i].e);
