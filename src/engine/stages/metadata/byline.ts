import { looksLikePersonName, properCaseName } from './person-name.ts';
import { outletName } from './outlets.ts';

export interface BylineName { start: number; end: number; value: string }
export interface Byline { authors: BylineName[]; publisher: BylineName | null; rest: { start: number; end: number } | null }

/** "By" at the start of a line, any case. */
const BY = /^\s*by\s+/i;
/** Separators between the names part and what follows (timestamp, outlet, role). */
const SEPARATOR = /\s+[-–—|]\s+|\s*\|\s*|\s*[•·]\s*/;
/** Job titles written after a byline name ("Staff Writer", "Science Correspondent"): not authors. */
const ROLE = /\b(?:writer|correspondent|reporter|editor|columnist|contributor|staff|chief|bureau|analyst|producer|critic|desk)s?\b/i;
/** A place after the name: "By Name at Ferris Park", "By Name in Kyiv". */
const PLACE_AFTER = /\s+(?:at|in|from)\s+\p{Lu}.*$/u;
/** Between names: commas, "and", "&". */
const NAME_JOIN = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i;

/**
 * Read a byline: "BY NAME - 07/03/17 …", "By Name and Name", "Name, Reuters", "By Name, Associated Press".
 * Offsets are relative to the line. Returns null when the line is not a byline.
 */
export function parseByline(line: string): Byline | null {
  const by = BY.exec(line);
  let pos = by ? by[0].length : 0;
  const sep = SEPARATOR.exec(line.slice(pos));
  const namesEnd = sep ? pos + sep.index : line.length;
  const rest = sep ? { start: pos + sep.index + sep[0].length, end: line.length } : null;
  const authors: BylineName[] = [];
  let publisher: BylineName | null = null;
  const names = line.slice(pos, namesEnd).replace(PLACE_AFTER, '');
  let offset = pos;
  for (const part of splitKeep(names, NAME_JOIN)) {
    const start = offset + part.index, end = start + part.text.length;
    const outlet = outletName(part.text);
    if (outlet) publisher = { start, end, value: outlet };
    else if (ROLE.test(part.text)) continue;
    else if (looksLikePersonName(part.text)) authors.push({ start, end, value: properCaseName(part.text) });
    else if (part.text.trim()) return by && authors.length ? { authors, publisher, rest } : null;
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

function splitKeep(s: string, re: RegExp): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  const g = new RegExp(re.source, 'gi');
  let last = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    if (m[0].length === 0) { g.lastIndex++; continue; }
    out.push({ index: last, text: s.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  out.push({ index: last, text: s.slice(last) });
  return out.filter((p) => p.text.trim()).map((p) => {
    const lead = p.text.length - p.text.trimStart().length;
    return { index: p.index + lead, text: p.text.trim() };
  });
}
