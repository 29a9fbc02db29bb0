import countriesTable from '../../data/countries.json' with { type: 'json' };
import citiesTable from '../../data/cities.json' with { type: 'json' };
import placesTable from '../../data/places.json' with { type: 'json' };
import orgTable from '../../data/organizations.json' with { type: 'json' };
import outletTable from '../../data/outlets.json' with { type: 'json' };
import titleTable from '../../data/titles.json' with { type: 'json' };
import namesTable from '../../data/first-names.json' with { type: 'json' };
import extraNames from '../../data/first-names-extra.json' with { type: 'json' };
import worldNames from '../../data/first-names-world.json' with { type: 'json' };
import wordsTable from '../../data/entity-words.json' with { type: 'json' };
import productTable from '../../data/products.json' with { type: 'json' };
import wikidataTable from '../../data/wikidata-countries.json' with { type: 'json' };
import { tokenize } from '../tokens/index.ts';
import { tokenKey } from './patterns.ts';
import { lookup, wordId, WORDS, WORD_FLAGS } from './word-index.ts';
import type { Entity } from '../../../model/index.ts';

export type EntityType = Entity['type'];
export type GazKind = 'country' | 'city' | 'region' | 'area' | 'org' | 'outlet' | 'group' | 'demonym' | 'title' | 'titlemod' | 'honorific' | 'product';

/** One gazetteer entry: what a written form means. `key` identifies the referent within an article. */
export interface GazEntry {
  kind: GazKind; key: string; name: string; type: EntityType;
  country?: string; sector?: string; wikidata?: string; gender?: 'm' | 'f';
  /** cities: the country whose capital this is (for metonyms: "Moscow said") */
  capitalOf?: string;
}
export interface Form { keys: string[]; entry: GazEntry }

/** Forms by the key of their first token, longest first. Built once, at module load. */
const TRIE = new Map<string, Form[]>();
function addForm(form: string, entry: GazEntry): void {
  const keys = tokenize(form).map((t) => tokenKey(form.slice(t.start, t.end)));
  if (!keys.length) return;
  const list = TRIE.get(keys[0]) ?? [];
  if (list.some((f) => f.keys.join(' ') === keys.join(' ') && f.entry.kind === entry.kind)) return;
  list.push({ keys, entry });
  TRIE.set(keys[0], list);
}

export const COUNTRY_NAME = new Map<string, string>();
const WIKIDATA: Record<string, string> = wikidataTable.countries;
const CAPITAL = new Map<string, string>();
const NAME_OVERRIDE = placesTable.countryNames as Record<string, string>;
for (const c of countriesTable.countries) {
  COUNTRY_NAME.set(c.iso3, NAME_OVERRIDE[c.iso3] ?? c.name);
  for (const cap of c.capitals) CAPITAL.set(cap, c.iso3);
}
CAPITAL.set('Washington', 'USA');
const country = (iso3: string): GazEntry => ({ kind: 'country', key: 'c:' + iso3, name: COUNTRY_NAME.get(iso3) ?? iso3, type: 'GPE', country: iso3,
  ...(WIKIDATA[iso3] ? { wikidata: WIKIDATA[iso3] } : {}) });
