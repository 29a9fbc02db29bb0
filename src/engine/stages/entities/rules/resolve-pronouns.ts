import { boundedMemo } from '../../../memo.ts';
import type { Span } from '../../../../model/index.ts';
import type { Token } from '../../../layers.ts';
import type { Cluster } from './cluster-mentions.ts';
import { makeCandidate } from '../candidate.ts';
import { PRONOUNS, ROLE_NOUNS } from '../lexicon.ts';
import { SpanWords } from '../span-words.ts';
import { sortSmall } from '../sort.ts';

interface Seen { at: number; sentence: number; cl: Cluster; adjective: boolean }
/** Pronouns asked of a token in place, in any case: "He", "they". */
const PRONOUN_SPANS = new SpanWords([...PRONOUNS], true);
const THE_SPAN = new SpanWords([['the', true]], true);
/** Role nouns asked of the word after "the" in place, as written. */
const ROLE_SPANS = new SpanWords([...ROLE_NOUNS].map((w) => [w, true] as const));

/**
 * One bit per (length, first letter, second letter) of the pronouns and "the", letters in lower
 * case: a word of another shape is no pronoun, and is passed over before any table is asked.
 */
const SHAPES = new Int32Array(1 << 9);
const shapeOf = (len: number, c0: number, c1: number) => (len & 15) << 10 | (c0 & 31) << 5 | (c1 & 31);
/** Bit n: some pronoun (or "the") has n letters. */
let LENGTHS = 0;
for (const w of [...PRONOUNS.keys(), 'the']) {
  const b = shapeOf(w.length, w.charCodeAt(0) | 32, w.charCodeAt(1) | 32);
  SHAPES[b >>> 5] |= 1 << (b & 31);
  LENGTHS |= 1 << w.length;
}
/** Whether text[start, end) may be a pronoun or "the" (either case), by its shape: its length first, without reading it. */
function mayBePronoun(text: string, start: number, end: number): boolean {
  if (end - start > 15 || end - start < 2 || (LENGTHS & (1 << (end - start))) === 0) return false;
  const b = shapeOf(end - start, text.charCodeAt(start) | 32, text.charCodeAt(start + 1) | 32);
  return (SHAPES[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** seen in order of `at`, stable (as a stable sort by `at` has it): a sort of the numbers at·2^20 + index in a reused typed array. */
let KEYS = new Float64Array(256);
function sortByAt(seen: Seen[]): Seen[] {
  const n = seen.length;
  if (n >= 1 << 20) return sortSmall(seen, (a, b) => a.at - b.at);
  if (KEYS.length < n) KEYS = new Float64Array(n * 2);
  const keys = KEYS;
  for (let i = 0; i < n; i++) keys[i] = seen[i].at * 1048576 + i;
  if (n > 64) keys.subarray(0, n).sort();
  else {
    // Insertion sort of the few keys, in place (the keys are distinct).
    for (let i = 1; i < n; i++) {
      const x = keys[i];
      let j = i - 1;
      while (j >= 0 && keys[j] > x) { keys[j + 1] = keys[j]; j--; }
      keys[j + 1] = x;
    }
  }
  const out: Seen[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = seen[keys[i] % 1048576];
  return out;
}

/**
 * Third-person pronouns and role nouns ("he", "she", "they", "the minister") joined to the entity
 * they most likely stand for, with a confidence: the nearest person of a matching gender in the
 * same sentence, else the first one in the latest sentence that has one (usually its subject);
 * "they" to the latest organisation, group or country; "the minister" to the latest person
 * whose titles hold that word. Enough for attributing quotes, not a full coreference model.
 */
export function resolvePronouns(text: string, tokens: Token[], sentences: Span[], clusters: Cluster[], cues?: Cues): void {
  const unsorted: Seen[] = [];
  for (const cl of clusters) for (const m of cl.mentions) unsorted.push({ at: m.start, sentence: -1, cl, adjective: m.kind === 'demonym' });
  const seen = sortByAt(unsorted);
  let si = 0, q = 0, inQuote = false;
  const sentenceOf = (at: number) => { while (si + 1 < sentences.length && sentences[si + 1].start <= at) si++; return si; };
  for (const s of seen) s.sentence = sentenceOf(s.at);
  si = 0;
  // The tokens to read: the cues the caller marked, in order, or every token of the body.
  const first = cues ? 0 : firstAt(tokens, sentences.length ? sentences[0].start : Infinity), stop = cues ? cues.count : tokens.length;
  for (let n = first; n < stop; n++) {
    const i = cues ? cues.at[n] : n, t = tokens[i];
    // One character read per token: a quote mark (punctuation) flips inQuote; pronouns and "the"
    // start with h, s, t (either case) and are short; any other token is passed over unread.
    const c = text.charCodeAt(t.start), l = c | 32;
    if (l !== 104 && l !== 115 && l !== 116) {
      if ((c === 34 || c === 0x201c || c === 0x201d) && t.kind === 'p') inQuote = c === 0x201c ? true : c === 0x201d ? false : !inQuote; // " “ ”
      continue;
    }
    if (t.kind === 'p' || !mayBePronoun(text, t.start, t.end)) continue;
    const gender = PRONOUN_SPANS.get(text, t.start, t.end);
    const role = !gender && i + 1 < tokens.length && THE_SPAN.has(text, t.start, t.end) && ROLE_SPANS.has(text, tokens[i + 1].start, tokens[i + 1].end) ? tokens[i + 1] : null;
    if ((!gender && !role) || (gender === 'p' && inQuote)) continue; // a quoted "they" is the speaker's, not the article's
    const sent = sentenceOf(t.start);
    if (sentences[sent].end < t.start) continue;
    while (q < seen.length && seen[q].at < t.start) q++;
    let from = q;
    while (from > 0 && (role || seen[from - 1].sentence >= sent - 2)) from--;
    // The window is seen[from, q), read in place.
    let pick: { cl: Cluster; confidence: number } | null;
    if (role) {
      if (/^\s\p{Lu}/u.test(text.slice(role.end, role.end + 2))) continue; // "the minister Sergey Lavrov": a title
      const noun = text.slice(role.start, role.end);
      let c: Seen | null = null;
      for (let k = q - 1; k >= from && !c; k--) {
        const s = seen[k];
        if (s.cl.type === 'PERSON' && s.cl.titles.some((x) => titleWords(x).includes(noun))) c = s;
      }
      pick = c ? { cl: c.cl, confidence: 0.6 } : null;
    } else pick = antecedent(seen, from, q, sent, gender!);
    if (!pick) continue;
    const end = role ? role.end : t.end;
    pick.cl.mentions.push(makeCandidate(t.start, end, text.slice(t.start, end), pick.cl.type, role ? 'title' : 'pronoun', pick.cl.key, pick.cl.name,
      Math.round(pick.confidence * (inQuote ? 0.8 : 1) * 100) / 100));
  }
}

/**
 * The tokens resolvePronouns reads, marked while the caller walks the body's tokens anyway (they are
 * in cache then): quote marks and tokens that start with h, s or t, in text order. at[0, count).
 */
export interface Cues { at: Int32Array; count: number }
/** One list, reused from article to article. */
const CUES: Cues = { at: new Int32Array(1024), count: 0 };
/** The cue list emptied, with room for `tokens` marks. */
export function startCues(tokens: number): Cues {
  if (CUES.at.length < tokens) CUES.at = new Int32Array(tokens);
  CUES.count = 0;
  return CUES;
}
/** Mark the cues among tokens[from, to) (which follow every token marked before). */
export function markCues(text: string, tokens: Token[], from: number, to: number, cues: Cues): void {
  const at = cues.at;
  let count = cues.count;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(tokens[i].start), l = c | 32;
    if (l === 104 || l === 115 || l === 116 || c === 34 || c === 0x201c || c === 0x201d) at[count++] = i;
  }
  cues.count = count;
}

/** The index of the first token that starts at or after `at` (tokens are in text order). */
function firstAt(tokens: Token[], at: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (tokens[mid].start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

/** A title's words in lower case ("Foreign Minister" → foreign, minister), kept: the same few titles recur in every article. */
const titleWords = boundedMemo((title: string) => title.toLowerCase().split(/[\s-]+/), 4096);

const fits = (s: Seen, gender: 'm' | 'f' | 'p') => gender === 'p' ? (s.cl.type === 'ORG' || s.cl.type === 'NORP') && !s.adjective && s.cl.sector !== 'MED'
  : s.cl.type === 'PERSON' && (!s.cl.gender || s.cl.gender === gender);

/**
 * Of seen[from, to), the mentions in the last three sentences that fit the pronoun: the last one in
 * its own sentence, else the first one of the latest sentence that has one. Read in place.
 */
function antecedent(seen: Seen[], from: number, to: number, sent: number, gender: 'm' | 'f' | 'p'): { cl: Cluster; confidence: number } | null {
  let first: Seen | null = null, last: Seen | null = null, lastSame: Seen | null = null, distinct = 0;
  for (let k = from; k < to; k++) {
    const s = seen[k];
    if (s.sentence < sent - 2 || !fits(s, gender)) continue;
    if (!first) { first = s; distinct = 1; } else if (distinct === 1 && s.cl !== first.cl) distinct = 2;
    last = s;
    if (s.sentence === sent) lastSame = s;
  }
  if (!first || !last) return null;
  const base = gender === 'p' ? 0.4 : distinct === 1 ? 0.8 : 0.55;
  if (lastSame) return { cl: lastSame.cl, confidence: base };
  for (let k = from; k < to; k++) {
    const s = seen[k];
    if (s.sentence === last.sentence && s.sentence >= sent - 2 && fits(s, gender)) return { cl: s.cl, confidence: base * 0.9 };
  }
  return null;
}
