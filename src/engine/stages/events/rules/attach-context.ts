import type { Entity, Event, Quote, Timex } from '../../../../model/index.ts';
import { tokenSpan, type View, type Actor, type Trigger } from '../view.ts';
import { wordBefore } from './assign-roles.ts';

type EventActor = NonNullable<Event['source']>;

/** The article's entities by id. */
export interface EntityIndex { get(id: string): Entity | undefined }

/** The digits of id after its first character as a number ("e12" → 12), or -1. */
function idNumber(id: string): number {
  let n = 0;
  if (id.length < 2 || id.length > 9) return -1;
  for (let k = 1; k < id.length; k++) { const c = id.charCodeAt(k); if (c < 48 || c > 57) return -1; n = n * 10 + c - 48; }
  return n;
}

/**
 * The entities by id (unique). The entities stage numbers them "e1", "e2", … in order, so an
 * entity is found at its number's place (checked); only an id found elsewhere builds a Map.
 */
export function entityIndex(entities: readonly Entity[]): EntityIndex {
  let byId: Map<string, Entity> | null = null;
  return {
    get(id: string): Entity | undefined {
      const n = idNumber(id);
      if (n >= 1 && n <= entities.length && entities[n - 1].id === id) return entities[n - 1];
      if (byId === null) { byId = new Map<string, Entity>(); for (const e of entities) byId.set(e.id, e); }
      return byId.get(id);
    },
  };
}
const PLACE_PREPS = new Set(['in', 'near', 'at', 'outside', 'inside', 'across', 'around']);

/** An actor phrase as the record writes it: the entity it resolves to, its country and sector. */
export function actorOut(v: View, a: Actor, byId: EntityIndex): EventActor {
  const ent = a.entity ? byId.get(a.entity) : undefined;
  const country = a.country ?? ent?.country, sector = a.sector ?? ent?.sector;
  const out: EventActor = { entity: a.entity, text: v.text.slice(v.toks[a.i].start, v.toks[a.j - 1].end) };
  if (country) out.country = country;
  if (sector) out.sector = sector;
  return out;
}

/** The quoted speaker as an actor, when the quotes layer names one. */
export function speakerOut(q: Quote | undefined, byId: EntityIndex): EventActor | null {
  const s = q?.speaker;
  if (!s || (!s.entity && !s.name && !s.mention)) return null;
  const ent = s.entity ? byId.get(s.entity) : undefined;
  const out: EventActor = { entity: s.entity, text: s.mention?.text ?? s.name ?? ent?.name ?? '' };
  if (ent?.country) out.country = ent.country;
  if (ent?.sector) out.sector = ent.sector;
  return out;
}

/** The quotations' content spans as numbers, in the layer's order: start and end of each in turn. */
export function quoteSpans(quotes: readonly Quote[]): number[] {
  const out: number[] = [];
  for (const q of quotes) out.push(q.content.start, q.content.end);
  return out;
}

/** The first quotation (in the layer's order) whose content holds character offset `at`; `spans` from quoteSpans. */
export function quoteAt(quotes: readonly Quote[], spans: readonly number[], at: number): Quote | undefined {
  for (let k = 0; k < spans.length; k += 2) if (spans[k] <= at && at < spans[k + 1]) return quotes[k >> 1];
  return undefined;
}

/** The timex nearest the trigger within the sentence (dates and times, not durations). */
export function timexFor(v: View, t: Trigger, timexes: readonly Timex[]): Timex | undefined {
  const at = v.toks[t.i].start;
  let best: Timex | undefined, dist = Infinity;
  for (const x of timexes) {
    if ((x.type !== 'DATE' && x.type !== 'TIME') || x.span.start < v.sentence.start || x.span.end > v.sentence.end) continue;
    const d = x.span.start >= at ? x.span.start - at : at - x.span.end;
    if (d < dist) { best = x; dist = d; }
  }
  return best;
}

/** Where it happened: a place in the sentence after "in", "near", "at", other than the actors `s` and `t`. */
export function locationFor(v: View, actors: Actor[], s: number, t: number, byId: EntityIndex): Event['location'] {
  for (let a = 0; a < actors.length; a++) {
    const ac = actors[a];
    if (a === s || a === t || !PLACE_PREPS.has(wordBefore(v, ac.i))) continue;
    const ent = ac.entity ? byId.get(ac.entity) : undefined;
    if (ent && ent.type !== 'GPE' && ent.type !== 'LOC' && ent.type !== 'FAC') continue;
    if (!ent && !ac.place && !(ac.country && !ac.sector)) continue;
    const country = ac.country ?? ent?.country;
    const out: NonNullable<Event['location']> = { name: ent?.name ?? tokenSpan(v, ac.i, ac.j).text };
    if (ent) out.entity = ent.id;
    if (country) out.country = country;
    return out;
  }
  return null;
}
