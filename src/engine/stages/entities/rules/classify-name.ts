import { ARABIC_PLACE_HEADS, EAST_ASIAN_SURNAMES, EVENT_HEADS, SINGLE_HEADS, ORG_HEADS, FAC_HEADS, LOC_HEADS, GPE_HEADS, LEADING_HEADS, COMPASS, HEAD_SECTOR, FIRST_NAMES } from '../lexicon.ts';
import { NAME_SUFFIX, JOINED_PARTICLE } from '../patterns.ts';
import { isAcronym, hasLower } from '../chars.ts';
import { makeCandidate, type Candidate } from '../candidate.ts';
import type { Unit, DocWords } from './read-units.ts';
import { properCaseName } from '../../metadata/person-name.ts';
import { spanSet } from '../span-words.ts';
import { isPossessiveJoin } from './group-runs.ts';

/** The words of a person's name as its canonical form has them: no suffix period, proper case. */
export function nameWords(units: Unit[]): string[] {
  let lower = false, spaced = false;
  const words: string[] = [];
  for (const u of units) {
    const w = u.kind !== 'i' && u.text.endsWith('.') ? u.text.slice(0, -1) : u.text;
    if (!lower && hasLower(w)) lower = true;
    if (!spaced && w.includes(' ')) spaced = true;
    words.push(w);
  }
  // Joined and split again only when that changes something: a name in capitals, a word with a space.
  if (lower && !spaced) return words;
  const joined = words.join(' ');
  return (lower ? joined : properCaseName(joined)).split(' ');
}

/**
 * Type a name that no table knows, from its own words: a head word gives ORG, FAC, GPE or LOC
 * ("Civic Party", "Constitution Hall", "Harlow County", "Bank of Japan", "Plaza Baquedano"); a first
 * name, an initial or a particle gives PERSON; an acronym or a plural gives ORG ("Brewers"); a
 * single unknown word is a guess the article may overrule. Words before a first name are read on
 * their own ("Cardinals RHP Andrew Pell"). Adds nothing for a lone head word ("Council").
 */