const extraForms = placesTable.countryForms as Record<string, string[]>;
const extraDemonyms = placesTable.demonyms as Record<string, string[]>;
// A word that is a demonym ("Saudi") means the people, not the state, even where a table lists it as a name.
// Except the country's own name or capital listed as its demonym ("Djibouti", "Gibraltar"): there the place reading wins.
const ownDemonyms = (c: { name: string; capitals: string[]; demonyms: string[] }) => c.demonyms.filter((d) => d !== c.name && !c.capitals.includes(d));
const DEMONYM_FORMS = new Set([...countriesTable.countries.flatMap(ownDemonyms), ...Object.values(extraDemonyms).flat()]);
const dropForms = placesTable.dropForms as Record<string, string[]>;
for (const c of countriesTable.countries) {
  for (const f of [...c.forms, ...(extraForms[c.iso3] ?? [])]) {
    if ((!DEMONYM_FORMS.has(f) || f === 'U.S.') && !dropForms[c.iso3]?.includes(f)) addForm(f, country(c.iso3));
  }
}
/** People of a country as one NORP entity, named in the plural: "Saudis", "Chinese", "French". */
const demonym = (iso3: string, plural: string): GazEntry => ({ kind: 'demonym', key: 'd:' + iso3, name: plural, type: 'NORP', country: iso3 });
const pluralOf = (forms: string[]) => forms.find((f) => /[^s]s$/.test(f)) ?? (/(?:ese|ish|ch|ss)$/.test(forms[0]) ? forms[0] : forms[0] + 's');
// A demonym shared by a state and its territories ("French": France and the French Southern
// Territories; "American": the United States and the Northern Mariana Islands) means the state:
// the country with the most people in the city table.
const CITY_PEOPLE = new Map<string, number>();
for (const [, iso3, people] of citiesTable.cities as Array<[string, string, number]>) CITY_PEOPLE.set(iso3, (CITY_PEOPLE.get(iso3) ?? 0) + (people || 0));
const demonymForms = (c: { iso3: string; name: string; capitals: string[]; demonyms: string[] }) => {
  const forms = new Set([...ownDemonyms(c), ...(extraDemonyms[c.iso3] ?? [])]);
  for (const d of [...forms]) if (/n$/.test(d)) forms.add(d + 's'); // Syrian → Syrians
  forms.delete('U.S.');
  return forms;
};
const DEMONYM_OWNER = new Map<string, string>();
for (const c of countriesTable.countries) {
  for (const f of demonymForms(c)) {
    const owner = DEMONYM_OWNER.get(f);
    if (!owner || (CITY_PEOPLE.get(c.iso3) ?? 0) > (CITY_PEOPLE.get(owner) ?? 0)) DEMONYM_OWNER.set(f, c.iso3);
  }
}
for (const c of countriesTable.countries) {
  const forms = demonymForms(c);
  if (!forms.size) continue;
  const entry = demonym(c.iso3, pluralOf([...forms]));
  for (const f of forms) if (DEMONYM_OWNER.get(f) === c.iso3) addForm(f, entry);
}
const city = (name: string, iso3: string): GazEntry => ({ kind: 'city', key: 'p:' + name.replace(/,? D\.?C\.?$/, ''), name: name.replace(/,? D\.?C\.?$/, ''),
  type: 'GPE', country: iso3, ...(CAPITAL.get(name) === iso3 ? { capitalOf: iso3 } : {}) });
for (const [name, iso3] of citiesTable.cities as Array<[string, string, number]>) addForm(name, city(name, iso3));
for (const [name, iso3] of placesTable.cities as Array<[string, string]>) addForm(name, city(name, iso3));
for (const [name, iso3] of placesTable.regions as Array<[string, string]>) addForm(name, { kind: 'region', key: 'p:' + name, name, type: 'GPE', country: iso3 });
// AP state abbreviations: "Ill." in "D-Ill." and in datelines.
for (const [abbr, state] of Object.entries(placesTable.stateAbbreviations as Record<string, string>)) {
  if (state !== 'Washington' && state !== 'New York') addForm(abbr, { kind: 'region', key: 'p:' + state, name: state, type: 'GPE', country: 'USA' });
}
for (const name of placesTable.areas) addForm(name, { kind: 'area', key: 'p:' + name, name, type: 'LOC' });
for (const [name, iso3, plural] of placesTable.groups as string[][]) {
  const canonical = plural ?? (name.endsWith('s') || name === 'Rohingya' ? name : name + 's');
  addForm(name, { kind: 'group', key: 'g:' + canonical, name: canonical, type: 'NORP', ...(iso3 ? { country: iso3 } : {}) });
}
for (const o of orgTable.organizations as Array<{ name: string; forms: string[]; sector?: string; country?: string; wikidata?: string; type?: string }>) {
  const entry: GazEntry = { kind: 'org', key: 'o:' + o.name, name: o.name, type: (o.type as EntityType) ?? 'ORG',
    ...(o.sector ? { sector: o.sector } : {}), ...(o.country ? { country: o.country } : {}), ...(o.wikidata ? { wikidata: o.wikidata } : {}) };
  for (const f of o.forms) addForm(f, entry);
}
for (const o of outletTable.outlets) {
  const entry: GazEntry = { kind: 'outlet', key: 'o:' + o.name, name: o.name, type: 'ORG', sector: 'MED' };
  for (const f of o.forms) if (f !== 'AP' && f !== 'Getty') addForm(f, entry);
}
// Products ("Chrome", "iPhone"): found so they are not taken for a person or a company; reported as no entity (OTHER).
for (const forms of productTable.products) {
  const entry: GazEntry = { kind: 'product', key: 'x:' + forms[0], name: forms[0], type: 'OTHER' };
  for (const f of forms) addForm(f, entry);
}
addTitles();

