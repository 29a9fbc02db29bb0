import { looksLikePersonName, properCaseName } from './person-name.ts';
import { namePieces } from './name-pieces.ts';

/** A person named in a closing credit line; offsets relative to the line. `author` for reporters and writers. */
export interface TrailerName { start: number; end: number; value: string; author: boolean }

/** One credit of a wire trailer: "Reporting by A and B", "Editing by C", "Additional reporting by D". */
const LABELLED = /^(additional reporting|reporting|writing|editing|compiled|fact-checking|research|graphics|photos|video) by\s+/i;
/** "A and B contributed reporting (from Place)." / "AP writer A contributed to this report." */
const CONTRIBUTED = /^(?:[\p{L}\p{M}.&'’ -]{2,40}? (?:writers?|reporters?|correspondents?|journalists?) )?(.{2,200}?) contributed (?:reporting|research|to this (?:report|story|article))\b[^.]{0,60}\.?$/du;
/** "A is a correspondent for …": an author's note closing the article. */
const AUTHOR_NOTE = /^(\p{Lu}[\p{L}\p{M}.'’ -]{2,50}?) (?:is|was) (?:a|an|the) [^.]{0,60}?\b(?:correspondent|reporter|writer|editor|columnist|journalist)\b[^.]{0,80}\.?$/u;
/** Between names, and a place after one ("Karen Lim in Manila"). */
const PLACE_AFTER = /\s+(?:in|at|from)\s+\p{Lu}[\p{L}\p{M}.'’ -]{0,40}$/u;

/**
 * A closing credit line: "(Reporting by A; Writing by B; Editing by C)", "A contributed reporting.",
 * "A is a correspondent for …". Every piece must be read, or the line is not a trailer (null).
 */
export function parseTrailer(line: string, last: boolean): TrailerName[] | null {
  if (line.length > 300) return null;
  // Cheap checks first: every form holds " by ", " contributed " or, for a short note, " is "/" was ".
  const note = last && line.length <= 200 && (line.includes(' is ') || line.includes(' was '));
  if (!note && !line.includes(' by ') && !line.includes(' contributed ')) return null;
  let s = 0, e = line.length;
  while (s < e && line[s] === ' ') s++;
  while (e > s && /[\s.]/.test(line[e - 1])) e--;
  if (line[s] === '(' && line[e - 1] === ')') { s++; e--; }
  const out: TrailerName[] = [];
  const body = line.slice(s, e);
  if (LABELLED.test(body)) {
    // The pieces between semicolons, each "Label by names".
    for (let from = 0; from < body.length;) {
      const semi = body.indexOf(';', from);
      const to = semi < 0 ? body.length : semi;
      let a = from;
      while (a < to && body[a] === ' ') a++;
      const m = LABELLED.exec(body.slice(a, to));
      if (!m) return null;
      const author = /^(?:reporting|writing)$/i.test(m[1]);
      if (!readNames(body, s, a + m[0].length, to, author, out)) return null;
      from = to + 1;
    }
    return out;
  }
  const c = body.includes(' contributed ') ? CONTRIBUTED.exec(body) : null;
  const names = c?.indices?.[1];
  if (names) return readNames(body, s, names[0], names[1], false, out) ? out : null;
  const n = note ? AUTHOR_NOTE.exec(body) : null;
  if (n && looksLikePersonName(n[1])) return [{ start: s, end: s + n[1].length, value: properCaseName(n[1]), author: true }];
  return null;
}

/** The names in body[from, to), pushed with line offsets (body starts at `base`); false if a piece is no name. */
function readNames(body: string, base: number, from: number, to: number, author: boolean, out: TrailerName[]): boolean {
  for (const piece of namePieces(body.slice(from, to))) {
    const text = piece.text.replace(PLACE_AFTER, '');
    if (!text) continue;
    if (!looksLikePersonName(text)) return false;
    const start = base + from + piece.start;
    out.push({ start, end: start + text.length, value: properCaseName(text), author });
  }
  return out.length > 0;
}
