import { type Tok, isCap, startsLower, allLower3 } from '../window.ts';
import { PERSON_ROLES, INSTITUTIONS, STOP_WORDS, BETWEEN_SUBJECT_AND_CUE, POSTMODIFIER_STARTS, SUBJECT_PRONOUNS,
  CAPITALIZED_NON_NAMES, INDEFINITE, DEFINITE, CUE_FORMS } from '../patterns.ts';
import { skipAppositivesLeft, appositiveName } from './skip-appositives.ts';
import { personBeforeConnector, roleBeforeConnector } from './phrase-heads.ts';

/** A noun phrase that names a speaker: token range [first, last], head token, and char offsets. */
export interface SpeakerPhrase {
  first: number; last: number; head: number;
  start: number; end: number; headStart: number; headEnd: number;
  kind: 'pronoun' | 'named' | 'role' | 'institution';
}

/** Punctuation a subject phrase does not run across, read leftwards from the cue. */
const CLAUSE_BREAK = new Set([',', ';', ':', '"', '“', '”']);
/** Punctuation that ends a postmodifier after a speaker's head noun. */
const PHRASE_END = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”']);
const CONNECTORS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'and', '&']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Lower-case particles inside names: "Ignacio de la Fuente", "Marloes van der Veen". */
const PARTICLES = new Set(['de', 'la', 'del', 'della', 'van', 'der', 'den', 'von', 'da', 'di', 'du', 'le', 'bin', 'bint', 'ibn', 'dos', 'das', 'ter', 'ten', 'y', 'e']);
/** Adjectives listed with the determiners of unnamed sources ("a senior official"): inside the phrase, not its left edge. */
const SOURCE_ADJECTIVES = new Set(['senior', 'top', 'unnamed', 'anonymous', 'other', 'more', 'few']);
export const isHeadNoun = (t: Tok | undefined) => !!t && (PERSON_ROLES.has(t.lw) || INSTITUTIONS.has(t.lw));
/** A word of a name: capitalized, not a sentence opener, not a party-state tag like "D-Ill". */
export const isNameWord = (t: Tok | undefined) => !!t && isCap(t) && !CAPITALIZED_NON_NAMES.has(t.w) && !(t.w[1] === '-' && /^[DRI]-\p{Lu}/u.test(t.w));
const isParticle = (toks: Tok[], i: number) => PARTICLES.has(toks[i].w) && isNameWord(toks[i - 1]) && (isNameWord(toks[i + 1]) || PARTICLES.has(toks[i + 1]?.w ?? ''));
/** An abbreviation dot belongs to the phrase: "Sen.", "Ill.", "Jr." */
export const isAbbrevDot = (toks: Tok[], i: number) => toks[i].w === '.' && i > 0 && isCap(toks[i - 1]) && toks[i - 1].w.length <= 4 && toks[i - 1].e === toks[i].s;
const isLowerNoun = (t: Tok | undefined) => !!t && t.kind === 'w' && allLower3(t.w) && !STOP_WORDS.has(t.lw) && !CUE_FORMS.has(t.lw) && !t.w.endsWith('ly');

function kindOf(toks: Tok[], first: number, head: number): SpeakerPhrase['kind'] {
  const h = toks[head];
  if (first === head && SUBJECT_PRONOUNS.has(h.lw)) return 'pronoun';
  if (PERSON_ROLES.has(h.lw)) return 'role';
  if (isNameWord(h)) return 'named';
  // an unlisted noun that names a person by what they do: "the treasurer", "a fisherman", "the novelist"
  return /(?:er|or|ist|ian|ant|man|woman|men|women)s?$/.test(h.lw) && !INSTITUTIONS.has(h.lw) ? 'role' : 'institution';
}

export function make(toks: Tok[], first: number, last: number, head: number, kind: SpeakerPhrase['kind']): SpeakerPhrase {
  return { first, last, head, start: toks[first].s, end: toks[last].e, headStart: toks[head].s, headEnd: toks[head].e, kind };
}

