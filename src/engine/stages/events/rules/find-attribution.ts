import { W } from '../word-class.ts';
import type { View, Actor } from '../view.ts';

/** A quotation closed inside the sentence and attributed after it: `"…," the White House said`. */
export interface Attribution { close: number; speaker: number }

const MAX_TAIL = 6;

/**
 * The attribution tail of a sentence, read from the words alone (the quotes layer, when it runs,
 * is preferred): a closing quote mark, then a speech verb and its subject within a few words.
 */
export function findAttribution(v: View, actors: Actor[]): Attribution | null {
  for (let q = v.lows.length - 1; q > 0; q--) {
    if (!(v.cls[q] & W.quoteMark) || !(v.lows[q - 1] === ',' || v.lows[q - 1] === '.' || v.lows[q + 1] === ',')) continue;
    let say = -1;
    for (let k = q + 1; k < v.lows.length && k - q <= MAX_TAIL; k++) if (v.cls[k] & W.say) { say = k; break; }
    if (say < 0) return null;
    // "the official said" (actor between mark and verb) or "said the official" (actor just after).
    const speaker = actors.findIndex((a) => (a.i > q && a.j <= say) || (a.i > say && a.i - say <= 2));
    return speaker >= 0 ? { close: q, speaker } : null;
  }
  return null;
}
