import type { Token } from '../../../layers.ts';
import { formsAt, FORM_AT, FORM_BRIEF, FORM_LIST, W_PARTICLE, W_CONNECTOR, W_NOT_NAME, W_HYPHEN, PARTICLES, CONNECTORS, FIRST_NAMES, ORG_HEADS, FAC_HEADS, LEADING_HEADS, EAST_ASIAN_SURNAMES, formsAtSpan, type GazEntry } from '../lexicon.ts';
import { lookup, WORD_FLAGS } from '../word-index.ts';
import { upperAt, lowerAt, isAcronym } from '../chars.ts';
import { followedByAge, NUMBERED_HEADS } from './classify-name.ts';
import { endsSentence, LOWER_TAIL, leadsTitle, particlesThenName, splitHyphenated } from './word-context.ts';
import { INITIAL_LETTER, DOTTED, JOINED_PARTICLE, POSSESSIVE, CLAUSE_OPENER_CODES, tokenKey } from '../patterns.ts';

/**
 * A unit: one token or one gazetteer form. g = gazetteer entry, c = capitalized unknown word,
 * i = initial, p = name particle, x = connector (of, the, and), s = possessive 's. Other tokens
 * get no unit: a gap in token indexes (t1 of one unit ≠ t0 of the next) breaks a name.
 */
export interface Unit { kind: 'g' | 'c' | 'i' | 'p' | 'x' | 's' | 'o'; start: number; end: number; t0: number; t1: number; text: string; entry?: GazEntry;
  /** a place named inside a hyphenated word ("Houston-based"): a name of its own, never part of a longer one */
  alone?: boolean;
  /** places named inside an organisation's name: Iraq and Syria in "Islamic State in Iraq and Syria" */
  nested?: Array<{ start: number; end: number; entry: GazEntry }> }

/**
 * A unit with every field set, in one order: the stage's later rules then read units of a single
 * shape (object literals of different fields made them polymorphic).
 */
export function makeUnit(kind: Unit['kind'], start: number, end: number, t0: number, t1: number, text: string, entry?: GazEntry, alone?: boolean): Unit {
  return { kind, start, end, t0, t1, text, entry, alone, nested: undefined };
}

/** What the whole article says about a word: written in lower case somewhere; capitalized inside a sentence somewhere. */
export interface DocWords { isLower(word: string): boolean; isMidCap(word: string): boolean;
  /** written somewhere first in a name of three words or with a hyphenated given name ("Lim Kah Hoe", "Park Ji-hoon") */
  startsName(word: string): boolean }