/** Leftwards from `end` over the words of one noun phrase; returns [first, head] or null. */
function collectLeft(toks: Tok[], end: number, floor: number): [number, number] | null {
  let i = end, head = -1, mods = 0;
  for (; i >= floor; i--) {
    const t = toks[i];
    if (isNameWord(t) || isHeadNoun(t)) { if (head < 0) head = i; continue; }
    if (head < 0 && i === end && isLowerNoun(t) && (/s$/.test(t.w) || DEFINITE.has(toks[i - 1]?.lw ?? '') || INDEFINITE.has(toks[i - 1]?.lw ?? '') || POSSESSIVE.has(toks[i - 1]?.w ?? ''))) { head = i; continue; }
    if (head < 0) return null;
    if (POSSESSIVE.has(t.w) || isAbbrevDot(toks, i) || (t.w === '-' && i > floor) || isParticle(toks, i) || t.kind === 'n') continue;
    if (SOURCE_ADJECTIVES.has(t.lw)) continue;
    if (INDEFINITE.has(t.lw) || DEFINITE.has(t.lw)) {
      const before = toks[i - 1], further = toks[i - 2];
      if (i - 2 >= floor && CONNECTORS.has(before.lw) && before.lw !== 'and' && (INDEFINITE.has(further.lw) || isHeadNoun(further) || isNameWord(further))) { i -= 1; continue; }
      i--; break;
    }
    if (CONNECTORS.has(t.lw) && i > floor && (isNameWord(toks[i - 1]) || isHeadNoun(toks[i - 1]) || INDEFINITE.has(toks[i - 1].lw))) continue;
    if (isLowerNoun(t) && mods < 3) { mods++; continue; }
    break;
  }
  let first = i + 1;
  while (first <= end && (CONNECTORS.has(toks[first].lw) || POSSESSIVE.has(toks[first].w) || toks[first].kind === 'p' ||
    (startsLower(toks[first].w) && !INDEFINITE.has(toks[first].lw) && !DEFINITE.has(toks[first].lw) && !isHeadNoun(toks[first]) && first < head))) first++;
  if (head < 0 || first > head || head - first > 14) return null;
  return [first, head];
}

/**
 * The subject of the cue at `cue`, read leftwards: adverbs and appositives between them skipped
 * ("Russia, one of Assad's few allies, last week said"), postmodifiers kept ("people familiar with
 * the talks"), a name in an appositive preferred to a role ("the coach, Anna Berg, said").
 */
export function findSubjectBeforeCue(toks: Tok[], cue: number, floor: number): SpeakerPhrase | null {
  let j = cue - 1;
  while (j >= floor && (BETWEEN_SUBJECT_AND_CUE.has(toks[j].lw) || (toks[j].w.endsWith('ly') && /^\p{Ll}+ly$/u.test(toks[j].w)))) j--;
  if (j < floor) return null;
  if (SUBJECT_PRONOUNS.has(toks[j].lw)) return make(toks, j, j, j, 'pronoun');
  if (toks[j].lw === 'who' && toks[j - 1]?.w !== ',') return null; // "a diplomat who asked …": the cue is inside a relative clause
  // "…, which said" / "…, who added": the relative pronoun stands for the phrase before the comma.
  if ((toks[j].lw === 'which' || toks[j].lw === 'who') && toks[j - 1]?.w === ',' && j - 1 > floor) return findSubjectBeforeCue(toks, j - 1, floor);
  if (j - 2 >= floor && /^(them|those|us)$/.test(toks[j].lw) && toks[j - 1].lw === 'of' && INDEFINITE.has(toks[j - 2].lw)) return make(toks, j - 2, j, j - 2, 'role');
  let apposFrom = -1, apposTo = -1;
  if (toks[j].w === ',' || toks[j].w === ')') {
    apposTo = j - 1;
    j = skipAppositivesLeft(toks, j, floor, isNameWord, isHeadNoun);
    if (j < floor) return null;
    apposFrom = j + 2;
  }
  let headEnd = j;
  for (let k = j; k > floor && k > j - 16; k--) {
    if (CLAUSE_BREAK.has(toks[k].w)) break;
    const lowerHead = isHeadNoun(toks[k - 1]) && (startsLower(toks[k - 1].w) || toks[k].lw === 'who');
    if (POSTMODIFIER_STARTS.has(toks[k].lw) && lowerHead && !(CONNECTORS.has(toks[k].lw) && isHeadNoun(toks[j]))) { headEnd = k - 1; break; }
  }
  const got = collectLeft(toks, headEnd, floor);
  // "outside the Harvey Transportation Center said": a phrase after a preposition is not the subject.
  if (got && PREPOSITIONS.has(toks[got[0] - 1]?.lw ?? '')) return null;
  const phrase = got ? make(toks, got[0], j, personBeforeConnector(toks, got[0], roleBeforeConnector(toks, got[0], got[1])), 'role') : null;
  if (phrase) phrase.kind = kindOf(toks, phrase.first, phrase.head);
  if (apposFrom >= 0 && (!phrase || phrase.kind !== 'named')) {
    const inner = appositiveName(toks, apposFrom, apposTo, isNameWord) ?? findSubjectBeforeCue(toks, apposTo + 1, apposFrom);
    if (inner && inner.kind === 'named' && inner.first >= apposFrom) return inner;
  }
  if (phrase && phrase.kind !== 'named' && phrase.kind !== 'pronoun' && toks[phrase.first - 1]?.w === ',' && isNameWord(toks[phrase.first - 2])) {
    const named = findSubjectBeforeCue(toks, phrase.first - 1, floor); // "Sen. X, an opposition leader, who added"
    if (named?.kind === 'named') return named;
  }
  return phrase;
}

