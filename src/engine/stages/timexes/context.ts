// What rules produce and what they resolve against. Rules find candidates (spans) in one pass
// per sentence; resolution runs afterwards in document order so that "the next day" can lean on
// the last date the article named.
import type { Timex } from '../../../model/index.ts';
import type { Day } from './values.ts';

export type Tense = 'past' | 'future' | 'none';

/** The document creation time: the article's published time or the caller's reference time. */
export interface Reference extends Day { h?: number; mi?: number; offset?: string }

/** State carried through the article while resolving, in order. */
export interface Resolver {
  dct: Reference;
  /** The last day the article named (explicitly or resolved), with the timex id it came from. */
  ref: { day: Day; id: string; masked: boolean } | null;
  /** The last fiscal/calendar quarter named, for "a year earlier" in earnings reports. */
  quarter: { y: number; q: number; id: string } | null;
  /** Tense of the clause around the candidate being resolved. */
  tense: Tense;
}

/** A resolved value; `anchor: 'ref'` means resolved against `Resolver.ref` (or the DCT without one). */
export interface Resolved {
  type: Timex['type'];
  value: string;
  mod?: Timex['mod'];
  anchor: 'document' | 'absolute' | 'ref';
  confidence: number;
  /** Set when the value is one day: later chains ("the next day") anchor on it. */
  day?: Day;
  /** Overrides the anchor id (e.g. the quarter a "year-earlier" figure compares with). */
  anchorId?: string;
  /** Set when the value is one quarter. */
  quarter?: { y: number; q: number };
}

/** A span found by a rule (offsets into the sentence while matching, into the text afterwards). */
export interface Candidate {
  start: number;
  end: number;
  method: string;
  /** "day" candidates resolve to one date and may merge with an adjacent clock time. */
  kind?: 'day' | 'clock';
  clock?: { h: number; mi: number; zone?: string };
  /** Needs the tense of its clause (bare weekdays and months). */
  needsTense?: boolean;
  /** Rule order: on equal spans the earlier rule wins. */
  priority?: number;
  resolve(r: Resolver): Resolved | null;
}

/** Options a rule may need while matching. */
export interface RuleEnv { dayFirst: boolean }

/** A rule: one precompiled global regex and a function from a match to a candidate (or null to reject). */
export interface Rule {
  id: string;
  re: RegExp;
  make(m: RegExpExecArray, sentence: string, env: RuleEnv): Omit<Candidate, 'start' | 'end' | 'method'> & { start?: number; end?: number } | null;
}

// Tense cues near the expression: the closest one wins. Future: modals and plans; past: reporting
// verbs, auxiliaries and -ed forms. Bounded windows keep this linear.
const FUTURE_CUE = /\b(?:will|won't|wo|'ll|shall|going to|plans? to|planned|planning|scheduled|expects?|expected|set to|due|would|next|upcoming|coming|intends?|hopes?|is to|are to|as soon as|as early as|until|to be held|to meet|to vote|to visit|to begin|to start|to take|to resume|to leave)\b/gi;
const PAST_CUE = /\b(?:said|says|was|were|had|did|told|met|took|came|went|made|began|saw|gave|held|left|won|lost|fell|rose|ago|last|\w{3,}ed)\b/gi;
const FUTURE_WORD = /^(?:planned|scheduled|expected|plans|hopes|intends|expects)$/i;
const REPORTING_VERB = /^(?:said|says|told|added|reported|announced)$/i;
const WINDOW = 70;

/** The tense around [from, to) of a sentence: the nearest future or past cue within a short window. */
export function tenseAround(sentence: string, from: number, to: number): Tense {
  const lo = Math.max(0, from - WINDOW), hi = Math.min(sentence.length, to + WINDOW);
  const window = sentence.slice(lo, hi);
  const nearest = (re: RegExp, skip?: RegExp, skipAfter?: RegExp): number => {
    let best = Infinity;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const s = lo + m.index, e = s + m[0].length;
      if (s >= from && e <= to || skip?.test(m[0]) || (s >= to && skipAfter?.test(m[0]))) continue;
      best = Math.min(best, e <= from ? from - e : s >= to ? s - to : Infinity);
    }
    return best;
  };
  // A weekday in the possessive names a past event ("Wednesday's ruling").
  if (/^['’]s\b/.test(sentence.slice(to, to + 3))) return 'past';
  // A reporting verb after the expression ("..., officials said") tells when it was said, not when it happens.
  const f = nearest(FUTURE_CUE), p = nearest(PAST_CUE, FUTURE_WORD, REPORTING_VERB);
  if (f === Infinity && p === Infinity) return 'none';
  return f < p ? 'future' : 'past';
}
