// Per-article token text for the event rules, built once: per token its entry in one lexicon of
// every word the rules look up (trigger first words with their patterns, actor first words with
// their forms, cue words as class bits), found by hashing the token where it stands in the text.
// One lookup per token replaces several Set and Map lookups per rule, and a sentence with no
// trigger word is passed over after that one pass without a string being made for its words.
import type { Token } from '../../layers.ts';
import { VERB_INDEX, NOUN_INDEX, CUES, type Pattern } from './patterns.ts';
import { actorFormsByFirstWord, type ActorForms } from './actor-lexicon.ts';

/** Class bits. `upper` (capital first letter) and `quoteMark` are set per token, not from the lexicon. */
export const W = {
  trigger: 1 << 0, actor: 1 << 1, negator: 1 << 2, future: 1 << 3, would: 1 << 4, hypothetical: 1 << 5, obligation: 1 << 6,
  say: 1 << 7, willing: 1 << 8, irrealis: 1 << 9, conditional: 1 << 10, subordinator: 1 << 11, passiveAux: 1 << 12, byGap: 1 << 13,
  lightVerb: 1 << 14, upper: 1 << 15, quoteMark: 1 << 16,
} as const;

/** What the lexicon knows about one lower-case word. */
export interface Entry { bits: number; verbs?: Pattern[]; nouns?: Pattern[]; actors?: ActorForms }

const LEX = new Map<string, Entry>();
const entry = (w: string): Entry => { let e = LEX.get(w); if (!e) LEX.set(w, (e = { bits: 0 })); return e; };
const mark = (words: Iterable<string>, bit: number) => { for (const w of words) entry(w).bits |= bit; };
for (const [w, list] of VERB_INDEX) { const e = entry(w); e.bits |= W.trigger; e.verbs = list; }
for (const [w, list] of NOUN_INDEX) { const e = entry(w); e.bits |= W.trigger; e.nouns = list; }
for (const [w, forms] of actorFormsByFirstWord()) { const e = entry(w); e.bits |= W.actor; e.actors = forms; }
mark(CUES.negators, W.negator); mark(CUES.future, W.future); mark(CUES.would, W.would); mark(CUES.hypothetical, W.hypothetical);
mark(CUES.obligation, W.obligation); mark(CUES.say, W.say); mark(CUES.willing, W.willing); mark(CUES.irrealis, W.irrealis);
mark(CUES.conditionals, W.conditional); mark(CUES.subordinators, W.subordinator); mark(CUES.passiveAux, W.passiveAux);
mark(CUES.byGap, W.byGap); mark(CUES.lightVerbs, W.lightVerb);

// The lexicon as an open-addressing hash table over the words' characters, so a token is looked
// up in the lower-cased article text where it stands, without slicing a string for it first
// (a Map lookup with a fresh string costs more than the rest of the per-token work).
const KEYS = [...LEX.keys()];
const ENTRIES = KEYS.map((k) => LEX.get(k)!);
/** All keys' characters end to end; key n is CHARS[OFFSET[n], OFFSET[n + 1]). */
const CHARS = new Uint16Array(KEYS.reduce((sum, k) => sum + k.length, 0));
const OFFSET = new Int32Array(KEYS.length + 1);
const SLOTS = 1 << Math.ceil(Math.log2(KEYS.length * 2));
/** Per slot: key index + 1 (0 = empty) and the key's full hash, side by side. */
const TABLE = new Int32Array(SLOTS * 2);

function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h;
}
for (let n = 0, at = 0; n < KEYS.length; n++) {
  const key = KEYS[n];
  OFFSET[n] = at;
  for (let k = 0; k < key.length; k++) CHARS[at++] = key.charCodeAt(k);
  OFFSET[n + 1] = at;
  const h = hashOf(key, 0, key.length);
  let slot = h & (SLOTS - 1);
  while (TABLE[2 * slot]) slot = (slot + 1) & (SLOTS - 1);
  TABLE[2 * slot] = n + 1;
  TABLE[2 * slot + 1] = h;
}

const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Index in KEYS of the word with hash h and length len that stands at s[start, start + len)
 * (lower-cased letter by letter when `fold`), or -1.
 */
function lookup(h: number, len: number, s: string, start: number, fold: boolean): number {
  for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const n = TABLE[2 * slot] - 1;
    if (n < 0) return -1;
    if (TABLE[2 * slot + 1] !== h) continue;
    const from = OFFSET[n];
    if (OFFSET[n + 1] - from !== len) continue;
    let k = 0;
    if (fold) while (k < len && CHARS[from + k] === asciiLower(s.charCodeAt(start + k))) k++;
    else while (k < len && CHARS[from + k] === s.charCodeAt(start + k)) k++;
    if (k === len) return n;
  }
}

const UPPER = /^\p{Lu}/u;
/** Straight and curly double quotation marks (view.ts QUOTE_MARK). */
const QUOTE_CHARS = new Set([0x22, 0x201c, 0x201d]);

/** Class bits and lexicon entry of every token of an article; lower-case text on demand. */
export interface TokenText {
  cls: number[]; lex: Array<Entry | undefined>;
  /** the lower-case text of token k (what `text.slice(start, end).toLowerCase()` gives) */
  low(k: number): string;
}

/**
 * Every token is looked up where it stands in the text: an ASCII word is lower-cased as it is
 * hashed, so no string is made for it unless a rule needs its text (`low`); any other word is
 * sliced and lower-cased on its own.
 */
export function tokenText(text: string, tokens: readonly Token[]): TokenText {
  const n = tokens.length;
  const lows = new Array<string | undefined>(n);
  const cls = new Array<number>(n).fill(0);
  const lex = new Array<Entry | undefined>(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const c0 = text.charCodeAt(t.start);
    if (t.kind === 'p') {
      if (t.end - t.start === 1 && QUOTE_CHARS.has(c0)) cls[k] = W.quoteMark;
      continue;
    }
    let h = 0x811c9dc5, ascii = true;
    for (let i = t.start; i < t.end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) { ascii = false; break; }
      h = Math.imul(h ^ asciiLower(c), 16777619);
    }
    let at: number;
    if (ascii) at = lookup(h, t.end - t.start, text, t.start, true);
    else {
      const low = (lows[k] = text.slice(t.start, t.end).toLowerCase());
      at = lookup(hashOf(low, 0, low.length), low.length, low, 0, false);
    }
    if (at >= 0) { lows[k] = KEYS[at]; lex[k] = ENTRIES[at]; cls[k] = ENTRIES[at].bits; }
    if (c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(text.slice(t.start, t.end))) cls[k] |= W.upper;
  }
  return {
    cls, lex,
    low: (k) => lows[k] ?? text.slice(tokens[k].start, tokens[k].end).toLowerCase(),
  };
}
