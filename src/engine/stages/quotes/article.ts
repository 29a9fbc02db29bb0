import type { Token } from '../../layers.ts';
import { CUE_FORMS, type Cue } from './patterns.ts';
import { cueFormAt } from './cue-words.ts';
import { K_W, K_N, K_P, F_CUE, F_DONE, F_CAPNN, F_NAME, F_CAP, F_LOWER0, F_LOWNOUN, F_LY, F_ENDS_S, F_STOP, F_CUEFORM,
  WORDS, LFLAGS, XFLAGS, LOWER, EXACT, XLOWER, EXACT_XF, ensureTables } from './word-flags.ts';

export * from './word-flags.ts';

/**
 * The per-article token index the rules read instead of per-window token objects: typed arrays
 * over the token indices of the tokens layer, built once per article. Rules compare a word's id
 * (its lower-case form in WORDS) and test flag bits instead of cutting strings and probing sets.
 */
export interface Art {
  /** The text as a flat copy (read char by char much faster than a slice of a larger string); `src` the text as given. */
  text: string; src: string; tokens: readonly Token[]; n: number;
  /** Start and end offsets of each token. */
  s: Int32Array; e: Int32Array;
  /** K_W, K_N or K_P. */
  kind: Uint8Array;
  /** Flag bits (F_* below) of each token: F_CUE from the start, the rest on first use (read them with `flagsOf`). */
  f: Int32Array;
  /** Id of the token's lower-case form in WORDS (0: not a listed word), set with the flags (read with `idOf`). */
  lid: Int32Array;
  /** The char code of a one-unit punctuation token, else -1. */
  pc: Int32Array;
  /** Token text and its lower case, cut on first use (`wordOf`, `lowerOf`). */
  w: string[]; lw: string[];
  /** The cue form of each F_CUE token (not "according"), else null. */
  cue: Array<Cue | null>;
  /** Indices of the F_CUE tokens, in order. */
  cues: number[];
  /** Indices where `w` or `lw` were cut (cleared before the arrays are reused). */
  cut: number[];
}
/** The article read last: one article is read at a time, so one slot does. */
let CUR: Art | null = null;

/** The token index of an article, built on first use (keyed by the tokens layer, the text checked as well). */
export function articleOf(text: string, tokens: readonly Token[]): Art {
  if (CUR !== null && CUR.tokens === tokens && CUR.src === text && CUR.n === tokens.length) return CUR;
  return (CUR = build(text, tokens));
}

/**
 * The arrays of the article read last, reused for the next (grown when an article has more tokens):
 * every read stays below `n`; `f` is cleared per article, `w` and `lw` only where they were cut.
 */
let POOL: Art | null = null;
function build(text: string, tokens: readonly Token[]): Art {
  const n = tokens.length;
  let a = POOL;
  if (a === null || a.s.length < n) {
    const cap = Math.max(n, 2 * (a?.s.length ?? 512));
    a = { text, src: text, tokens, n, s: new Int32Array(cap), e: new Int32Array(cap), kind: new Uint8Array(cap), f: new Int32Array(cap), lid: new Int32Array(cap),
      pc: new Int32Array(cap), w: new Array<string>(cap), lw: new Array<string>(cap), cue: new Array<Cue | null>(cap).fill(null), cues: [], cut: [] };
  } else {
    a.f.fill(0, 0, n);
    for (const k of a.cut) { a.w[k] = undefined!; a.lw[k] = undefined!; }
    a.cut.length = 0; a.cues.length = 0;
  }
  POOL = a;
  a.text = flatCopy(text); a.src = text; a.tokens = tokens; a.n = n;
  text = a.text;
  if (ensureTables()) ONE_CHAR_F.fill(0);
  const as = a.s, ae = a.e, ak = a.kind, apc = a.pc;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const s = t.start, e = t.end, len = e - s;
    as[k] = s; ae[k] = e;
    if (t.kind === 'p') { ak[k] = K_P; apc[k] = len === 1 ? text.charCodeAt(s) : -1; continue; }
    apc[k] = -1;
    if (t.kind !== 'w') { ak[k] = K_N; continue; }
    ak[k] = K_W;
    // a cue form (lower case) or "according" (any case): only a word whose first and last letters and length fit one is looked up
    if (len > 31) continue;
    const c0 = text.charCodeAt(s) | 32, cl = text.charCodeAt(e - 1) | 32;
    if (c0 < 97 || c0 > 122 || cl < 97 || cl > 122 || !((CUE_SHAPE[(c0 - 97) * 26 + cl - 97] >>> len) & 1)) continue;
    const c1 = text.charCodeAt(s + 1) | 32;
    if (c1 < 97 || c1 > 122 || !((CUE_START[(c0 - 97) * 26 + c1 - 97] >>> len) & 1)) continue;
    const cue = cueFormAt(text, s, e);
    if (cue !== null || (len === 9 && isAccording(text, s))) { a.cue[k] = cue; a.f[k] = F_CUE; a.cues.push(k); }
  }
  return a;
}
/** By first and last letter (26 × 26): a bit per length that some cue form (or "according") has. */
const CUE_SHAPE = new Int32Array(26 * 26);
/** By first and second letter (26 × 26): a bit per length that some cue form (or "according") has. */
const CUE_START = new Int32Array(26 * 26);
for (const f of [...CUE_FORMS.keys(), 'according']) {
  if (f.length < 3 || f.length > 31 || !/^[a-z]+$/.test(f)) throw new Error(`cue form "${f}" is not three to 31 ASCII letters`);
  CUE_SHAPE[(f.charCodeAt(0) - 97) * 26 + f.charCodeAt(f.length - 1) - 97] |= 1 << f.length;
  CUE_START[(f.charCodeAt(0) - 97) * 26 + f.charCodeAt(1) - 97] |= 1 << f.length;
}

