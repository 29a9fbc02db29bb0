import abbreviations from '../../data/abbreviations.json' with { type: 'json' };

const TITLES = new Set(abbreviations.titles.map((w) => w.toLowerCase()));
const OTHERS = new Set(abbreviations.others.map((w) => w.toLowerCase()));

/** Sentence-final punctuation, then closing quotes or brackets, then whitespace. */
const CANDIDATE = /[.!?…]+["”’'»)\]]{0,3}(?=\s)/g;
/** What may open a sentence: a capital, a digit, an opening quote or bracket. */
const OPENER = /^\s+["“‘'«(\[]?[\p{Lu}\d]/u;
const WORD_CHAR = /[\p{L}\d]/u;
const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && WORD_CHAR.test(ch));
};

/** The word just before a period, scanning back: letters with inner dots ("U.S", "a.m") or plain. */
function wordBefore(s: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 30) {
    if (isWordChar(s[i - 1])) i--;
    else if (s[i - 1] === '.' && i - 2 >= 0 && isWordChar(s[i - 2]) && i < dot) i--;
    else break;
  }
  return s.slice(i, dot);
}
/** Capitalized words that begin sentences far more often than they continue a name. */
const STARTERS = new Set(('the a an he she it they we i you but and or so yet in on at by for from to with this that these those ' +
  'his her its their our my there here when while after before as if since because although though some many most all no ' +
  'one two three four five six seven eight nine ten more other others such what who which how why where still also now then ' +
  'meanwhile however last next earlier later mr mrs ms dr officials critics experts analysts').split(' '));

/**
 * Sentence starts and ends (relative to `s`) in one paragraph. Abbreviations, initials and dotted
 * acronyms ("U.S.") end a sentence only before a word that usually starts one.
 */
export function splitSentences(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(s); m; m = CANDIDATE.exec(s)) {
    const end = m.index + m[0].length;
    const after = s.slice(end, end + 40);
    if (!OPENER.test(after)) continue;
    const punct = m[0].replace(/["”’'»)\]]+$/, '');
    if (punct === '.' && !endsSentenceAtPeriod(s, m.index, after)) continue;
    out.push([start, end]);
    start = end;
    while (start < s.length && /\s/.test(s[start])) start++;
  }
  if (start < s.length && /\S/.test(s.slice(start))) out.push([start, s.length]);
  return out;
}

function endsSentenceAtPeriod(s: string, dot: number, after: string): boolean {
  if (s.slice(dot, dot + 3) === '...') return true;
  const word = wordBefore(s, dot);
  if (!word) return true;
  const lower = word.toLowerCase();
  const next = /^\s+["“‘'«(\[]?([\p{L}\d]+)/u.exec(after)?.[1] ?? '';
  const starts = STARTERS.has(next.toLowerCase()) || /^["“‘«(\[]/u.test(after.trimStart());
  if (TITLES.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return starts && !/^\p{Lu}\.?$/u.test(next); // an initial: "John F. Kennedy"
  if (word.includes('.') || OTHERS.has(lower)) return starts && !/^\d/.test(next);
  return true;
}