/** The units of tokens[from, to): gazetteer forms matched longest first, then word classes. */
export function readUnits(text: string, tokens: Token[], from: number, to: number, words: DocWords): Unit[] {
  const units: Unit[] = [];
  let clauseStart = true;
  for (let i = from; i < to;) {
    const tok = tokens[i];
    const c0 = text.charCodeAt(tok.start);
    if (tok.kind === 'p' || tok.kind === 'n') {
      // Most punctuation and numbers only end a name; '&' joins one ("AT&T" aside, "Johnson & Johnson").
      clauseStart = tok.kind === 'p' && (opensClause(c0) || endsSentence(text, tokens, i));
      if (c0 === 38) units.push(makeUnit('x', tok.start, tok.end, i, i + 1, '&'));
      // "Local 1127", "Route 66", "Terminal 5": a number after its head word is part of the name.
      else if (tok.kind === 'n' && numberedHeadBefore(text, tokens, units, i)) { units.push(makeUnit('c', tok.start, tok.end, i, i + 1, text.slice(tok.start, tok.end))); clauseStart = false; }
      // "Citizens' Alliance", "Workers' Party": a plural's apostrophe before a head word stays inside the name.
      else if ((c0 === 39 || c0 === 8217) && tok.end - tok.start === 1 && pluralBeforeHead(text, tokens, units, i, to)) {
        units.push(makeUnit('x', tok.start, tok.end, i, i + 1, text[tok.start]));
        clauseStart = false; // a closing apostrophe, not an opening quote
      }
      i++; continue;
    }
    // One look-up per word, in place: its id (times two, +1 when found without a final ".").
    const r = lookup(text, tok.start, tok.end);
    // The forms the word starts: FORM_LIST[f0, f1) (none when f0 = f1).
    const f0 = r < 0 ? 0 : FORM_AT[r >> 1], f1 = r < 0 ? 0 : FORM_AT[(r >> 1) + 1];
    const lower = c0 >= 97 && c0 <= 122;
    // A lower-case word is matched only as written ("the" of "the Hague", not "the." of a form).
    const entry = f1 > f0 && (!lower || (r & 1) === 0) ? matchForm(text, tokens, i, to, f0, f1) : null;
    const j = entry ? matchEnd : 0; // the token after the form (read now: matchForm is asked again below)
    if (lower && !entry) {
      // The common case, a lower-case word that starts no form here: only particles, connectors
      // and "al-Amr" matter (what classify finds for it), so most are passed over without being sliced.
      clauseStart = false;
      const flags = r >= 0 && (r & 1) === 0 ? WORD_FLAGS[r >> 1] : 0;
      let kind: Unit['kind'] | null = flags & W_PARTICLE ? 'p' : flags & W_CONNECTOR ? 'x' : null;
      if (!kind && (c0 === 97 || c0 === 98 || c0 === 101 || c0 === 105) && tok.end - tok.start >= 4 && (text.charCodeAt(tok.start + 2) === 45 || text.charCodeAt(tok.start + 3) === 45)
        && JOINED_PARTICLE.test(text.slice(tok.start, tok.end))) kind = 'c';
      // A connector or particle joins a name only right after another unit (groupRuns): elsewhere it is left out.
      if (kind === 'c' || (kind && units.length && units[units.length - 1].t1 === i)) units.push(makeUnit(kind, tok.start, tok.end, i, i + 1, text.slice(tok.start, tok.end)));
      i++; continue;
    }
    if (!entry && c0 >= 65 && c0 <= 90 && isPlainNotName(text, tok.start, tok.end, r)) {
      // A capitalized word of the not-a-name list ("The", "But", "Officials"): classify finds no unit for it.
      clauseStart = false;
      i++; continue;
    }
    if (c0 >= 65 && c0 <= 90 && tok.end - tok.start <= 3 && isCurrencyPrefix(text, tok.end)) {
      // "US$ 20,000", "NZ $5 million", "HK$": a currency's sign, not a mention of the country.
      clauseStart = false;
      i++; continue;
    }
    const word = text.slice(tok.start, tok.end);
    const startsClause = clauseStart;
    clauseStart = false;
    if (entry && (entry.kind === 'city' || entry.kind === 'region' || entry.kind === 'country') && j === i + 1) {
      // "Douglas Pike", "Jordan Pike-Alvarez", "Van der Veen": a place name that starts a person's name.
      // The next word, read in place first: a capital and a small letter, or a particle.
      const nt = i + 1 < to && tokens[i + 1].kind === 'w' ? tokens[i + 1] : null;
      const w1 = nt && text.charCodeAt(nt.start) >= 0xd800 && text.charCodeAt(nt.start) <= 0xdbff ? 2 : 1;
      const capLower = !!nt && nt.start + w1 < nt.end && upperAt(text, nt.start) && lowerAt(text, nt.start + w1);
      const rn = nt && !capLower ? lookup(text, nt.start, nt.end) : -1;
      const particle = rn >= 0 && (rn & 1) === 0 && (WORD_FLAGS[rn >> 1] & W_PARTICLE) !== 0;
      const next = capLower ? text.slice(nt.start, nt.end) : '';
      // "Mary T. Oduya": a first name that is also a place, before an initial.
      const initial = !!nt && nt.end - nt.start === 1 && upperAt(text, nt.start) && text.charCodeAt(nt.end) === 46;
      if ((capLower && FIRST_NAMES.has(word) && !ORG_HEADS.has(next) && !formsAt(next)) || (initial && FIRST_NAMES.has(word)) || (capLower && isGivenNameAfter(word, next)) || (particle && particlesThenName(text, tokens, i + 1, to))) {
        units.push(makeUnit('c', tok.start, tok.end, i, i + 1, word));
        clauseStart = false; i++; continue;
      }
    }
    if (entry && !(startsClause && entry.kind !== 'title' && entry.kind !== 'honorific' && j === i + 1 && words.isLower(word))) {
      const end = tokens[j - 1].end;
      if (entry.kind === 'titlemod' && upperAt(word, 0) && !leadsTitle(text, tokens, j, to)) {
        // First in a clause ("Trade between …", "Security was tight"), a title word that the article writes in lower case, or never
        // capitalizes inside a sentence, is a common word; "Trade Policy Forum" (a capital next) may still be a name.
        const nextCap = i + 1 < to && tokens[i + 1].kind === 'w' && upperAt(text, tokens[i + 1].start);
        if (!(startsClause && (words.isLower(word) || (!nextCap && !words.isMidCap(word))))) units.push(makeUnit('c', tok.start, tok.end, i, i + 1, word));
        i++; continue;
      }
      if (entry.kind === 'product') {
        // "Windows XP", "Internet Explorer 6", "PlayStation VR": a product and its version are one unit.
        const v = versionEnd(text, tokens, j, to);
        units.push(makeUnit('g', tok.start, tokens[v - 1].end, i, v, v === i + 1 ? word : text.slice(tok.start, tokens[v - 1].end), entry));
        i = v;
        continue;
      }
      // A one-token form's text is the word already read (no second slice).
      const unit = makeUnit('g', tok.start, end, i, j, j === i + 1 ? word : text.slice(tok.start, end), entry);
      if ((entry.kind === 'org' || entry.kind === 'outlet') && j - i > 2) unit.nested = nestedPlaces(text, tokens, i + 1, j);
      units.push(unit);
      i = j;
      continue;
    }
    const glued = isDigit(word.charCodeAt(word.length - 1)) ? gluedVersion(word) : null;
    if (glued) { units.push(makeUnit('g', tok.start, tok.end, i, i + 1, word, glued)); i++; continue; }
    // "Man-lok" of "Ho Man-lok" is a given name after a surname, not the city Man and a word.
    const hyphenated = word.includes('-') && !(i > from && isGivenNameAfter(text.slice(tokens[i - 1].start, tokens[i - 1].end), word)) ? splitHyphenated(word, tok.start, i) : null;
    if (hyphenated) { units.push(hyphenated); i++; continue; }
    const label = word.length > 3 && word.charCodeAt(1) === 45 ? partyPlaceLabel(text, tok.start, tok.end, i, word) : null;
    if (label) { units.push(label); i++; continue; }
    const notName = r >= 0 && (r & 1) === 0 && (WORD_FLAGS[r >> 1] & W_NOT_NAME) !== 0; // NOT_NAMES.has(word), from the look-up
    const kind = classify(text, tokens, i, to, word, startsClause, words, notName);
    if (kind === 'o') { i++; continue; }
    const u = makeUnit(kind, tok.start, tok.end, i, i + 1, word);
    units.push(u);
    // An initial keeps its period: "L." is one unit.
    if (u.kind === 'i' && i + 1 < to && text[tok.end] === '.') { u.end = tok.end + 1; u.text += '.'; u.t1 = i + 2; i += 2; continue; }
    i++;
  }
  return units;
}

