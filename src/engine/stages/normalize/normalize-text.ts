/**
 * Normalize once, keeping where each character came from: line endings to \n, odd spaces to a
 * plain space, zero-width and control characters dropped, Unicode NFC. Quote marks are kept as
 * written: curly marks tell an opening quote from a closing one, which quote finding needs.
 */
export interface Normalized { text: string; map: Int32Array; controls: number }

/** Spaces that are not U+0020 but mean one: NBSP, en/em spaces, thin, narrow NBSP, ideographic, tab. */
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Characters with no width that only get in the way of matching: ZW space/joiners, word joiner, BOM, soft hyphen. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
/** C0/C1 controls other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Anything the fast path must not skip: CR, the classes above, line/paragraph separators, combining marks. */
const NEEDS_WORK = /[\r\t\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u0300-\u036f]/;

/**
 * Any character but those that need no work and leave any text they are in NFC (NFC quick check
 * Yes, combining class 0, never the second half of a composition): line feed, printable ASCII,
 * Latin-1 to U+02FF but for NBSP and the soft hyphen, general punctuation but for the odd spaces,
 * line and paragraph separators and word joiner, and currency signs. Text with no match is
 * returned as it is without the costlier checks (checked for every such character against
 * every preceding BMP character with String.prototype.normalize).
 */
const NOT_SAFE = /[^\n\u0020-\u007e\u00a1-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]/;

/** IDENTITY[i] = i, copied for texts that need no work (grown on demand up to MAX_IDENTITY). */
let IDENTITY = new Int32Array(0);
const MAX_IDENTITY = 1 << 20;

/** The offset map of a text that is its own raw: map[i] = i for i ≤ length. */
function identityMap(length: number): Int32Array {
  if (length >= MAX_IDENTITY) {
    const map = new Int32Array(length + 1);
    for (let i = 0; i <= length; i++) map[i] = i;
    return map;
  }
  if (IDENTITY.length <= length) {
    const size = Math.min(MAX_IDENTITY, Math.max(length + 1, IDENTITY.length * 2, 1 << 14));
    IDENTITY = new Int32Array(size);
    for (let i = 0; i < size; i++) IDENTITY[i] = i;
  }
  return IDENTITY.slice(0, length + 1);
}

/**
 * The same characters in a string of its own. A substring of a larger string (what slice gives)
 * is a view that every character read must step through; the concatenation is copied into one
 * flat string on first read, so the many character scans downstream read it directly.
 */
function ownCopy(s: string): string {
  return s.length < 2 ? s : s[0] + s.slice(1);
}

export function normalizeText(raw: string): Normalized {
  if (!NOT_SAFE.test(raw) || (!NEEDS_WORK.test(raw) && raw === raw.normalize('NFC'))) {
    return { text: ownCopy(raw), map: identityMap(raw.length), controls: 0 };
  }
  const out: string[] = [];
  const from: number[] = [];
  let controls = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\r') {
      out.push('\n'); from.push(i);
      if (raw[i + 1] === '\n') i++;
    } else if (ch === '\u2028' || ch === '\u2029') {
      out.push('\n'); from.push(i);
    } else if (ODD_SPACE.test(ch)) {
      out.push(' '); from.push(i);
    } else if (ZERO_WIDTH.test(ch)) {
      // dropped
    } else if (CONTROL.test(ch)) {
      controls++;
    } else {
      out.push(ch); from.push(i);
    }
  }
  const { text, map } = composeNfc(out, from, raw.length);
  return { text, map, controls };
}

/** NFC cluster by cluster (a base character and its combining marks), so offsets stay mapped. */
function composeNfc(chars: string[], from: number[], rawLength: number): { text: string; map: Int32Array } {
  const joined = chars.join('');
  if (joined === joined.normalize('NFC')) {
    const map = new Int32Array(joined.length + 1);
    for (let i = 0; i < from.length; i++) map[i] = from[i];
    map[joined.length] = rawLength;
    return { text: joined, map };
  }
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < chars.length) {
    let j = i + 1;
    while (j < chars.length && /\p{M}/u.test(chars[j])) j++;
    const cluster = chars.slice(i, j).join('').normalize('NFC');
    parts.push(cluster);
    for (let k = 0; k < cluster.length; k++) map.push(from[i]);
    i = j;
  }
  map.push(rawLength);
  return { text: parts.join(''), map: Int32Array.from(map) };
}

/** The offset map as [textOffset, rawOffset] pairs where the difference changes (for the record). */
export function compactOffsetMap(map: Int32Array): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let delta = NaN;
  for (let i = 0; i < map.length; i++) {
    const d = map[i] - i;
    if (d !== delta) { pairs.push([i, map[i]]); delta = d; }
  }
  return pairs;
}
