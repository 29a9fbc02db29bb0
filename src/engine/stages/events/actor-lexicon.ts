// The actor fallback: written forms of countries, demonyms, capitals, organisations, cities and
// sector nouns, so actors resolve even where the entities layer has nothing. Reuses the shared
// place and organisation tables; only sector nouns, capitals-as-metonyms and phrase glue are
// the events stage's own (data/event-actors.json). Built once, at module load.
import countriesTable from '../../data/countries.json' with { type: 'json' };
import placesTable from '../../data/places.json' with { type: 'json' };
import citiesTable from '../../data/cities.json' with { type: 'json' };
import orgTable from '../../data/organizations.json' with { type: 'json' };
import actorTable from '../../data/event-actors.json' with { type: 'json' };
import { tokenize } from '../tokens/index.ts';

export type ActorKind = 'country' | 'demonym' | 'capital' | 'city' | 'org' | 'sector' | 'pronoun';
export interface ActorWord { kind: ActorKind; country?: string; sector?: string; name: string }
/** One written form of an actor: its lower-case words, and whether it needs a capital or all capitals. */
export interface Form { words: string[]; cased: boolean; caps: boolean; word: ActorWord }

/** Cities this populous or more are read as places (and their country) in the fallback. */
const MIN_CITY_POPULATION = 500_000;

const TRIE = new Map<string, Form[]>();

function add(form: string, word: ActorWord, cased: boolean): void {
  const words = tokenize(form).map((t) => form.slice(t.start, t.end).toLowerCase());
  if (!words.length) return;
  const list = TRIE.get(words[0]) ?? [];
  // First entry wins for a written form: later tables do not override earlier ones.
  if (list.some((f) => f.words.join(' ') === words.join(' '))) return;
  // Every field set, in one order: one hidden class for all words, so the rules' reads stay monomorphic.
  const one: ActorWord = { kind: word.kind, country: word.country, sector: word.sector, name: word.name };
  list.push({ words, cased, caps: cased && form === form.toUpperCase(), word: one });
  list.sort((a, b) => b.words.length - a.words.length);
  TRIE.set(words[0], list);
}

const NAME_OF = new Map<string, string>(countriesTable.countries.map((c) => [c.iso3, c.name]));
// The news-usage overrides come first, so "French" is France and "American" the United States,
// not the territories whose demonyms the generated table also lists.
for (const [iso3, forms] of Object.entries(placesTable.countryForms)) {
  for (const f of forms) add(f, { kind: 'country', country: iso3, name: NAME_OF.get(iso3) ?? f }, true);
}
for (const [iso3, forms] of Object.entries(placesTable.demonyms)) {
  for (const f of forms) add(f, { kind: 'demonym', country: iso3, name: NAME_OF.get(iso3) ?? f }, true);
}
for (const c of countriesTable.countries) {
  for (const f of c.forms) add(f, { kind: 'country', country: c.iso3, name: c.name }, true);
  for (const d of c.demonyms) {
    add(d, { kind: 'demonym', country: c.iso3, name: c.name }, true);
    if (/(?:an|i)$/.test(d)) add(d + 's', { kind: 'demonym', country: c.iso3, name: c.name }, true);
  }
}
for (const [name, iso3] of placesTable.cities as Array<[string, string]>) add(name, { kind: 'city', country: iso3, name }, true);
for (const [name, iso3, pop] of citiesTable.cities as Array<[string, string, number]>) {
  if (pop >= MIN_CITY_POPULATION) add(name, { kind: 'city', country: iso3, name }, true);
}
for (const [iso3, forms] of Object.entries(actorTable.capitals)) {
  for (const f of forms) add(f, { kind: 'capital', country: iso3, sector: 'GOV', name: NAME_OF.get(iso3) ?? f }, true);
}
for (const o of orgTable.organizations as Array<{ name: string; forms: string[]; sector?: string; country?: string }>) {
  for (const f of o.forms) add(f, { kind: 'org', name: o.name, ...(o.sector ? { sector: o.sector } : {}), ...(o.country ? { country: o.country } : {}) }, true);
}
for (const [sector, nouns] of Object.entries(actorTable.sectors)) {
  for (const n of nouns) add(n, { kind: 'sector', sector, name: n }, false);
}
for (const p of actorTable.pronouns) add(p, { kind: 'pronoun', name: p }, false);

/** Lower-case words that may stand inside an actor phrase between two actor words. */
export const GLUE = new Set(actorTable.glue);
export const FIRST_PERSON = new Set(actorTable.firstPerson);

/** Actor forms that start with a lower-case word, longest first. */
export type ActorForms = readonly Form[];
/** Every word that starts some actor form, with those forms. */
export const actorFormsByFirstWord = (): Iterable<[string, ActorForms]> => TRIE.entries();

/** Is text[start, end) unchanged by upper-casing? ASCII is read in place; anything else is sliced. */
function inCapitals(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) { const w = text.slice(start, end); return w === w.toUpperCase(); }
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * The longest actor form among `forms` (those starting with token `i`'s word) that matches at
 * token i of `lows` (lower case), or null; it ends at token i + words.length. Proper forms need a
 * capital first letter (`upper`); all-capitals forms ("US") need the word in capitals (not "us"):
 * text[start, end).
 */
export function matchActor(forms: ActorForms, lows: string[], i: number, upper: boolean, text: string, start: number, end: number): Form | null {
  for (let n = 0; n < forms.length; n++) {
    const f = forms[n], words = f.words;
    if (i + words.length > lows.length) continue;
    let k = 1;
    while (k < words.length && lows[i + k] === words[k]) k++;
    if (k < words.length) continue;
    if (f.cased && !upper) continue;
    if (f.caps && !inCapitals(text, start, end)) continue;
    return f;
  }
  return null;
}
