import { boundedMemo } from '../../../memo.ts';
import { ORG_HEADS, FAC_HEADS, LOC_HEADS, COMPASS, FIRST_NAMES, LEADING_HEADS, EVENT_HEADS, REGIONAL_DEMONYMS, type GazEntry } from '../lexicon.ts';

const PLACE_KINDS = new Set(['country', 'city', 'region', 'area']);
import { makeCandidate, type Candidate } from '../candidate.ts';
import type { Unit, DocWords } from './read-units.ts';
import type { Run } from './group-runs.ts';
import { classifyName, nameWords } from './classify-name.ts';
import { SpanWords } from '../span-words.ts';
import { mergeComplements } from './title-complement.ts';
import { isPossessiveJoin } from './group-runs.ts';

/** "Rural", "Urban": after a place they name a district of it ("Bengaluru Rural"); before one they only modify it. */
const DISTRICT_TAILS = new Set(['Rural', 'Urban']);
const isForOrOf = (u: Unit) => u.kind === 'x' && (u.text === 'for' || u.text === 'of');

interface Segment { kind: 'gaz' | 'title' | 'name'; units: Unit[]; start: number; end: number }
interface Affiliation { country?: string; sector?: string }
/** No affiliation: shared, never written to. */
const NO_AFFILIATION: Affiliation = {};

/** "press secretary" → "Press Secretary"; small words stay small ("Secretary of State"). */
const toTitleCase = (s: string) => s.replace(/(^|[\s-])(\p{Ll}+)/gu, (w, a: string, word: string) =>
  (a && SMALL_WORDS.has(word) ? w : a + word[0].toUpperCase() + word.slice(1)));
/** Titles seen before, title-cased: the same few ("President", "Foreign Minister") recur in every article. */
export const titleCase = boundedMemo(toTitleCase, 4096);
const SMALL_WORDS = new Set(['of', 'the', 'to', 'and', 'for', 'on', 'in']);
const headOf = (seg: Segment) => seg.units[seg.units.length - 1].text;
/** The head word of a name: the word before its first connector ("Court" of "Court of Justice"), else its last word. */
const nameHead = (seg: Segment) => { const k = seg.units.findIndex((u) => u.kind === 'x' && !isPossessiveJoin(u.text)); return k > 0 && seg.units[k].text !== 'and' && seg.units[k].text !== '&' ? seg.units[k - 1].text : lastWord(headOf(seg)); };
/** The last word of a unit's text ("Council" of "Security Council"). */
const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
const isHeadWord = (w: string) => ORG_HEADS.has(w) || FAC_HEADS.has(w) || LOC_HEADS.has(w);

/**
 * Read one run: "Syrian President Bashar Assad" → a PERSON (title President, country SYR);
 * "United States Navy" → one ORG; "Secretary of State Rex Tillerson" → PERSON with its title.
 */
export function readRun(text: string, run: Run, out: Candidate[], words?: DocWords): void {
  const cue = run.possessor ? '' : nounBefore(text, run.units[0].start);
  if (cue && WORK_NOUNS.has(cue) && run.units.every((u) => u.kind !== 'g')) {
    // A title of a work: kept as OTHER, so the same name later ("Silent Rivers sold well") joins it
    // and is dropped with it (toEntities reports no OTHER entity).
    const start = run.units[0].start, end = run.units[run.units.length - 1].end, name = text.slice(start, end);
    out.push(makeCandidate(start, end, name, 'OTHER', 'name', null, name, 0.6));
    return;
  }
  const before = out.length;
  const last = run.units[run.units.length - 1];
  if (run.units.length > 2 && last.kind === 'c' && ORG_HEADS.has(last.text) && run.units.some((u) => u.kind === 'x' && isPossessiveJoin(u.text))) {
    // "Multnomah County District Attorney's Office", "Workers' Party": a name with a possessive kept inside that ends in an
    // organisation's head word is one organisation, titles and places in it included.
    const start = run.units[0].start;
    classifyName(text, run.units, NO_AFFILIATION, out, text.slice(start, last.end));
    return;
  }
  if (run.units.length === 1) readOne(text, run, out, words);
  else readSegments(text, run, out, words);
  if (out.length > before && text.charCodeAt(last.end) === 32 && orgBehind(run, out, before, nounAfter(text, last.end + 1))) {
    // "the Morena party", "Georgian Dream party", "the Saba news agency": a name before an organisation noun is one.
    const start = run.units[0].start, name = text.slice(start, last.end);
    out.length = before;
    out.push(makeCandidate(start, last.end, name, 'ORG', 'name', null, name, 0.7));
    return;
  }
  // "the company Northwind", "localist group Civic Pride": a name after an organisation noun is one.
  if (cue && ORG_NOUNS.has(cue) && out.length > before) {
    const c = out[before];
    if (c.key === null && c.type !== 'ORG' && c.start === run.units[0].start) { c.type = 'ORG'; c.words = undefined; c.name = c.text.replace(/^(?:The|the)\s+/, ''); c.guess = undefined; c.gender = undefined; }
  }
}

