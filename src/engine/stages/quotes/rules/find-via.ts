import type { Span } from '../../../../model/index.ts';
import { outletName } from '../../metadata/outlets.ts';

/** "Foreign Policy reported", "according to Reuters", "citing the Kyodo news agency": an outlet the statement came through. */
const OUTLET_VERB = /((?:[A-Z][\w.&'’-]*\s){0,4}[A-Z][\w.&'’-]*) (?:reported|reports|quoted|said in a report|first reported)\b/g;
const OUTLET_PREP = /\b(?:according to|citing|reported by|told) ((?:the |The )?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})/g;
const VERB_AND_PREP = [OUTLET_VERB, OUTLET_PREP], PREP_ONLY = [OUTLET_PREP];
/** "according to three diplomatic sources familiar with the exchange": an unnamed channel, up to the clause end. */
const ACCORDING_TO = /\baccording to ([^,.;:"“”]{3,120})/;

/**
 * The outlet named in a sentence, or the source an "according to" names when the sentence has
 * another speaker. `outlets` remembers the outlet of each sentence read (it depends on the sentence only).
 */
export function findVia(sent: Span, speakerStart: number, cueStart: number, outlets?: Map<Span, string | null>): string | null {
  let outlet = outlets?.get(sent);
  if (outlet === undefined) { outlet = outletIn(sent.text); outlets?.set(sent, outlet); }
  if (outlet !== null) return outlet;
  const a = accordingIn(sent);
  if (a && sent.start + a.index !== cueStart && sent.start + a.index + 'according to '.length !== speakerStart) return a[1].trim();
  return null;
}

/** `ACCORDING_TO.exec(sent.text)`, kept for the sentence read last (its statements are read one after another). */
function accordingIn(sent: Span): RegExpExecArray | null {
  if (lastSentence !== sent) { lastSentence = sent; lastAccording = ACCORDING_TO.exec(sent.text); }
  return lastAccording;
}
let lastSentence: Span | null = null, lastAccording: RegExpExecArray | null = null;

/** The first outlet a sentence names before a reporting verb or after "according to", "citing", "reported by". */
function outletIn(s: string): string | null {
  // an OUTLET_VERB match holds " report" (" reported", " reports", " said in a report") or " quoted": without one it is not tried
  for (const re of s.includes(' report') || s.includes(' quoted') ? VERB_AND_PREP : PREP_ONLY) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (re === OUTLET_PREP && m[0].startsWith('told')) continue;
      const words = m[1].split(/\s+/);
      for (let k = 0; k < words.length; k++) {
        const name = outletName(words.slice(k).join(' '));
        if (name) return name;
      }
    }
  }
  return null;
}