export function classifyName(text: string, units: Unit[], aff: { country?: string; sector?: string }, out: Candidate[], spanText?: string, afterName = false, words?: DocWords): void {
  const n = units.length;
  // Only a name of three words or more splits, and only when its first word is no first name.
  if (n >= 3 && !spanText && !FIRST_NAMES.has(units[0].text)) {
    let firstAt = -1;
    for (let i = 1; i < n && firstAt < 0; i++) if (FIRST_NAMES.has(units[i].text) && units[i - 1].kind === 'c') firstAt = i;
    if (firstAt > 0 && firstAt < n - 1 && !units.some((u) => u.kind === 'x' || u.kind === 'g')) {
      classifyName(text, units.slice(0, firstAt), {}, out);
      classifyName(text, units.slice(firstAt), aff, out);
      return;
    }
  }
  const start = units[0].start, end = units[n - 1].end;
  let conn = -1;
  for (let k = 0; k < n && conn < 0; k++) if (units[k].kind === 'x' && !isPossessiveJoin(units[k].text)) conn = k;
  // The head: the word before "of" ("Bank of Japan"), else the last word ("Peace and Security Council").
  const lastText = units[n - 1].text;
  const head = conn > 0 && units[conn].text !== 'and' && units[conn].text !== '&' ? units[conn - 1].text : units[n - 1].kind === 'g' ? lastText.slice(lastText.lastIndexOf(' ') + 1) : lastText;
  // A unit's text is the text it spans, so a one-word name is not sliced again.
  const spanned = spanText ?? (n === 1 && units[0].kind !== 'x' ? units[0].text : text.slice(start, end));
  const name = (spanned.charCodeAt(1) === 104 && THE.test(spanned)) || spanText !== undefined ? text.slice(start, end).replace(THE, '') : spanned;
  const country = aff.country;
  const make = (type: Candidate['type'], confidence: number, guess = false, sector?: string) => candidate(start, end, spanned, name, country, type, confidence, guess, sector);
  const multi = n > 1 || units[0].kind === 'g';
  const hc = HEAD_CLASS.get(head) ?? 0; // the head word's tables, in one look-up
  if (!multi && (hc & H_SINGLE) !== 0) { out.push(make(head === 'Capitol' ? 'FAC' : 'ORG', 0.45)); return; }
  if (!multi && (hc & (H_ORG | H_FAC | H_LOC)) !== 0) {
    // "Park said" after "Park Ji-hoon", "Hall said" after "Dana Hall": a head word alone that is the family name
    // of someone named before is that person, not a park or a hall.
    if (isFamilyNameBefore(out, head)) out.push(person(make('PERSON', 0.5, true), [head]));
    return;
  }
  // "Johnson & Johnson", "Social Science & Medicine": an ampersand joins the names of firms and publications, not of a person.
  if (n >= 3 && (hc & (H_ORG | H_FAC | H_LOC | H_GPE | H_EVENT)) === 0 && units.some((u) => u.kind === 'x' && u.text === '&')) { out.push(make('ORG', 0.6)); return; }
  if (n >= 2 && isDigitCode(lastText.charCodeAt(0))) {
    // "Local 1127", "Route 66", "Amalgamated Transit Workers Local 1127": the word before the number gives the type.
    const t = NUMBERED_HEADS.get(units[n - 2].text);
    if (t) { out.push(make(t, 0.6)); return; }
  }
  if (multi && LAW_HEADS.has(head) && units[0].kind !== 'g') {
    // "Digital Markets Act", "Paris Agreement" aside (a table knows it): a law or a treaty is no person, organisation or place;
    // kept as OTHER so its acronym and later mentions join it and are dropped with it.
    out.push(make('OTHER', 0.6));
    return;
  }
  if (multi) {
    if ((hc & H_EVENT) !== 0 || (name.charCodeAt(0) === 67 && NUMBERED_EVENT.test(name))) { out.push(make('EVENT', 0.6)); return; }
    if ((hc & H_ORG) !== 0) { out.push(make('ORG', 0.75, false, HEAD_SECTOR.get(head))); return; }
    if ((hc & H_GPE) !== 0) { out.push(make('GPE', 0.7)); return; }
    if ((hc & H_FAC) !== 0) { out.push(make('FAC', 0.7)); return; }
    if ((hc & H_LOC) !== 0) { out.push(make('LOC', 0.7)); return; }
    const first = units[0].text;
    const lead = LEADING_HEADS.get(first);
    if (lead) { out.push(make(lead, 0.65, false, HEAD_SECTOR.get(first))); return; }
    if (COMPASS.has(first) && n === 2 && !FIRST_NAMES.has(units[1].text)) { out.push(make('GPE', 0.5)); return; }
  }
  const plural = head.charCodeAt(head.length - 1) === 115 && PLURAL.test(head) && !head.includes('-');
  if (n > 1) {
    // "Bab el-Mandeb", "Ras al-Khaimah": an Arabic place word before "al-"/"el-" names a place, though "Bab" is also a first name.
    const placeHead = ARABIC_PLACE_HEADS.get(units[0].text);
    if (placeHead && (units[1].kind === 'p' || (units[1].kind === 'c' && JOINED_PARTICLE.test(units[1].text)))) { out.push(make(placeHead, 0.6)); return; }
    const personWords = nameWords(hasSuffix(units) ? units.filter((u, i) => !(i > 0 && isSuffix(u.text))) : units);
    const firstName = FIRST_NAMES.has(personWords[0]); // asked once of the big table
    // "the Bab el-Mandeb strait", "the Shatt al-Arab waterway": a name before a landform noun is a place, particles or not
    if (!firstName && !spanText && text.charCodeAt(end) === 32 && LANDFORM_SPANS.has(text, end + 1, wordEnd(text, end + 1))) { out.push(make('LOC', 0.5, true)); return; }
    // "Central Unitaria de Trabajadores (CUT)": a name of three words or more defined by an acronym in brackets is an organisation's.
    if (n >= 3 && !firstName && acronymAfter(text, end)) { out.push(make('ORG', 0.6)); return; }
    if (firstName || units.some((u) => u.kind === 'i' || u.kind === 'p')) { out.push(person(make('PERSON', 0.85, false, aff.sector), personWords)); return; }
    if (units.every((u) => isAcronym(u.text))) { out.push(make('ORG', 0.5)); return; }
    if (plural) { out.push(make('ORG', 0.5)); return; }
    // No first name and a word in capitals ("FIRST Global", "Windows XP"): a brand, not a person.
    if (units.some((u) => isAcronym(u.text) && !isSuffix(u.text)) && units.some((u) => hasLower(u.text))) { out.push(make('ORG', 0.5)); return; }
    // "Kowloon West", "Territories East": a district, not a person.
    if (COMPASS_TAIL.has(head) && !spanText) { out.push(make('GPE', 0.5)); return; }
    // Two words, no first name, and the last one the article writes in lower case ("Science Fair",
    // "People Power"): a title-case phrase, not a surname; an organisation is the likelier guess.
    if (n === 2 && words && !spanText && words.isLower(units[1].text)) { out.push(make('ORG', 0.5, true)); return; }
    // "told the Daily Nation", "The Bloc Québécois", "analysts at Capital Economics": a name with no first name after "the" or "at" is no person.
    if (THE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || (spanned.charCodeAt(1) === 104 && THE.test(spanned))) { out.push(make('ORG', 0.5, true)); return; }
    out.push(person(make('PERSON', 0.6, false, aff.sector), personWords));
    return;
  }
  // "the A6 near Lyon", "the A1, A4 and A6 motorways", "the M25": a road's number is a facility.
  if (head.length <= 3 && ROAD_NUMBER.test(head) && isRoad(text, start, end)) { out.push(make('FAC', 0.6)); return; }
  if (isAcronym(head)) { out.push(make('ORG', 0.6, true)); return; }
  // "Kovacs-Novak, 54, said": an age in commas after a name makes it a person's.
  if (followedByAge(text, end)) { out.push(person(make('PERSON', 0.6, true, aff.sector), nameWords(units))); return; }
  // "the West", "the South": a region of the world or a country, not a person named West.
  if (COMPASS_TAIL.has(head) && /\bthe $/i.test(text.slice(Math.max(0, start - 4), start))) { out.push(make('LOC', 0.6)); return; }
  if (FIRST_NAMES.has(head)) { out.push(person(make('PERSON', 0.55, true, aff.sector), nameWords(units))); return; }
  // "said Kovacs-Novak had resigned", "…," said Ortiz-Lamb.": two name-like words joined by a hyphen right after a
  // speech verb is a double-barrelled surname (a company so named is more often the subject of "said" than after it).
  if (head.length >= 7 && head.includes('-') && DOUBLE_BARRELLED.test(head) && SPEECH_BEFORE.test(text.slice(Math.max(0, start - 10), start))) { out.push(person(make('PERSON', 0.5, true, aff.sector), nameWords(units))); return; }
  if (plural) { out.push(make('ORG', 0.4, true)); return; }
  if (!spanText && notALoneName(text, start, end, head, afterName)) return;
  // One unknown word: after "in", "at", "from" most likely a place, otherwise most often an
  // organisation (a person is usually named in full first); a longer name elsewhere may overrule.
  if (mayFollowPlaceWord(text, start) && PLACE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) { out.push(make('GPE', 0.4, true)); return; }
  // "the Drava corridor", "the Ferghana valley": an unknown name before a landform noun is a river, a valley or a region.
  if (text.charCodeAt(end) === 32 && LANDFORM_SPANS.has(text, end + 1, wordEnd(text, end + 1))) { out.push(make('LOC', 0.4, true)); return; }
  out.push(make('ORG', 0.35, true));
}

