import { type Win, at, fl, idAt, pcAt, kindAt, sAt, eAt, lwAt, wAt } from '../window.ts';
import { W, K_N, K_P, F_HEAD, F_NAME, F_CAP, F_PARTICLE, F_LOWNOUN, F_ROLE, F_INST, F_SUBJ, F_BETWEEN, F_LY, F_POSTMOD, F_CONN, F_LOWER0,
  F_DEF, F_INDEF, F_POSS, F_SRCADJ, F_ENDS_S, F_PREP, F_CUEFORM, F_FINITE } from '../article.ts';
import { skipAppositivesLeft, appositiveName } from './skip-appositives.ts';
import { personBeforeConnector, roleBeforeConnector } from './phrase-heads.ts';

/** A noun phrase that names a speaker: token range [first, last] (window positions), head token, and char offsets. */
export interface SpeakerPhrase {
  first: number; last: number; head: number;
  start: number; end: number; headStart: number; headEnd: number;
  kind: 'pronoun' | 'named' | 'role' | 'institution';
}

/** Punctuation a subject phrase does not run across, read leftwards from the cue: , ; : " “ ” */
const isClauseBreak = (c: number) => c === 44 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0x201d;
/** Punctuation that ends a postmodifier after a speaker's head noun: , . ; : ! ? " “ ” */
const isPhraseEnd = (c: number) => isClauseBreak(c) || c === 46 || c === 33 || c === 63;
const ID_WHO = W('who'), ID_WHICH = W('which'), ID_OF = W('of'), ID_AND = W('and'), ID_ON = W('on'), ID_THIS = W('this'), ID_LAST = W('last');
const ID_THEM = W('them'), ID_THOSE = W('those'), ID_US = W('us'), ID_BUT = W('but');
/** Quantifiers that stand for a group of unnamed sources on their own ("Another said", "Others warned"). */
const BARE_QUANTIFIERS = new Set(['another', 'others', 'some', 'many', 'several', 'most', 'few'].map(W));

/** A role or institution noun ("spokesman", "ministry"). */
export const isHeadNoun = (w: Win, i: number): boolean => (fl(w, i) & F_HEAD) !== 0;
/** A word of a name: capitalized, not a sentence opener, not a party-state tag like "D-Ill". */
export const isNameWord = (w: Win, i: number): boolean => (fl(w, i) & F_NAME) !== 0;
/** Lower-case particles inside names: "Ignacio de la Fuente", "Marloes van der Veen". */
const isParticle = (w: Win, i: number) => (fl(w, i) & F_PARTICLE) !== 0 && isNameWord(w, i - 1) && (isNameWord(w, i + 1) || (fl(w, i + 1) & F_PARTICLE) !== 0);
/** An abbreviation dot belongs to the phrase: "Sen.", "Ill.", "Jr." */
export const isAbbrevDot = (w: Win, i: number) => pcAt(w, i) === 46 && i > 0 && (fl(w, i - 1) & F_CAP) !== 0 && eAt(w, i - 1) - sAt(w, i - 1) <= 4 && eAt(w, i - 1) === sAt(w, i);
const isLowerNoun = (w: Win, i: number) => (fl(w, i) & F_LOWNOUN) !== 0;

function kindOf(w: Win, first: number, head: number): SpeakerPhrase['kind'] {
  const f = fl(w, head);
  if (first === head && (f & F_SUBJ)) return 'pronoun';
  if (f & F_ROLE) return 'role';
  if (f & F_NAME) return 'named';
  // an unlisted noun that names a person by what they do: "the treasurer", "a fisherman", "the novelist"
  return /(?:er|or|ist|ian|ant|man|woman|men|women)s?$/.test(lwAt(w, head)) && !(f & F_INST) ? 'role' : 'institution';
}

export function make(w: Win, first: number, last: number, head: number, kind: SpeakerPhrase['kind']): SpeakerPhrase {
  return { first, last, head, start: sAt(w, first), end: eAt(w, last), headStart: sAt(w, head), headEnd: eAt(w, head), kind };
}

