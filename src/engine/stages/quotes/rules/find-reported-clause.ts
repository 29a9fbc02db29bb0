import { type Win, type Art, winIn, isWhite, isAsciiWordChar, isClauseTrim, eAt, idAt, fl, sAt, wAt } from '../window.ts';
import { W, wordOf, flagsOf, idOf, K_W, K_N, F_SUBJ, F_CLSTART, F_DEF, F_INDEF, F_FINITE, F_PREP } from '../article.ts';
import { ADJUNCT, THAT, CLAUSE_END, type Cue } from '../patterns.ts';
import { findSpeakerAfterCue } from './scan-speaker-phrase.ts';

/** The clause a cue verb reports, with the addressee it names ("told reporters at the Capitol that ..."). */
export interface ReportedClause { start: number; end: number; that: boolean; addressee: { start: number; end: number } | null }

/** "said in an interview with CNN": the partner of an interview or call is the addressee. */
const INTERVIEW_WITH = /\b(?:interview|conversation|call|exchange|meeting) (?:with|to) ((?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})/;
const WINDOW = 160;
/** `/[:"“”«„'‘]/`: a colon or quote mark right after the cue opens a quotation, not a reported clause. */
const isOpeningMark = (c: number) => c === 58 || c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0x201e || c === 39 || c === 0x2018;
/** "in an", "during the" within the first words after the cue. Anchored: a window it fails on has no prefix it holds on. */
const IN_A_SETTING = /^\s*(?:\w+\s+){0,3}?(?:in|during) (?:an?|the) /;
/**
 * The words an ADJUNCT match opens with (after white space and a comma): each is followed by a space, "'s"
 * or the pattern's closing lookahead, so it is a whole run of ASCII letters.
 */
const ADJUNCT_FIRST = new Set(('on late early last this earlier later Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year weekend ' +
  'morning afternoon evening night yesterday today tonight again also previously repeatedly publicly privately recently separately then flatly ' +
  'simply firmly bluntly afterward afterwards subsequently in during at via through after before from outside').split(' '));
/** Whether ADJUNCT may hold on text[from, to): the first run of ASCII letters past `\s*(?:,\s*)?` is one of ADJUNCT_FIRST. */
function mayOpenAdjunct(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isWhite(text.charCodeAt(i))) i++;
  if (i < to && text.charCodeAt(i) === 44) { i++; while (i < to && isWhite(text.charCodeAt(i))) i++; }
  let j = i;
  while (j < to && j - i <= 12) { const c = text.charCodeAt(j) | 32; if (c < 97 || c > 122) break; j++; }
  return j - i >= 2 && j - i <= 12 && ADJUNCT_FIRST.has(text.slice(i, j));
}
/**
 * `IN_A_SETTING.test(text.slice(from, to))`, read in place: white space, then up to three words each with the
 * white space after it (\w and \s share no char, so each word is a whole run), then "in" or "during" and "a", "an" or "the".
 */
function inASetting(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isWhite(text.charCodeAt(i))) i++;
  for (let k = 0; ; k++) {
    const c = text.charCodeAt(i);
    if (c === 105 || c === 100) {
      const j = startsWith(text, i, to, 'in ') ? i + 3 : startsWith(text, i, to, 'during ') ? i + 7 : -1;
      if (j >= 0 && (startsWith(text, j, to, 'a ') || startsWith(text, j, to, 'an ') || startsWith(text, j, to, 'the '))) return true;
    }
    if (k === 3) return false;
    const w = i;
    while (i < to && isAsciiWordChar(text.charCodeAt(i))) i++;
    if (i === w || i >= to || !isWhite(text.charCodeAt(i))) return false;
    while (i < to && isWhite(text.charCodeAt(i))) i++;
  }
}
/** Whether text[i, to) opens with `w`. */
function startsWith(text: string, i: number, to: number, w: string): boolean {
  if (i + w.length > to) return false;
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(i + k) !== w.charCodeAt(k)) return false;
  return true;
}
/** Openers after "said" that are no subject: so, nothing, goodbye, yes, no, little, much. */
const NOT_SUBJECT = new Set(['so', 'nothing', 'goodbye', 'yes', 'no', 'little', 'much'].map(W));
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me'].map(W));
const NOT_ADDRESSEE = new Set(['that', 'this', 'is', 'was', 'has'].map(W));
const ID_THAT = W('that');
/** Subordinators that open a time or manner clause after a cue, never a bare reported clause. */
const ADVERBIAL_OPENERS = new Set(['as', 'while'].map(W));
/** Subordinators that open a reduced time clause when a participle follows ("replied when asked", "said after meeting"). */
const REDUCED_OPENERS = new Set(['when', 'after', 'before', 'until', 'once'].map(W));
/** Nouns that take a "that" complement: "denied reports that …" has the noun phrase as object, the "that" clause is the noun's, not a bare reported clause. */
const THAT_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'suggestion', 'suggestions', 'rumour', 'rumours',
  'rumor', 'rumors', 'accusation', 'accusations', 'speculation', 'charge', 'charges', 'assertion', 'assertions', 'notion', 'idea', 'suspicion',
  'suspicions', 'fears', 'news', 'reporting', 'story', 'stories', 'assessment', 'contention', 'impression', 'view', 'belief'].map(W));