/** Two capitalized words of three letters or more joined by a hyphen: "Kovacs-Novak", not "Al-Amin". */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}{2,20}-\p{Lu}\p{Ll}{2,20}$/u;
/** A speech verb and a space right before a name. */
const SPEECH_BEFORE = /\b(?:said|says|added|insisted|warned|claimed|argued|noted) $/;

/** Head words a number completes, with the type of the whole: "Local 1127" (a union branch), "Route 66", "Terminal 5". */
export const NUMBERED_HEADS = new Map<string, Candidate['type']>([['Local', 'ORG'], ['Route', 'FAC'], ['Highway', 'FAC'], ['Interstate', 'FAC'],
  ['Terminal', 'FAC'], ['Gate', 'FAC'], ['Pier', 'FAC'], ['Runway', 'FAC']]);
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** A motorway's or national road's number: A6, M25, N7, E40. */
const ROAD_NUMBER = /^[AMNE]\d{1,2}$/;
/** A road noun soon after ("A4 and A6 motorways") or "on/along/off the" just before ("on the A6"). */
const ROAD_AFTER = /^[^.;]{0,30}?\b(?:motorways?|highways?|roads?|expressways?|autoroutes?|autobahns?|carriageways?)\b/;
const ROAD_BEFORE = /\b(?:on|along|off|onto|via|from|near) the $/i;
/** Whether the road number at [start, end) stands where a road is named. */
function isRoad(text: string, start: number, end: number): boolean {
  return ROAD_AFTER.test(text.slice(end, end + 40)) || ROAD_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
/** Last words of the names of laws, treaties and agreements ("Clean Air Act", "Nuclear Non-Proliferation Treaty"). */
const LAW_HEADS = new Set(['Act', 'Treaty', 'Accord', 'Accords', 'Directive', 'Regulation', 'Protocol', 'Amendment', 'Doctrine', 'Statute']);
/** Bits of HEAD_CLASS: the head-word tables a word is in. */
const H_SINGLE = 1, H_ORG = 2, H_FAC = 4, H_LOC = 8, H_GPE = 16, H_EVENT = 32;
/** word → the H_* bits of the tables that hold it (the tables are fixed at import). */
const HEAD_CLASS = new Map<string, number>();
for (const [set, bit] of [[SINGLE_HEADS, H_SINGLE], [ORG_HEADS, H_ORG], [FAC_HEADS, H_FAC], [LOC_HEADS, H_LOC], [GPE_HEADS, H_GPE], [EVENT_HEADS, H_EVENT]] as const) {
  for (const w of set) HEAD_CLASS.set(w, (HEAD_CLASS.get(w) ?? 0) | bit);
}

/** Lower-case nouns of landforms and waters that a place's name modifies. */
const LANDFORMS = new Set(['corridor', 'valley', 'basin', 'river', 'delta', 'coast', 'coastline', 'plain', 'plains', 'plateau', 'peninsula',
  'highlands', 'lowlands', 'mountains', 'gorge', 'estuary', 'steppe', 'desert', 'lagoon', 'bay', 'gulf', 'strait', 'sea', 'lake', 'glacier', 'waterway']);
const LANDFORM_SPANS = spanSet(LANDFORMS);
/** Where the run of lower-case ASCII letters at `at` ends (at most 12 letters): the word is asked of LANDFORM_SPANS in place. */
function wordEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 12) { const c = text.charCodeAt(k); if (c < 97 || c > 122) break; k++; }
  return k;
}

