import type { Found } from '../found.ts';
import type { Span } from '../../../../model/index.ts';
import type { Doc } from './attribute-marked-quote.ts';
import { type Win, type Zone, articleOf, isClauseTrim, winIn, mayHaveCue, sAt, eAt, pcAt, idAt, fl } from '../window.ts';
import { W, F_LOWNOUN, F_HEAD, F_ENDS_S } from '../article.ts';
import { cueAt, cueEnd, ACCORDING } from './find-cue.ts';
import { findSubjectBeforeCue, findSpeakerAfterCue, sentenceSubject } from './scan-speaker-phrase.ts';
import { findReportedClause, findAddressee } from './find-reported-clause.ts';
import { interruptsStatement } from './mid-sentence.ts';
import { outletName } from '../../metadata/outlets.ts';

/** Sentences longer than this are not searched for reported speech (bounded work on bad input). */
const MAX_SENTENCE = 2000;
/** After a sentence-final attribution only adjuncts or a short tail may follow ("…, the envoy said Monday."). */
const TAIL_OK = /^\s*(?:(?:on |late on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening)|in (?:a|an|the) [\w '’-]{1,40}|(?:at|on|to|from|in) [A-Z][\w.'’ -]{0,40}|yesterday|today|earlier|later|again|also|previously|recently|[A-Z][\w.'’ -]{0,40}|reporters|journalists)?\s*(?:[.!?]|,[^]*)?\s*$/;

/** A relative pronoun opening the subject, then a verb with no subject after the cue. */
const RELATIVE_SUBJECT = /^(?:that|which|who) /;
const RELATIVE_BEFORE = /\b(?:that|which|who) $/;
const ID_AND = W('and'), ID_BUT = W('but'), ID_BY = W('by');
const SUBJECTLESS_CLAUSE = /^(?:had|has|have|was|were|is|are|would|will|could|might|may|should|can|did|does|do|been)\b/;

/**
 * "a warehouse that officials said had been converted": the cue sits in a relative clause and
 * what follows it has no subject of its own, so it is a description of the noun, not a statement.
 */
function isRelativeClauseReport(text: string, subject: { start: number; end: number }, clauseStart: number): boolean {
  const relative = RELATIVE_SUBJECT.test(text.slice(subject.start, subject.start + 6)) || RELATIVE_BEFORE.test(text.slice(Math.max(0, subject.start - 7), subject.start));
  return relative && SUBJECTLESS_CLAUSE.test(text.slice(clauseStart, clauseStart + 8));
}

/**
 * Reported speech with no quote marks in one sentence: "X said (that) …", "X told Y that …",
 * "…, X said.", "according to X, …", and ", saying …" after an attribution. `inQuote` says whether
 * an offset lies inside quote marks (`zones`: the quoted spans in order), `overlapsQuote` whether a stretch touches any; `earlier` are the statements already found in this sentence.
 */
export function findReportedSpeech(doc: Doc, sent: Span, p: number, inQuote: (pos: number) => boolean, overlapsQuote: (s: number, e: number) => boolean, earlier: Found[], zones: readonly Zone[]): Found[] {
  const { text } = doc;
  const art = articleOf(text, doc.tokens);
  if (sent.end - sent.start > MAX_SENTENCE || !mayHaveCue(art, sent.start, sent.end)) return [];
  const toks = winIn(art, sent.start, sent.end, 400);
  const out: Found[] = [];
  const quoted = overlapsQuote(sent.start, sent.end);
  let floor = 0, according = -1;
  // Only the cue words of the window are visited (article.cues, in order). A cue inside quote marks is
  // skipped; the subject of a cue is not read back across quoted words (`floor`: just after the last one).
  const cues = art.cues, end = toks.lo + toks.n;
  for (let ci = firstCueFrom(cues, toks.lo); ci < cues.length && cues[ci] < end; ci++) {
    const c = cues[ci] - toks.lo;
    if (quoted) {
      const q = lastQuotedBefore(toks, c + 1, zones);
      if (q === c) continue;
      floor = q + 1;
    }
    const cue = cueAt(toks, c);
    if (!cue) continue;
    if (cue === ACCORDING) { according = c; continue; }
    const at = { start: sAt(toks, c), end: cueEnd(toks, c, cue) };
    // ", saying …", "by saying …", ", and warned that …": the verb shares the subject of the sentence's attribution or main clause.
    const prevId = idAt(toks, c - 1);
    const coordinated = (prevId === ID_AND || prevId === ID_BUT) && !cue.participle;
    if ((cue.participle && (pcAt(toks, c - 1) === 44 || prevId === ID_BY)) || coordinated) {
      const from = lastAttributedBefore(out, at.start) ?? lastAttributedBefore(earlier, at.start);
      const phrase = from?.phrase ?? sentenceSubject(toks);
      const clause = phrase && cue.clause !== 'none' ? findReportedClause(toks, c, cue, sent.end) : null;
      if (!phrase || !clause || overlapsQuote(clause.start, clause.end)) continue;
      out.push({ kind: 'indirect', start: clause.start, end: clause.end, cue: at, phrase, addressee: clause.addressee, via: null,
        method: coordinated ? 'quotes/coordinated-cue-shares-subject' : 'quotes/saying-clause-after-attribution', confidence: from ? 0.7 : 0.6, para: p, ...(from ? { from } : {}) });
      continue;
    }
    const subject = findSubjectBeforeCue(toks, c, floor);
    if (!subject) {
      const inverted = pcAt(toks, c - 1) === 44 && !cue.participle && cue.clause !== 'none' ? readInverted(text, toks, c, at, sent, p, overlapsQuote) : null;
      if (inverted) out.push(inverted);
      continue;
    }
    if (cue.lemma === 'report' && outletName(text.slice(subject.start, subject.end))) continue; // an outlet's report is a channel (via), not a statement
    const clause = cue.clause === 'none' ? null : findReportedClause(toks, c, cue, sent.end);
    if (clause) {
      if (overlapsQuote(clause.start, clause.end) || inQuote(clause.start - 1)) continue;
      if (isRelativeClauseReport(text, subject, clause.start)) continue;
      out.push({ kind: 'indirect', start: clause.start, end: clause.end, cue: at, phrase: subject, addressee: clause.addressee, via: null,
        method: clause.addressee ? 'quotes/told-addressee-that' : clause.that ? 'quotes/said-that-clause' : 'quotes/said-bare-clause', confidence: clause.that ? 0.8 : 0.72, para: p });
      continue;
    }
    // "…, the envoy said." — the clause comes first; only adjuncts follow the cue.
    // "…, city officials said": noun modifiers the phrase leaves out may stand between the comma and its head
    let comma = subject.first - 1;
    if (subject.kind === 'role' || subject.kind === 'institution') {
      for (let m = 0; m < 2 && comma > 2 && pcAt(toks, comma) !== 44 && (fl(toks, comma) & F_LOWNOUN); m++) comma--;
    }
    // "The envoy to the region, Anna Kovacs, agreed.": a comma closes the subject right before the cue, so the
    // words before its opening comma are the appositive's head, not a statement; what precedes them, if anything, is.
    if (comma > 2 && subject.last === c - 2 && pcAt(toks, c - 1) === 44) {
      do comma--; while (comma > 0 && pcAt(toks, comma) !== 44);
    }
    if (interruptsStatement(toks, comma, c)) {
      out.push({ kind: 'indirect', start: sent.start, end: trimEnd(text, sent.start, sent.end), cue: at, phrase: subject, addressee: null, via: null,
        method: 'quotes/attribution-inside-statement', confidence: 0.7, para: p });
      continue;
    }
    // "…, the envoy told reporters in Geneva.": the addressee of "told" stands before the adjuncts
    const told = cue.object ? findAddressee(art, at.end, sent.end, cue) : null;
    const tailFrom = told?.end ?? at.end;
    if (comma > 2 && pcAt(toks, comma) === 44 && TAIL_OK.test(text.slice(tailFrom, sent.end)) && !overlapsQuote(sent.start, sAt(toks, comma))) {
      out.push({ kind: 'indirect', start: sent.start, end: sAt(toks, comma), cue: at, phrase: subject, addressee: told, via: null,
        method: 'quotes/clause-then-speaker-said', confidence: 0.72, para: p });
    }
  }
  // "…, according to X" counts unless another attribution comes before it (then X is the channel); a statement
  // after it ("according to the police, which said …") is X's own second one.
  const aAt = according >= 0 ? sAt(toks, according) : -1;
  if (according >= 0 && out.every((f) => f.cue !== null && f.cue.start > aAt) && !earlier.some((f) => f.phrase)) out.unshift(...readAccordingTo(text, toks, according, sent, p, overlapsQuote));
  return out;
}

/**
 * "Talks will resume in May, said Anna Kovacs, the head of the delegation.": the clause comes first and the
 * speaker follows the cue; only adjuncts or an appositive come after the speaker. "Talks, said Kovacs, will
 * resume in May." puts the attribution inside the statement (one span to the sentence end, as for "X said").
 */
function readInverted(text: string, toks: Win, c: number, at: { start: number; end: number }, sent: Span, p: number, overlapsQuote: (s: number, e: number) => boolean): Found | null {
  if (c < 3) return null;
  const phrase = findSpeakerAfterCue(toks, c + 1);
  if (!phrase || phrase.first !== c + 1) return null;
  let end: number;
  if (interruptsStatement(toks, c - 1, phrase.last)) end = trimEnd(text, sent.start, sent.end);
  else if (TAIL_OK.test(text.slice(phrase.end, sent.end))) end = sAt(toks, c - 1);
  else return null;
  if (end - sent.start < 12 || overlapsQuote(sent.start, end)) return null;
  return { kind: 'indirect', start: sent.start, end, cue: at, phrase, addressee: null, via: null, method: 'quotes/clause-then-said-speaker', confidence: 0.7, para: p };
}

/** `end` moved back over closing punctuation and white space, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isClauseTrim(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The last statement in `list` with a cue before `pos` and a speaker phrase. */
function lastAttributedBefore(list: readonly Found[], pos: number): Found | undefined {
  for (let i = list.length - 1; i >= 0; i--) { const f = list[i]; if (f.cue && f.cue.start < pos && f.phrase) return f; }
  return undefined;
}

/** A plural common noun after a speaker phrase ("court filings", "government figures") or "data": what is cited is a document. */
function isDocumentNoun(toks: Win, i: number): boolean {
  const f = fl(toks, i);
  return (f & (F_LOWNOUN | F_HEAD)) === F_LOWNOUN && ((f & F_ENDS_S) !== 0 || idAt(toks, i) === ID_DATA);
}
const ID_DATA = W('data');

/** "According to X, …" or "…, according to X." with no other attribution in the sentence. */
function readAccordingTo(text: string, toks: Win, a: number, sent: Span, p: number, overlapsQuote: (s: number, e: number) => boolean): Found[] {
  const phrase = findSpeakerAfterCue(toks, a + 2);
  if (!phrase) return [];
  // "according to court filings", "according to government figures": a document or data, no speaker ("court" only modifies it)
  if (phrase.kind !== 'named' && phrase.kind !== 'pronoun' && isDocumentNoun(toks, phrase.last + 1)) return [];
  const cue = { start: sAt(toks, a), end: eAt(toks, a + 1) };
  let start: number, end: number;
  if (a === 0) {
    let comma = phrase.last + 1;
    while (comma < toks.n && pcAt(toks, comma) !== 44) comma++;
    if (comma >= toks.n) return [];
    start = comma + 1 < toks.n ? sAt(toks, comma + 1) : sent.end; end = sent.end;
  } else if (pcAt(toks, a - 1) === 44) { start = sent.start; end = interruptsStatement(toks, a - 1, a + 1) ? sent.end : sAt(toks, a - 1); }
  else return [];
  while (end > start && isClauseTrim(text.charCodeAt(end - 1))) end--;
  if (end - start < 12 || overlapsQuote(start, end)) return [];
  return [{ kind: 'indirect', start, end, cue, phrase, addressee: null, via: null, method: 'quotes/according-to', confidence: 0.7, para: p }];
}

/** Index of the first cue token at or after article token `lo` (`cues` ascending). */
function firstCueFrom(cues: readonly number[], lo: number): number {
  let a = 0, b = cues.length;
  while (a < b) { const mid = (a + b) >> 1; if (cues[mid] < lo) a = mid + 1; else b = mid; }
  return a;
}

/**
 * The last window position before `before` whose token starts inside a quote zone, or -1. Zones are
 * sorted and disjoint and token starts ascend: the last zone opening before that token holds the
 * answer unless it holds no token, then the one before it.
 */
function lastQuotedBefore(w: Win, before: number, zones: readonly Zone[]): number {
  const s = w.a.s, limit = s[w.lo + before - 1] + 1; // positions up to the start of token before-1
  let a = 0, b = zones.length;
  while (a < b) { const mid = (a + b) >> 1; if (zones[mid].start < limit) a = mid + 1; else b = mid; }
  for (let z = a - 1; z >= 0; z--) {
    const hi = Math.min(zones[z].end, limit);
    // the last window token starting before hi
    let lo = 0, up = before;
    while (lo < up) { const mid = (lo + up) >> 1; if (s[w.lo + mid] < hi) lo = mid + 1; else up = mid; }
    const t = lo - 1;
    if (t < 0) return -1;
    if (s[w.lo + t] >= zones[z].start) return t;
  }
  return -1;
}
