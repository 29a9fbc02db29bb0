import type { Token } from '../../layers.ts';
import { MAX_TOKEN_CHARS } from '../../options.ts';

// A hand-written scanner with the same token rules as a Unicode regex. Each UTF-16 code unit is
// classified through a table: ASCII filled at import, the rest filled lazily by a regex on first
// sight, so the hot loop is one array read per character.

/** Class bits of a code unit (KNOWN: classified, so a 0 entry means not yet looked at). */
const LETTER = 1, DIGIT = 2, SPACE = 4, JOINER = 8, APOSTROPHE = 16, HYPHEN = 32, KNOWN = 128;
/** Letter or digit: what a word is made of. */
const ALNUM = LETTER | DIGIT;

/** CLASS[c] = class bits of code unit c; 0 = not yet classified (non-ASCII only). */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  let k = KNOWN;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) k |= LETTER;
  if (c >= 48 && c <= 57) k |= DIGIT;
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11) k |= SPACE;
  // , . : / between digits stay inside a number: 2,016 and 59.5 and 10:08 and 7/3.
  if (c === 44 || c === 46 || c === 58 || c === 47) k |= JOINER;
  if (c === 39) k |= APOSTROPHE;
  if (c === 45) k |= HYPHEN;
  CLASS[c] = k;
}
const LETTER_RE = /[\p{L}\p{M}]/u;

/** Class bits of code unit c (0 ≤ c < 65536: callers check the index is inside the text). */
function classOf(c: number): number {
  const k = CLASS[c];
  return k !== 0 ? k : classifySlow(c);
}

function classifySlow(c: number): number {
  let k = KNOWN;
  if (LETTER_RE.test(String.fromCharCode(c))) k |= LETTER;
  if (c === 0x2019) k |= APOSTROPHE;
  CLASS[c] = k;
  return k;
}

/** Index in the last tokenize() result of its first token longer than MAX_TOKEN_CHARS, or -1. */
let firstLong = -1;
export const firstLongToken = (): number => firstLong;

function emit(out: Token[], start: number, end: number, kind: Token['kind']): void {
  if (end - start > MAX_TOKEN_CHARS && firstLong < 0) firstLong = out.length;
  out.push({ start, end, kind });
}

/** Where the last word scanned joined over an inner apostrophe; -1 when it did not. */
let lastApostrophe = -1;

/** Clitics split off a word: "Assad's" → "Assad" + "'s", "don't" stays whole ("n't" handled as part). */
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

/**
 * Words (inner hyphens and apostrophes; dotted abbreviations like "U.S." as one token), numbers
 * (inner , . : / between digits), and single punctuation marks.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  firstLong = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k & SPACE) { i++; continue; }
    const start = i;
    if (k & DIGIT) {
      i = scanNumber(text, i + 1);
      if (i < n && classOf(text.charCodeAt(i)) & LETTER) { i = scanWord(text, i); emit(out, start, i, 'w'); continue; }
      emit(out, start, i, 'n');
      continue;
    }
    if (k & LETTER) {
      i = scanWord(text, i);
      // Dotted abbreviation: letter runs joined by periods, as in U.S. or a.m.
      if (i - start <= 3 && text.charCodeAt(i) === 46 && i + 1 < n && classOf(text.charCodeAt(i + 1)) & LETTER) {
        const j = scanDotted(text, i);
        if (j > i) { i = j; if (text.charCodeAt(i) === 46) i++; emit(out, start, i, 'w'); continue; }
      }
      const q = lastApostrophe;
      if (q > start && isClitic(text, q + 1, i)) {
        emit(out, start, q, 'w');
        emit(out, q, i, 'w');
      } else emit(out, start, i, 'w');
      continue;
    }
    // One punctuation mark or symbol; a surrogate pair stays whole.
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    emit(out, start, i, 'p');
  }
  return out;
}

/** Digits with single inner joiners between digits, from i (just after the first digit). */
function scanNumber(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const k = CLASS[text.charCodeAt(i)];
    if (k & DIGIT) i++;
    else if (k & JOINER && CLASS[text.charCodeAt(i + 1) || 0] & DIGIT) i++;
    else break;
  }
  return i;
}

/** A run of letters/digits with single inner hyphens or apostrophes; sets lastApostrophe. */
function scanWord(text: string, i: number): number {
  const n = text.length;
  lastApostrophe = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits, the common case, tested without the table.
    if (((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57)) continue;
    const k = classOf(c);
    if (k & ALNUM) continue;
    // A hyphen or apostrophe joins when a letter or digit follows: step over both.
    if (k & (HYPHEN | APOSTROPHE) && i + 1 < n && classOf(text.charCodeAt(i + 1)) & ALNUM) {
      if (k & APOSTROPHE) lastApostrophe = i;
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** End of letter runs of ≤ 3 letters joined by periods after text[i] = '.'; i when there are none. */
function scanDotted(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (text.charCodeAt(j) === 46 && j + 1 < n && classOf(text.charCodeAt(j + 1)) & LETTER) {
    let k = j + 1;
    while (k < n && classOf(text.charCodeAt(k)) & LETTER) k++;
    if (k - j - 1 > 3) break;
    j = k;
  }
  return j;
}

/** Whether text[from, to) is a clitic, any case; at most 2 letters, so no slice for longer runs. */
function isClitic(text: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  return CLITICS.has(text.slice(from, to).toLowerCase());
}
