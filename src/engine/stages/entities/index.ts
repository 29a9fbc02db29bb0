import { readAcronymNames, redefineAcronyms } from './rules/read-acronym-names.ts';
import { readLocativeNames } from './rules/locative-names.ts';
import { readActingEvents } from './rules/acting-events.ts';
import { readTitlesBeforeNames } from './rules/apposition-title.ts';
import { defineStage } from '../../pipeline.ts';
import type { Entity } from '../../../model/index.ts';
import type { Layers } from '../../layers.ts';
import type { Candidate } from './candidate.ts';
import { readUnits, type DocWords } from './rules/read-units.ts';
import { groupRuns } from './rules/group-runs.ts';
import { readRun } from './rules/read-run.ts';
import { clusterMentions } from './rules/cluster-mentions.ts';
import { markMetonyms } from './rules/mark-metonyms.ts';
import { readShorthands } from './rules/read-shorthands.ts';
import { readAppositionTitles } from './rules/apposition-title.ts';
import { readPlaceLists } from './rules/place-list.ts';
import { resolvePronouns, startCues, markCues } from './rules/resolve-pronouns.ts';
import { toEntities } from './rules/to-entities.ts';
import { readDateline } from './rules/read-dateline.ts';
import { sortSmall } from './sort.ts';

/** Whether text[k] is a letter or digit (false outside the text), read by its code. */
const LETTER = /[\p{L}\p{M}]/u;
function isLetterAt(text: string, k: number): boolean {
  if (k < 0 || k >= text.length) return false;
  const c = text.charCodeAt(k), l = c | 32;
  return (l >= 97 && l <= 122) || (c >= 48 && c <= 57) || (c > 0x7f && LETTER.test(text[k]));
}
/** Characters after which a capital starts a clause: sentence ends, quote marks, brackets, dashes. */
const CLAUSE_BEFORE = new Set([...'.!?"“‘\'([:—–\n-'].map((c) => c.charCodeAt(0)));

/** Whether the "." at k ends an initial ("Raymond T. Okafor", "P.S. Rao"): a capital after a space or a period. */
function afterInitial(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== 46 || k < 2) return false;
  const c = text.charCodeAt(k - 1), b = text.charCodeAt(k - 2);
  return c >= 65 && c <= 90 && (b === 32 || b === 46);
}

/**
 * Asked only of capitalized words that start a clause (a few per sentence), so each question is
 * one indexOf scan of the text, cached: is the word written in lower case somewhere (then it is a
 * common word), or capitalized inside a sentence somewhere (then a name even at a sentence start)?
 */
function docWords(text: string): DocWords {
  const lowerCache = new Map<string, boolean>(), midCache = new Map<string, boolean>();
  /** Whether w occurs as a whole word; `mid`: only where it does not start a clause. */
  const occurs = (w: string, mid: boolean) => {
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) {
      if (isLetterAt(text, at - 1) || isLetterAt(text, at + w.length)) continue;
      if (!mid) return true;
      let k = at - 1;
      while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
      if (k >= 0 && (!CLAUSE_BEFORE.has(text.charCodeAt(k)) || afterInitial(text, k))) return true;
    }
    return false;
  };
  const startsCache = new Map<string, boolean>();
  /**
   * Whether w occurs as a whole word before a name-like word: a capitalized word with a hyphen
   * ("Ji-hoon") or one more capitalized word after it ("Kah Hoe"). At most 16 characters are read per word.
   */
  const startsName = (w: string) => {
    for (let at = text.indexOf(w + ' '); at !== -1; at = text.indexOf(w + ' ', at + 1)) {
      let k = at + w.length + 1;
      const c = text.charCodeAt(k);
      if (isLetterAt(text, at - 1) || c < 65 || c > 90) continue;
      const stop = Math.min(text.length, k + 16);
      while (k < stop && isLetterAt(text, k)) k++;
      const next = text.charCodeAt(k), after = text.charCodeAt(k + 1);
      if ((next === 45 && isLetterAt(text, k + 1)) || (next === 32 && after >= 65 && after <= 90)) return true;
    }
    return false;
  };
  return {
    startsName(word) {
      let v = startsCache.get(word);
      if (v === undefined) startsCache.set(word, v = startsName(word));
      return v;
    },
    isLower(word) {
      let v = lowerCache.get(word);
      if (v === undefined) lowerCache.set(word, v = occurs(word.toLowerCase(), false));
      return v;
    },
    isMidCap(word) {
      let v = midCache.get(word);
      if (v === undefined) midCache.set(word, v = occurs(word, true));
      return v;
    },
  };
}

