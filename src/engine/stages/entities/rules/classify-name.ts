import { EVENT_HEADS, SINGLE_HEADS, ORG_HEADS, FAC_HEADS, LOC_HEADS, GPE_HEADS, LEADING_HEADS, COMPASS, HEAD_SECTOR, FIRST_NAMES } from '../lexicon.ts';
import { ACRONYM, NAME_SUFFIX } from '../patterns.ts';
import type { Candidate } from '../candidate.ts';
import type { Unit } from './read-units.ts';
import { properCaseName } from '../../metadata/person-name.ts';

/** The words of a person's name as its canonical form has them: no suffix period, proper case. */
export function nameWords(units: Unit[]): string[] {
  const words = units.map((u) => u.text.replace(/\.$/, (m) => (u.kind === 'i' ? m : '')));
  const joined = words.join(' ');
  return (/\p{Ll}/u.test(joined) ? joined : properCaseName(joined)).split(' ');
}

/**
 * Type a name that no table knows, from its own words: a head word gives ORG, FAC, GPE or LOC
 * ("Civic Party", "Constitution Hall", "Harlow County", "Bank of Japan", "Plaza Baquedano"); a first
 * name, an initial or a particle gives PERSON; an acronym or a plural gives ORG ("Brewers"); a
 * single unknown word is a guess the article may overrule. Words before a first name are read on
 * their own ("Cardinals RHP Andrew Pell"). Returns nothing for a lone head word ("Council").
 */
export function classifyName(text: string, units: Unit[], aff: { country?: string; sector?: string }, spanText?: string): Candidate[] {
  const words = units.map((u) => u.text);
  const firstAt = words.findIndex((w, i) => i > 0 && FIRST_NAMES.has(w) && units[i - 1].kind === 'c' && !FIRST_NAMES.has(words[0]));
  if (firstAt > 0 && firstAt < words.length - 1 && !spanText && !units.some((u) => u.kind === 'x' || u.kind === 'g')) {
    return [...classifyName(text, units.slice(0, firstAt), {}), ...classifyName(text, units.slice(firstAt), aff)];
  }
  const start = units[0].start, end = units[units.length - 1].end;
  const conn = units.findIndex((u) => u.kind === 'x');
  const head = conn > 0 ? words[conn - 1] : words[words.length - 1];
  const base = { start, end, text: spanText ?? text.slice(start, end), kind: 'name' as const, key: null, titles: [] as string[],
    ...(aff.country ? { country: aff.country } : {}) };
  const name = text.slice(start, end).replace(/^(?:The|the)\s+/, '');
  const multi = words.length > 1 || units[0].kind === 'g';
  if (!multi && SINGLE_HEADS.has(head)) return [{ ...base, type: head === 'Capitol' ? 'FAC' : 'ORG', name, confidence: 0.45 }];
  if (!multi && (ORG_HEADS.has(head) || FAC_HEADS.has(head) || LOC_HEADS.has(head))) return [];
  if (multi) {
    const typed = (type: Candidate['type'], confidence: number, sector?: string): Candidate[] => [{ ...base, type, name, confidence, ...(sector ? { sector } : {}) }];
    if (EVENT_HEADS.has(head) || NUMBERED_EVENT.test(name)) return typed('EVENT', 0.6);
    if (ORG_HEADS.has(head)) return typed('ORG', 0.75, HEAD_SECTOR.get(head));
    if (GPE_HEADS.has(head)) return typed('GPE', 0.7);
    if (FAC_HEADS.has(head)) return typed('FAC', 0.7);
    if (LOC_HEADS.has(head)) return typed('LOC', 0.7);
    const lead = LEADING_HEADS.get(words[0]);
    if (lead) return typed(lead, 0.65, HEAD_SECTOR.get(words[0]));
    if (COMPASS.has(words[0]) && words.length === 2 && !FIRST_NAMES.has(words[1])) return typed('GPE', 0.5);
  }
  const personWords = nameWords(units.filter((u, i) => !(i > 0 && NAME_SUFFIX.test(u.text))));
  const person = (confidence: number): Candidate => {
    const g = FIRST_NAMES.get(personWords[0]);
    return { ...base, type: 'PERSON', name: personWords.join(' '), words: personWords, confidence, ...(g === 'm' || g === 'f' ? { gender: g } : {}), ...(aff.sector ? { sector: aff.sector } : {}) };
  };
  const plural = PLURAL.test(head) && !head.includes('-');
  if (words.length > 1) {
    if (FIRST_NAMES.has(personWords[0]) || units.some((u) => u.kind === 'i' || u.kind === 'p')) return [person(0.85)];
    if (words.every((w) => ACRONYM.test(w))) return [{ ...base, type: 'ORG', name, confidence: 0.5 }];
    if (plural) return [{ ...base, type: 'ORG', name, confidence: 0.5 }];
    return [person(0.6)];
  }
  if (ACRONYM.test(head)) return [{ ...base, type: 'ORG', name, confidence: 0.6, guess: true }];
  if (FIRST_NAMES.has(head)) return [{ ...person(0.55), guess: true }];
  if (plural) return [{ ...base, type: 'ORG', name, confidence: 0.4, guess: true }];
  // One unknown word: after "in", "at", "from" most likely a place, otherwise most often an
  // organisation (a person is usually named in full first); a longer name elsewhere may overrule.
  const before = text.slice(Math.max(0, start - 6), start);
  if (/\b(?:in|at|from|near|to|into)\s+$/.test(before)) return [{ ...base, type: 'GPE', name, confidence: 0.4, guess: true }];
  return [{ ...base, type: 'ORG', name, confidence: 0.35, guess: true }];
}

/** A numbered meeting: "COP29", "G20 Summit" is caught by its head. */
const NUMBERED_EVENT = /^COP\s?\d+$/;
/** A plural common-noun ending on a capitalized word ("Brewers", "Giants", "Cardinals"), not "Paris" or "Jones". */
const PLURAL = /\p{Ll}(?:ers|ors|ans|ents|ants|als|ists|ites|ies|ins|ots|ats|ards|ets|ees)$/u;