/**
 * Lower-case nouns before a name that make it the title of a work ("the novel Silent Rivers"): no person, place or
 * organisation. Not words that are also verbs before a place or a team ("play", "show"); never before a table name.
 */
const WORK_NOUNS = new Set(['book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'album', 'song', 'musical', 'opera', 'poem', 'painting', 'sculpture', 'game', 'videogame', 'series', 'sitcom', 'episode', 'podcast', 'magazine', 'comic', 'manga', 'anime', 'app', 'browser', 'software', 'ship', 'yacht']);
/** Lower-case nouns before a name that make it an organisation ("the firm Acme Vale"). */
const ORG_NOUNS = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'charity', 'agency', 'startup', 'party', 'band', 'label', 'militia', 'club', 'union', 'publisher', 'retailer', 'carmaker', 'bank', 'airline', 'broadcaster', 'network', 'conglomerate', 'nonprofit', 'consultancy']);

/** Lower-case nouns after a name that make it an organisation's name ("the Morena party"). */
const ORG_AFTER = new Set(['party', 'agency', 'radio', 'newspaper', 'broadcaster', 'militia', 'movement', 'coalition', 'alliance', 'company', 'firm',
  'group', 'network', 'television', 'channel']);
/** ORG_AFTER's words, asked in place; each word's value is the word itself. */
const ORG_AFTER_SPANS = new SpanWords([...ORG_AFTER].map((w) => [w, w] as const));
/** Where the run of lower-case ASCII letters at `at` ends (at most 12 letters). */
function wordEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 12) { const c = text.charCodeAt(k); if (c < 97 || c > 122) break; k++; }
  return k;
}
/**
 * The lower-case word at `at` when it is an ORG_AFTER noun, with "news agency" read as "agency";
 * otherwise '' (read in place: no word is sliced).
 */
function nounAfter(text: string, at: number): string {
  const k = wordEnd(text, at);
  if (k - at === 4 && text.startsWith('news', at) && text.startsWith(' agency', at + 4)) return 'agency';
  return k > at ? ORG_AFTER_SPANS.get(text, at, k) ?? '' : '';
}
/**
 * Whether the noun after a run makes the run an organisation's name: an unknown name, or a demonym
 * and more words ("Georgian Dream"), before any ORG_AFTER noun; a city's name only before "party"
 * ("the Berlin company" is a company in Berlin). Never a country, a title or a known organisation.
 */
function orgBehind(run: Run, out: Candidate[], before: number, noun: string): boolean {
  if (!ORG_AFTER.has(noun)) return false;
  for (const u of run.units) {
    if (u.kind !== 'g') continue;
    const k = u.entry!.kind;
    if (k === 'demonym' && run.units.length > 1) continue;
    if (k === 'city' && run.units.length === 1 && noun === 'party') continue;
    return false;
  }
  for (let k = before; k < out.length; k++) if (out[k].type === 'PERSON' && (out[k].titles.length || out[k].words?.length && out[k].words!.length > 1)) return false;
  return true;
}

