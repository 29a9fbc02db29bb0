// A small vocabulary of the words the stage's pre-filters compare (trigger words, the words rule matches
// start with, tense cues), with an id each, and the lookup of a run of text in it: the start finders and
// the tense cues compare integers instead of slicing and lower-casing words. "Runs" are maximal runs of the
// characters the patterns' \w and \b see as word characters ([A-Za-z0-9_]).

/** Longest word the vocabulary can hold; longer runs get id 0. */
const MAX_LEN = 16;
const SLOTS = 1 << 12, MASK = SLOTS - 1;
/** Open-addressing hash table of the vocabulary: slot → id (0: empty). */
const TABLE = new Int32Array(SLOTS);
const WORDS: string[] = [''];

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** The id of a lower-case word ([a-z0-9_]), added to the vocabulary when new. Call at module load only. */
export function wordId(word: string): number {
  if (!/^[a-z0-9_]+$/.test(word) || word.length > MAX_LEN) throw new Error(`vocabulary: bad word ${word}`);
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  for (let s = h & MASK; ; s = (s + 1) & MASK) {
    const id = TABLE[s];
    if (id === 0) { WORDS.push(word); TABLE[s] = WORDS.length - 1; return WORDS.length - 1; }
    if (WORDS[id] === word) return id;
  }
}

/** The id of text[a, b) lower-cased (ASCII letters only, as the patterns' case-insensitive \w), or 0. */
function lookup(text: string, a: number, b: number, h: number): number {
  for (let s = h & MASK; ; s = (s + 1) & MASK) {
    const id = TABLE[s];
    if (id === 0) return 0;
    const w = WORDS[id];
    if (w.length !== b - a) continue;
    let k = 0;
    while (k < w.length && lower(text.charCodeAt(a + k)) === w.charCodeAt(k)) k++;
    if (k === w.length) return id;
  }
}

/** The vocabulary id of text[a, b) lower-cased, or 0. */
export function idOf(text: string, a: number, b: number): number {
  if (b <= a || b - a > MAX_LEN) return 0;
  let h = 0;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + lower(text.charCodeAt(i))) | 0;
  return lookup(text, a, b, h);
}

/** Whether a UTF-16 code unit is a word character of \w. */
export const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The characters of \s. */
export const isSpace = (c: number): boolean => (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
export const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
