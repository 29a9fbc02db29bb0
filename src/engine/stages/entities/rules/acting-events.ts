import type { Candidate } from '../candidate.ts';

/** Verbs of an agent right after a name: "the Episcopal Conference offered", "the Policy Forum said". */
const AGENT_VERB = /^\s+(?:has\s+|have\s+|had\s+)?(?:said|says|offered|offers|announced|announces|called|calls|urged|urges|warned|warns|agreed|agrees|rejected|rejects|accused|accuses|condemned|condemns|demanded|demands|issued|issues|released|releases|welcomed|welcomes|criticised|criticized|voted|votes|elected|appointed|published)\b/;

/**
 * A name read as an event for its head word ("Conference", "Forum", "Summit") that acts — "the Bolivian
 * Episcopal Conference offered to mediate", "a researcher at the Tunis-based Maghreb Policy Forum" — is the
 * body of that name (ORG). `from`: the sentence's first candidate.
 */
export function readActingEvents(text: string, cands: Candidate[], from: number): void {
  for (let k = from; k < cands.length; k++) {
    const c = cands[k];
    if (c.type !== 'EVENT' || c.key !== null) continue;
    if (AGENT_VERB.test(text.slice(c.end, c.end + 30)) || /-based\s+$/.test(text.slice(Math.max(0, c.start - 12), c.start))) c.type = 'ORG';
  }
}
