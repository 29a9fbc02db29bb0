import type { Entity, Span } from '../../../../model/index.ts';
import { GENDER_TITLES } from '../patterns.ts';
import { stripTitles } from './name-parts.ts';

/** Who a speaker phrase is, as the Quote record holds it, plus what later pronouns and roles need. */
export interface Resolved {
  entity: string | null; mention: Span | null; name: string | null; anonymous: boolean; description?: string;
  kind: 'person' | 'group' | 'org' | 'unknown'; gender?: string; phraseText: string; at: number;
}
export interface EMention { start: number; end: number; kind: string; entity: Entity }

/** Gender from a title or role word in the phrase ("Mr.", "spokeswoman"), if any. */
export function genderOf(phrase: string): string | undefined {
  for (const w of phrase.split(/[\s.,]+/)) { const g = GENDER_TITLES[w]; if (g) return g; }
  return undefined;
}

/** Lookups into the entities layer: mentions by offset, titles, names, and gender from pronoun mentions. */
export function createEntityIndex(entities: readonly Entity[]) {
  const mentions: EMention[] = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind, entity: e }))).sort((a, b) => a.start - b.start);
  const gender = new Map<string, string>();
  for (const e of entities) {
    let m = 0, f = 0;
    for (const x of e.mentions) if (x.kind === 'pronoun') { if (/^(he|him|his)$/i.test(x.text)) m++; else if (/^(she|her|hers)$/i.test(x.text)) f++; }
    if (m !== f) gender.set(e.id, m > f ? 'm' : 'f');
  }
  return {
    mentions,
    /** The entity mention overlapping [s, e) the most (and passing `pred`), or null. */
    covering(s: number, e: number, pred: (m: EMention) => boolean = () => true): EMention | null {
      let best: EMention | null = null, bestLen = 0;
      for (const m of mentions) {
        if (m.start >= e) break;
        const len = Math.min(e, m.end) - Math.max(s, m.start);
        if (len > bestLen && pred(m)) { best = m; bestLen = len; }
      }
      return best;
    },
    /** The entity with a title containing the role word, mentioned nearest before `at`. */
    withTitle(role: string, at: number): Entity | null {
      const hits = entities.filter((x) => x.titles.some((t) => t.toLowerCase().split(/\s+/).some((w) => w.replace(/s$/, '') === role)));
      return hits.find((x) => x.mentions.some((m) => m.start < at)) ?? hits[0] ?? null;
    },
    /** "the commission" → the organisation whose name has that word, mentioned nearest before `at`. */
    institutionNamed(word: string, at: number): Entity | null {
      let best: EMention | null = null;
      for (const m of mentions) {
        if (m.start >= at) break;
        if (m.entity.type !== 'PERSON' && m.entity.name.toLowerCase().split(/\s+/).some((w) => w.replace(/(?:es|s)$/, '') === word)) best = m;
      }
      return best?.entity ?? null;
    },
    byName: (name: string) => entities.find((x) => x.name === name) ?? null,
    genderOf: (id: string) => gender.get(id),
  };
}
export type EntityIndex = ReturnType<typeof createEntityIndex>;

/** The entity's name, titles dropped for people; a longer written form that contains it wins ("Armed Conflict Location & Event Data Project"). */
export function bestName(e: Entity, written?: string): string {
  const own = e.type === 'PERSON' ? stripTitles(e.name).name : e.name;
  const w = written?.replace(/^\p{Lu}[\p{L}.-]*['’]s\s+/u, '').trim();
  return w && w.length > own.length && w.includes(own.split(' ').pop()!) && !/[,(]/.test(w) ? (e.type === 'PERSON' ? stripTitles(w).name : w) : own;
}
