import type { Marked } from './pair-quote-marks.ts';
import type { Found } from '../found.ts';
import type { Span } from '../../../../model/index.ts';
import type { Token } from '../../../layers.ts';
import { type Win, type Zone, articleOf, winIn, winOutside, cueBefore, spanIndexAt, kindAt, pcAt, idAt, sAt, isWhite, isAsciiWordChar } from '../window.ts';
import { W, K_P } from '../article.ts';
import { cueAt, cueEnd, ACCORDING } from './find-cue.ts';
import { findSubjectBeforeCue, findSpeakerAfterCue, sentenceSubject, type SpeakerPhrase } from './scan-speaker-phrase.ts';
import { findAddressee } from './find-reported-clause.ts';
import { DOCUMENT_NOUNS } from '../patterns.ts';

export interface Doc { text: string; tokens: readonly Token[]; sentences: readonly Span[]; paragraphs: readonly Span[] }
/** Whether an offset lies inside quote marks (the marks included). */
export type InQuote = (pos: number) => boolean;
/** Punctuation between a closing mark and its attribution: `," said`, `" — said` (, — – - :). */
const isLeadingPunct = (c: number) => c === 44 || c === 0x2014 || c === 0x2013 || c === 45 || c === 58;
/** Punctuation an attribution after a closing mark may hold: . , ( ) - */
const isInnerPunct = (c: number) => c === 46 || c === 44 || c === 40 || c === 41 || c === 45;
const ID_AS = W('as'), ID_BY = W('by'), ID_AND = W('and'), ID_BUT = W('but');
/**
 * "so-called" (or "so called") right before the opening mark: `/\bso[- ]called\s*$/i.test(text.slice(open - 12, open))`,
 * read back from the mark in place (the letters in any ASCII case, a word boundary or the window's start before them).
 */
function soCalledBefore(text: string, open: number): boolean {
  const from = Math.max(0, open - 12);
  let i = open;
  while (i > from && isWhite(text.charCodeAt(i - 1))) i--;
  const k = i - 9;
  if (k < from || !asciiLower(text, k, 'so') || !asciiLower(text, k + 3, 'called')) return false;
  const c = text.charCodeAt(k + 2);
  return (c === 45 || c === 32) && (k === from || !isAsciiWordChar(text.charCodeAt(k - 1)));
}
/** Whether text at `at` holds `w` (lower-case ASCII letters) in any ASCII case. */
function asciiLower(text: string, at: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(i)) return false;
  }
  return true;
}
interface Hit { phrase: SpeakerPhrase | null; cue: { start: number; end: number }; c: number; toks: Win; method: string }

/** `text.slice(from, to).split(/\s+/).length`, counted in place, up to `enough`. */
function pieces(text: string, from: number, to: number, enough: number): number {
  let n = 1;
  for (let k = from; k < to && n < enough; k++) {
    if (!isWhite(text.charCodeAt(k))) continue;
    n++;
    while (k + 1 < to && isWhite(text.charCodeAt(k + 1))) k++;
  }
  return n;
}
/** The attribution right after a closing mark: `," the official said` or `," said Sean Spicer` or `," according to X`. */
function attributeAfterQuote(toks: Win): Hit | null {
  const n = toks.n;
  let s = 0;
  while (s < n && kindAt(toks, s) === K_P && isLeadingPunct(pcAt(toks, s))) s++;
  for (let c = s; c < n && c < s + 14; c++) {
    if (kindAt(toks, c) === K_P && !isInnerPunct(pcAt(toks, c))) return null;
    const cue = cueAt(toks, c);
    if (!cue || cue.participle) continue;
    const at = { start: sAt(toks, c), end: cueEnd(toks, c, cue) };
    if (c === s || cue === ACCORDING) {
      const phrase = findSpeakerAfterCue(toks, cue === ACCORDING ? c + 2 : c + 1);
      return { phrase, cue: at, c, toks, method: cue === ACCORDING ? 'quotes/according-to-after-quote' : 'quotes/cue-then-speaker-after-quote' };
    }
    const phrase = findSubjectBeforeCue(toks, c, s);
    // the phrase opens the attribution, or is a name after a short role appositive ('," her spokesman, Ana Ruiz, said')
    if (phrase && (phrase.first === s || (phrase.first - s <= 6 && pcAt(toks, phrase.first - 1) === 44))) return { phrase, cue: at, c, toks, method: 'quotes/said-after-closing-quote' };
    return null;
  }
  return null;
}

/** Cues that also name what a reported clause reports ("had agreed", "had promised"), not only who speaks. */
const INNER_CUES = new Set(['agree', 'promise', 'pledge', 'vow', 'commit', 'accept', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'reject', 'accuse', 'describe', 'call']);
/** Cues that open a reported clause: the speaker of everything in it. */
const REPORTING = new Set(['say', 'tell', 'add', 'state', 'announce', 'insist', 'argue', 'claim', 'note', 'write', 'explain', 'report']);