/** Leftwards from `end` over the words of one noun phrase; returns [first, head] or null. */
function collectLeft(w: Win, end: number, floor: number): [number, number] | null {
  let i = end, head = -1, mods = 0;
  for (; i >= floor; i--) {
    const f = fl(w, i);
    if (f & (F_NAME | F_HEAD)) { if (head < 0) head = i; continue; }
    if (head < 0 && i === end && (f & F_LOWNOUN) && ((f & F_ENDS_S) || (fl(w, i - 1) & (F_DEF | F_INDEF | F_POSS)))) { head = i; continue; }
    if (head < 0) return null;
    if ((f & F_POSS) || isAbbrevDot(w, i) || (pcAt(w, i) === 45 && i > floor) || isParticle(w, i) || kindAt(w, i) === K_N) continue;
    if (f & F_SRCADJ) continue;
    if (f & (F_INDEF | F_DEF)) {
      if (i - 2 >= floor && (fl(w, i - 1) & F_CONN) && idAt(w, i - 1) !== ID_AND && (fl(w, i - 2) & (F_INDEF | F_HEAD | F_NAME))) { i -= 1; continue; }
      i--; break;
    }
    if ((f & F_CONN) && i > floor && (fl(w, i - 1) & (F_NAME | F_HEAD | F_INDEF))) continue;
    if ((f & F_LOWNOUN) && mods < 3) { mods++; continue; }
    break;
  }
  let first = i + 1;
  while (first <= end) {
    const f = fl(w, first);
    if (!((f & (F_CONN | F_POSS)) || kindAt(w, first) === K_P || ((f & F_LOWER0) && !(f & (F_INDEF | F_DEF | F_HEAD)) && first < head))) break;
    first++;
  }
  if (head < 0 || first > head || head - first > 14) return null;
  return [first, head];
}

/** A lower-case "-ing" word followed by a preposition or determiner: a participle phrase after a noun, not a noun modifier ("the organising committee"). */
function isParticiplePostmod(w: Win, k: number): boolean {
  if (k + 1 >= w.n || !(fl(w, k + 1) & (F_PREP | F_DEF | F_INDEF))) return false;
  const t = wAt(w, k);
  return t.length >= 6 && t.endsWith('ing') && /^\p{Ll}+$/u.test(t);
}

/**
 * The subject of the cue at `cue`, read leftwards: adverbs and appositives between them skipped
 * ("Russia, one of Assad's few allies, last week said"), postmodifiers kept ("people familiar with
 * the talks"), a name in an appositive preferred to a role ("the coach, Anna Berg, said").
 */
export function findSubjectBeforeCue(w: Win, cue: number, floor: number, antecedent = false): SpeakerPhrase | null {
  let j = cue - 1;
  while (j >= floor && (fl(w, j) & (F_BETWEEN | F_LY))) j--;
  if (j < floor) return null;
  const fj = fl(w, j), idj = idAt(w, j);
  if (fj & F_SUBJ) return make(w, j, j, j, 'pronoun');
  // "Another said …", "and several warned …": a bare quantifier opening its clause is an unnamed source
  if (BARE_QUANTIFIERS.has(idj) && (j === floor || kindAt(w, j - 1) === K_P || idAt(w, j - 1) === ID_AND || idAt(w, j - 1) === ID_BUT)) return make(w, j, j, j, 'role');
  if (idj === ID_WHO && pcAt(w, j - 1) !== 44) return null; // "a diplomat who asked …": the cue is inside a relative clause
  // "…, which said" / "…, who added": the relative pronoun stands for the phrase before the comma.
  // The antecedent may follow a preposition ("released by the WHO, which said").
  if ((idj === ID_WHICH || idj === ID_WHO) && pcAt(w, j - 1) === 44 && j - 1 > floor) return findSubjectBeforeCue(w, j - 1, floor, true);
  if (j - 2 >= floor && (idj === ID_THEM || idj === ID_THOSE || idj === ID_US) && idAt(w, j - 1) === ID_OF && (fl(w, j - 2) & F_INDEF)) return make(w, j - 2, j, j - 2, 'role');
  let apposFrom = -1, apposTo = -1;
  const pj = pcAt(w, j);
  if (pj === 44 || pj === 41) {
    apposTo = j - 1;
    j = skipAppositivesLeft(w, j, floor);
    if (j < floor) return null;
    apposFrom = j + 2;
  }
  let headEnd = j;
  for (let k = j; k > floor && k > j - 16; k--) {
    if (isClauseBreak(pcAt(w, k))) break;
    const fk = fl(w, k), fp = fl(w, k - 1);
    // the head is lower case, or capitalized only because it opens the sentence ("Riders waiting at the stop said")
    const lowerHead = (fp & F_HEAD) !== 0 && ((fp & F_LOWER0) !== 0 || idAt(w, k) === ID_WHO || k - 1 === floor);
    if ((fk & F_POSTMOD) && lowerHead && !((fk & F_CONN) && isHeadNoun(w, j))) { headEnd = k - 1; break; }
    // any participle opening a phrase after the head noun ("residents living near the plant", "fans watching the match")
    if (lowerHead && isParticiplePostmod(w, k)) { headEnd = k - 1; break; }
  }
  const got = collectLeft(w, headEnd, floor);
  // "outside the Harvey Transportation Center said": a phrase after a preposition is not the subject.
  if (got && !antecedent && (fl(w, got[0] - 1) & F_PREP)) return null;
  const phrase = got ? make(w, got[0], j, personBeforeConnector(w, got[0], roleBeforeConnector(w, got[0], got[1])), 'role') : null;
  if (phrase) phrase.kind = kindOf(w, phrase.first, phrase.head);
  if (apposFrom >= 0 && (!phrase || phrase.kind !== 'named')) {
    const inner = appositiveName(w, apposFrom, apposTo) ?? findSubjectBeforeCue(w, apposTo + 1, apposFrom);
    if (inner && inner.kind === 'named' && inner.first >= apposFrom) return inner;
  }
  if (phrase && phrase.kind !== 'named' && phrase.kind !== 'pronoun' && pcAt(w, phrase.first - 1) === 44 && isNameWord(w, phrase.first - 2)) {
    const named = findSubjectBeforeCue(w, phrase.first - 1, floor); // "Sen. X, an opposition leader, who added"
    if (named?.kind === 'named') return named;
  }
  return phrase;
}