// Built by assignment: spreading a shared base into each candidate was a measurable cost.
function candidate(start: number, end: number, text: string, name: string, country: string | undefined, type: Candidate['type'], confidence: number, guess: boolean, sector: string | undefined): Candidate {
  const c = makeCandidate(start, end, text, type, 'name', null, name, confidence);
  if (country) c.country = country;
  if (sector) c.sector = sector;
  if (guess) c.guess = true;
  return c;
}

/**
 * Whether a person named before (in `out`, the article's candidates so far) has `word` as family
 * name: the last word, or the first of an East Asian name written surname first ("Park Ji-hoon").
 */
function isFamilyNameBefore(out: Candidate[], word: string): boolean {
  for (let k = out.length - 1; k >= 0; k--) {
    const ws = out[k].words;
    if (out[k].type !== 'PERSON' || !ws || ws.length < 2) continue;
    if (ws[ws.length - 1] === word || (ws[0] === word && EAST_ASIAN_SURNAMES.has(word))) return true;
  }
  return false;
}

/** A person candidate: its name from the words of the name, its gender from the first name. */
function person(c: Candidate, personWords: string[]): Candidate {
  c.name = personWords.join(' ');
  c.words = personWords;
  const g = FIRST_NAMES.get(personWords[0]);
  if (g === 'm' || g === 'f') c.gender = g;
  return c;
}

/** ", 54," or ", 7," right after `end`: a person's age in apposition. Read in place. */
export function followedByAge(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return false;
  let k = end + 2;
  while (k < end + 5 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return k > end + 2 && k <= end + 5 && text.charCodeAt(k) === 44;
}

/** " (CUT)", " (ACLED)" right after `end`: two to seven capitals in brackets. Read in place. */
function acronymAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40) return false;
  let k = end + 2;
  while (k < end + 9 && text.charCodeAt(k) >= 65 && text.charCodeAt(k) <= 90) k++;
  return k - (end + 2) >= 2 && text.charCodeAt(k) === 41;
}

/** "the" or "at" right before a name. */
const THE_BEFORE = /\b(?:the|at)\s$/i;
/** Words before a name that make it a place: "in", "at", "from", "the town of"; first in a sentence too ("In Mysuru, …"). */
const PLACE_BEFORE = /\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|to|[Ii]nto|(?:town|city|village|province|region|district|port|county|island) of)\s+$/;
/** Whether c is a \s character (as JavaScript regexes have it). */
const isSpaceCode = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/**
 * A quick test that PLACE_BEFORE may match the 14 characters before `start`: they end in spaces,
 * and the character before the spaces ends one of its words (in, at, from, near, to, into, of).
 */
function mayFollowPlaceWord(text: string, start: number): boolean {
  const lo = Math.max(0, start - 14);
  let k = start - 1;
  while (k >= lo && isSpaceCode(text.charCodeAt(k))) k--;
  if (k === start - 1 || k < lo) return false;
  const c = text.charCodeAt(k);
  return c === 110 || c === 116 || c === 109 || c === 114 || c === 111 || c === 102; // n t m r o f
}