/** An earlier reporting cue (REPORTING) with its subject, before cue c, whose clause runs on to c: `X said (that) …`. */
function reportingCueBefore(toks: Win, c: number): Hit | null {
  for (let b = cueBefore(toks, c); b >= 0; b = cueBefore(toks, b)) {
    const cue = cueAt(toks, b);
    if (!cue || cue.participle || !REPORTING.has(cue.lemma)) continue;
    for (let k = b + 1; k < c; k++) if (kindAt(toks, k) === K_P && pcAt(toks, k) === 59) return null; // a ";" ends the clause
    const phrase = findSubjectBeforeCue(toks, b, 0);
    if (phrase) return { phrase, cue: { start: sAt(toks, b), end: cueEnd(toks, b, cue) }, c: b, toks, method: 'quotes/partial-in-reported-clause' };
  }
  return null;
}

/** The last cue before the opening mark that has a speaker: `X said: "…"`, `X said the U.S. had "…"`. */
function attributeBeforeQuote(toks: Win, direct: boolean): Hit | null {
  for (let c = cueBefore(toks, toks.n); c >= 0; c = cueBefore(toks, c)) {
    const cue = cueAt(toks, c);
    if (!cue) continue;
    if (cue.participle && idAt(toks, c - 1) === ID_AS) continue; // "quoted X as saying": the speaker is X
    if (direct && toks.n - c > 12) return null;
    const at = { start: sAt(toks, c), end: cueEnd(toks, c, cue) };
    if (cue === ACCORDING || cue.lemma === 'quote') {
      const phrase = findSpeakerAfterCue(toks, cue === ACCORDING ? c + 2 : c + 1);
      if (phrase) return { phrase, cue: at, c, toks, method: cue === ACCORDING ? 'quotes/according-to-before-quote' : 'quotes/quoted-as-saying' };
      continue;
    }
    const phrase = findSubjectBeforeCue(toks, c, 0) ?? (c === 0 ? findSpeakerAfterCue(toks, 1) : null);
    if (phrase) {
      // "X said the two sides had agreed 'in principle' to …": the fragment lies in X's reported clause; X speaks.
      const outer = direct || !INNER_CUES.has(cue.lemma) ? null : reportingCueBefore(toks, c);
      if (outer) return outer;
      return { phrase, cue: at, c, toks, method: direct ? 'quotes/speaker-cue-before-quote' : 'quotes/partial-in-reported-clause' };
    }
    // "X thanked her family and promised 'a government for everyone'": a coordinated cue shares the sentence's subject
    const prevId = idAt(toks, c - 1);
    if (!cue.participle && (prevId === ID_AND || prevId === ID_BUT)) {
      const subject = sentenceSubject(toks);
      if (subject) return { phrase: subject, cue: at, c, toks, method: direct ? 'quotes/speaker-cue-before-quote' : 'quotes/partial-in-reported-clause' };
    }
    if (cue.participle) {
      // "opened the debate by telling MPs the bill was '…'", "…, saying the plan was '…'": the sentence's subject speaks
      const subject = pcAt(toks, c - 1) === 44 || idAt(toks, c - 1) === ID_BY ? sentenceSubject(toks) : null;
      if (subject) return { phrase: subject, cue: at, c, toks, method: direct ? 'quotes/speaker-cue-before-quote' : 'quotes/partial-in-reported-clause' };
      continue;
    }
  }
  return null;
}

/**
 * Kind and attribution of one quoted passage from the text around it in its sentence: before the
 * opening mark back to the sentence start (or the previous quote), after the closing mark up to
 * the sentence end (or the next quote). Returns the quote and, when a reported clause holds a
 * quoted fragment, the mixed statement around it; null for a scare quote. `zones` are the spans of
 * all quoted passages, marks included, in order.
 */
