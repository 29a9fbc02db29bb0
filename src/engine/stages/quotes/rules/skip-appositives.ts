import type { Tok } from '../window.ts';
import { SUBJECT_PRONOUNS } from '../patterns.ts';
import type { SpeakerPhrase } from './scan-speaker-phrase.ts';

type Test = (t: Tok | undefined) => boolean;
/** `/^[,"“”]$/.test(w)` */
const isCommaOrMark = (w: string) => w === ',' || w === '"' || w === '“' || w === '”';

/**
 * Skip parentheticals and comma-set appositives leftwards from `j` (", one of the lead negotiators,",
 * "(R-Texas)", ", D-Ill.,"); returns the index of the last word before them, or -1.
 */
export function skipAppositivesLeft(toks: Tok[], j: number, floor: number, isName: Test, isHead: Test): number {
  for (let n = 0; n < 4 && j >= floor; n++) {
    if (toks[j].w === ')') {
      let k = j - 1;
      while (k >= floor && k > j - 14 && toks[k].w !== '(') k--;
      if (k < floor || toks[k].w !== '(') return -1;
      j = k - 1;
    } else if (toks[j].w === ',') {
      let k = j - 1;
      while (k >= floor && k > j - 30 && !isCommaOrMark(toks[k].w)) k--;
      if (k < floor || toks[k].w !== ',') return -1;
      j = k - 1;
    } else if (!isName(toks[j]) && !isHead(toks[j]) && !SUBJECT_PRONOUNS.has(toks[j].lw)) {
      let k = j - 1;
      while (k >= floor && k > j - 6 && toks[k].w !== ',') k--;
      if (k < floor || toks[k].w !== ',') break;
      j = k - 1;
    } else break;
  }
  return j;
}

/** An appositive that is only a name (", Abdulrahman al-Maqtari,"): toks[from..to] all name words. */
export function appositiveName(toks: Tok[], from: number, to: number, isName: Test): SpeakerPhrase | null {
  if (to < from || to - from > 5) return null;
  for (let k = from; k <= to; k++) if (!isName(toks[k]) && !(toks[k].w === '.' && k > from) && !(toks[k].w === '-')) return null;
  if (!isName(toks[to])) return null;
  return { first: from, last: to, head: to, start: toks[from].s, end: toks[to].e, headStart: toks[to].s, headEnd: toks[to].e, kind: 'named' };
}
