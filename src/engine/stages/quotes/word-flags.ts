import { CUE_FORMS, AMBIGUOUS_CUES, PERSON_ROLES, INSTITUTIONS, SUBJECT_PRONOUNS, BETWEEN_SUBJECT_AND_CUE, STOP_WORDS, DEFINITE, INDEFINITE,
  POSTMODIFIER_STARTS, FINITE_MARKERS, CAPITALIZED_NON_NAMES, TITLE_WORDS, type Cue } from './patterns.ts';

// The words the quote rules compare, by id and flag bit, and the tables that find a token's word
// from its characters in the text (see article.ts, which keeps the ids and flags per token).

export const K_W = 0, K_N = 1, K_P = 2;

// Flags from the lower-case form.
export const F_CUEFORM = 1 << 0;     // CUE_FORMS
export const F_AMBIG = 1 << 1;       // AMBIGUOUS_CUES
export const F_NOTASSERT = 1 << 2;   // a cue after it is not asserted ("would", "to", "not")
export const F_ROLE = 1 << 3;        // PERSON_ROLES
export const F_INST = 1 << 4;        // INSTITUTIONS
export const F_SUBJ = 1 << 5;        // SUBJECT_PRONOUNS
export const F_BETWEEN = 1 << 6;     // BETWEEN_SUBJECT_AND_CUE
export const F_STOP = 1 << 7;        // STOP_WORDS
export const F_DEF = 1 << 8;         // DEFINITE
export const F_INDEF = 1 << 9;       // INDEFINITE
export const F_SRCADJ = 1 << 10;     // adjectives of unnamed sources ("senior", "anonymous")
export const F_CONN = 1 << 11;       // connectors inside a phrase: of for at in from with and &
export const F_POSTMOD = 1 << 12;    // POSTMODIFIER_STARTS
export const F_FINITE = 1 << 13;     // FINITE_MARKERS
export const F_PREP = 1 << 14;       // prepositions before a phrase that is then no subject
export const F_CLSTART = 1 << 15;    // words that open a reported clause ("the", "there", "two")
// Flags from the written form.
export const F_CAPNN = 1 << 16;      // CAPITALIZED_NON_NAMES
export const F_PARTICLE = 1 << 17;   // name particles: de, la, van, bin …
export const F_POSS = 1 << 18;       // 's ’s ' ’
export const F_TITLE = 1 << 19;      // TITLE_WORDS
export const F_ROLEX = 1 << 20;      // PERSON_ROLES, case as written
// Derived.
export const F_CAP = 1 << 21;        // isCap
export const F_NAME = 1 << 22;       // isNameWord
export const F_LOWER0 = 1 << 23;     // starts with a lower-case letter
export const F_LOWNOUN = 1 << 24;    // isLowerNoun
export const F_LY = 1 << 25;         // an adverb in -ly, all lower case
export const F_ENDS_S = 1 << 26;     // ends in "s"
export const F_CUE = 1 << 27;        // a lower-case cue form or "according" in any case: the words `cueAt` can accept
export const F_DONE = 1 << 28;      // the flags of this token were computed
export const F_HEAD = F_ROLE | F_INST;

/** Lower-case words the rules compare, with their ids and flags. */
export const WORDS = new Map<string, number>();
export const LFLAGS: number[] = [0];
export const XFLAGS = new Map<string, number>();
function wordId(w: string): number {
  let id = WORDS.get(w);
  if (id === undefined) { id = LFLAGS.length; WORDS.set(w, id); LFLAGS.push(0); }
  return id;
}
const addL = (words: Iterable<string>, flag: number) => { for (const w of words) LFLAGS[wordId(w)] |= flag; };
const addX = (words: Iterable<string>, flag: number) => { for (const w of words) XFLAGS.set(w, (XFLAGS.get(w) ?? 0) | flag); };
addL(CUE_FORMS.keys(), F_CUEFORM);
addL(AMBIGUOUS_CUES, F_AMBIG);
addL(['would', 'will', 'could', 'should', 'may', 'might', 'must', 'can', 'to', 'not', "n't", 'never', 'cannot'], F_NOTASSERT);
addL(PERSON_ROLES, F_ROLE);
addL(INSTITUTIONS, F_INST);
addL(SUBJECT_PRONOUNS, F_SUBJ);
addL(BETWEEN_SUBJECT_AND_CUE, F_BETWEEN);
addL(STOP_WORDS, F_STOP);
addL(DEFINITE, F_DEF);
addL(INDEFINITE, F_INDEF);
addL(['senior', 'top', 'unnamed', 'anonymous', 'other', 'more', 'few'], F_SRCADJ);
addL(['of', 'for', 'at', 'in', 'from', 'with', 'and', '&'], F_CONN);
addL(POSTMODIFIER_STARTS, F_POSTMOD);
addL(FINITE_MARKERS, F_FINITE);
addL(['outside', 'inside', 'at', 'in', 'near', 'from', 'to', 'of', 'by', 'on', 'with', 'into', 'behind', 'across', 'against', 'toward', 'towards', 'about', 'over', 'under', 'among'], F_PREP);
addL('there this these those the a an his her its their our some many no all both each every any several one two three four five'.split(' '), F_CLSTART);
// approximators and quantifiers that open a quantified subject ("said roughly half of her customers drive …")
addL('roughly nearly almost approximately half most fewer six seven eight nine ten dozens hundreds thousands millions'.split(' '), F_CLSTART);
addX(CAPITALIZED_NON_NAMES, F_CAPNN);
addX(['de', 'la', 'del', 'della', 'van', 'der', 'den', 'von', 'da', 'di', 'du', 'le', 'bin', 'bint', 'ibn', 'dos', 'das', 'ter', 'ten', 'y', 'e'], F_PARTICLE);
addX(["'s", '’s', "'", '’'], F_POSS);
addX(TITLE_WORDS, F_TITLE);
addX(PERSON_ROLES, F_ROLEX);
/** Id of a lower-case word the rules compare by id (listed in WORDS on first use at import). */
export const W = (w: string): number => wordId(w);

