import { type Win, fl, idAt } from '../window.ts';
import { W, F_CONN, F_NAME, F_TITLE, F_ROLEX, F_ROLE } from '../article.ts';

const ID_AND = W('and');

/** "Prime Minister Irakli Gogoladze of the ruling party": a titled name before of/from is the head. */
export function personBeforeConnector(w: Win, first: number, head: number): number {
  for (let k = first + 2; k < head; k++) {
    if (!(fl(w, k) & F_CONN) || !(fl(w, k - 1) & F_NAME) || !(fl(w, k - 2) & F_NAME)) continue;
    for (let t = first; t < k - 2; t++) if (fl(w, t) & F_TITLE) return k - 1;
  }
  return head;
}

/**
 * "a spokesman for the ministry": a lower-case role noun before of/for/at/in is the head, not the organisation or
 * place after it; so is one capitalized only because it opens the sentence ("Traders in Lagos said").
 */
export function roleBeforeConnector(w: Win, first: number, head: number): number {
  for (let k = first; k < head; k++) {
    const role = (fl(w, k) & F_ROLEX) || (k === 0 && (fl(w, k) & F_ROLE));
    if (role && (fl(w, k + 1) & F_CONN) && idAt(w, k + 1) !== ID_AND) return k;
  }
  return head;
}
