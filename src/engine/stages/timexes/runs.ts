// The word runs of one sentence, found in one pass: maximal runs of the characters the patterns' \w and \b
// see as word characters ([A-Za-z0-9_]), each with the id of its text in a small vocabulary (lower-cased;
// 0 for a word not in it). The trigger pre-filter and the rules' start finders read these integers
// instead of running a regex over the sentence.

/** Longest word the vocabulary can hold; longer runs get id 0. */
const MAX_LEN = 16;
const SLOTS = 1 << 12, MASK = SLOTS - 1;
/** Open-addressing hash table of the vocabulary: slot → id (0: empty). */
const TABLE = new Int32Array(SLOTS);
const WORDS: string[] = [''];

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** The id of a lower-case word ([a-z0-9_]), added to the vocabulary when new. Call at module load only. */
export function wordId(word: string): number {
  if (!/^[a-z0-9_]+$/.test(word) || word.length > MAX_LEN) throw new Error(`runs: bad vocabulary word ${word}`);
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
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Character classes of ASCII: 1 a letter, 2 a digit or underscore (the rest of \w), 0 anything else. */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) CLASS[c] = isLetter(c) ? 1 : isWordChar(c) ? 2 : 0;

/** The runs of the last sentence given to `findRuns`. */
export const runs = {
  n: 0,
  /** Where each run starts and ends in the sentence, and where its leading letters end. */
  start: new Int32Array(256), end: new Int32Array(256), letters: new Int32Array(256),
  /** The vocabulary id of the whole run. */
  word: new Int32Array(256),
  /** The vocabulary id of the run's leading letters (the whole run when it is all letters; 0 when it starts with a digit). */
  head: new Int32Array(256),
};

function grow(): void {
  const size = runs.start.length * 2;
  for (const key of ['start', 'end', 'letters', 'word', 'head'] as const) { const a = new Int32Array(size); a.set(runs[key]); runs[key] = a; }
}

/**
 * Finds the word runs of a sentence: s[from, to) (the whole of s by default; reading a region of the article's text
 * spares a sliced string), as if that region were the whole string. Positions are relative to `from`.
 */
export function findRuns(s: string, from = 0, to = s.length): void {
  const n = to;
  let count = 0, i = from;
  let { start, end, letters: lettersEnd, word: words, head: heads } = runs;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c >= 128 || CLASS[c] === 0) { i++; continue; }
    if (count === start.length) { grow(); ({ start, end, letters: lettersEnd, word: words, head: heads } = runs); }
    const a = i;
    // Leading letters (hashed as lower case), then the rest of the run.
    let h = 0;
    while (c < 128 && CLASS[c] === 1) { h = (Math.imul(h, 31) + (c | 32)) | 0; c = ++i < n ? s.charCodeAt(i) : 0; }
    const letters = i;
    const head = letters > a && letters - a <= MAX_LEN ? lookup(s, a, letters, h) : 0;
    let word = head;
    if (c < 128 && CLASS[c] !== 0) {
      while (c < 128 && CLASS[c] !== 0) { h = (Math.imul(h, 31) + lower(c)) | 0; c = ++i < n ? s.charCodeAt(i) : 0; }
      word = i - a <= MAX_LEN ? lookup(s, a, i, h) : 0;
    }
    start[count] = a - from; end[count] = i - from; lettersEnd[count] = letters - from; words[count] = word; heads[count] = head;
    count++;
  }
  runs.n = count;
}
