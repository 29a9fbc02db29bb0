import { DOTTED } from './patterns.ts';

/**
 * Words looked up in place, straight from the text: one hash of the token's characters, one bit
 * of a small filter (16 KB, in cache) that answers "no" for almost every token, then one probe of
 * an open-addressing table and one in-place comparison. No slice, no new string to hash.
 *
 * A word matches a key written exactly as it is, or, for dotted initials, without its final
 * period ("U.S." finds the key "U.S", as `tokenKey` has it). The hash skips a final "." of a word
 * of three characters or more, so that both spellings land on the same slot.
 */
const FILTER_BITS = 17;
const FILTER = new Int32Array(1 << (FILTER_BITS - 5));
// 16384 slots for some 6000 words (doubled if the words outgrow half of them): the table (64 KB) stays mostly in cache.
let SLOT_MASK = (1 << 14) - 1;
/**
 * slot s → TABLE[s]: the word's id + 1 in the low 16 bits (0: an empty slot), and the high 16 bits
 * of its hash above them, compared before the word itself is read.
 */
let TABLE = new Int32Array(SLOT_MASK + 1);
const TAG = 0xffff0000 | 0;
/** Ids fit in the low 16 bits of a slot. */
const MOST_WORDS = 0xfffe;

/** Double the table: the words go back in id order, so words of one hash keep their order of probing. */
function grow(): void {
  SLOT_MASK = SLOT_MASK * 2 + 1;
  TABLE = new Int32Array(SLOT_MASK + 1);
  for (let id = 0; id < WORDS.length; id++) {
    const h = hashOf(WORDS[id], 0, WORDS[id].length);
    let slot = h & SLOT_MASK;
    while (TABLE[slot] !== 0) slot = (slot + 1) & SLOT_MASK;
    TABLE[slot] = (h & TAG) | (id + 1);
  }
}

/** The words, by id. */
export const WORDS: string[] = [];
/** Bit flags of each word id (see the users' constants). */
export const WORD_FLAGS: number[] = [];

/**
 * A coarser filter asked before any hashing: one bit per (length, first character, last
 * character) of the words, all three read in place, so most words of an article (which no table
 * holds) are passed over after three character reads. Length and last character are taken as the
 * hash takes them (without a final "." of a word of three characters or more).
 */
const SHAPES = new Int32Array(1 << 11);
function shapeOf(s: string, start: number, end: number): number {
  let last = s.charCodeAt(end - 1);
  if (end - start > 2 && last === 46) last = s.charCodeAt(--end - 1);
  return ((end - start) & 15) << 12 | (s.charCodeAt(start) & 63) << 6 | (last & 63);
}
function addShape(w: string): void {
  const b = shapeOf(w, 0, w.length);
  SHAPES[b >>> 5] |= 1 << (b & 31);
}

function hashOf(s: string, start: number, end: number): number {
  if (end - start > 2 && s.charCodeAt(end - 1) === 46) end--;
  let h = end - start;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h ^ (h >>> FILTER_BITS);
}

/** The id of `word`, added if new. */
export function wordId(word: string): number {
  if (WORDS.length >= (SLOT_MASK >> 1)) grow();
  const h = hashOf(word, 0, word.length);
  for (let slot = h & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const e = TABLE[slot];
    if (e === 0) {
      if (WORDS.length >= MOST_WORDS) throw new Error('word-index: too many words');
      const b = h & ((1 << FILTER_BITS) - 1);
      FILTER[b >>> 5] |= 1 << (b & 31);
      addShape(word); addShape(word + '.');
      WORDS.push(word); WORD_FLAGS.push(0);
      TABLE[slot] = (h & TAG) | WORDS.length;
      return WORDS.length - 1;
    }
    if (((e ^ h) & TAG) === 0 && WORDS[(e & 0xffff) - 1] === word) return (e & 0xffff) - 1;
  }
}

/**
 * The word text[start, end), or -1: its id times two, plus one when it matched a dotted word
 * without its final "." ("U.S." → "U.S"), not as written.
 */
export function lookup(text: string, start: number, end: number): number {
  const sh = shapeOf(text, start, end);
  if ((SHAPES[sh >>> 5] & (1 << (sh & 31))) === 0) return -1;
  const h = hashOf(text, start, end);
  const b = h & ((1 << FILTER_BITS) - 1);
  if ((FILTER[b >>> 5] & (1 << (b & 31))) === 0) return -1;
  const len = end - start;
  for (let slot = h & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const e = TABLE[slot];
    if (e === 0) return -1;
    if (((e ^ h) & TAG) !== 0) continue; // another hash: the word is not read
    const id = (e & 0xffff) - 1, w = WORDS[id];
    if (w.length === len && text.startsWith(w, start)) return id << 1;
    if (w.length === len - 1 && len > 2 && text.charCodeAt(end - 1) === 46 && text.startsWith(w, start) && DOTTED.test(text.slice(start, end))) return (id << 1) | 1;
  }
}