function addTitles(): void {
  const both = (s: string) => [s, s.toLowerCase()];
  const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Sheikh)\.?$/;
  for (const [form, sector, gender] of titleTable.heads as string[][]) {
    for (const f of both(form)) addForm(f, { kind: 'title', key: '', name: form, type: 'PERSON', ...(sector ? { sector } : {}), ...(gender ? { gender: gender as 'm' | 'f' } : {}) });
  }
  for (const form of titleTable.modifiers) addForm(form, { kind: 'titlemod', key: '', name: form, type: 'PERSON' });
  for (const [form, sector, iso3, gender] of titleTable.phrases as string[][]) {
    const kind = HONORIFIC.test(form) ? 'honorific' : 'title';
    addForm(form, { kind, key: '', name: form, type: 'PERSON', ...(sector ? { sector } : {}), ...(iso3 ? { country: iso3 } : {}), ...(gender ? { gender: gender as 'm' | 'f' } : {}) });
  }
}
/** Title modifiers in lower case ("foreign", "economy"), for titles written after a name ("X, the foreign minister,"). */
export const TITLE_MODIFIERS_LOWER = new Set((titleTable.modifiers as string[]).map((m) => m.toLowerCase()));
for (const list of TRIE.values()) list.sort((a, b) => b.keys.length - a.keys.length);

/** The gazetteer forms that may start at a token with this key, longest first. */
export function formsAt(key: string): readonly Form[] | undefined { return TRIE.get(key); }

/** formsAt for the token text[start, end), read in place (see word-index.ts). */
export function formsAtSpan(text: string, start: number, end: number): readonly Form[] | undefined {
  const r = lookup(text, start, end);
  return r < 0 ? undefined : FORMS_OF[r >> 1];
}

const split = (s: string) => s.split(' ').filter(Boolean);
/** Gender of a first name, from the name lists: 'm', 'f', 'u' (either), or undefined (not a known first name). */
export const FIRST_NAMES = new Map<string, 'm' | 'f' | 'u'>([
  ...split(namesTable.male).map((n) => [n, 'm'] as const), ...split(namesTable.female).map((n) => [n, 'f'] as const),
  ...split(namesTable.either).map((n) => [n, 'u'] as const), ...split(extraNames.male).map((n) => [n, 'm'] as const),
  ...split(extraNames.female).map((n) => [n, 'f'] as const),
  // Given names of other countries that no English list has ("Ngozi", "Kwame", "Emre"): never an English word.
  ...split(worldNames.male).map((n) => [n, 'm'] as const), ...split(worldNames.female).map((n) => [n, 'f'] as const),
  ...split(worldNames.either).map((n) => [n, 'u'] as const),
]);

export const NOT_NAMES = new Set(wordsTable.notNames);
export const ORG_HEADS = new Set(wordsTable.orgHeads);
export const FAC_HEADS = new Set(wordsTable.facHeads);
export const LOC_HEADS = new Set(wordsTable.locHeads);
export const GROUP_NOUNS = new Map(Object.entries(wordsTable.groupNouns));
export const METONYM_VERBS = new Set(wordsTable.metonymVerbs);
export const PARTICLES = new Set(wordsTable.particles);
export const CONNECTORS = new Set(wordsTable.nameConnectors);
/**
 * Word flags (word-index.ts) of particles, connectors and NOT_NAMES, and of words with a hyphen (set
 * below, once every word has its id); and the gazetteer forms each word id starts.
 */
