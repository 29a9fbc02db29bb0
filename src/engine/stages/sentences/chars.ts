/** Whitespace as \s matches it: tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, BOM. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER = /\p{L}/u;
/** WORD[c]: 0 = not looked up yet, 1 = letter or ASCII digit, 2 = neither. ASCII filled here, the rest on first sight. */
const WORD = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;

/** Whether code unit c (a number, not NaN) is a letter or an ASCII digit, as /[\p{L}\d]/u tests the one-unit string. */
export function isWordChar(c: number): boolean {
  let k = WORD[c];
  if (k === 0) k = WORD[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
