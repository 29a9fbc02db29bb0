// Per-article token text for the event rules, built once: per token its lexicon key and class
// bits, found by hashing the token where it stands in the text (word-class.ts has the lexicon).
import type { Token } from '../../layers.ts';
import { W, KEYS, ENTRIES } from './word-class.ts';
import { HARD_BREAK } from './view.ts';
import { DETS, PREPS } from './rules/assign-roles.ts';
import { RELATIVE } from './rules/read-clause.ts';

// The lexicon as an open-addressing hash table over the words' characters, so a token is looked
// up in the lower-cased article text where it stands, without slicing a string for it first (a
// Map lookup with a fresh string costs more than the rest of the per-token work). One Int32 per
// slot (key index + 1 in the low bits, the rest of the key's hash above), the table about half
// full, and per key its offset, length, class bits and (up to 4 ASCII characters) packed text side
// by side: small and dense enough to stay in cache between the other stages' work.
const N = KEYS.length;
/** All keys' characters end to end. */
const CHARS = new Uint16Array(KEYS.reduce((sum, k) => sum + k.length, 0));
/**
 * Per key n, side by side (one cache line per key): META[4n] offset in CHARS, META[4n + 1] length | bits << 5,
 * META[4n + 2] packed text or -1, META[4n + 3] the bits any token with its text gets (KEY_BITS below).
 */
const META = new Int32Array(4 * N);
const MAX_LEN = KEYS.reduce((m, k) => Math.max(m, k.length), 0);
const SLOTS = 1 << Math.ceil(Math.log2(N * 1.5));
const INDEX_MASK = (1 << (32 - Math.clz32(N))) - 1;
const TABLE = new Int32Array(SLOTS);
const PACK_MASK = 0x0fffffff;

/**
 * The table's hash of a word: FNV-1a over five of its characters (the first three, the middle one
 * and the last) and its length, so a token is hashed without a pass over all its characters (the
 * compare on a candidate key reads them). Characters beyond the word's length count as 0.
 */
function mix(c0: number, c1: number, c2: number, cm: number, cz: number, len: number): number {
  let h = Math.imul(0x811c9dc5 ^ c0, 16777619);
  h = Math.imul(h ^ c1, 16777619);
  h = Math.imul(h ^ c2, 16777619);
  h = Math.imul(h ^ cm, 16777619);
  h = Math.imul(h ^ cz, 16777619);
  h = Math.imul(h ^ len, 16777619);
  return h ^ (h >>> 16);
}
/** mix() over lower-case text s (keys are lower case already). */
function hashOf(s: string): number {
  const len = s.length;
  return mix(s.charCodeAt(0), len > 1 ? s.charCodeAt(1) : 0, len > 2 ? s.charCodeAt(2) : 0, s.charCodeAt(len >> 1), s.charCodeAt(len - 1), len);
}
for (let n = 0, at = 0; n < N; n++) {
  const key = KEYS[n];
  let pack = 0;
  META[4 * n] = at;
  for (let k = 0; k < key.length; k++) { const c = key.charCodeAt(k); CHARS[at++] = c; pack = ((pack << 7) | c) & PACK_MASK; }
  if (key.length > 31 || ENTRIES[n].bits >= 1 << 26) throw new Error('event lexicon: key or bits too wide');
  META[4 * n + 1] = key.length | (ENTRIES[n].bits << 5);
  META[4 * n + 2] = key.length <= 4 && /^[\x00-\x7f]*$/.test(key) ? pack : -1;
  const h = hashOf(key);
  let slot = h & (SLOTS - 1);
  while (TABLE[slot]) slot = (slot + 1) & (SLOTS - 1);
  TABLE[slot] = (n + 1) | (h & ~INDEX_MASK);
}

/**
 * Index in KEYS of the word with hash h and length len that stands lower-cased at s[start, start + len), or -1.
 * With `fold`, ASCII capitals in s are read as lower case, and a non-ASCII character met in a
 * compare gives -2 (the caller lower-cases the token as a string and looks again).
 */
function lookup(h: number, len: number, s: string, start: number, fold: boolean): number {
  const tag = h & ~INDEX_MASK;
  for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const e = TABLE[slot];
    if (e === 0) return -1;
    if ((e & ~INDEX_MASK) !== tag) continue;
    const n = (e & INDEX_MASK) - 1;
    if ((META[4 * n + 1] & 31) !== len) continue;
    const from = META[4 * n];
    let k = 0;
    if (fold) {
      for (; k < len; k++) {
        const c = s.charCodeAt(start + k);
        if (c >= 128) return -2;
        if (CHARS[from + k] !== (c >= 65 && c <= 90 ? c + 32 : c)) break;
      }
    } else while (k < len && CHARS[from + k] === s.charCodeAt(start + k)) k++;
    if (k === len) return n;
  }
}