/** The speaker named right after the cue ("said Sean Spicer, ...", "said Ashford manager Graham Pocock"). */
export function findSpeakerAfterCue(w: Win, from: number): SpeakerPhrase | null {
  const n = w.n;
  let i = from;
  while (i < n && (fl(w, i) & F_BETWEEN) && !isOnThisLast(idAt(w, i))) i++;
  if (i >= n) return null;
  if (fl(w, i) & F_SUBJ) return make(w, i, i, i, 'pronoun');
  const first = i;
  let head = -1;
  if (fl(w, i) & (F_INDEF | F_DEF)) i++;
  for (; i < n && i - first < 16; i++) {
    const f = fl(w, i);
    if (f & (F_NAME | F_HEAD)) { head = i; continue; }
    // a hyphen inside a name or after a number ('the 15-member council') stays in the phrase
    if ((f & F_POSS) || isAbbrevDot(w, i) || (pcAt(w, i) === 45 && (head >= 0 || kindAt(w, i - 1) === K_N)) || (head >= 0 && isParticle(w, i)) || kindAt(w, i) === K_N || (f & F_SRCADJ)) continue;
    if ((f & F_CONN) && head >= 0 && i + 1 < n && (fl(w, i + 1) & (F_NAME | F_DEF | F_INDEF))) continue;
    if ((f & F_DEF) && i > first && (fl(w, i - 1) & F_CONN)) continue;
    // a noun modifier before the head ("the finance committee"); a determiner after the head opens a new phrase ("told lawmakers the report …")
    if (isLowerNoun(w, i) && (head < 0 || ((fl(w, i + 1) & (F_NAME | F_HEAD)) && !(f & (F_DEF | F_INDEF))))) continue;
    break;
  }
  if (head < 0) return null;
  let last = head;
  if (i < n && (fl(w, i) & F_POSTMOD) && !isNameWord(w, head)) {
    let k = i;
    while (k < n && k - i < 14 && !isPhraseEnd(pcAt(w, k))) k++;
    last = k - 1;
  }
  while (last > head && (fl(w, last) & F_CONN)) last--;
  head = personBeforeConnector(w, first, roleBeforeConnector(w, first, head));
  if (!isNameWord(w, head) && pcAt(w, last + 1) === 44) {
    let k = last + 2;
    while (k < n && k - last < 8 && pcAt(w, k) !== 44) k++;
    const name = appositiveName(w, last + 2, k - 1);
    if (name) return name;
  }
  return make(w, first, last, head, kindOf(w, first, head));
}
const isOnThisLast = (id: number) => id === ID_ON || id === ID_THIS || id === ID_LAST;

/** The subject of the sentence's first verb ("Labor Minister X defended the plan …, saying …"), when it opens the sentence or its main clause. */
export function sentenceSubject(toks: Win): SpeakerPhrase | null {
  for (let k = 1; k < toks.n && k < 20; k++) {
    const w = wAt(toks, k);
    if (!/^\p{Ll}+$/u.test(w) || !(/ed$/.test(w) || (fl(toks, k) & (F_CUEFORM | F_FINITE)))) continue;
    const phrase = findSubjectBeforeCue(toks, k, 0);
    // it opens the sentence, or follows a short opener ending in a comma ("Algeria's envoy, Karim Haddad, explained …")
    return phrase && (phrase.first <= 1 || (phrase.first <= 8 && pcAt(toks, phrase.first - 1) === 44)) ? phrase : null;
  }
  return null;
}