/** Compass words that end a district's name. */
const COMPASS_TAIL = new Set(['North', 'South', 'East', 'West']);
/** Endings of abstract common nouns and verb forms, capitalized in headings and title-case phrases ("Recognition", "Planning"). */
const COMMON_ENDING = /\p{Ll}(?:tion|sion|ment|ness|ism|ship|hood|ance|ence|ing)$/u;
/** A capitalized word inside a sentence: ends with a lower-case letter or a comma and one space before it. */
const CAPITAL_BEFORE = /[\p{Ll},]\s\p{Lu}[\p{L}\p{M}'’-]*\s$/u;

/**
 * One unknown capitalized word that is no name on its own: a hashtag or handle ("#Word", "@Word"),
 * a web address ("Word.com"), a common noun's ending ("Recognition", "Surveying"), or the tail of
 * a title-case phrase whose first word is no name ("the Internet Explorer", "the Election Results").
 * `afterName`: the word follows a name or title in its own run ("Georgian Dream"), so none of this.
 */
function notALoneName(text: string, start: number, end: number, word: string, afterName: boolean): boolean {
  const prev = text.charCodeAt(start - 1);
  if (prev === 35 || prev === 64) return true; // # @
  if (text.charCodeAt(end) === 46 && /^\.(?:com|org|net|gov|edu|co)\b/.test(text.slice(end, end + 5))) return true;
  if (COMMON_TAIL.has(word.charCodeAt(word.length - 1)) && hasCommonTail(word) && COMMON_ENDING.test(word)) return true;
  return !afterName && text.charCodeAt(start - 1) === 32 && capitalBefore(text, start);
}

/**
 * CAPITAL_BEFORE.test(text.slice(start - 30, start)) for text[start - 1] = " ", read backwards in
 * place: the word before the space must start with a capital after a space after a small letter
 * or comma. Anything not ASCII goes to the regex itself.
 */
function capitalBefore(text: string, start: number): boolean {
  const lo = Math.max(0, start - 30);
  let k = start - 2;
  for (; k >= lo; k--) {
    const c = text.charCodeAt(k), l = c | 32;
    if (c >= 128) return CAPITAL_BEFORE.test(text.slice(lo, start));
    if (!((l >= 97 && l <= 122) || c === 39 || c === 45)) break;
  }
  if (k < lo || k + 1 > start - 2) return false;
  const cap = text.charCodeAt(k + 1), space = text.charCodeAt(k);
  if (!(cap >= 65 && cap <= 90) || !(space === 32 || (space >= 9 && space <= 13)) || k - 1 < lo) return false;
  const b = text.charCodeAt(k - 1);
  if (b >= 128) return CAPITAL_BEFORE.test(text.slice(lo, start));
  return (b >= 97 && b <= 122) || b === 44;
}

/** Whether a unit after the first is a name suffix ("Jr", "III"): only then are units left out of a person's words. */
function hasSuffix(units: Unit[]): boolean {
  for (let i = 1; i < units.length; i++) if (isSuffix(units[i].text)) return true;
  return false;
}
/** A leading article, not part of a name: "the Civic Party" is named "Civic Party". */
const THE = /^(?:The|the)\s+/;
/** NAME_SUFFIX.test(w), asked only of words that start as a suffix does. */
const isSuffix = (w: string) => { const c = w.charCodeAt(0); return (c === 74 || c === 83 || c === 73) && NAME_SUFFIX.test(w); };
/** Last three letters of COMMON_ENDING's endings. */
const COMMON_TAILS = ['ion', 'ent', 'ess', 'ism', 'hip', 'ood', 'nce', 'ing'];
const hasCommonTail = (w: string) => w.length >= 4 && COMMON_TAILS.some((t) => w.endsWith(t));
/** Last letters of COMMON_ENDING's endings. */
const COMMON_TAIL = new Set([...'ntsmpdeg'].map((c) => c.charCodeAt(0)));
/** A numbered meeting: "COP29", "G20 Summit" is caught by its head. */
const NUMBERED_EVENT = /^COP\s?\d+$/;
/** A plural common-noun ending on a capitalized word ("Brewers", "Giants", "Cardinals"), not "Paris" or "Jones". */
const PLURAL = /\p{Ll}(?:ers|ors|ans|ents|ants|als|ists|ites|ies|ins|ots|ats|ards|ets|ees)$/u;
