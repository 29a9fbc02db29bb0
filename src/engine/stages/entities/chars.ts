// Letter-case tests on one character of a string, in place: ASCII by its code, anything else by
// the Unicode property (a regex on at most two code units, so a surrogate pair is one letter).
const LU = /^\p{Lu}/u;
const LL = /^\p{Ll}/u;

/** /^\p{Lu}/u.test(s.slice(i)), without the slice. */
export function upperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && LU.test(s.slice(i, i + 2));
}

/** /^\p{Ll}/u.test(s.slice(i)), without the slice. */
export function lowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return c === c && LL.test(s.slice(i, i + 2));
}

/** /^\p{Lu}/u.test(s[i]): one code unit only (half a surrogate pair is no letter). */
export function upperUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && LU.test(s[i]);
}

/** /^\p{Ll}/u.test(s[i]): one code unit only. */
export function lowerUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return c === c && LL.test(s[i]);
}

const ACRONYM_RE = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
/** ACRONYM (patterns.ts) in place for ASCII words: a capital, then one to five capitals, digits or "&". */
export function isAcronym(w: string): boolean {
  const n = w.length;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return ACRONYM_RE.test(w);
    if (!((c >= 65 && c <= 90) || (k > 0 && ((c >= 48 && c <= 57) || c === 38)))) return false;
  }
  return n >= 2 && n <= 6;
}

const HAS_LOWER = /\p{Ll}/u;
/** /\p{Ll}/u.test(w): a small letter anywhere, ASCII read in place. */
export function hasLower(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return HAS_LOWER.test(w);
  }
  return false;
}