/** Whether the nine letters at s are "according" in any case (the first three are ASCII letters already). */
function isAccording(text: string, s: number): boolean {
  for (let i = 0; i < 9; i++) {
    const c = text.charCodeAt(s + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== ACCORDING_CODES[i]) return false;
  }
  return true;
}
const ACCORDING_CODES = Array.from('according', (ch) => ch.charCodeAt(0));

/** Flag bits of article token k (computed on first use: F_DONE marks the ones read). */
export function flagsOf(a: Art, k: number): number {
  const f = a.f[k];
  return f & F_DONE ? f : fill(a, k);
}
/** Word id of article token k (0: not a listed word). */
export function idOf(a: Art, k: number): number {
  if (!(a.f[k] & F_DONE)) fill(a, k);
  return a.lid[k];
}

/**
 * The same text as one flat string: a text that is a slice of a larger one (a file read whole, then
 * cut) is read through its parent on every charCodeAt; joining two parts copies it once.
 */
function flatCopy(text: string): string {
  return text.length < 64 ? text : [text.slice(0, 32), text.slice(32)].join('');
}

/** Char codes of the token `fill` reads, so that each char is read from the text once. */
const CODES = new Int32Array(64);

/** Look up token k's word and shape once: its id and every flag but F_CUE (set by `build`). */
function fill(a: Art, k: number): number {
  const pc = a.pc[k];
  if (pc >= 0) {
    // a one-unit punctuation token: its id and flags depend on the char alone, looked up once per char
    let f = ONE_CHAR_F[pc];
    if (f === 0) { f = ONE_CHAR_F[pc] = lookUp(a, k); ONE_CHAR_ID[pc] = a.lid[k]; } else a.lid[k] = ONE_CHAR_ID[pc];
    f |= (a.f[k] & F_CUE) | F_DONE;
    a.f[k] = f;
    return f;
  }
  const f = lookUp(a, k) | (a.f[k] & F_CUE) | F_DONE;
  a.f[k] = f;
  return f;
}
/** Flags (F_DONE set, so never 0 once known) and word ids of one-unit punctuation tokens, by char code. */
const ONE_CHAR_F = new Int32Array(0x10000), ONE_CHAR_ID = new Int32Array(0x10000);

/** The id (stored in `a.lid`) and the flags of token k, with F_DONE and without F_CUE. */
function lookUp(a: Art, k: number): number {
  const text = a.text, s = a.s[k], e = a.e[k], kind = a.kind[k], len = e - s;
  // one pass: the codes, the hashes of the lower case and of the written form, whether the word is ASCII, has an upper-case letter, is all a-z
  let h = 5381, hx = 5381, ascii = len <= CODES.length, upper = false, lowerAZ = true;
  for (let i = 0; ascii && i < len; i++) {
    let c = text.charCodeAt(s + i);
    if (c > 127) { ascii = false; break; }
    CODES[i] = c;
    hx = (Math.imul(hx, 33) + c) | 0;
    if (c >= 65 && c <= 90) { upper = true; lowerAZ = false; c += 32; } else if (c < 97 || c > 122) lowerAZ = false;
    h = (Math.imul(h, 33) + c) | 0;
  }
  let id: number, f: number;
  if (ascii) {
    const li = LOWER.findCodes(h, CODES, len);
    id = li < 0 ? 0 : LOWER.vals[li];
    let x = 0;
    if (!upper) x = XLOWER[id];
    else if (id !== 0) { const xi = EXACT.findCodes(hx, CODES, len); x = xi < 0 ? 0 : EXACT_XF[xi]; }
    f = LFLAGS[id] | x;
    f |= asciiShape(text, s, e, kind, f, lowerAZ);
  } else {
    const w = wordOf(a, k), lw = lowerOf(a, k);
    id = WORDS.get(lw) ?? 0;
    f = LFLAGS[id] | (XFLAGS.get(w) ?? 0);
    f |= shapeFlags(w, kind, f);
  }
  a.lid[k] = id;
  return f | F_DONE;
}