/** Determiners before such a noun ("denied the reports that …", "confirmed media reports that …" is caught by its second word). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'any', 'these', 'those', 'this', 'that', 'such', 'all', 'his', 'her', 'its', 'their', 'our', 'media', 'press', 'earlier', 'recent', 'previous'].map(W));

/**
 * From the cue at position c of the window to the end of the clause it reports, or null when no
 * clause follows (a direct quote, an object, a verb that needs "that" and has none). `limit` is the sentence end.
 */
export function findReportedClause(w: Win, c: number, cue: Cue, limit: number): ReportedClause | null {
  const a = w.a, text = a.text;
  let pos = eAt(w, cue.particle !== undefined ? c + 1 : c); // after "back" of "hit back"
  const addressee = findAddressee(a, pos, limit, cue);
  if (addressee) pos = addressee.end;
  else if (cue.lemma === 'tell') return null;
  let found: ReportedClause['addressee'] = null;
  for (let n = 0; n < 4; n++) {
    const to = Math.min(limit, pos + WINDOW);
    if (!mayOpenAdjunct(text, pos, to)) break;
    const m = ADJUNCT.exec(text.slice(pos, to));
    if (!m || m[0].length === 0) break;
    const iw = INTERVIEW_WITH.exec(m[0]);
    if (iw && !found) found = { start: pos + iw.index + iw[0].length - iw[1].length, end: pos + iw.index + iw[0].length };
    pos += m[0].length;
  }
  const thatM = THAT.exec(text.slice(pos, pos + 12));
  if (text[pos] === ',' && !thatM) return null; // "said, adding …": no clause of its own
  const that = !!thatM;
  if (thatM) pos += thatM[0].length;
  // "told reporters the president would sign …": after "told" and its addressee a bare clause is as common as "that".
  else if (cue.clause !== 'bare' && !(addressee && cue.lemma === 'tell')) return null;
  while (pos < limit && (text.charCodeAt(pos) === 44 || isWhite(text.charCodeAt(pos)))) pos++;
  if (pos >= limit || isOpeningMark(text.charCodeAt(pos))) return null;
  if (!that && !looksLikeClause(a, pos, limit, cue.lemma === 'say')) return null;
  let end = limit;
  const tail = clauseEndFrom(text, pos, limit);
  if (tail >= 0) end = tail;
  while (end > pos && isClauseTrim(text.charCodeAt(end - 1))) end--;
  if (end - pos < 8) return null;
  return { start: pos, end, that, addressee: addressee ?? found };
}

/**
 * Where CLAUSE_END first matches in text[pos, limit) (an offset in the text), or -1. The pattern has no lookbehind
 * and every match opens with a comma, semicolon or white space, so a match found from an earlier offset is also
 * the first from any offset up to it: the cues of one sentence share one search.
 */
function clauseEndFrom(text: string, pos: number, limit: number): number {
  const m = LAST_END;
  if (m.text === text && m.limit === limit && pos >= m.from && (m.at === -1 || m.at >= pos)) return m.at;
  const found = CLAUSE_END.exec(text.slice(pos, limit));
  m.text = text; m.limit = limit; m.from = pos; m.at = found ? pos + found.index : -1;
  return m.at;
}
/** The last CLAUSE_END search: from `from` to `limit` in `text`, the first match at `at` (-1: none). */
const LAST_END = { text: '', limit: -1, from: 0, at: -1 };

