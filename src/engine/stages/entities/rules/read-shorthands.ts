import type { Candidate } from '../candidate.ts';
import type { Unit } from './read-units.ts';
import type { Token } from '../../../layers.ts';
import { spanSet } from '../span-words.ts';

/** Role words after "State" that make it the U.S. Department of State ("a State official"). */
const STATE_ROLES = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'department']);
const STATE_ROLE_SPANS = spanSet(STATE_ROLES);
/** "administration", "government" after a name: "the Trump administration". */
const GOVERNMENT_SPANS = spanSet(['administration', 'government']);
/** The article speaks of the U.S. Department of State somewhere in full. */
const STATE_CONTEXT = /State Department|Department of State|Secretary of State/;

/**
 * Short forms that need their neighbours: "a State official" (U.S. Department of State, when the
 * article names it in full) and "the Trump administration" (an ORG). `from`: the first candidate
 * of this sentence.
 */
export function readShorthands(text: string, tokens: Token[], units: Unit[], cands: Candidate[], from: number): void {
  for (let k = 0; k < units.length; k++) {
    const u = units[k], t = tokens[u.t1];
    if (!t || t.kind !== 'w' || (u.kind !== 'c' && u.text !== 'State')) continue;
    // The next word is read in place: most units are followed by no word of interest.
    if (u.text === 'State' && STATE_ROLE_SPANS.has(text, t.start, t.end) && STATE_CONTEXT.test(text)) {
      cands.push({ start: u.start, end: u.end, text: u.text, type: 'ORG', kind: 'name', key: 'o:U.S. Department of State',
        name: 'U.S. Department of State', titles: [], country: 'USA', sector: 'GOV', confidence: 0.7, wikidata: 'Q789915' });
    } else if (u.kind === 'c' && GOVERNMENT_SPANS.has(text, t.start, t.end) && /^\p{Lu}\p{Ll}/u.test(u.text)) {
      const next = { text: text.slice(t.start, t.end), end: t.end };
      const at = cands.findIndex((c, i) => i >= from && c.start === u.start && c.end === u.end);
      const person = at >= 0 ? cands[at] : null;
      if (at >= 0) cands.splice(at, 1);
      cands.push({ start: u.start, end: next.end, text: text.slice(u.start, next.end), type: 'ORG', kind: 'name', key: 'x:' + u.text + ' ' + next.text,
        name: u.text + ' ' + next.text, titles: [], sector: 'GOV', confidence: 0.75, ...(person?.country ? { country: person.country } : {}) });
    }
  }
}