/** F_CAP, F_NAME, F_LOWER0, F_LOWNOUN, F_LY and F_ENDS_S of an ASCII token text[s, e) whose codes are in CODES (`lowerAZ`: all are a-z). */
function asciiShape(text: string, s: number, e: number, kind: number, f: number, lowerAZ: boolean): number {
  const len = e - s, c0 = CODES[0], c1 = len > 1 ? CODES[1] : -1, last = CODES[len - 1];
  let out = last === 115 ? F_ENDS_S : 0;
  const endsLy = len >= 2 && last === 121 && CODES[len - 2] === 108;
  if (c0 >= 97 && c0 <= 122) out |= F_LOWER0;
  if (endsLy && lowerAZ && len >= 3) out |= F_LY; // /^\p{Ll}+ly$/u
  if (kind === K_W) {
    let cap = c0 >= 65 && c0 <= 90;
    // "al-Assad" style: a hyphen after one to three lower-case letters
    if (!cap && c0 >= 97 && c0 <= 122 && (c1 === 45 || (len > 2 && CODES[2] === 45) || (len > 3 && CODES[3] === 45))) cap = /^\p{Ll}{1,3}-\p{Lu}/u.test(text.slice(s, e));
    if (cap) { out |= F_CAP; if (!(f & F_CAPNN) && !(c1 === 45 && /^[DRI]-\p{Lu}/u.test(text.slice(s, e)))) out |= F_NAME; }
    if (lowerAZ && len >= 3 && !(f & (F_STOP | F_CUEFORM)) && !endsLy) out |= F_LOWNOUN;
  }
  return out;
}

/** The same flags for a token with a non-ASCII character, from its text. */
function shapeFlags(w: string, kind: number, f: number): number {
  let out = w.endsWith('s') ? F_ENDS_S : 0;
  const endsLy = w.endsWith('ly');
  if (startsLower(w)) out |= F_LOWER0;
  if (endsLy && /^\p{Ll}+ly$/u.test(w)) out |= F_LY;
  if (kind === K_W) {
    if (isCapWord(w)) { out |= F_CAP; if (!(f & F_CAPNN) && !(w[1] === '-' && /^[DRI]-\p{Lu}/u.test(w))) out |= F_NAME; }
    if (allLower3(w) && !(f & (F_STOP | F_CUEFORM)) && !endsLy) out |= F_LOWNOUN;
  }
  return out;
}

/** Text and lower case of article token k, cut on first use. */
export function wordOf(a: Art, k: number): string {
  let w = a.w[k];
  if (w === undefined) { a.w[k] = w = a.text.slice(a.s[k], a.e[k]); a.cut.push(k); }
  return w;
}
export function lowerOf(a: Art, k: number): string {
  let lw = a.lw[k];
  if (lw === undefined) { a.lw[k] = lw = wordOf(a, k).toLowerCase(); a.cut.push(k); }
  return lw;
}
/** Whether a word is capitalized (a name part, "U.S.", "Sen"). */
function isCapWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // ASCII letters are decided without a regex: "al-Assad" style only when a hyphen follows one to three letters
  if (c >= 97 && c <= 122) return (w[1] === '-' || w[2] === '-' || w[3] === '-') && /^\p{Ll}{1,3}-\p{Lu}/u.test(w);
  return c > 127 && (/^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w));
}
/** Whether a word starts with a lower-case letter (`/^\p{Ll}/u`), without the regex for ASCII. */
export const startsLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122 ? true : c > 127 && /^\p{Ll}/u.test(w);
};
/** `/^\p{Ll}{3,}$/u.test(w)`, with ASCII decided in place. */
export function allLower3(w: string): boolean {
  if (w.length < 3) return false; // fewer than three units never hold three letters
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    return c > 127 && /^\p{Ll}{3,}$/u.test(w);
  }
  return true;
}