/**
 * Words looked up by their characters in the text, without cutting a string: an open-addressing
 * table keyed by a hash of the char codes (ASCII upper case folded when `fold`). Tokens with a
 * non-ASCII character are looked up by string instead (see `build`).
 */
class CharTable {
  keys: string[] = [];
  vals: number[] = [];
  slots: Int32Array;
  fold: boolean;
  /** The keys' chars packed (`pack`): key x is chars[off[x] … off[x + 1]), read by `findCodes` without touching the strings. */
  off = new Int32Array(1);
  chars = new Uint8Array(0);
  /** A table for up to `size` keys, at most a quarter full. */
  constructor(fold: boolean, size: number) {
    this.fold = fold;
    let cap = 16;
    while (cap < 4 * size) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
  }
  set(key: string, val: number): void {
    const mask = this.slots.length - 1;
    for (let j = hashOf(key, 0, key.length, false) & mask; ; j = (j + 1) & mask) {
      const x = this.slots[j];
      if (x < 0) { this.slots[j] = this.keys.length; this.keys.push(key); this.vals.push(val); return; }
      if (this.keys[x] === key) { this.vals[x] = val; return; }
    }
  }
  /** Pack the keys' chars for `findCodes` (after the last `set`; every key is ASCII). */
  pack(): void {
    const off = new Int32Array(this.keys.length + 1);
    for (let x = 0; x < this.keys.length; x++) off[x + 1] = off[x] + this.keys[x].length;
    const chars = new Uint8Array(off[this.keys.length]);
    for (let x = 0; x < this.keys.length; x++) { const k = this.keys[x]; for (let i = 0; i < k.length; i++) chars[off[x] + i] = k.charCodeAt(i); }
    this.off = off; this.chars = chars;
  }
  /** Index of the entry for text[s, e) (ASCII only), or -1: its codes are copied once and probed as `findCodes` does. */
  find(text: string, s: number, e: number): number {
    const len = e - s;
    if (SCRATCH.length < len) SCRATCH = new Int32Array(2 * len);
    for (let i = 0; i < len; i++) SCRATCH[i] = text.charCodeAt(s + i);
    return this.findCodes(hashOf(text, s, e, this.fold), SCRATCH, len);
  }
  /** `find` for the `len` char codes in `codes` (already read from the text), with their hash given (`hashOf`). */
  findCodes(h: number, codes: Int32Array, len: number): number {
    const slots = this.slots, mask = slots.length - 1, fold = this.fold, off = this.off, chars = this.chars;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const x = slots[j];
      if (x < 0) return -1;
      const o = off[x];
      if (off[x + 1] - o !== len) continue;
      let i = 0;
      for (; i < len; i++) {
        let c = codes[i];
        if (fold && c >= 65 && c <= 90) c += 32;
        if (c !== chars[o + i]) break;
      }
      if (i === len) return x;
    }
  }
}
/** The char codes `find` copies a word into (grown for a longer word). */
let SCRATCH = new Int32Array(64);
/** Hash of the char codes of text[s, e), ASCII upper case folded when `fold` (the same as `fill` computes in its pass). */
function hashOf(text: string, s: number, e: number, fold: boolean): number {
  let h = 5381;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (fold && c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 33) + c) | 0;
  }
  return h;
}
// Every written form has its lower case listed: a token whose lower case is no listed word has no written form listed either.
for (const w of XFLAGS.keys()) wordId(w.toLowerCase());
/**
 * The ASCII words of WORDS by their lower case (value: the id); the written forms of XFLAGS and
 * CUE_FORMS (value: index into EXACT_KEYS); the flags of the written form equal to each id's word.
 */
export let LOWER = new CharTable(true, 0), EXACT = new CharTable(false, 0);
let TABLED = -1;
export let XLOWER: Int32Array = new Int32Array(0);
export const EXACT_KEYS: string[] = [];
/** By EXACT_KEYS index: the cue form of that written form (or null) and its written-form flags. */
export const EXACT_CUE: Array<Cue | null> = [], EXACT_XF: number[] = [];
/** Builds the tables on the first article (all modules have listed their words by then) and again if WORDS grew; true when it did. */
export function ensureTables(): boolean {
  if (TABLED === WORDS.size) return false;
  const forms = new Set([...XFLAGS.keys(), ...CUE_FORMS.keys()]);
  const lower = new CharTable(true, WORDS.size), exact = new CharTable(false, forms.size);
  XLOWER = new Int32Array(LFLAGS.length);
  for (const [w, id] of WORDS) { if (isAsciiString(w)) lower.set(w, id); XLOWER[id] = XFLAGS.get(w) ?? 0; }
  EXACT_KEYS.length = 0;
  EXACT_CUE.length = 0; EXACT_XF.length = 0;
  for (const w of forms) if (isAsciiString(w)) { exact.set(w, EXACT_KEYS.length); EXACT_KEYS.push(w); EXACT_CUE.push(CUE_FORMS.get(w) ?? null); EXACT_XF.push(XFLAGS.get(w) ?? 0); }
  lower.pack(); exact.pack();
  LOWER = lower; EXACT = exact; TABLED = WORDS.size;
  return true;
}
function isAsciiString(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return false;
  return true;
}