/**
 * A capitalized word of NOT_NAMES as written (look-up r), of two letters or more, that is no
 * dotted initial ("A.") and has no hyphen: one for which classify returns 'o' without reading more.
 */
function isPlainNotName(text: string, start: number, end: number, r: number): boolean {
  return r >= 0 && (r & 1) === 0 && (WORD_FLAGS[r >> 1] & (W_NOT_NAME | W_HYPHEN)) === W_NOT_NAME && end - start >= 2 && text.charCodeAt(start + 1) !== 46;
}

/** CLAUSE_OPENER_CODES.has(c), ASCII read from three 32-bit masks. */
const OPENER_MASKS = new Int32Array(4);
for (const c of CLAUSE_OPENER_CODES) if (c < 128) OPENER_MASKS[c >> 5] |= 1 << (c & 31);
function opensClause(c: number): boolean {
  return c < 128 ? (OPENER_MASKS[c >> 5] & (1 << (c & 31))) !== 0 : CLAUSE_OPENER_CODES.has(c);
}

/** Gazetteer kinds that name a place. */
const PLACE_KIND = new Set(['country', 'city', 'region', 'area']);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** "IE6", "iOS17": a product's name with its version number glued on; its entry, or null. */
function gluedVersion(word: string): GazEntry | null {
  let k = word.length;
  while (k > 0 && isDigit(word.charCodeAt(k - 1))) k--;
  if (k < 2 || word.length - k > 2) return null;
  return formsAt(word.slice(0, k))?.find((f) => f.keys.length === 1 && f.entry.kind === 'product')?.entry ?? null;
}
/** The token after a product's version: numbers ("6", "17") and short words in capitals ("XP", "VR") right after it. */
function versionEnd(text: string, tokens: Token[], j: number, to: number): number {
  let v = j;
  while (v < to && v < j + 2 && tokens[v].start - tokens[v - 1].end <= 1) {
    const t = tokens[v], len = t.end - t.start;
    if (!(t.kind === 'n' || (t.kind === 'w' && len <= 3 && isAcronym(text.slice(t.start, t.end))))) break;
    v++;
  }
  return v;
}