/** WORK_NOUNS and ORG_NOUNS, asked in place; each word's value is the word itself. */
const NOUN_BEFORE_SPANS = new SpanWords([...WORK_NOUNS, ...ORG_NOUNS].map((w) => [w, w] as const));
/**
 * The lower-case word right before `start` (one space between) when it is a WORK_NOUNS or
 * ORG_NOUNS noun, or '': read backwards, at most 16 letters, in place.
 */
function nounBefore(text: string, start: number): string {
  if (text.charCodeAt(start - 1) !== 32) return '';
  let k = start - 2;
  const end = k + 1;
  while (k >= 0 && end - k <= 16) { const c = text.charCodeAt(k); if (c < 97 || c > 122) break; k--; }
  if (k === end - 1 || end - k > 16) return '';
  const b = text.charCodeAt(k);
  // The word must start after a space or an opening quote, not inside a longer token ("e-book").
  return k < 0 || b === 32 || b === 10 || b === 34 || b === 8220 ? NOUN_BEFORE_SPANS.get(text, k + 1, end) ?? '' : '';
}

function readSegments(text: string, run: Run, out: Candidate[], words?: DocWords): void {
  // "Minister for Foreign Affairs", "Special Envoy for Syria": a title and its complement read as one title.
  const places: Unit[] = [];
  const segs = segment(run.units.some(isForOrOf) ? mergeComplements(text, run.units, places) : run.units);
  for (const p of places) out.push(fromEntry(text, p, p.entry!));
  let aff: Affiliation = affiliationOf(run.possessor, out);
  let title: { names: string[]; entry: GazEntry[] } | null = null;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s];
    if (seg.kind === 'title') {
      const next = segs[s + 1];
      if (next?.kind === 'name' && ORG_HEADS.has(headOf(next)) && !FIRST_NAMES.has(next.units[0].text) && seg.units.every((u) => u.kind !== 'x')) {
        // "Student Association", "Police Federation": a title word before an organisation's head word names the organisation.
        classifyName(text, [...seg.units.map((u) => ({ ...u, kind: 'c' as const })), ...next.units], aff, out, text.slice(seg.start, next.end));
        s++;
        title = null;
        aff = NO_AFFILIATION;
        continue;
      }
      const core = seg.units.findLast((u) => u.kind !== 'x')!;
      title = { names: [titleCase(text.slice(seg.start, core.end))], entry: seg.units.filter((u) => u.kind === 'g').map((u) => u.entry!) };
      continue;
    }
    if (seg.kind === 'gaz') {
      const e = seg.units[0].entry!, next = segs[s + 1];
      if (next?.kind === 'name' && next.units.length === 1 && (COMPASS.has(next.units[0].text) || DISTRICT_TAILS.has(next.units[0].text)) && (e.kind === 'city' || e.kind === 'region') && next.units[0].t0 === seg.units[seg.units.length - 1].t1) {
        // "Leeds North", "Kowloon West": a district or constituency of that place, not a place and a person.
        const name = text.slice(seg.start, next.end), c = makeCandidate(seg.start, next.end, name, 'GPE', 'name', null, name, 0.6);
        if (e.country) c.country = e.country;
        out.push(c);
        s++;
        aff = NO_AFFILIATION;
        continue;
      }
      const after = next?.kind === 'title' && next.units.every((u) => u.kind !== 'x') && segs[s + 2]?.kind === 'name' && ORG_HEADS.has(nameHead(segs[s + 2])) ? segs[s + 2] : null;
      if (after && e.kind !== 'title') {
        // "Scottish National Party": a place or people, title words, then an organisation's head word is one organisation.
        classifyName(text, [...seg.units, ...next.units.map((u) => ({ ...u, kind: 'c' as const })), ...after.units], { country: e.country }, out, text.slice(seg.start, after.end));
        s += 2;
        aff = NO_AFFILIATION;
        continue;
      }
      const party = segs[s + 1]?.kind === 'gaz' ? segs[s + 1].units[0] : null;
      if ((e.kind === 'region' || e.kind === 'city') && party && party.entry!.kind === 'org' && party.entry!.country === e.country && party.t0 === seg.units[0].t1
        && seg.units.length === 1) {
        // "Wisconsin Supreme Court", "Florida Democratic Party", "Chicago Police Department": a state's or city's own body
        // named after the national one is an organisation of its own, not the national body.
        const name = text.slice(seg.start, party.end), c = makeCandidate(seg.start, party.end, name, 'ORG', 'name', null, name, 0.75);
        if (e.country) c.country = e.country;
        if (party.entry!.sector) c.sector = party.entry!.sector;
        out.push(c);
        s++;
        aff = NO_AFFILIATION;
        continue;
      }
      if (e.kind === 'demonym' && party && party.entry!.kind === 'org' && party.entry!.sector === 'PTY' && party.t0 === seg.units[0].t1 && REGIONAL_DEMONYMS.has(seg.units[0].text)) {
        // "Scottish Labour Party", "Welsh Conservatives": a region's branch of a party is an organisation of its own.
        const name = text.slice(seg.start, party.end), c = makeCandidate(seg.start, party.end, name, 'ORG', 'name', null, name, 0.8);
        c.sector = 'PTY';
        if (e.country) c.country = e.country;
        out.push(c);
        s++;
        aff = NO_AFFILIATION;
        continue;
      }
      if (e.kind === 'area' && next?.kind === 'name' && s + 2 === segs.length && next.units.length === 1 && next.units[0].kind === 'c'
        && next.units[0].t0 === seg.units[0].t1 && !FIRST_NAMES.has(next.units[0].text) && !COMPASS.has(next.units[0].text) && !isHeadWord(next.units[0].text) && !EVENT_HEADS.has(next.units[0].text)) {
        // "Baltic Agrochem", "Pacific Tidewater": a region of the world and one unknown word that ends the name is a company's name.
        const name = text.slice(seg.start, next.end);
        out.push(makeCandidate(seg.start, next.end, name, 'ORG', 'name', null, name, 0.55));
        s++;
        aff = NO_AFFILIATION;
        continue;
      }
      if (next?.kind === 'name' && (isHeadWord(nameHead(next)) || (EVENT_HEADS.has(nameHead(next)) && next.units[0].t0 === seg.units[seg.units.length - 1].t1)) && e.kind !== 'title') {
        // "Indonesian Navy", "Irving Police Department": one organisation of that place; "Asia Cup", "Paris Open": an event there.
        classifyName(text, [...seg.units, ...next.units], { country: e.country }, out, text.slice(seg.start, next.end));
        s++;
        aff = NO_AFFILIATION;
        continue;
      }
      aff = { country: e.country ?? aff.country, sector: e.sector ?? aff.sector };
      const prev = segs[s - 1];
      if (title && prev?.kind === 'title' && prev.units[prev.units.length - 1].kind === 'x') {
        const core = prev.units.findLast((u) => u.kind !== 'x')!;
        title.names = [titleCase(text.slice(prev.start, core.end)) + text.slice(core.end, seg.end)]; // "Ambassador to the United States"
      }
      const c = fromEntry(text, seg, e);
      if (e.kind === 'demonym') { c.kind = 'demonym'; c.confidence = 0.85; }
      out.push(c);
      for (const n of seg.units[0].nested ?? []) { const m = fromEntry(text, n, n.entry); m.confidence = 0.8; out.push(m); }
      continue;
    }
    const lead = seg.units.length === 1 ? LEADING_HEADS.get(seg.units[0].text) : undefined;
    const placeNext = segs[s + 1]?.kind === 'gaz' ? segs[s + 1] : null;
    if (lead && placeNext && placeNext.units.length === 1 && PLACE_KINDS.has(placeNext.units[0].entry!.kind) && placeNext.units[0].t0 === seg.units[0].t1) {
      // "Lake Chad", "Mount Lebanon", "Team Kenya": a head word before a place's name names something else.
      classifyName(text, [seg.units[0], placeNext.units[0]], NO_AFFILIATION, out, text.slice(seg.start, placeNext.end));
      s++;
      title = null;
      aff = NO_AFFILIATION;
      continue;
    }
    const org = segs[s + 1]?.kind === 'gaz' ? segs[s + 1].units[0] : null;
    if (org && org.entry!.kind === 'org' && org.t0 === seg.units[seg.units.length - 1].t1 && org.text !== org.entry!.name && org.text.includes(' ')
      && seg.units.every((u) => u.kind === 'c' && !FIRST_NAMES.has(u.text))) {
      // "National Security Council", "Regional Security Council": words before a generic short form of a known body
      // ("Security Council" for the UN's) name another body.
      classifyName(text, [...seg.units, org], NO_AFFILIATION, out, text.slice(seg.start, org.end));
      s++;
      title = null;
      aff = NO_AFFILIATION;
      continue;
    }
    if (seg.units.length === 1 && DISTRICT_TAILS.has(seg.units[0].text) && segs[s + 1]?.kind === 'gaz' && PLACE_KINDS.has(segs[s + 1].units[0].entry!.kind)) {
      // "Urban Bengaluru", "rural Kansas" capitalized: a modifier of the place, no name (and no first name before a surname).
      title = null;
      aff = NO_AFFILIATION;
      continue;
    }
    // A name. "Marisol Paris", "Lloyd Austin": a name word and then a word that is also a place is a surname.
    const place = segs[s + 1]?.kind === 'gaz' ? segs[s + 1].units[0] : null;
    if (place && place.t1 - place.t0 === 1 && place.t0 === seg.units[seg.units.length - 1].t1 && seg.units.every((u) => u.kind === 'c' && !isHeadWord(u.text) && !COMPASS.has(u.text))
      && (place.entry!.kind === 'city' || place.entry!.kind === 'region' || (place.entry!.kind === 'country' && (title || FIRST_NAMES.has(seg.units[0].text))))) {
      seg.units = [...seg.units, { ...place, kind: 'c' }];
      seg.end = place.end;
      s++;
    }
    if (title) {
      const entries = title.entry;
      const honorificOnly = entries.every((e) => e.kind === 'honorific');
      let sector = aff.sector;
      for (let k = entries.length - 1; k >= 0; k--) if (entries[k].sector) { sector = entries[k].sector; break; }
      const country = aff.country ?? entries.find((e) => e.country)?.country;
      const gender = entries.find((e) => e.gender)?.gender;
      const words = nameWords(seg.units);
      const c = makeCandidate(seg.start, seg.end, text.slice(seg.start, seg.end), 'PERSON', 'name', null, words.join(' '), 0.9);
      c.words = words;
      if (!honorificOnly) c.titles = title.names;
      if (country) c.country = country;
      if (sector) c.sector = sector;
      if (gender) c.gender = gender;
      out.push(c);
    } else if (seg.units.length === 1 && COMPASS.has(seg.units[0].text) && segs[s + 1]?.kind === 'gaz' && PLACE_KINDS.has(segs[s + 1].units[0].entry!.kind)) {
      // "North Darfur", "South Burlington": a part of the place that follows.
      const place = segs[++s], e = place.units[0].entry!, whole = text.slice(seg.start, place.end);
      const c = makeCandidate(seg.start, place.end, whole, e.type, 'name', 'p:' + whole, whole, 0.75);
      if (e.country) c.country = e.country;
      out.push(c);
    } else if (seg.units.length === 1 && COMPASS.has(seg.units[0].text) && segs[s + 1]?.kind === 'gaz' && (segs[s + 1].units[0].entry!.kind === 'demonym' || segs[s + 1].units[0].entry!.kind === 'group')
      && segs[s + 1].units[0].t0 === seg.units[0].t1) {
      // "South American", "West African": the people of a region, not a place called South and Americans.
      const dem = segs[++s], whole = text.slice(seg.start, dem.end);
      const plural = whole.endsWith('n') ? whole + 's' : whole;
      const c = makeCandidate(seg.start, dem.end, whole, 'NORP', 'demonym', 'd:' + plural, plural, 0.8);
      out.push(c);
    } else {
      classifyName(text, seg.units, aff, out, undefined, s > 0, words);
    }
    title = null;
    aff = NO_AFFILIATION;
  }
}

