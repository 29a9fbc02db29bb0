import type { Entity } from '../../../../model/index.ts';
import { matchActor, GLUE, type ActorWord } from '../actor-lexicon.ts';
import { entryAt, firstTokenFrom, tokensEnd, mark, zeroed, SLOT, type View, type Actor } from '../view.ts';
import { W } from '../word-class.ts';

/** A mention of an entity, with the entity it belongs to. */
export interface MentionRef { start: number; end: number; entity: Entity; pronoun: boolean }

/** An actor word or mention at tokens [i, j): a lexicon word, or an entity mention (a pronoun or not). */
interface Hit { i: number; j: number; word: ActorWord | null; entity: Entity | null; pronoun: boolean }

/** Words after which "to" keeps an actor phrase going ("forces loyal to Assad"). */
const TO_LINKS = new Set(['loyal', 'allied', 'close', 'linked', 'affiliated']);
const MAX_GAP = 4;

function anyTaken(taken: Uint8Array, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (taken[k]) return true;
  return false;
}

function entityHits(v: View, mentions: MentionRef[], taken: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  for (const m of mentions) {
    const i = firstTokenFrom(v, m.start), j = tokensEnd(v, i, m.end);
    if (i === j || anyTaken(taken, i, j)) continue;
    mark(taken, i, j);
    hits.push({ i, j, word: null, entity: m.entity, pronoun: m.pronoun });
  }
  return hits;
}

function lexiconHits(v: View, taken: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  for (let k = 0; k < v.lows.length; k++) {
    if (!(v.cls[k] & W.actor) || taken[k]) continue;
    const entry = entryAt(v, k), upper = (v.cls[k] & W.upper) !== 0;
    // Every form of the word needs a capital ("the Hague"), and the word has none: no match.
    if (!upper && !entry.uncased) continue;
    const f = matchActor(entry.actors!, v.lows, k, upper, v.text, v.toks[k].start, v.toks[k].end);
    if (!f) continue;
    const end = k + f.words.length;
    if (anyTaken(taken, k, end)) continue;
    mark(taken, k, end);
    hits.push({ i: k, j: end, word: f.word, entity: null, pronoun: false });
    k = end - 1;
  }
  return hits;
}

/** May the words between two actor words [a, b) belong to one phrase ("Security forces in Guinea")? */
function joinable(v: View, a: number, b: number, triggerAt: Uint8Array): boolean {
  if (b - a > MAX_GAP) return false;
  for (let k = a; k < b; k++) {
    const low = v.lows[k];
    if (triggerAt[k]) return false;
    if (GLUE.has(low) || low === '-') continue;
    if (low === 'to' && k > 0 && TO_LINKS.has(v.lows[k - 1])) continue;
    if (TO_LINKS.has(low) && v.lows[k + 1] === 'to') continue;
    if (v.toks[k].kind === 'w' && v.cls[k] & W.upper && k > 0) continue;
    return false;
  }
  return true;
}

/** "in", "near", "at" between two phrases: a place after an actor that already has its country is a location. */
function placeLink(v: View, a: number, b: number): boolean {
  for (let k = a; k < b; k++) { const w = v.lows[k]; if (w === 'in' || w === 'near' || w === 'at') return true; }
  return false;
}

const countryOf = (h: Hit) => h.entity?.country ?? h.word?.country;
const sectorOf = (h: Hit) => h.entity?.sector ?? h.word?.sector;

/** The entity a group resolves to: the first (not pronoun) mention with a country, else the first not a pronoun, else the first. */
function groupEntity(hits: Hit[], g0: number, g1: number): Entity | null {
  for (let g = g0; g < g1; g++) { const h = hits[g]; if (h.entity && !h.pronoun && h.entity.country) return h.entity; }
  for (let g = g0; g < g1; g++) { const h = hits[g]; if (h.entity && !h.pronoun) return h.entity; }
  for (let g = g0; g < g1; g++) { const h = hits[g]; if (h.entity) return h.entity; }
  return null;
}

