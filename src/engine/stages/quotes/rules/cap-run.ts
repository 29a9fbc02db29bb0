// The capitalized run at the end of a speaker phrase: the name part of "White House press secretary Sean Spicer".

/** A capitalized run (a name with its titles) at the end of a string; "al-" style and "de la" particles allowed. */
const CAP_RUN = /(?<![\p{L}\p{M}\d'’.-])(?:(?:[\p{Lu}][\p{L}\p{M}\d'’.&-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}'’-]*|(?:de|la|del|van|der|den|von|da|di|du|le|bin|dos|das|ter)(?=\s+[\p{Lu}\p{Ll}]))\s+)*(?:[\p{Lu}][\p{L}\p{M}\d'’.&-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}'’-]*)$/u;

/**
 * The capitalized run that ends at the end of `s` ("White House press secretary Sean Spicer" → "Sean Spicer"):
 * `CAP_RUN.exec(s)?.[0] ?? ''`, read chunk by chunk from the end instead of trying the regex at every offset.
 * A match is a tail of one chunk (white-space-free run) and whole chunks after it, each a name word (or a
 * particle before a letter), the last a name word; its start is the leftmost such tail not glued to a word character.
 */
export function capRunAtEnd(s: string): string {
  const n = s.length;
  if (n === 0 || isSpace(s.charCodeAt(n - 1))) return '';
  if (HAS_SURROGATE.test(s)) return CAP_RUN.exec(s)?.[0] ?? ''; // code points other than one unit: the regex decides
  // the chunks from the end; `k` is the start of the leftmost chunk of the valid run, `prev` the end of the chunk before it
  let end = n, start = chunkStart(s, end), last = true, k = -1, nextFirst = -1;
  for (;;) {
    if (!(last ? isNameChunk(s, start, end) : isNameChunk(s, start, end) || isParticleBefore(s, start, end, nextFirst))) break;
    k = start; last = false; nextFirst = s.charCodeAt(start);
    let p = start;
    while (p > 0 && isSpace(s.charCodeAt(p - 1))) p--;
    if (p === 0) return s.slice(k);
    end = p; start = chunkStart(s, end);
  }
  // chunk [start, end) is not valid whole: its leftmost valid tail whose start is not glued to a word character
  for (let q = start + 1; q < end; q++) {
    if (gluedBefore(s.charCodeAt(q - 1))) continue;
    if (last ? isNameChunk(s, q, end) : isNameChunk(s, q, end) || isParticleBefore(s, q, end, nextFirst)) return s.slice(q);
  }
  return k < 0 ? '' : s.slice(k);
}
const HAS_SURROGATE = /[\uD800-\uDFFF]/;
/** Start of the white-space-free run ending at `end`. */
function chunkStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}
/** `(?<![\p{L}\p{M}\d'’.-])` fails after this char. */
const gluedBefore = (c: number) => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45 : c === 0x2019 || GLUE.test(String.fromCharCode(c)));
const GLUE = /[\p{L}\p{M}]/u;
/** s[from, to) is a whole name word: `[\p{Lu}][\p{L}\p{M}\d'’.&-]*` or `\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}'’-]*` (ASCII read in place). */
function isNameChunk(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) > 127) return NAME_WORD.test(s.slice(from, to));
  const c0 = s.charCodeAt(from);
  if (c0 >= 65 && c0 <= 90) {
    for (let i = from + 1; i < to; i++) {
      const c = s.charCodeAt(i);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 38 || c === 45)) return false;
    }
    return true;
  }
  let i = from;
  while (i < to && i - from < 3 && s.charCodeAt(i) >= 97 && s.charCodeAt(i) <= 122) i++;
  if (i === from || i + 1 >= to || s.charCodeAt(i) !== 45) return false;
  const u = s.charCodeAt(i + 1);
  if (!(u >= 65 && u <= 90)) return false;
  for (let j = i + 2; j < to; j++) {
    const c = s.charCodeAt(j);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45)) return false;
  }
  return true;
}
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}\d'’.&-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}'’-]*)$/u;
/** s[from, to) is a name particle and the next chunk opens with a letter (`(?=\s+[\p{Lu}\p{Ll}])`). */
function isParticleBefore(s: string, from: number, to: number, nextFirst: number): boolean {
  const len = to - from;
  if (len < 2 || len > 3 || !RUN_PARTICLES.has(s.slice(from, to))) return false;
  return nextFirst < 128 ? (nextFirst >= 65 && nextFirst <= 90) || (nextFirst >= 97 && nextFirst <= 122) : LETTER_UL.test(String.fromCharCode(nextFirst));
}
const RUN_PARTICLES = new Set(['de', 'la', 'del', 'van', 'der', 'den', 'von', 'da', 'di', 'du', 'le', 'bin', 'dos', 'das', 'ter']);
const LETTER_UL = /[\p{Lu}\p{Ll}]/u;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