/** A line mostly in capitals (a section head, "UP NEXT") or a wire-service credit trailer names no body entities. */
const CREDIT_LINE = /\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Produced|Edited)\b[^.]{0,80}\bby\b/y;
/** First characters CREDIT_LINE can start with: ( R W E A C P. */
const CREDIT_FIRST = new Set([...'(RWEACP'].map((c) => c.charCodeAt(0)));
function skipSentence(text: string, start: number, end: number): boolean {
  if (CREDIT_FIRST.has(text.charCodeAt(start))) {
    CREDIT_LINE.lastIndex = start;
    if (CREDIT_LINE.test(text)) return true;
  }
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false; // a lower-case letter: ordinary prose (the usual case, found at once)
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127 && /\p{Ll}/u.test(text[k])) return false;
  }
  return letters >= 6;
}

/**
 * The first token from `from` on that ends after `end` (tokens.length if none): where a sentence's
 * tokens stop. Token ends only grow, so a binary search reads a few tokens instead of the sentence's.
 */
function endOf(tokens: Layers['tokens'], from: number, end: number): number {
  let lo = from, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (tokens[mid].end <= end) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Find the people, organisations and places of the body text and group their mentions. */
export function findEntities(doc: Pick<Layers, 'text' | 'sentences' | 'tokens' | 'metadata'>): Entity[] {
  const { text, sentences, tokens } = doc;
  const words = docWords(text);
  const cands: Candidate[] = [];
  const cues = startCues(tokens.length);
  const defined = new Map<string, Candidate>();
  let t = 0;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n];
    const gap = t;
    while (t < tokens.length && tokens[t].start < s.start) t++;
    if (n > 0) markCues(text, tokens, gap, t, cues); // tokens between sentences (none before the first is read)
    const e = endOf(tokens, t, s.end);
    markCues(text, tokens, t, e, cues);
    if (skipSentence(text, s.start, s.end)) { t = e; continue; }
    const units = readUnits(text, tokens, t, e, words);
    const before = cands.length;
    for (const run of groupRuns(units)) readRun(text, run, cands, words);
    readShorthands(text, tokens, units, cands, before);
    readAppositionTitles(text, tokens, units, cands, before, e);
    readTitlesBeforeNames(text, tokens, units, cands, before, t, e);
    readPlaceLists(text, cands, before);
    readAcronymNames(text, tokens, t, e, cands, before, defined);
    readLocativeNames(text, cands, before);
    readActingEvents(text, cands, before);
    t = e;
  }
  if (sentences.length) markCues(text, tokens, t, tokens.length, cues);
  cands.push(...readHeadline(text, tokens, doc.metadata, words, cands), ...readDateline(text, doc.metadata));
  redefineAcronyms(cands, defined);
  sortSmall(cands, (a, b) => a.start - b.start || b.end - a.end);
  markMetonyms(text, tokens, cands);
  const clusters = clusterMentions(text, cands);
  resolvePronouns(text, tokens, sentences, clusters, cues);
  return toEntities(clusters);
}

/**
 * The headline, in title case, where every word is capitalized: only names a table knows or that the
 * body names too count ("Officials Meet" is no one).
 */
function readHeadline(text: string, tokens: Layers['tokens'], metadata: Layers['metadata'], words: DocWords, body: Candidate[]): Candidate[] {
  const span = metadata.title?.span;
  if (!span || text.slice(span.start, span.end) !== span.text) return [];
  let t = 0;
  while (t < tokens.length && tokens[t].start < span.start) t++;
  let e = t;
  while (e < tokens.length && tokens[e].end <= span.end) e++;
  const found: Candidate[] = [];
  for (const run of groupRuns(readUnits(text, tokens, t, e, words))) readRun(text, run, found);
  if (found.every((c) => c.key !== null)) return found;
  // Few headline names to ask about: each is looked for in the body's names and name words directly.
  const known = (name: string) => body.some((c) => c.name === name || (c.words !== undefined && c.words.includes(name)));
  return found.filter((c) => c.key !== null || known(c.name) || (c.name.includes(' ') && body.some((b) => b.name.startsWith(c.name + ' '))));
}

export const entities = defineStage({
  name: 'entities',
  reads: ['text', 'sentences', 'tokens', 'headerSpans', 'metadata'],
  writes: ['entities'],
  run(doc) {
    return { entities: findEntities(doc) };
  },
});

/**
 * The entity one of whose mentions covers [start, end), or, failing that, the entity with the
 * last mention inside that span (a speaker phrase "Foreign Minister Sergey Lavrov"); null if none.
 */
export function entityAt(list: readonly Entity[], start: number, end: number): Entity | null {
  let inside: Entity | null = null, insideAt = -1;
  for (const e of list) {
    for (const m of e.mentions) {
      if (m.start <= start && m.end >= end) return e;
      if (m.start >= start && m.end <= end && m.start > insideAt) { inside = e; insideAt = m.start; }
    }
  }
  return inside;
}