/** readRun for a run of one unit (most runs), without segments: a gazetteer name, a lone title (nothing), or a name. */
function readOne(text: string, run: Run, out: Candidate[], words?: DocWords): void {
  const u = run.units[0], e = u.entry;
  if (u.kind === 'g') {
    if (e!.kind === 'title' || e!.kind === 'titlemod' || e!.kind === 'honorific') return;
    // Only a generic short form of two words or more ("Security Council", "Supreme Court"), not an acronym ("Russia's UN envoy").
    const owner = e!.kind === 'org' && run.possessor && u.text !== e!.name && u.text.includes(' ') ? affiliationOf(run.possessor, out).country : undefined;
    if (owner && owner !== e!.country) {
      // "Iran's Supreme Court", "Ukraine's Security Council": a country's own body under the short name of another's.
      const own = makeCandidate(u.start, u.end, u.text, 'ORG', 'name', null, u.text, 0.7);
      own.country = owner;
      if (e!.sector && e!.sector !== 'IGO') own.sector = e!.sector;
      out.push(own);
      return;
    }
    const c = fromEntry(text, u, e!);
    if (e!.kind === 'demonym') { c.kind = 'demonym'; c.confidence = 0.85; }
    out.push(c);
    for (const n of u.nested ?? []) { const m = fromEntry(text, n, n.entry); m.confidence = 0.8; out.push(m); }
    return;
  }
  classifyName(text, run.units, affiliationOf(run.possessor, out), out, undefined, false, words);
}