export const W_PARTICLE = 1, W_CONNECTOR = 2, W_NOT_NAME = 4, W_HYPHEN = 8;
for (const w of wordsTable.particles) WORD_FLAGS[wordId(w)] |= W_PARTICLE;
for (const w of wordsTable.notNames) WORD_FLAGS[wordId(w)] |= W_NOT_NAME;
for (const w of wordsTable.nameConnectors) WORD_FLAGS[wordId(w)] |= W_CONNECTOR;
for (const key of TRIE.keys()) wordId(key);
export const FORMS_OF: Array<readonly Form[] | undefined> = WORDS.map((w) => TRIE.get(w));
for (let id = 0; id < WORDS.length; id++) if (WORDS[id].includes('-')) WORD_FLAGS[id] |= W_HYPHEN;
/**
 * The forms each word id starts, flat and side by side (few pointers to chase, one cache line for most
 * words): word id w starts the forms FORM_LIST[FORM_AT[w], FORM_AT[w + 1]), longest first. Form n in
 * brief: FORM_BRIEF[2n] keys and a second key that starts with character code FORM_BRIEF[2n + 1] (-1:
 * no second key). Most forms fail on that character, read without touching the form.
 */
export const FORM_AT = new Int32Array(WORDS.length + 1);
export const FORM_LIST: Form[] = [];
for (let id = 0; id < WORDS.length; id++) {
  FORM_AT[id] = FORM_LIST.length;
  for (const f of FORMS_OF[id] ?? []) FORM_LIST.push(f);
}
FORM_AT[WORDS.length] = FORM_LIST.length;
export const FORM_BRIEF = new Int32Array(2 * FORM_LIST.length);
FORM_LIST.forEach((f, n) => { FORM_BRIEF[2 * n] = f.keys.length; FORM_BRIEF[2 * n + 1] = f.keys.length > 1 ? f.keys[1].charCodeAt(0) : -1; });
export const PRONOUNS = new Map(Object.entries(wordsTable.pronouns) as Array<[string, 'm' | 'f' | 'p']>);
export const ROLE_NOUNS = new Set(titleTable.roleNouns);
/** Sector a name's head word implies ("Army" → MIL, "Herald" → MED). */
export const HEAD_SECTOR = new Map<string, string>(Object.entries(wordsTable.headSectors).flatMap(([s, words]) => words.map((w) => [w, s] as const)));
/** Last words that make a place a GPE (a county, a city), not a LOC. */
export const GPE_HEADS = new Set(wordsTable.placeGPEHeads);
/** First words that give a type: "Plaza Baquedano" (FAC), "Lake Chad" (LOC), "Bank of Japan" (ORG). */
export const LEADING_HEADS = new Map(Object.entries(wordsTable.leadingHeads) as Array<[string, EntityType]>);
/** "North" in "North Darfur": joins the place after it. */
export const COMPASS = new Set(wordsTable.compass);
/** Head words that name one institution even alone: "the Legislature", "the Assembly". */
export const SINGLE_HEADS = new Set(wordsTable.singleHeads);
/** Chinese and Korean surnames that stand before a hyphenated given name: "Lam Cheuk-ting", "Moon Jae-in". */
export const EAST_ASIAN_SURNAMES = new Set(wordsTable.eastAsianSurnames);
/** Last words that make a name an EVENT: "FA Cup", "Madrid Open", "Paris Summit". */
export const EVENT_HEADS = new Set(wordsTable.eventHeads);
/** Words that name a minister's portfolio or an envoy's remit after "for": "Minister for Foreign Affairs", "Commissioner for Trade". */
export const PORTFOLIO_WORDS = new Set(wordsTable.portfolioWords);
/** Arabic words that open a place's name before "al-"/"el-" ("Bab el-Mandeb", "Wadi al-Hadhramaut", "Ras al-Khaimah"), with its type. */
export const ARABIC_PLACE_HEADS = new Map(Object.entries(wordsTable.arabicPlaceHeads) as Array<[string, EntityType]>);
/** People of a region inside a state, whose branch of a national party is a party of its own: "Scottish Labour", "Welsh Conservatives". */
export const REGIONAL_DEMONYMS = new Set(wordsTable.regionalDemonyms);
