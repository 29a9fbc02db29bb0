import { makeCandidate, type Candidate } from '../candidate.ts';
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
      const c = makeCandidate(u.start, u.end, u.text, 'ORG', 'name', 'o:U.S. Department of State', 'U.S. Department of State', 0.7);
      c.country = 'USA'; c.sector = 'GOV'; c.wikidata = 'Q789915';
      cands.push(c);
    } else if (u.kind === 'c' && GOVERNMENT_SPANS.has(text, t.start, t.end) && /^\p{Lu}\p{Ll}/u.test(u.text)) {
      const next = { text: text.slice(t.start, t.end), end: t.end };
      const at = cands.findIndex((c, i) => i >= from && c.start === u.start && c.end === u.end);
      const person = at >= 0 ? cands[at] : null;
      if (at >= 0) cands.splice(at, 1);
      const c = makeCandidate(u.start, next.end, text.slice(u.start, next.end), 'ORG', 'name', 'x:' + u.text + ' ' + next.text, u.text + ' ' + next.text, 0.75);
      c.sector = 'GOV';
      if (person?.country) c.country = person.country;
      cands.push(c);
    }
  }
}
