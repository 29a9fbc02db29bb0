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
  const lows = v.lows, cls = v.cls, n = lows.length;
  for (let q = n - 1; q > 0; q--) {
    if (!(cls[q] & W.quoteMark)) continue;
    const before = lows[q - 1];
    if (!(before === ',' || before === '.' || (q + 1 < n && lows[q + 1] === ','))) continue;
    let say = -1;
    for (let k = q + 1; k < n && k - q <= MAX_TAIL; k++) if (cls[k] & W.say) { say = k; break; }
    if (say < 0) return null;
    // "the official said" (actor between mark and verb) or "said the official" (actor just after).
    for (let a = 0; a < actors.length; a++) {
      const ac = actors[a];
      if ((ac.i > q && ac.j <= say) || (ac.i > say && ac.i - say <= 2)) return { close: q, speaker: a };
    }
    return null;
  }
  return null;
}