const UPPER = /^\p{Lu}/u;

// A quick test that rules out most words outside the lexicon before they are hashed: a 64 K-bit
// filter over (first, second and last character, length), characters read by their low 5 bits (an
// ASCII capital and its lower case agree there). Set for every key, so a clear bit means "not in
// the lexicon"; a set bit may be a collision, and the hash table decides. Only used when the three
// characters are ASCII.
const MAYBE = new Int32Array(1 << 11);
/** The filter's bit for a word of length len with characters c0, c1, cz (ASCII, or any code for a key). */
function maybeBit(c0: number, c1: number, cz: number, len: number): number {
  return Math.imul(((c0 & 31) << 15) | ((c1 & 31) << 10) | ((cz & 31) << 5) | len, 0x9e3779b1) >>> 16;
}
for (const key of KEYS) {
  const bit = maybeBit(key.charCodeAt(0), key.length > 1 ? key.charCodeAt(1) : 0, key.charCodeAt(key.length - 1), key.length);
  MAYBE[bit >> 5] |= 1 << (bit & 31);
}
// A token's length and its characters' positions are its key's, except where lower-casing
// lengthens it ("İ" → "i̇", the only such character). A token with "İ" among its first three
// characters takes the slow path (lower-cased as a string: maybeKey and mix read only ASCII), so
// a key may hold "i̇" ("i̇zmir") only there, where such a token's first "İ" must stand.
for (const key of KEYS) {
  const dot = key.indexOf('\u0307');
  if (dot > 3) throw new Error(`event lexicon: '${key}' has a combining dot above past its third character`);
}

// Per key, the bits any token with that text gets, whatever its kind: membership of the rules' word sets.
for (let n = 0; n < N; n++) {
  const key = KEYS[n];
  META[4 * n + 3] = (HARD_BREAK.has(key) ? W.hardBreak : 0) | (DETS.has(key) ? W.det : 0) | (PREPS.has(key) ? W.prep : 0)
    | (RELATIVE.has(key) ? W.relative : 0);
}

// One-character tokens (marks, "a", "I"), looked up by their code: ONE[c] = key index + 1 of the
// lower-cased character, 0 when it is not in the lexicon, -1 when it lower-cases to two characters.
const ONE_MAX = 0x2100;
const ONE = new Int32Array(ONE_MAX);
for (let c = 0; c < ONE_MAX; c++) {
  const low = String.fromCharCode(c).toLowerCase();
  ONE[c] = low.length === 1 ? lookup(hashOf(low), 1, low, 0, false) + 1 : -1;
}

/** Might a token of length len (2 to 31) whose first, second and last characters are ASCII c0, c1, cz be a key? */
function maybeKey(c0: number, c1: number, cz: number, len: number): boolean {
  const bit = maybeBit(c0, c1, cz, len);
  return (MAYBE[bit >> 5] & (1 << (bit & 31))) !== 0;
}

/** An ASCII character in lower case. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

// The keys of 2 to 4 ASCII characters (most of an article's tokens that are in the lexicon:
// "the", "of", "said"), in a table of their own, small enough to stay in cache: per slot its
// packed text with the length above it (SHORT[2s]; 0 = empty) and the key index (SHORT[2s + 1]).
const SHORT_SLOTS = 1 << Math.ceil(Math.log2(2 * KEYS.filter((k) => k.length >= 2 && k.length <= 4 && /^[\x00-\x7f]*$/.test(k)).length));
const SHORT = new Int32Array(2 * SHORT_SLOTS);
const shortSlot = (code: number) => Math.imul(code, 0x9e3779b1) >>> (32 - Math.log2(SHORT_SLOTS));
for (let n = 0; n < N; n++) {
  const key = KEYS[n], len = key.length;
  if (len < 2 || len > 4 || META[4 * n + 2] < 0) continue;
  const code = META[4 * n + 2] | (len << 28);
  let slot = shortSlot(code);
  while (SHORT[2 * slot]) slot = (slot + 1) & (SHORT_SLOTS - 1);
  SHORT[2 * slot] = code; SHORT[2 * slot + 1] = n;
}
/** The key index of the word of len (2 to 4) ASCII lower-case characters packed 7 bits each in `pack`, or -1. */
function shortKey(pack: number, len: number): number {
  const code = pack | (len << 28);
  for (let slot = shortSlot(code); ; slot = (slot + 1) & (SHORT_SLOTS - 1)) {
    const e = SHORT[2 * slot];
    if (e === code) return SHORT[2 * slot + 1];
    if (e === 0) return -1;
  }
}

