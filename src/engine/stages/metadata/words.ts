/** Whitespace as \s matches it: tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, BOM. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * How many words t.split(/\s+/) gives for a trimmed t (1 for the empty string), without the
 * array; counting stops once it passes `max`.
 */
export function wordCount(t: string, max: number): number {
  let n = 1;
  for (let i = 1; i < t.length && n <= max; i++) if (isSpace(t.charCodeAt(i)) && !isSpace(t.charCodeAt(i - 1))) n++;
  return n;
}
