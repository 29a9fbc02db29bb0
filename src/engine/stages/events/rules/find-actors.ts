import type { Entity } from '../../../../model/index.ts';
import { matchActor, GLUE, type ActorWord } from '../actor-lexicon.ts';
import { tokensWithin, zeroed, SLOT, type View, type Actor } from '../view.ts';
import { W } from '../word-class.ts';

/** A mention of an entity, with the entity it belongs to. */
export interface MentionRef { start: number; end: number; entity: Entity; pronoun: boolean }

interface Hit { i: number; j: number; word?: ActorWord; entity?: Entity; pronoun?: boolean }

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
    const [i, j] = tokensWithin(v, m.start, m.end);
    if (i === j || anyTaken(taken, i, j)) continue;
    taken.fill(1, i, j);
    hits.push({ i, j, entity: m.entity, pronoun: m.pronoun });
  }
  return hits;
}

function lexiconHits(v: View, taken: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  for (let k = 0; k < v.lows.length; k++) {
    const forms = v.lex[k]?.actors;
    if (!forms || taken[k]) continue;
    const m = matchActor(forms, v.lows, k, (v.cls[k] & W.upper) !== 0, v.text, v.toks[k].start, v.toks[k].end);
    if (!m || anyTaken(taken, k, m.end)) continue;
    taken.fill(1, k, m.end);
    hits.push({ i: k, j: m.end, word: m.word });
    k = m.end - 1;
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

function toActor(group: Hit[]): Actor {
  const a: Actor = { i: group[0].i, j: group.at(-1)!.j, entity: null };
  const ent = group.find((h) => h.entity && !h.pronoun && h.entity.country) ?? group.find((h) => h.entity && !h.pronoun)
    ?? group.find((h) => h.entity);
  if (ent) a.entity = ent.entity!.id;
  for (const h of group) {
    const country = h.entity?.country ?? h.word?.country;
    if (country && !a.country) a.country = country;
  }
  // The group noun gives the sector ("forces" in "forces loyal to Assad"); else the name's own.
  const noun = group.find((h) => h.word?.kind === 'sector');
  const sector = noun?.word?.sector ?? group.map((h) => h.entity?.sector ?? h.word?.sector).find(Boolean);
  if (sector) a.sector = sector;
  if (group.length === 1 && (group[0].word?.kind === 'pronoun' || (group[0].pronoun && !group[0].entity))) a.pronoun = group[0].word?.name ?? 'it';
  if (group.every((h) => h.word?.kind === 'city' || (h.entity && ['LOC', 'FAC'].includes(h.entity.type)))) a.place = true;
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

/**
 * Actor phrases of the sentence: entity mentions and lexicon words (countries, demonyms,
 * organisations, sector nouns), grouped when only modifiers, names, "of", "in" or "loyal to"
 * stand between them; phrases joined by "and" are marked as coordinated.
 */
export function findActors(v: View, mentions: MentionRef[], triggerAt: Uint8Array): Actor[] {
  const taken = zeroed(SLOT.taken, v.toks.length);
  const hits = mergeByStart(entityHits(v, mentions, taken), lexiconHits(v, taken));
  const actors: Actor[] = [];
  let group: Hit[] = [];
  for (const h of hits) {
    if (triggerAt[h.i]) continue;
    if (group.length && joinable(v, group.at(-1)!.j, h.i, triggerAt) && !(h.pronoun || h.word?.kind === 'pronoun')
      && !(placeLink(v, group.at(-1)!.j, h.i) && group.some((g) => g.entity?.country ?? g.word?.country))) group.push(h);
    else { if (group.length) actors.push(toActor(group)); group = [h]; }
  }
  if (group.length) actors.push(toActor(group));
  for (let k = 0; k + 1 < actors.length; k++) {
    const gap = v.lows.slice(actors[k].j, actors[k + 1].i);
    if (gap.length && gap.length <= 3 && (gap[0] === 'and' || (gap[0] === ',' && gap[1] === 'and')) && gap.every((w) => w === 'and' || w === ',' || GLUE.has(w))) {
      actors[k].coord = k + 1;
    }
  }
  return actors;
}