/** A dollar sign right after the word, or after one space: the word is a currency's country code. */
function isCurrencyPrefix(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 36 || (c === 32 && text.charCodeAt(end + 1) === 36);
}

/** A hyphenated given name of two short syllables ("Cheuk-ting", "Jae-in"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u;
/**
 * "Lam Cheuk-ting", "Ho Kin-fai", "Moon Jae-in": an East Asian surname and then a hyphenated given
 * name make a person's name, though the given name looks like "Prize-winning" and the surname is a place.
 */
function isGivenNameAfter(surname: string, word: string): boolean {
  return EAST_ASIAN_SURNAMES.has(surname) && word.length <= 13 && HYPHENATED_GIVEN.test(word);
}

/** A prefix that makes a capitalized compound a common word: "Pro-Beijing", "Anti-war", "Ex-minister". */
const PREFIXED = /^(?:Pro|Anti|Ex|Non|Post|Pre|Neo)-/;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

function classify(text: string, tokens: Token[], i: number, to: number, word: string, startsClause: boolean, words: DocWords, notName: boolean): Unit['kind'] {
  // Cheap tests on length and characters guard each pattern: this runs for every capitalized word.
  if (word.length === 2 && POSSESSIVE.test(word)) return i > 0 && possessiveInName(text, tokens, i, to) ? 'x' : 's';
  if (tokens[i].kind !== 'w') return CONNECTORS.has(word) ? 'x' : 'o';
  if (word.length === 1 && INITIAL_LETTER.test(word) && text[tokens[i].end] === '.' && word !== 'I' && word !== 'A') return 'i';
  const capitalized = upperAt(word, 0);
  if (word.length <= 5 && word.charCodeAt(1) === 46 && capitalized && DOTTED.test(word)) return 'i';
  if (capitalized) {
    if (notName) return 'o';
    const hyphen = word.includes('-');
    if (hyphen && LOWER_TAIL.test(word) && !JOINED_PARTICLE.test(word) && !(i > 0 && isGivenNameAfter(text.slice(tokens[i - 1].start, tokens[i - 1].end), word))) return 'o'; // "T-shirt", "Prize-winner", "Pro-Beijing"
    if (hyphen && PREFIXED.test(word)) return 'o';
    if (word.length <= 6 && !isAsciiLower(word.charCodeAt(1)) && isAcronym(word)) return 'c'; // never a common word, even first in a clause: "(ACLED)""
    if (!startsClause) return 'c';
    // First in a clause: a word the article writes in lower case somewhere is a common word; so
    // is one that the article never capitalizes elsewhere, that is no first name and starts no
    // longer name ("Residents said", "Honestly, ..."). The cheap tests go first, and the text is
    // searched for the capitalized word before the lower-case one (it settles most common words).
    // "University of Texas ...", "Bank of Korea ..." first in a sentence: an organisation's head word, "of" and a name.
    if (ORG_HEADS.has(word) && i + 2 < to && text.startsWith('of ', tokens[i + 1].start) && upperAt(text, tokens[i + 2].start)) return 'c';
    // "Lake Chad ...", "Team Kenya ..." first in a sentence: a leading head word before a place's name.
    if (LEADING_HEADS.has(word) && i + 1 < to && formsAtSpan(text, tokens[i + 1].start, tokens[i + 1].end)?.some((f) => PLACE_KIND.has(f.entry.kind))) return 'c';
    // "Song said …" after "Song Il-guk", "Park said" after "Park Ji-hoon": an East Asian surname that starts a full
    // name elsewhere in the article is that person, though it starts every sentence it is in or is also a common word.
    if (EAST_ASIAN_SURNAMES.has(word) && words.startsName(word)) return 'c';
    // "Local 1127 said …": a numbered head word first in a sentence.
    if (NUMBERED_HEADS.has(word) && i + 1 < to && tokens[i + 1].kind === 'n' && tokens[i + 1].start === tokens[i].end + 1) return 'c';
    // "Rolls-Royce said …", "Kovacs-Novak told …": two capitalized parts joined by a hyphen make a name even first in a
    // sentence (not "Anglo-Irish", "Sino-Soviet": a first part in -o is a combining form).
    if (hyphen && CAP_CAP.test(word) && word.charCodeAt(word.indexOf('-') - 1) !== 111) return 'c';
    // "Kovacs-Novak, 54, said …": a name with an age in apposition, though its only mention starts a sentence.
    if (followedByAge(text, tokens[i].end)) return 'c';
    // A capital or an Arabic joined particle next ("Wadi al-Rayyan", "Abu al-Hassan") may continue a name.
    const mayBeName = FIRST_NAMES.has(word) || (i + 1 < to && tokens[i + 1].kind === 'w' && (upperAt(text, tokens[i + 1].start)
      || (tokens[i + 1].end - tokens[i + 1].start > 3 && JOINED_PARTICLE.test(text.slice(tokens[i + 1].start, tokens[i + 1].start + 6)))));
    if (mayBeName) return words.isLower(word) ? 'o' : 'c';
    return !words.isMidCap(word) || words.isLower(word) ? 'o' : 'c';
  }
  if (JOINED_PARTICLE.test(word)) return 'c';
  if (PARTICLES.has(word)) return 'p';
  if (CONNECTORS.has(word)) return 'x';
  return 'o';
}