// Candidates are built by assignment, not by spreading optional parts: object spread was a
// measurable share of the stage's time.
function fromEntry(text: string, seg: { start: number; end: number }, e: GazEntry): Candidate {
  const c = makeCandidate(seg.start, seg.end, text.slice(seg.start, seg.end), e.type, 'name', e.key, e.name, 0.95);
  if (e.country) c.country = e.country;
  if (e.sector) c.sector = e.sector;
  if (e.wikidata) c.wikidata = e.wikidata;
  if (e.capitalOf) c.capitalOf = e.capitalOf;
  return c;
}

/** Split a run into gazetteer names, titles (modifiers, heads, honorifics, "to the X") and other names. */
function segment(units: Unit[]): Segment[] {
  const segs: Segment[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i], last = segs[segs.length - 1];
    const ek = u.entry?.kind;
    const kind: Segment['kind'] = u.kind === 'g' ? (ek === 'title' || ek === 'titlemod' || ek === 'honorific' ? 'title' : 'gaz') : 'name';
    if (u.kind === 'x' && last) {
      // "of the" inside a name stays with it; "to the" after a title goes with the title.
      last.units.push(u); last.end = u.end;
      continue;
    }
    if (kind === 'gaz' && last?.kind === 'name' && last.units[last.units.length - 1].kind === 'x') {
      last.units.push(u); last.end = u.end; // "University of Texas"
      continue;
    }
    // "Ministry of Justice", "Court of Justice": a title word after "of" in an organisation's name is part of the name
    if (kind === 'title' && last?.kind === 'name' && last.units.length >= 2 && last.units[last.units.length - 1].kind === 'x' && last.units.some((v) => v.kind !== 'x' && isHeadWord(v.text))) {
      last.units.push(u); last.end = u.end;
      continue;
    }
    if (kind !== 'gaz' && last && last.kind === kind) { last.units.push(u); last.end = u.end; continue; }
    if (kind === 'name' && last?.kind === 'name') { last.units.push(u); last.end = u.end; continue; }
    segs.push({ kind, units: [u], start: u.start, end: u.end });
  }
  return segs;
}

/** What "X's" in "Malaysia's Prime Minister" or "DAB's Ben Chan" says about the next name. */
function affiliationOf(possessor: Run | null, out: Candidate[]): Affiliation {
  if (!possessor) return NO_AFFILIATION;
  const c = out.find((m) => m.start === possessor.units[0].start);
  return c && c.type !== 'PERSON' ? { country: c.country, sector: c.sector } : NO_AFFILIATION;
}
