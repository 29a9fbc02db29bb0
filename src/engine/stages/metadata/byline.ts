import { looksLikePersonName, properCaseName } from './person-name.ts';
import { outletName } from './outlets.ts';

export interface BylineName { start: number; end: number; value: string }
export interface Byline { authors: BylineName[]; publisher: BylineName | null; rest: { start: number; end: number } | null }

/** "By" at the start of a line, any case. */
const BY = /^\s*by\s+/i;
/** Separators between the names part and what follows (timestamp, outlet, role). */
const SEPARATOR = /\s+[-–—|]\s+|\s*\|\s*|\s*[•·]\s*/;
/** A character every separator holds (none of them is in what BY matches). */
const SEPARATOR_CHAR = /[-–—|•·]/;
/** Job titles written after a byline name ("Staff Writer", "Science Correspondent"): not authors. */
const ROLE = /\b(?:writer|correspondent|reporter|editor|columnist|contributor|staff|chief|bureau|analyst|producer|critic|desk)s?\b/i;
/** A place after the name: "By Name at Ferris Park", "By Name in Kyiv". */
const PLACE_AFTER = /\s+(?:at|in|from)\s+\p{Lu}.*$/u;
/** Between names: commas, "and", "&" (global: parseByline walks the matches). */
const NAME_JOIN_ALL = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/gi;

/**
 * Read a byline: "BY NAME - 07/03/17 …", "By Name and Name", "Name, Reuters", "By Name, Associated Press".
 * Offsets are relative to the line. Returns null when the line is not a byline.
 */
export function parseByline(line: string): Byline | null {
  const by = BY.exec(line);
  let pos = by ? by[0].length : 0;
  const sep = SEPARATOR_CHAR.test(line) ? SEPARATOR.exec(line.slice(pos)) : null;
  const namesEnd = sep ? pos + sep.index : line.length;
  const rest = sep ? { start: pos + sep.index + sep[0].length, end: line.length } : null;
  const authors: BylineName[] = [];
  let publisher: BylineName | null = null;
  const names = line.slice(pos, namesEnd).replace(PLACE_AFTER, '');
  // The parts between name joiners, one at a time: most lines are turned away at the first part.
  const join = NAME_JOIN_ALL;
  join.lastIndex = 0;
  for (let from = 0; from <= names.length;) {
    const m = join.exec(names);
    const to = m ? m.index : names.length;
    const raw = names.slice(from, to);
    const text = raw.trim();
    if (text) {
      const start = pos + from + (raw.length - raw.trimStart().length), end = start + text.length;
      const outlet = outletName(text);
      if (outlet) publisher = { start, end, value: outlet };
      else if (ROLE.test(text)) { /* a job title: not an author */ }
      else if (looksLikePersonName(text)) authors.push({ start, end, value: properCaseName(text) });
      else return by && authors.length ? { authors, publisher, rest } : null;
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  if (!authors.length) return null;
  // Without "By", demand an outlet beside the name so an ordinary short line is not taken for a byline.
  if (!by && !publisher && !(rest && outletName(line.slice(rest.start, rest.end)))) return null;
  if (rest && !publisher) {
    const o = outletName(line.slice(rest.start, rest.end));
    if (o) publisher = { start: rest.start, end: rest.end, value: o };
  }
  return { authors, publisher, rest };
}
