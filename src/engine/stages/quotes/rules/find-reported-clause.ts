import { type Tok, firstTokenAfter, tokensIn } from '../window.ts';
import type { Token } from '../../../layers.ts';
import { ADJUNCT, THAT, CLAUSE_END, FINITE_MARKERS, SUBJECT_PRONOUNS, DEFINITE, INDEFINITE, type Cue } from '../patterns.ts';
import { findSpeakerAfterCue } from './scan-speaker-phrase.ts';

/** The clause a cue verb reports, with the addressee it names ("told reporters at the Capitol that ..."). */
export interface ReportedClause { start: number; end: number; that: boolean; addressee: { start: number; end: number } | null }

/** "said in an interview with CNN": the partner of an interview or call is the addressee. */
const INTERVIEW_WITH = /\b(?:interview|conversation|call|exchange|meeting) (?:with|to) ((?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})/;
const CLAUSE_STARTER = /^(?:there|this|these|those|the|a|an|his|her|its|their|our|some|many|no|all|both|each|every|any|several|one|two|three|four|five)$/;
const WINDOW = 160;

/**
 * From the cue at toks[c] to the end of the clause it reports, or null when no clause follows
 * (a direct quote, an object, a verb that needs "that" and has none). `limit` is the sentence end.
 */
export function findReportedClause(text: string, tokens: readonly Token[], toks: Tok[], c: number, cue: Cue, limit: number): ReportedClause | null {
  let pos = toks[c].e;
  const addressee = findAddressee(text, tokens, pos, limit, cue);
  if (addressee) pos = addressee.end;
  else if (cue.lemma === 'tell') return null;
  let found: ReportedClause['addressee'] = null;
  for (let n = 0; n < 4; n++) {
    const win = text.slice(pos, Math.min(limit, pos + WINDOW));
    const m = ADJUNCT.exec(win);
    if (!m || m[0].length === 0) break;
    const iw = INTERVIEW_WITH.exec(m[0]);
    if (iw && !found) found = { start: pos + iw.index + iw[0].length - iw[1].length, end: pos + iw.index + iw[0].length };
    pos += m[0].length;
  }
  const thatM = THAT.exec(text.slice(pos, pos + 12));
  if (text[pos] === ',' && !thatM) return null; // "said, adding …": no clause of its own
  const that = !!thatM;
  if (thatM) pos += thatM[0].length;
  else if (cue.clause !== 'bare') return null;
  while (pos < limit && /[\s,]/.test(text[pos])) pos++;
  if (pos >= limit || /[:"“”«„'‘]/.test(text[pos])) return null;
  if (!that && !looksLikeClause(text, tokens, pos, limit, cue.lemma === 'say')) return null;
  let end = limit;
  const tail = CLAUSE_END.exec(text.slice(pos, limit));
  if (tail) end = pos + tail.index;
  while (end > pos && /[\s.,;:]/.test(text[end - 1])) end--;
  if (end - pos < 8) return null;
  return { start: pos, end, that, addressee: addressee ?? found };
}

/** A bare reported clause opens with a subject and has a finite verb or modal soon after ("the U.S. will ..."). */
function looksLikeClause(text: string, tokens: readonly Token[], pos: number, limit: number, say: boolean): boolean {
  const i = firstTokenAfter(tokens, pos);
  const first = tokens[i];
  if (!first || first.start >= limit) return false;
  const w = text.slice(first.start, first.end);
  const lw = w.toLowerCase();
  const opens = SUBJECT_PRONOUNS.has(lw) || CLAUSE_STARTER.test(lw) || DEFINITE.has(lw) || INDEFINITE.has(lw) || /^[\p{Lu}\d]/u.test(w);
  if (first.kind !== 'w' && first.kind !== 'n') return false;
  // after "said", a subject-like opener is enough: "She said the leaks waste …"
  if (say && opens && !/^(so|nothing|goodbye|yes|no|little|much)$/.test(lw)) return true;
  for (let k = i + 1; k < tokens.length && k < i + (opens ? 14 : 10) && tokens[k].start < limit; k++) {
    const t = text.slice(tokens[k].start, tokens[k].end);
    const lt = t.toLowerCase();
    if (FINITE_MARKERS.has(lt) || /^\p{Ll}{3,}ed$/u.test(t)) return true;
    if (/^[.;:]$/.test(t)) return false;
  }
  return false;
}

/** The addressee right after a cue that takes one: "told Foreign Policy", "told reporters", "warned the whips". */
export function findAddressee(text: string, tokens: readonly Token[], pos: number, limit: number, cue: Cue): { start: number; end: number } | null {
  if (!cue.object) {
    const iw = INTERVIEW_WITH.exec(text.slice(pos, Math.min(limit, pos + 80)));
    return iw && /^\s*(?:\w+\s+){0,3}?(?:in|during) (?:an?|the) /.test(text.slice(pos, pos + iw.index + 1)) ? { start: pos + iw.index + iw[0].length - iw[1].length, end: pos + iw.index + iw[0].length } : null;
  }
  const after = tokensIn(text, tokens, pos, Math.min(limit, pos + WINDOW), 20);
  const np = findSpeakerAfterCue(after, 0);
  if (np && np.kind !== 'pronoun') return { start: np.start, end: np.end };
  if (after[0] && /^(?:him|her|them|us|me)$/.test(after[0].lw)) return { start: after[0].s, end: after[0].e };
  if (after[0] && /^\p{Ll}+s$/u.test(after[0].w) && !FINITE_MARKERS.has(after[0].lw) && !/^(?:that|this|is|was|has)$/.test(after[0].lw)) return { start: after[0].s, end: after[0].e };
  return null;
}