/** "D-Cicero", "R-Skokie": a party's initial and a place, as a label of a U.S. legislator. */
const PARTY_PLACE = /^[RDI]-\p{Lu}\p{Ll}+$/u;
/**
 * "Rep. Ann Fox (D-Skokie)", "Luis Vega, D-Cicero,": a party-and-place label in brackets or commas names a
 * U.S. place, known or not (only its place part is a mention). Not "D-Day" in running text.
 */
function partyPlaceLabel(text: string, start: number, end: number, i: number, word: string): Unit | null {
  const before = text.charCodeAt(start - 1), after = text.charCodeAt(end);
  const open = before === 40 || (before === 32 && text.charCodeAt(start - 2) === 44);
  if (!open || !(after === 41 || after === 44) || !PARTY_PLACE.test(word)) return null;
  const place = word.slice(2);
  const entry: GazEntry = { kind: 'city', key: 'p:' + place, name: place, type: 'GPE', country: 'USA' };
  return makeUnit('g', start + 2, end, i, i + 1, place, entry, true);
}

/** Two capitalized parts joined by a hyphen: "Rolls-Royce", "Kovacs-Novak". */
const CAP_CAP = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
/** Whether the number at token i (digits only, one space after the last unit) follows a NUMBERED_HEADS word. */
function numberedHeadBefore(text: string, tokens: Token[], units: Unit[], i: number): boolean {
  const last = units[units.length - 1], t = tokens[i];
  if (!last || last.kind !== 'c' || last.t1 !== i || t.start !== last.end + 1 || t.end - t.start > 4 || !NUMBERED_HEADS.has(last.text)) return false;
  for (let k = t.start; k < t.end; k++) { const c = text.charCodeAt(k); if (c < 48 || c > 57) return false; }
  return true;
}

