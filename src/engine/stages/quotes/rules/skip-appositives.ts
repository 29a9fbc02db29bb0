import { type Win, fl, pcAt, sAt, eAt } from '../window.ts';
import { F_NAME, F_HEAD, F_SUBJ } from '../article.ts';
import type { SpeakerPhrase } from './scan-speaker-phrase.ts';

/** `/^[,"“”]$/.test(w)`, by the punctuation char code. */
const isCommaOrMark = (c: number) => c === 44 || c === 34 || c === 0x201c || c === 0x201d;

/**
 * Skip parentheticals and comma-set appositives leftwards from `j` (", one of the lead negotiators,",
 * "(R-Texas)", ", D-Ill.,"); returns the window position of the last word before them, or -1.
 */
export function skipAppositivesLeft(w: Win, j: number, floor: number): number {
  for (let n = 0; n < 4 && j >= floor; n++) {
    const pj = pcAt(w, j);
    if (pj === 41) {
      let k = j - 1;
      while (k >= floor && k > j - 14 && pcAt(w, k) !== 40) k--;
      if (k < floor || pcAt(w, k) !== 40) return -1;
      j = k - 1;
    } else if (pj === 44) {
      let k = j - 1;
      while (k >= floor && k > j - 30 && !isCommaOrMark(pcAt(w, k))) k--;
      if (k < floor || pcAt(w, k) !== 44) return -1;
      j = k - 1;
    } else if (!(fl(w, j) & (F_NAME | F_HEAD | F_SUBJ))) {
      let k = j - 1;
      while (k >= floor && k > j - 6 && pcAt(w, k) !== 44) k--;
      if (k < floor || pcAt(w, k) !== 44) break;
      j = k - 1;
    } else break;
  }
  return j;
}

/** An appositive that is only a name (", Abdulrahman al-Maqtari,"): positions from..to all name words. */
export function appositiveName(w: Win, from: number, to: number): SpeakerPhrase | null {
  if (to < from || to - from > 5) return null;
  for (let k = from; k <= to; k++) {
    if (fl(w, k) & F_NAME) continue;
    const c = pcAt(w, k);
    if (!(c === 46 && k > from) && c !== 45) return null;
  }
  if (!(fl(w, to) & F_NAME)) return null;
  return { first: from, last: to, head: to, start: sAt(w, from), end: eAt(w, to), headStart: sAt(w, to), headEnd: eAt(w, to), kind: 'named' };
}