/** The key index of text[start, end) lower-cased as a string (a token with a non-ASCII character), or -1. */
function lookupLowered(text: string, start: number, end: number): number {
  const low = text.slice(start, end).toLowerCase();
  return low.length > MAX_LEN ? -1 : lookup(hashOf(low), low.length, low, 0, false);
}

/**
 * The key index of the token text[start, end) lower-cased (c0 its first character), or -1. An
 * ASCII word is lower-cased as it is hashed, so no string is made for it; any other word is
 * sliced and lower-cased on its own.
 */
export function keyOf(text: string, start: number, end: number, c0: number): number {
  const len = end - start;
  if (len === 1 && c0 < ONE_MAX && ONE[c0] >= 0) return ONE[c0] - 1;
  if (len > MAX_LEN) return -1;
  // The five characters the hash reads (see mix), lower-cased when they are ASCII.
  const c1 = len > 1 ? text.charCodeAt(start + 1) : 0, c2 = len > 2 ? text.charCodeAt(start + 2) : 0;
  const cm = text.charCodeAt(start + (len >> 1)), cz = text.charCodeAt(end - 1);
  if (!((c0 | c1 | c2 | cm | cz) < 128 && len > 1)) return lookupLowered(text, start, end);
  const f0 = fold(c0), f1 = fold(c1), f2 = fold(c2), fz = fold(cz);
  // A word of up to 4 characters is all among the five: packed 7 bits each, found in SHORT.
  if (len <= 4) return shortKey(len === 2 ? (f0 << 7) | f1 : len === 3 ? (((f0 << 7) | f1) << 7) | f2 : (((((f0 << 7) | f1) << 7) | f2) << 7) | fz, len);
  if (!maybeKey(f0, f1, fz, len)) return -1;
  const at = lookup(mix(f0, f1, f2, fold(cm), fz, len), len, text, start, true);
  return at === -2 ? lookupLowered(text, start, end) : at;
}

/** The class bits of key `at` (index in KEYS), the lexicon's (for a word or number) and any token's. */
export function keyBits(at: number, mark: boolean): number {
  return mark ? META[4 * at + 3] : (META[4 * at + 1] >> 5) | META[4 * at + 3];
}

/** Per token of an article: class bits, lexicon key and text (shared arrays: valid until the next call), filled sentence by sentence (sentenceText). */
export interface TokenText {
  /** class bits (word-class.ts W); `trigger` only on a word ('w') */
  cls: Int32Array;
  /** index in KEYS of the token's lower-case text, or -1 */
  ids: Int32Array;
  /** the token's lower-case text if the lexicon has it (its key), else '' */
  lows: string[];
}

// Per-token arrays, reused from one article to the next: a typed array of more than 64 bytes is
// allocated outside the heap, which costs more than filling it. Only [0, tokens.length) is valid.
// The plain arrays grow by push only, so they stay packed (reads need no hole check).
let CLS = new Int32Array(1024), IDS = new Int32Array(1024);
const LOWS: string[] = [];
const RESULT: TokenText = { cls: CLS, ids: IDS, lows: LOWS };

/** The per-token arrays for an article of n tokens; each sentence's part is filled by sentenceText. */
export function tokenText(n: number): TokenText {
  if (CLS.length < n) {
    CLS = new Int32Array(n * 2); IDS = new Int32Array(n * 2);
    RESULT.cls = CLS; RESULT.ids = IDS;
  }
  while (LOWS.length < n) LOWS.push('');
  return RESULT;
}

/**
 * Fill tokens [a, b) of the arrays tokenText gave, each token looked up where it stands in the
 * text (keyOf); the class bits of all of them or-ed together. Marks are looked up too (the rules
 * compare them), but only straight and curly double quotation marks (view.ts QUOTE_MARK) get a
 * class bit, and none is upper case.
 */
export function sentenceText(text: string, tokens: readonly Token[], a: number, b: number): number {
  const cls = CLS, ids = IDS, lows = LOWS;
  let any = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    const start = t.start, end = t.end, kind = t.kind, mark = kind === 'p';
    const c0 = text.charCodeAt(start);
    let bits = mark ? (end - start === 1 && (c0 === 0x22 || c0 === 0x201c || c0 === 0x201d) ? W.quoteMark : 0)
      : c0 < 128 ? (c0 >= 65 && c0 <= 90 ? W.upper : 0) : UPPER.test(text.slice(start, end)) ? W.upper : 0;
    const at = keyOf(text, start, end, c0);
    if (at >= 0) {
      bits |= keyBits(at, mark);
      lows[k] = KEYS[at];
    } else lows[k] = '';
    // Only a word starts a trigger pattern.
    if (kind !== 'w') bits &= ~W.trigger;
    ids[k] = at;
    cls[k] = bits;
    any |= bits;
  }
  return any;
}
