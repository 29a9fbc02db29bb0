import type { Tok } from '../window.ts';
import { PERSON_ROLES, TITLE_WORDS } from '../patterns.ts';
import { isNameWord } from './scan-speaker-phrase.ts';

const CONNECTORS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'and', '&']);

/** "Prime Minister Irakli Gogoladze of the ruling party": a titled name before of/from is the head. */
export function personBeforeConnector(toks: Tok[], first: number, head: number): number {
  for (let k = first + 2; k < head; k++) {
    if (!CONNECTORS.has(toks[k].lw) || !isNameWord(toks[k - 1]) || !isNameWord(toks[k - 2])) continue;
    for (let t = first; t < k - 2; t++) if (TITLE_WORDS.has(toks[t].w)) return k - 1;
  }
  return head;
}

/** "a spokesman for the ministry": a lower-case role noun before of/for/at is the head, not the organisation after it. */
export function roleBeforeConnector(toks: Tok[], first: number, head: number): number {
  for (let k = first; k < head; k++) {
    if (PERSON_ROLES.has(toks[k].w) && CONNECTORS.has(toks[k + 1].lw) && toks[k + 1].lw !== 'and') return k;
  }
  return head;
}
