import type { Candidate } from '../candidate.ts';

// "Scott, Clinton and Muscatine counties", "Kasai and Kwilu provinces": names listed before a plural
// noun of places each name one such place, whatever a name alone would have been guessed to be.

/** Plural nouns of administrative places that a list of names can modify. */
const PLACE_PLURALS = /^ (?:counties|provinces|districts|states|regions|prefectures|municipalities|parishes|boroughs|oblasts|governorates)\b/;

/** First letters of PLACE_PLURALS: most names are followed by none of them, and nothing is sliced. */
const PLURAL_FIRST = new Set([...'cpdsrmbog'].map((ch) => ch.charCodeAt(0)));

/** Retype as GPE the unkeyed names of cands[from..] listed right before a plural place noun. */
export function readPlaceLists(text: string, cands: Candidate[], from: number): void {
  for (let i = cands.length - 1; i >= from; i--) {
    const c = cands[i];
    if (text.charCodeAt(c.end) !== 32 || !PLURAL_FIRST.has(text.charCodeAt(c.end + 1)) || !PLACE_PLURALS.test(text.slice(c.end, c.end + 16))) continue;
    // Back through the list: names joined by ", ", " and ", ", and ", " or ".
    for (let k = i; k >= from; k--) {
      const m = cands[k];
      if (k < i && !LIST_JOIN.test(text.slice(m.end, cands[k + 1].start))) break;
      if (m.key === null && m.kind === 'name') {
        m.type = 'GPE'; m.words = undefined; m.gender = undefined; m.guess = undefined; m.titles = []; m.name = m.text;
        m.key = LISTED_PLACE + m.text; // a place the text says is one: no person's surname
      }
    }
  }
}
/** Key prefix of a place named in such a list (cluster-mentions joins it to no person). */
export const LISTED_PLACE = 'l:';
const LIST_JOIN = /^(?:, | and |, and | or |, or )$/;
