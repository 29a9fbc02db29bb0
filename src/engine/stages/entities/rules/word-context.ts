import type { Token } from '../../../layers.ts';
import { formsAt, formsAtSpan, PARTICLES } from '../lexicon.ts';
import { makeUnit, type Unit } from './read-units.ts';
import { lowerUnit, upperUnit } from '../chars.ts';

// What the tokens around a word say about it, for readUnits.

/** A sentence end the sentence splitter missed: "!" or "?", or "." after a lower-case word or a number (not "Mr." or "D.C."). */
export function endsSentence(text: string, tokens: Token[], i: number): boolean {
  const c = text.charCodeAt(tokens[i].start);
  if (c === 33 || c === 63) return true; // ! ?
  if (c !== 46 || i === 0) return false; // .
  const prev = tokens[i - 1];
  return prev.kind === 'n' || (prev.kind === 'w' && lowerUnit(text, prev.start));
}

/**
 * A hyphenated compound common word: one capital and a word ("T-shirt", "X-ray") or a word with a
 * verb or adjective tail ("Prize-winner", "Kremlin-backed"); not a name with a lower-case second
 * syllable ("Chung-tai").
 */
export const LOWER_TAIL = /^\p{Lu}-\p{Ll}+$|-(?:\p{Ll}+(?:er|ers|ed|ing)|based|led|backed|made|run|owned|born|style|era|related|like|type|wide|free|friendly|only)$/u;

/** Whether a title (after more modifiers) starts at token j: "Foreign [Minister]". */
export function leadsTitle(text: string, tokens: Token[], j: number, to: number): boolean {
  for (let k = j; k < to; k++) {
    const f = formsAtSpan(text, tokens[k].start, tokens[k].end)?.find((x) => x.entry.kind === 'title' || x.entry.kind === 'titlemod' || x.entry.kind === 'honorific');
    if (!f) return false;
    if (f.entry.kind !== 'titlemod') return true;
  }
  return false;
}

/** Particles from token j on, then a capitalized word: "de la Garza". */
export function particlesThenName(text: string, tokens: Token[], j: number, to: number): boolean {
  while (j < to && PARTICLES.has(text.slice(tokens[j].start, tokens[j].end))) j++;
  return j < to && upperUnit(text, tokens[j].start);
}


/** "Oslo-listed", "Chinese-made", "EU-wide", "R-Texas": the place, people or acronym-named body in one part of a hyphenated word. */
export function splitHyphenated(word: string, at: number, i: number): Unit | null {
  if (formsAt(word)) return null;
  const parts = word.split('-');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  // Only "Place-word" (Oslo-listed, Chinese-made) and party-state labels (R-Texas, D-Ill.): a
  // hyphenated surname (Nwosu-Bello) is a name, not a place.
  const tries: Array<readonly [string, number]> = /^\p{Ll}/u.test(parts[1]) ? [[parts[0], 0]] : /^[RDI]$/.test(parts[0]) ? [[parts[1], 2]] : [];
  for (const [part, offset] of tries) {
    // a place, people, or an organisation written as an acronym ("EU-wide", "NATO-led", "UN-backed")
    const acronym = /^[A-Z]{2,6}$/.test(part);
    const entry = formsAt(part)?.find((f) => (f.keys.length === 1 || f.keys[1] === '.') && (['country', 'city', 'region', 'demonym'].includes(f.entry.kind) || (acronym && f.entry.kind === 'org')))?.entry;
    if (entry && /^\p{Lu}/u.test(part)) return makeUnit('g', at + offset, at + offset + part.length, i, i + 1, part, entry, true);
  }
  return null;
}

