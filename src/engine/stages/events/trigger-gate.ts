// The first, cheap pass over a sentence: does any word of it start a trigger pattern? Most
// sentences with none are rejected here without a lexicon look-up for each of their tokens
// (token-text.ts does those only for a sentence that passes).
import type { Token } from '../../layers.ts';
import type { Span } from '../../../model/index.ts';
import { KEYS, ENTRIES, W } from './word-class.ts';
import { keyOf, keyBits } from './token-text.ts';
import type { Pattern } from './patterns.ts';
import { matchSlots } from './match-slots.ts';

// A 64 K-bit Bloom filter (two bits a word) over the trigger words' first, second, middle and
// last characters and length, characters read by their low 5 bits (an ASCII capital and its lower
// case agree there). A clear bit means "no trigger word"; a set bit may be a collision, and the
// lexicon look-up decides. Only used for a word of 2 or more characters whose four characters
// are ASCII: any other word is looked up.
const TRIGGER_MAYBE = new Int32Array(1 << 11);
/** The filter's signature of a word: its characters c0, c1, cm (at len >> 1) and cz, and its length. */
function signature(c0: number, c1: number, cm: number, cz: number, len: number): number {
  return ((c0 & 31) << 20) | ((c1 & 31) << 15) | ((cm & 31) << 10) | ((cz & 31) << 5) | len;
}
const bitA = (sig: number) => Math.imul(sig, 0x9e3779b1) >>> 16;
const bitB = (sig: number) => Math.imul(sig, 0x85ebca6b) >>> 16;
function setBits(sig: number): void {
  const a = bitA(sig), b = bitB(sig);
  TRIGGER_MAYBE[a >> 5] |= 1 << (a & 31);
  TRIGGER_MAYBE[b >> 5] |= 1 << (b & 31);
}
/** Per ASCII code: 1 when the one-character word is a trigger word. */
const TRIGGER_ONE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const at = keyOf(String.fromCharCode(c), 0, 1, c);
  TRIGGER_ONE[c] = at >= 0 && keyBits(at, false) & W.trigger ? 1 : 0;
}
for (let n = 0; n < KEYS.length; n++) {
  const key = KEYS[n], len = key.length;
  if (!(ENTRIES[n].bits & W.trigger) || len < 2) continue;
  const c0 = key.charCodeAt(0), c1 = key.charCodeAt(1), cz = key.charCodeAt(len - 1);
  setBits(signature(c0, c1, key.charCodeAt(len >> 1), cz, len));
  // "İ" lower-cases to two characters ("i̇", the only such one, among a key's first four):
  // a token with it is one shorter than its key, its middle character anywhere.
  if (key.includes('\u0307')) for (let cm = 0; cm < 32; cm++) setBits(signature(c0, c1, cm, cz, len - 1));
}

/** The key index of the trigger word text[start, end) (the lexicon's W.trigger), or -1. */
function triggerWord(text: string, start: number, end: number): number {
  const len = end - start, c0 = text.charCodeAt(start);
  if (len > 1) {
    const c1 = text.charCodeAt(start + 1), cm = text.charCodeAt(start + (len >> 1)), cz = text.charCodeAt(end - 1);
    if ((c0 | c1 | cm | cz) < 128) {
      const sig = signature(c0, c1, cm, cz, len), ba = bitA(sig), bb = bitB(sig);
      if ((TRIGGER_MAYBE[ba >> 5] & (1 << (ba & 31))) === 0 || (TRIGGER_MAYBE[bb >> 5] & (1 << (bb & 31))) === 0) return -1;
    }
  } else if (c0 < 128 && !TRIGGER_ONE[c0]) return -1;
  const at = keyOf(text, start, end, c0);
  return at >= 0 && (keyBits(at, false) & W.trigger) !== 0 ? at : -1;
}

// Per sentence s, reused from one article to the next: RANGES[2s] and RANGES[2s + 1] its tokens
// [a, b), with a = -1 when no pattern matches in it (matchesSome).
let RANGES = new Int32Array(1024);

/**
 * Each sentence's tokens, and which sentences may hold a trigger (see RANGES; valid until the
 * next call): a trigger word from which one of its patterns matches (find-triggers.ts; a
 * sentence without one has no trigger). Done for the whole article before any sentence's rules run, so the lexicon's tables
 * stay in cache while its tokens are looked up.
 */
export function triggerSentences(text: string, tokens: readonly Token[], sentences: readonly Span[]): Int32Array {
  if (RANGES.length < 2 * sentences.length) RANGES = new Int32Array(4 * sentences.length);
  const n = tokens.length, ranges = RANGES;
  let b = 0;
  for (let s = 0; s < sentences.length; s++) {
    const start = sentences[s].start, end = sentences[s].end;
    // The next sentence's search starts at b.
    let a = b;
    while (a < n && tokens[a].end <= start) a++;
    b = a;
    while (b < n && tokens[b].start < end) b++;
    ranges[2 * s] = matchesSome(text, tokens, a, b) ? a : -1;
    ranges[2 * s + 1] = b;
  }
  knownText = ''; knownTokens = [];
  return ranges;
}

// Per token of the sentence being read, its key index once looked up (KNOWN[k - a]), else -2.
let KNOWN = new Int32Array(256);
let knownText = '', knownTokens: readonly Token[] = [], knownFrom = 0;

/** The key index of token k (see KNOWN), looked up the first time it is asked for. */
function idAt(k: number): number {
  let id = KNOWN[k - knownFrom];
  if (id === -2) {
    const t = knownTokens[k];
    KNOWN[k - knownFrom] = id = keyOf(knownText, t.start, t.end, knownText.charCodeAt(t.start));
  }
  return id;
}

/** Whether token k of the sentence being read is punctuation. */
const markAt = (k: number) => knownTokens[k].kind === 'p';

/** Does pattern p match from token i of the sentence's tokens [.., b)? Its tokens' keys are looked up as needed (idAt). */
const matches = (p: Pattern, i: number, b: number) => matchSlots(p, i, b, idAt, markAt) >= 0;

/** Is there a word among tokens [a, b) that is a trigger word with a pattern that matches from it? */
function matchesSome(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  if (KNOWN.length < b - a) KNOWN = new Int32Array(2 * (b - a));
  for (let k = 0; k < b - a; k++) KNOWN[k] = -2;
  knownText = text; knownTokens = tokens; knownFrom = a;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.kind !== 'w') continue;
    const at = triggerWord(text, t.start, t.end);
    if (at < 0) continue;
    KNOWN[k - a] = at;
    const e = ENTRIES[at];
    if (e.verbs) for (const p of e.verbs) if (matches(p, k, b)) return true;
    if (e.nouns) for (const p of e.nouns) if (matches(p, k, b)) return true;
  }
  return false;
}