/** Collective nouns whose "'s" stays inside a name before a head word: "People's Party", "Women's Hospital". */
const COLLECTIVES = new Set(['People', 'Children', 'Women', 'Men', 'Workers']);
/** Whether token i + 1 follows token i after one space and is an organisation's or a building's head word. */
function headNext(text: string, tokens: Token[], i: number, to: number): boolean {
  const n = tokens[i + 1];
  if (i + 1 >= to || n.kind !== 'w' || n.start - tokens[i].end !== 1 || !upperAt(text, n.start)) return false;
  const w = text.slice(n.start, n.end);
  return ORG_HEADS.has(w) || FAC_HEADS.has(w);
}
/**
 * Whether the "'s" at token i stays inside a name: after a collective noun before a head word ("People's Party"),
 * or after a title before an office's head word ("District Attorney's Office", "Sheriff's Department").
 */
function possessiveInName(text: string, tokens: Token[], i: number, to: number): boolean {
  const p = tokens[i - 1];
  if (p.end !== tokens[i].start || !headNext(text, tokens, i, to)) return false;
  if (COLLECTIVES.has(text.slice(p.start, p.end))) return true;
  const n = tokens[i + 1];
  return OFFICE_HEADS.has(text.slice(n.start, n.end)) && !!formsAtSpan(text, p.start, p.end)?.some((f) => f.keys.length === 1 && f.entry.kind === 'title');
}
/** Head words of a title-holder's office: "Attorney's Office", "Sheriff's Department". */
const OFFICE_HEADS = new Set(['Office', 'Department', 'Bureau']);
/** The apostrophe at token i ends a capitalized plural read just before it ("Citizens'") and a head word follows. */
function pluralBeforeHead(text: string, tokens: Token[], units: Unit[], i: number, to: number): boolean {
  const last = units[units.length - 1];
  return !!last && last.kind === 'c' && last.t1 === i && tokens[i].start === last.end && last.text.length > 3 && last.text.endsWith('s') && headNext(text, tokens, i, to);
}

/** Where the last form matchForm found ends: the token after it. */
let matchEnd = 0;

/** The entry of the longest of the forms FORM_LIST[f0, f1) that starts at token i (its end in matchEnd), or null. */
function matchForm(text: string, tokens: Token[], i: number, to: number, f0: number, f1: number): GazEntry | null {
  // The first character of the next token, compared with each form's second key before the form is read.
  const next = i + 1 < to ? text.charCodeAt(tokens[i + 1].start) : -2;
  for (let n = f0; n < f1; n++) {
    const length = FORM_BRIEF[2 * n];
    if (i + length > to || (length > 1 && FORM_BRIEF[2 * n + 1] !== next)) continue;
    const f = FORM_LIST[n], keys = f.keys;
    let ok = true;
    for (let k = 1; k < keys.length && ok; k++) {
      const t = tokens[i + k];
      // Compare in place (no slice): the key, or the key and a final "." that tokenKey drops.
      // The first character is compared first: most forms fail there.
      const want = keys[k], len = t.end - t.start;
      ok = text.charCodeAt(t.start) === want.charCodeAt(0) && text.startsWith(want, t.start) && t.start - tokens[i + k - 1].end <= 1
        && (len === want.length || (len === want.length + 1 && text.charCodeAt(t.end - 1) === 46 && tokenKey(text.slice(t.start, t.end)) === want));
    }
    // A form must end at a word boundary: "Mr" in "Mrs" never matches, the tokenizer sees to that.
    if (ok) { matchEnd = i + keys.length; return f.entry; }
  }
  return null;
}

function nestedPlaces(text: string, tokens: Token[], from: number, to: number): Unit['nested'] {
  const out: NonNullable<Unit['nested']> = [];
  for (let k = from; k < to; k++) {
    const r = lookup(text, tokens[k].start, tokens[k].end);
    const f0 = r < 0 ? 0 : FORM_AT[r >> 1], f1 = r < 0 ? 0 : FORM_AT[(r >> 1) + 1];
    const entry = f1 > f0 ? matchForm(text, tokens, k, to, f0, f1) : null;
    if (entry && entry.kind === 'country') { const j = matchEnd; out.push({ start: tokens[k].start, end: tokens[j - 1].end, entry }); k = j - 1; }
  }
  return out;
}
