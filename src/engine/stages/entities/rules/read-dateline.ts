import type { Layers } from '../../../layers.ts';
import { makeCandidate, type Candidate } from '../candidate.ts';
import { formsAt, type GazEntry } from '../lexicon.ts';
import { tokenKey } from '../patterns.ts';
import { tokenize } from '../../tokens/index.ts';
import { boundedMemo } from '../../../memo.ts';

/** Gazetteer kinds a dateline names: where the story was filed ("UNITED NATIONS (AP) —": the organisation's seat). */
const PLACE_KINDS = new Set(['country', 'city', 'region', 'area', 'org']);
/** Where the place part of a dateline ends: the agency in brackets, the dash, a colon or a bar. */
const PLACE_END = /\s*(?:\(|[—–|:]|--|\s-\s|$)/;

/** Small words that stay lower case inside a hyphenated place name ("Port-au-Prince", "Stratford-upon-Avon"). */
const HYPHEN_PARTICLES = new Set(['au', 'aux', 'de', 'del', 'des', 'di', 'du', 'el', 'en', 'la', 'le', 'les', 'sur', 'upon', 'on', 'al', 'ad', 'am', 'im']);

/** "PORT-AU-PRINCE" → "Port-au-Prince", "ST. LOUIS" → "St. Louis"; a word with a lower-case letter is kept as written ("Ukraine", "Ill."). */
function properCase(word: string): string {
  if (word !== word.toUpperCase()) return word;
  return word.toLowerCase().replace(/(^|[-'’.])(\p{Ll}+)/gu, (_m, a: string, w: string) =>
    (a === '-' && HYPHEN_PARTICLES.has(w) ? a + w : a + w[0].toUpperCase() + w.slice(1)));
}

/** The gazetteer place a written form names exactly (every token of it), or null. */
function placeNamed(form: string): GazEntry | null {
  const keys = tokenize(form).map((t) => tokenKey(form.slice(t.start, t.end)));
  if (!keys.length) return null;
  for (const f of formsAt(keys[0]) ?? []) {
    if (PLACE_KINDS.has(f.entry.kind) && f.keys.length === keys.length && f.keys.every((k, i) => k === keys[i])) return f.entry;
  }
  return null;
}

/**
 * What one comma- or slash-separated part of a dateline says, as written: the place it names (in
 * proper case or as written), its proper-case form, and whether it looks like a place's name.
 * Kept by text: the same datelines ("WASHINGTON", "LONDON") recur across articles, and each
 * part would otherwise be tokenized twice.
 */
const readPart = boundedMemo((written: string): { entry: GazEntry | null; proper: string; placeLike: boolean } => {
  const proper = written.split(/(\s+)/).map(properCase).join('');
  return { entry: placeNamed(proper) ?? placeNamed(written), proper, placeLike: /^\p{Lu}[\p{L}\p{M}.'’ -]*$/u.test(written) };
}, 1024);

/**
 * The places of the dateline ("KYIV, Ukraine (Reuters) —", "SPRINGFIELD, Ill. (AP) —", "KYIV/MOSCOW —") as
 * mentions: each comma- or slash-separated part the gazetteer knows, read in proper case; the first part is
 * a place even when no table has it (a dateline opens with one). A dateline city is the city itself, never a
 * metonym for its country.
 */
export function readDateline(text: string, metadata: Layers['metadata']): Candidate[] {
  const span = metadata.dateline?.span;
  if (!span || text.slice(span.start, span.end) !== span.text) return [];
  const placeEnd = span.start + span.text.search(PLACE_END);
  const out: Candidate[] = [];
  let first = true, unknownFirst: Candidate | null = null;
  for (let at = span.start; at < placeEnd; first = false) {
    let end = at;
    while (end < placeEnd && text[end] !== ',' && text[end] !== '/') end++;
    let s = at, e = end;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    at = end + 1;
    if (e - s < 2) continue;
    const written = text.slice(s, e);
    const { entry, proper, placeLike } = readPart(written);
    if (entry) {
      const c = makeCandidate(s, e, written, entry.type, 'name', entry.key, entry.name, 0.9);
      if (entry.country) c.country = entry.country;
      if (entry.wikidata) c.wikidata = entry.wikidata;
      out.push(c);
      // "SMALLVILLE, Kan.": a town no table knows lies in the state or country named after it.
      if (unknownFirst && entry.country && unknownFirst.country === undefined) unknownFirst.country = entry.country;
    } else if (first && placeLike) {
      unknownFirst = makeCandidate(s, e, written, 'GPE', 'name', null, proper, 0.6);
      out.push(unknownFirst);
    }
  }
  return out;
}