/** A bare reported clause opens with a subject and has a finite verb or modal soon after ("the U.S. will ..."). */
function looksLikeClause(a: Art, pos: number, limit: number, say: boolean): boolean {
  const e = a.e;
  let i = 0, hi = a.n;
  while (i < hi) { const mid = (i + hi) >> 1; if (e[mid] <= pos) i = mid + 1; else hi = mid; }
  if (i >= a.n || a.s[i] >= limit) return false;
  const w = wordOf(a, i);
  const opens = (flagsOf(a, i) & (F_SUBJ | F_CLSTART | F_DEF | F_INDEF)) !== 0 || upperOrDigit(w);
  if (a.kind[i] !== K_W && a.kind[i] !== K_N) return false;
  if (ADVERBIAL_OPENERS.has(idOf(a, i))) return false;
  if (REDUCED_OPENERS.has(idOf(a, i)) && i + 1 < a.n && a.s[i + 1] < limit && /^\p{Ll}+(?:ed|ing)$/u.test(wordOf(a, i + 1))) return false;
  // "denied reports that troops …", "confirmed the claims": the opener is the object noun, not a clause subject
  // ("insists the idea is not dead": the noun with its own finite verb right after it is the clause subject)
  if (!say) {
    const n = THAT_NOUNS.has(idOf(a, i)) ? i : NOUN_DETERMINERS.has(idOf(a, i)) && i + 1 < a.n && THAT_NOUNS.has(idOf(a, i + 1)) ? i + 1 : -1;
    if (n >= 0 && !(n + 1 < a.n && (flagsOf(a, n + 1) & F_FINITE))) return false;
  }
  // "warned about fees", "insisted on a recount", "admitted to errors": a prepositional object, not a clause ("said about 40 …" is one)
  if (!say && (flagsOf(a, i) & F_PREP) && !(i + 1 < a.n && a.kind[i + 1] === K_N)) return false; // "told reporters as she left the building": a time clause, not what was said
  // after "said", a subject-like opener is enough: "She said the leaks waste …"
  if (say && opens && !NOT_SUBJECT.has(idOf(a, i))) return true;
  for (let k = i + 1; k < a.n && k < i + (opens ? 14 : 10) && a.s[k] < limit; k++) {
    if (flagsOf(a, k) & F_FINITE) return true;
    const t = wordOf(a, k);
    if (t.length >= 5 && t.endsWith('ed') && /^\p{Ll}{3,}ed$/u.test(t)) return true;
    const pc = a.pc[k];
    if (pc === 46 || pc === 59 || pc === 58) return false;
    // "denied any wrongdoing, the paper reported": past a comma the verb is no longer the object's clause (after "said" a subject suffices above)
    if (pc === 44 && !say) return false;
  }
  return false;
}
/** `/^[\p{Lu}\d]/u.test(w)`, ASCII decided in place. */
function upperOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\d]/u.test(w);
}

/** The addressee right after a cue that takes one: "told Foreign Policy", "told reporters", "warned the whips". */
/** A determiner after the first word of a noun phrase, not after a preposition or "and" (" the ", " a ", " his " …): where a following clause's subject starts. */
const SECOND_DETERMINER = /(?<=\S)(?<!\b(?:of|for|in|at|on|with|from|to|by|about|over|under|into|and|or))\s+(?=(?:the|a|an|his|her|its|their|this|these|those)\s)/;

export function findAddressee(a: Art, pos: number, limit: number, cue: Cue): { start: number; end: number } | null {
  const text = a.text;
  if (!cue.object) {
    // the setting ("in an interview with", "during a call to") must open the window: tested first, anchored, on the whole window
    if (!inASetting(text, pos, Math.min(limit, pos + 80))) return null;
    const win = text.slice(pos, Math.min(limit, pos + 80));
    const iw = INTERVIEW_WITH.exec(win);
    return iw && IN_A_SETTING.test(text.slice(pos, pos + iw.index + 1)) ? { start: pos + iw.index + iw[0].length - iw[1].length, end: pos + iw.index + iw[0].length } : null;
  }
  const after = winIn(a, pos, Math.min(limit, pos + WINDOW), 20);
  // "warned that the council …": a "that" right after the cue opens the clause, it is no determiner of an addressee
  if (after.n > 0 && idAt(after, 0) === ID_THAT) return null;
  const np = findSpeakerAfterCue(after, 0);
  if (np && np.kind !== 'pronoun') {
    // "told the crowd the union would …": a second determiner opens the clause's subject, not more of the addressee.
    const inner = SECOND_DETERMINER.exec(text.slice(np.start, np.end));
    return { start: np.start, end: inner ? np.start + inner.index : np.end };
  }
  if (after.n === 0) return null;
  if (OBJECT_PRONOUNS.has(idAt(after, 0))) return { start: sAt(after, 0), end: eAt(after, 0) };
  const w0 = wAt(after, 0);
  if (w0.endsWith('s') && /^\p{Ll}+s$/u.test(w0) && !(fl(after, 0) & F_FINITE) && !NOT_ADDRESSEE.has(idAt(after, 0))) return { start: sAt(after, 0), end: eAt(after, 0) };
  return null;
}
