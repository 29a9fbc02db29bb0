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

export function normalizeText(raw: string): Normalized {
  if (!NEEDS_WORK.test(raw) && raw === raw.normalize('NFC')) {
    const map = new Int32Array(raw.length + 1);
    for (let i = 0; i <= raw.length; i++) map[i] = i;
    return { text: raw, map, controls: 0 };
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
