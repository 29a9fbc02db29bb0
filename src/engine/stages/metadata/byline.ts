import { looksLikePersonName, properCaseName } from './person-name.ts';
import { outletName } from './outlets.ts';
import { wordCount } from './words.ts';
import { namePieces } from './name-pieces.ts';
import { parseTimestampLine } from './header-line.ts';

export interface BylineName { start: number; end: number; value: string }
export interface Byline {
  authors: BylineName[]; publisher: BylineName | null;
  /** Whether the line opens with "By". */
  by: boolean;
  /** Where the story was filed from: "Jane Roe in Brussels", "By Jane Roe at Elm Park". */
  place: BylineName | null;
  /** The pieces after the names, between separators (outlet, e-mail, "Posted …" time). */
  parts: Array<{ start: number; end: number }>;
}

/** "By" at the start of a line, any case, and its variants: "Story by", "Words by", "Words:", "Text:". */
const BY = /^\s*(?:(?:story|words|text|written|reporting|reported) by|by|words:|text:)\s+/i;
/** Separators between the names part and what follows (timestamp, outlet, role); "(" opens an outlet in brackets. */
const SEPARATOR = /\s+[-–—|/]\s+|\s*\|\s*|\s*[•·]\s*|\s+\(/;
/** The same separators, global, to walk the pieces after the names; ")" closes a bracketed outlet. */
const PART_SEPARATOR_ALL = /\s+[-–—|/]\s+|\s*\|\s*|\s*[•·]\s*|\s*[()]\s*/g;
/** A character every separator holds (none of them is in what BY matches). */
const SEPARATOR_CHAR = /[-–—|•·/(]/;
/** Job titles written after a byline name ("Staff Writer", "Science Correspondent"): not authors. */
const ROLE = /\b(?:writer|correspondent|reporter|editor|columnist|contributor|staff|chief|bureau|analyst|producer|critic|desk)s?\b/i;
/** A place after the names: "By Name at Ferris Park", "Name in Kyiv, Ukraine" (1-4 capitalized words). */
const PLACE_AFTER = /\s+(?:at|in|from)\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:,?\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3})$/u;
/** A region after a place: one to three capitalized words ("Ukraine", "New South Wales"). */
const REGION = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2}$/u;
/** "and agencies", "and wires" after the names (Guardian style): neither an author nor an outlet. */
const AGENCIES = /^(?:(?:news\s)?agencies|wires|wire services|staff)$/i;
/**
 * Read a byline: "BY NAME - 07/03/17 …", "By Name and Name", "Name, Reuters", "By Name, Associated Press",
 * "By Name / Outlet / Posted …", "Name and agencies in Place", "Name, Political Correspondent".
 * Offsets are relative to the line. Returns null when the line is not a byline.
 */
export function parseByline(line: string): Byline | null {
  const by = BY.exec(line);
  const pos = by ? by[0].length : 0;
  const sep = SEPARATOR_CHAR.test(line) ? SEPARATOR.exec(line.slice(pos)) : null;
  // "NAME (Agency)" without "By" is a wire dateline ("UNITED NATIONS (AP) —"), not a byline.
  if (!by && sep && sep[0].endsWith('(')) return null;
  const namesEnd = sep ? pos + sep.index : line.length;
  const parts = sep ? splitParts(line, pos + sep.index) : [];
  const authors: BylineName[] = [];
  let publisher: BylineName | null = null;
  let place: BylineName | null = null;
  let role = false, agencies = false;
  const names = line.slice(pos, namesEnd);
  // The parts between name joiners, one at a time: most lines are turned away at the first part.
  for (const piece of namePieces(names, true)) {
    let text = piece.text;
    // A social handle after the name: "Jane Roe @janeroe".
    const handle = text.indexOf(' @');
    if (handle > 0 && text.indexOf(' ', handle + 1) < 0) text = text.slice(0, handle);
    // A place after a name: "Jane Roe in Kyiv and Rui Costa in Faro"; the first one is kept.
    const pm = text.includes(' ') ? PLACE_AFTER.exec(text) : null;
    if (pm) {
      const at = pos + piece.start + pm.index + pm[0].length - pm[1].length;
      place ??= { start: at, end: at + pm[1].length, value: pm[1] };
      text = text.slice(0, pm.index);
    }
    if (text) {
      const start = pos + piece.start, end = start + text.length;
      const outlet = outletName(text);
      const tail = outlet ? null : trailingOutlet(text);
      if (outlet) publisher ??= { start, end, value: outlet };
      else if (tail) {
        authors.push({ start, end: start + tail.nameEnd, value: properCaseName(text.slice(0, tail.nameEnd)) });
        publisher ??= { start: start + tail.outletStart, end, value: tail.outlet };
      } else if (ROLE.test(text)) role = true; // a job title: not an author
      else if (AGENCIES.test(text)) agencies = true; // "and agencies": not an author
      else if (looksLikePersonName(text)) authors.push({ start, end, value: properCaseName(text) });
      else if (place && authors.length) {
        // The region after the place ("in Kyiv, Ukraine") belongs to the place.
        if (REGION.test(text) && start - place.end <= 2) place = { start: place.start, end, value: line.slice(place.start, end) };
        // Without "By", words that are neither a name nor the place's region make the line a sentence
        // ("Tom Reed, an official in Rome, said …"), not a byline.
        else if (!by) return null;
        break;
      }
      else return by && authors.length ? { authors, publisher, by: true, place, parts } : null;
    }
  }
  // No author: "By Reuters", "Staff and agencies" are still header lines (the outlet is kept).
  if (!authors.length) return (by && publisher) || (agencies && !parts.length) ? { authors, publisher, by: !!by, place, parts } : null;
  for (const p of parts) {
    if (publisher) break;
    const o = outletName(line.slice(p.start, p.end));
    if (o) publisher = { start: p.start, end: p.end, value: o };
  }
  // An outlet in brackets right after a "By" line's names, even one the table does not know.
  if (!publisher && by && sep && sep[0].endsWith('(') && parts.length === 1 && looksLikeOutlet(line.slice(parts[0].start, parts[0].end))) {
    publisher = { start: parts[0].start, end: parts[0].end, value: line.slice(parts[0].start, parts[0].end) };
  }
  // Without "By", demand an outlet, a job title, a time or the place filed from beside the names, so an ordinary
  // short line is not taken for a byline.
  // A publication time after the names ("Nadir Qureshi | Published November 18, 2026") marks a byline too
  // (a bare date does not: "La Paz - Nov 24, 2026" is a place and a time).
  const timed = !by && parts.some((p) => PUBLISHED.test(line.slice(p.start, p.end)) && parseTimestampLine(line.slice(p.start), false) !== null);
  if (!by && !publisher && !role && !timed && !(place && !parts.length)) return null;
  return { authors, publisher, by: !!by, place, parts };
}

