// One lexicon of every word the event rules look up (trigger first words with their patterns,
// actor first words with their forms, cue words as class bits) and every other word they compare
// token text with. Each token is found in it once per article (token-text.ts): one lookup per
// token replaces several Set and Map lookups per rule, and no string is made for a token.
import { VERB_INDEX, NOUN_INDEX, CUES, NOT_TRIGGERS, type Pattern } from './patterns.ts';
import { actorFormsByFirstWord, GLUE, FIRST_PERSON, type ActorForms } from './actor-lexicon.ts';
import { RULE_WORDS } from './rule-words.ts';

/** Class bits. `upper` (capital first letter), `quoteMark` and the bits from hardBreak on are set per token (token-text.ts), not from the lexicon. */
export const W = {
  trigger: 1 << 0, actor: 1 << 1, negator: 1 << 2, future: 1 << 3, would: 1 << 4, hypothetical: 1 << 5, obligation: 1 << 6,
  say: 1 << 7, willing: 1 << 8, irrealis: 1 << 9, conditional: 1 << 10, subordinator: 1 << 11, passiveAux: 1 << 12, byGap: 1 << 13,
  lightVerb: 1 << 14, upper: 1 << 15, quoteMark: 1 << 16,
  /** a mark that closes a clause (view.ts HARD_BREAK), set on any token whose text it is */
  hardBreak: 1 << 17,
  /** the word sets of the role and clause readers, set on any token whose text is in them (token-text.ts) */
  det: 1 << 18, prep: 1 << 19, relative: 1 << 20,
  /** a word after which a bare noun-verb form is the verb ("to station", "they target") */
  verbLead: 1 << 21,
  /** a word that marks a sentence as a sports report ("inning", "league") */
  sport: 1 << 22,
} as const;

/** What the lexicon knows about one lower-case word. */
export interface Entry {
  bits: number; verbs?: Pattern[]; nouns?: Pattern[]; actors?: ActorForms;
  /** some actor form starting with this word needs no capital (a sector noun, a pronoun) */
  uncased: boolean;
}

const LEX = new Map<string, Entry>();
// Every field set, in one order: one hidden class for all entries, so the rules' reads stay monomorphic.
const entry = (w: string): Entry => {
  let e = LEX.get(w);
  if (!e) LEX.set(w, (e = { bits: 0, verbs: undefined, nouns: undefined, actors: undefined, uncased: false }));
  return e;
};
const mark = (words: Iterable<string>, bit: number) => { for (const w of words) entry(w).bits |= bit; };
for (const [w, list] of VERB_INDEX) { const e = entry(w); e.bits |= W.trigger; e.verbs = list; }
for (const [w, list] of NOUN_INDEX) { const e = entry(w); e.bits |= W.trigger; e.nouns = list; }
for (const [w, forms] of actorFormsByFirstWord()) {
  const e = entry(w);
  e.bits |= W.actor; e.actors = forms; e.uncased = forms.some((f) => !f.cased);
}
mark(CUES.negators, W.negator); mark(CUES.future, W.future); mark(CUES.would, W.would); mark(CUES.hypothetical, W.hypothetical);
mark(CUES.obligation, W.obligation); mark(CUES.say, W.say); mark(CUES.willing, W.willing); mark(CUES.irrealis, W.irrealis);
mark(CUES.conditionals, W.conditional); mark(CUES.subordinators, W.subordinator); mark(CUES.passiveAux, W.passiveAux);
mark(CUES.byGap, W.byGap); mark(CUES.lightVerbs, W.lightVerb); mark(CUES.verbLead, W.verbLead); mark(CUES.sports, W.sport);
// Every other word a rule compares token text with, without class bits: the later words of
// patterns and actor forms, prepositions, fixed phrases and the rules' own words (rule-words.ts).
for (const index of [VERB_INDEX, NOUN_INDEX]) {
  for (const list of index.values()) for (const p of list) { for (const slot of p.rest) if (slot) mark(slot, 0); mark(p.preps, 0); }
}
for (const [first, rests] of NOT_TRIGGERS) { mark([first], 0); for (const rest of rests) mark(rest, 0); }
for (const [, forms] of actorFormsByFirstWord()) for (const f of forms) mark(f.words, 0);
mark(GLUE, 0); mark(FIRST_PERSON, 0); mark(RULE_WORDS, 0); mark(CUES.questions, 0); mark(CUES.labour, 0);

/** The lexicon's words (lower case) and, in the same order, their entries. */
export const KEYS = [...LEX.keys()];
export const ENTRIES = KEYS.map((k) => LEX.get(k)!);

// Each pattern's word slots as key indices, so a token's slot is matched by its index (token-text.ts ids).
const INDEX = new Map(KEYS.map((k, n) => [k, n]));
for (const index of [VERB_INDEX, NOUN_INDEX]) {
  for (const list of index.values()) {
    for (const p of list) {
      p.restIds = p.rest.map((slot) => slot && Int32Array.from(slot, (w) => {
        if (!w) throw new Error('event patterns: an empty word');
        return INDEX.get(w)!;
      }));
    }
  }
}