export function attributeMarkedQuote(doc: Doc, q: Marked, prev: Marked | undefined, next: Marked | undefined, prevFound: Found | undefined, zones: readonly Zone[]): Found[] {
  const { text, sentences, paragraphs } = doc;
  if (soCalledBefore(text, q.open)) return []; // "a so-called 'golden visa'": a label, not a statement
  const art = articleOf(text, doc.tokens);
  const para = paragraphs[q.para];
  const sOpen = sentences[spanIndexAt(sentences, q.open)] ?? para;
  const closeAt = q.close >= 0 ? q.close : q.end - 1;
  const sClose = sentences[spanIndexAt(sentences, closeAt)] ?? para;
  const samePara = (o: Marked | undefined) => !!o && o.para === q.para;
  const beforeFrom = Math.max(sOpen.start, samePara(prev) && prev!.close >= 0 ? prev!.close + 1 : para.start);
  const afterFrom = q.close >= 0 ? q.close + 1 : para.end;
  const afterTo = Math.min(Math.max(sClose.end, afterFrom), samePara(next) ? next!.open : para.end);
  const before = winIn(art, beforeFrom, q.open, 120);
  const after = winIn(art, afterFrom, afterTo, 60);
  const last = before.n - 1, lastPc = pcAt(before, last);
  const betweenQuotes = samePara(prev) && prev!.close >= sOpen.start;
  const lastCue = last >= 0 ? cueAt(before, last) : null;
  const introduced = last < 0 || lastPc === 58 || lastPc === 0x2014 || lastPc === 0x2013 || (lastPc === 44 && anyCue(before)) || (!!lastCue && !lastCue.participle);
  const upper = opensUpper(text, q.start);
  const direct = introduced && (upper || last < 0 || lastPc === 58 || (betweenQuotes && prevFound?.kind === 'direct'));
  const base = { start: q.start, end: q.end, para: q.para, via: null, addressee: null };
  // A fragment shares its sentence's attribution even across earlier fragments: read from the sentence start, skipping quoted words.
  const reporter = direct ? before : winOutside(winIn(art, sOpen.start, q.open, 200), zones);
  let hit = direct ? attributeAfterQuote(after) ?? attributeBeforeQuote(before, true) : attributeBeforeQuote(reporter, false) ?? attributeAfterQuote(after);
  if (hit && betweenQuotes && hit.toks === before && direct) hit = { ...hit, method: 'quotes/attribution-between-quotes' };
  const out: Found[] = [];
  if (!hit) {
    if (direct) out.push({ ...base, kind: 'direct', cue: null, phrase: null, method: q.continued ? 'quotes/continued-paragraph' : 'quotes/floating-quote', confidence: 0.6, floating: true });
    // "A draft seen by diplomats refers to '…'": words quoted from a text whose subject is the text itself, no one's statement
    else if (documentSubject(text, sOpen.start, q.open)) return out;
    else if (pieces(text, q.start, Math.min(q.end, q.start + 400), 5) >= 5) out.push({ ...base, kind: 'partial', cue: null, phrase: null, method: 'quotes/partial-no-cue', confidence: 0.35, floating: true });
    return out; // a short fragment in marks with no speech around it is a scare quote: not a statement
  }
  const confidence = (hit.phrase ? 0.9 : 0.6) * (q.unclosed ? 0.7 : 1) * (q.single ? 0.9 : 1);
  const hitCue = cueAt(hit.toks, hit.c);
  const addressee = hitCue ? findAddressee(art, hit.cue.end, hit.toks === after ? afterTo : q.open, hitCue) : null;
  // A reported clause with quoted fragments ('said the plan was "dead" and "unfixable"') gives one partial quote per
  // fragment, each with the clause's speaker and cue, and no record for the clause around them: every record is a
  // stretch of quoted words, so a statement is never counted twice (the clause is the text from the cue to the fragment).
  out.push({ ...base, kind: direct ? 'direct' : 'partial', cue: hit.cue, phrase: hit.phrase, addressee, method: hit.method, confidence });
  return out;
}

/**
 * Whether the sentence opens with a noun phrase headed by a document noun: a determiner or possessive,
 * up to two modifiers, then the noun ("A draft", "The ministry's internal memo"). Reads at most five words.
 */
function documentSubject(text: string, from: number, to: number): boolean {
  const ws = text.slice(from, Math.min(to, from + 80)).split(/\s+/, 5);
  if (ws.length < 2 || !OPENER.test(ws[0])) return false;
  for (let i = 1; i < ws.length - 1 && i <= 3; i++) {
    const w = ws[i].replace(/[,;:]$/, '');
    if (DOCUMENT_NOUNS.has(w) || (w.endsWith('s') && DOCUMENT_NOUNS.has(w.slice(0, -1)))) return true;
    if (w !== ws[i]) return false; // a comma ends the phrase
  }
  return false;
}
/** A determiner or a possessive name that opens a noun phrase. */
const OPENER = /^(?:A|An|The|This|That|These|Those|Its|His|Her|Their|Our|[\p{Lu}][\p{L}.-]*['’]s?)$/u;

/** Whether some position of the window holds a cue. */
function anyCue(w: Win): boolean {
  for (let i = cueBefore(w, w.n); i >= 0; i = cueBefore(w, i)) if (cueAt(w, i)) return true;
  return false;
}

/** `/^[\p{Lu}\d…]|^\.\.\./u.test(text.slice(at, at + 3))`: a capital, a digit or an ellipsis opens the quote (ASCII read in place). */
function opensUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c === 46 && text.charCodeAt(at + 1) === 46 && text.charCodeAt(at + 2) === 46);
  return /^[\p{Lu}\d…]/u.test(text.slice(at, at + 3));
}