/** The speaker named right after the cue ("said Sean Spicer, ...", "said Ashford manager Graham Pocock"). */
export function findSpeakerAfterCue(toks: Tok[], from: number): SpeakerPhrase | null {
  let i = from;
  while (i < toks.length && BETWEEN_SUBJECT_AND_CUE.has(toks[i].lw) && !/^(on|this|last)$/.test(toks[i].lw)) i++;
  if (i >= toks.length) return null;
  if (SUBJECT_PRONOUNS.has(toks[i].lw)) return make(toks, i, i, i, 'pronoun');
  const first = i;
  let head = -1;
  if (INDEFINITE.has(toks[i].lw) || DEFINITE.has(toks[i].lw)) i++;
  for (; i < toks.length && i - first < 16; i++) {
    const t = toks[i];
    if (isNameWord(t) || isHeadNoun(t)) { head = i; continue; }
    if (POSSESSIVE.has(t.w) || isAbbrevDot(toks, i) || (t.w === '-' && head >= 0) || (head >= 0 && isParticle(toks, i)) || t.kind === 'n' || SOURCE_ADJECTIVES.has(t.lw)) continue;
    if (CONNECTORS.has(t.lw) && head >= 0 && i + 1 < toks.length && (isNameWord(toks[i + 1]) || DEFINITE.has(toks[i + 1].lw) || INDEFINITE.has(toks[i + 1].lw))) continue;
    if (DEFINITE.has(t.lw) && i > first && CONNECTORS.has(toks[i - 1].lw)) continue;
    if (isLowerNoun(t) && (head < 0 || isNameWord(toks[i + 1]) || isHeadNoun(toks[i + 1]))) continue;
    break;
  }
  if (head < 0) return null;
  let last = head;
  if (i < toks.length && POSTMODIFIER_STARTS.has(toks[i].lw) && !isNameWord(toks[head])) {
    let k = i;
    while (k < toks.length && k - i < 14 && !PHRASE_END.has(toks[k].w)) k++;
    last = k - 1;
  }
  while (last > head && CONNECTORS.has(toks[last].lw)) last--;
  head = personBeforeConnector(toks, first, roleBeforeConnector(toks, first, head));
  if (!isNameWord(toks[head]) && toks[last + 1]?.w === ',') {
    let k = last + 2;
    while (k < toks.length && k - last < 8 && toks[k].w !== ',') k++;
    const name = appositiveName(toks, last + 2, k - 1, isNameWord);
    if (name) return name;
  }
  return make(toks, first, last, head, kindOf(toks, first, head));
}

const PREPOSITIONS = new Set(['outside', 'inside', 'at', 'in', 'near', 'from', 'to', 'of', 'by', 'on', 'with', 'into', 'behind', 'across', 'against', 'toward', 'towards', 'about', 'over', 'under', 'among']);