/** The actor phrase of the group hits[g0, g1). */
function toActor(hits: Hit[], g0: number, g1: number): Actor {
  const first = hits[g0];
  const ent = groupEntity(hits, g0, g1);
  // Every field set, in one order: all actors share one hidden class, so the rules' reads stay monomorphic.
  const a: Actor = { i: first.i, j: hits[g1 - 1].j, entity: ent ? ent.id : null, country: undefined, sector: undefined, pronoun: undefined, place: undefined, coord: undefined };
  for (let g = g0; g < g1; g++) { const country = countryOf(hits[g]); if (country) { a.country = country; break; } }
  // The group noun gives the sector ("forces" in "forces loyal to Assad"); else the name's own.
  let sector: string | undefined;
  let g = g0;
  while (g < g1 && hits[g].word?.kind !== 'sector') g++;
  if (g < g1) sector = hits[g].word!.sector;
  if (sector == null) for (g = g0; g < g1; g++) { const s = sectorOf(hits[g]); if (s) { sector = s; break; } }
  if (sector) a.sector = sector;
  if (g1 - g0 === 1 && (first.word?.kind === 'pronoun' || (first.pronoun && !first.entity))) a.pronoun = first.word?.name ?? 'it';
  let place = true;
  for (g = g0; g < g1 && place; g++) {
    const h = hits[g];
    place = h.word?.kind === 'city' || (!!h.entity && (h.entity.type === 'LOC' || h.entity.type === 'FAC'));
  }
  if (place) a.place = true;
  return a;
}

/** Two lists sorted by start merged into one (the first list's hit first on a tie, as a stable sort). */
function mergeByStart(a: Hit[], b: Hit[]): Hit[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: Hit[] = [];
  let x = 0, y = 0;
  while (x < a.length || y < b.length) out.push(y >= b.length || (x < a.length && a[x].i <= b[y].i) ? a[x++] : b[y++]);
  return out;
}

/** Does a country stand in the group hits[g0, g1)? */
function groupHasCountry(hits: Hit[], g0: number, g1: number): boolean {
  for (let g = g0; g < g1; g++) if (countryOf(hits[g])) return true;
  return false;
}

/** Are actors k and k + 1 joined by "and" (", and"), with only glue words between? */
function coordinated(v: View, a: Actor, b: Actor): boolean {
  const from = a.j, len = b.i - a.j;
  if (len <= 0 || len > 3) return false;
  const w0 = v.lows[from];
  if (!(w0 === 'and' || (w0 === ',' && len > 1 && v.lows[from + 1] === 'and'))) return false;
  for (let k = from; k < b.i; k++) { const w = v.lows[k]; if (!(w === 'and' || w === ',' || GLUE.has(w))) return false; }
  return true;
}

/**
 * Actor phrases of the sentence: entity mentions and lexicon words (countries, demonyms,
 * organisations, sector nouns), grouped when only modifiers, names, "of", "in" or "loyal to"
 * stand between them; phrases joined by "and" are marked as coordinated.
 */
export function findActors(v: View, mentions: MentionRef[], triggerAt: Uint8Array): Actor[] {
  const taken = zeroed(SLOT.taken, v.toks.length);
  const all = mergeByStart(entityHits(v, mentions, taken), lexiconHits(v, taken));
  // The hits not on a trigger, in order; a group is a run of them, hits[g0, g).
  const hits: Hit[] = [];
  for (const h of all) if (!triggerAt[h.i]) hits.push(h);
  const actors: Actor[] = [];
  let g0 = 0;
  for (let g = 1; g < hits.length; g++) {
    const h = hits[g], end = hits[g - 1].j;
    if (joinable(v, end, h.i, triggerAt) && !(h.pronoun || h.word?.kind === 'pronoun')
      && !(placeLink(v, end, h.i) && groupHasCountry(hits, g0, g))) continue;
    actors.push(toActor(hits, g0, g));
    g0 = g;
  }
  if (hits.length) actors.push(toActor(hits, g0, hits.length));
  for (let k = 0; k + 1 < actors.length; k++) if (coordinated(v, actors[k], actors[k + 1])) actors[k].coord = k + 1;
  return actors;
}