/** The pieces of line after `from`, between separators, trimmed and non-empty. */
function splitParts(line: string, from: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = PART_SEPARATOR_ALL;
  re.lastIndex = from;
  let at = from;
  for (let m = re.exec(line); ; m = re.exec(line)) {
    const to = m ? m.index : line.length;
    let s = at, e = to;
    while (s < e && line[s] === ' ') s++;
    while (e > s && line[e - 1] === ' ') e--;
    if (e > s) out.push({ start: s, end: e });
    if (!m || m[0].length === 0) break;
    at = m.index + m[0].length;
  }
  return out;
}

/** "DANIEL ROE Associated Press": a name with a known outlet after it and no separator (1-3 words). */
function trailingOutlet(text: string): { nameEnd: number; outletStart: number; outlet: string } | null {
  let cut = text.length;
  for (let k = 0; k < 3; k++) {
    cut = text.lastIndexOf(' ', cut - 1);
    if (cut <= 0) return null;
    const outlet = outletName(text.slice(cut + 1));
    if (outlet && looksLikePersonName(text.slice(0, cut))) return { nameEnd: text.slice(0, cut).trimEnd().length, outletStart: cut + 1, outlet };
  }
  return null;
}

/** A bracketed outlet name: 1-6 words, each capitalized or a short joining word ("The Valley Courier"). */
const OUTLET_WORDS = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|the|and|de|la|el)(?:\s(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|the|and|de|la|el)){0,5}$/u;
function looksLikeOutlet(text: string): boolean {
  return OUTLET_WORDS.test(text);
}

/** "Europe correspondent", "BBC News", "BBC News, Brussels": a line under a bare name saying whom the author works for. */
const AFFILIATION_PLACE = /^(.{2,40}?),\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2})$/u;
export interface Affiliation { publisher: BylineName | null; place: BylineName | null }
/** A time said to be the publication's: "Published …", "Updated …", "Posted …". */
const PUBLISHED = /^(?:published|updated|posted|last updated)\b/i;

/** ROLE as the last word of a phrase ("Health policy editor"). */
const ROLE_LAST = new RegExp(ROLE.source + '$', 'i');

/**
 * "Helena Marsh Health policy editor": a name and a job title on one line with no comma between them
 * (pasted from a web page). The name is read as two words when that leaves a job title, else three.
 */
export function parseNameAndRole(line: string): BylineName | null {
  const t = line.trim();
  if (t.length > 80 || /[.!?,;:]$/.test(t)) return null;
  const lead = line.length - line.trimStart().length;
  const words = [...t.matchAll(/\S+/g)];
  for (const k of [2, 3]) {
    if (words.length <= k || words.length > k + 4) continue;
    const nameEnd = words[k - 1].index + words[k - 1][0].length;
    const name = t.slice(0, nameEnd), role = t.slice(words[k].index);
    if (looksLikePersonName(name) && /^\p{Lu}/u.test(role) && ROLE_LAST.test(role) && !outletName(role)) {
      return { start: lead, end: lead + nameEnd, value: properCaseName(name) };
    }
  }
  return null;
}

/** A header line that is only a place in capitals ("YEREVAN", "KUALA LUMPUR"), as under a name line. */
const PLACE_LINE = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,2})\s*$/u;
export function parsePlaceLine(line: string): BylineName | null {
  const m = PLACE_LINE.exec(line);
  if (!m) return null;
  const start = line.indexOf(m[1]);
  return { start, end: start + m[1].length, value: m[1] };
}

export function parseAffiliation(line: string): Affiliation | null {
  const t = line.trim();
  if (t.length > 60 || /[.!?]$/.test(t)) return null;
  const lead = line.length - line.trimStart().length;
  const whole = outletName(t);
  if (whole) return { publisher: { start: lead, end: lead + t.length, value: whole }, place: null };
  const m = AFFILIATION_PLACE.exec(t);
  const o = m ? outletName(m[1]) : null;
  if (m && o) {
    const at = lead + t.length - m[2].length;
    return { publisher: { start: lead, end: lead + m[1].length, value: o }, place: { start: at, end: at + m[2].length, value: m[2] } };
  }
  // A job title alone: a few words, one of them a role noun, no verb-like lowercase run ("Europe correspondent").
  if (ROLE.test(t) && wordCount(t, 5) <= 4 && /^\p{Lu}/u.test(t)) return { publisher: null, place: null };
  return null;
}
