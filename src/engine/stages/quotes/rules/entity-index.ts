import type { Entity, Span } from '../../../../model/index.ts';
import { GENDER_TITLES } from '../patterns.ts';
import { stripTitles } from './name-parts.ts';

/** Who a speaker phrase is, as the Quote record holds it, plus what later pronouns and roles need. */
export interface Resolved {
  entity: string | null; mention: Span | null; name: string | null; anonymous: boolean; description?: string;
  kind: 'person' | 'group' | 'org' | 'unknown'; gender?: string; phraseText: string; at: number;
}
export interface EMention { start: number; end: number; kind: string; entity: Entity; /** index of the entity in the layer */ order: number }

/**
 * Gender from a title or role word in the phrase ("Mr.", "spokeswoman"), if any: the first such word
 * wins. The gender words hold no separator, so a match is exactly a whole run between separators.
 */
export function genderOf(phrase: string): string | undefined {
  for (let i = 0; i < phrase.length;) {
    if (isGenderSep(phrase.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < phrase.length && !isGenderSep(phrase.charCodeAt(i))) i++;
    const len = i - start;
    const c = phrase.charCodeAt(start);
    if (len >= GENDER_MIN && len <= GENDER_MAX && c < 128 && GENDER_FIRST[c] === 1) { const g = GENDER_WORDS.get(phrase.slice(start, i)); if (g !== undefined) return g; }
  }
  return undefined;
}
const GENDER_WORDS = new Map(Object.entries(GENDER_TITLES));
let GENDER_MIN = Infinity, GENDER_MAX = 0;
/** By char code: 1 when some gender word opens with that (ASCII) char. */
const GENDER_FIRST = new Uint8Array(128);
for (const w of GENDER_WORDS.keys()) {
  GENDER_MIN = Math.min(GENDER_MIN, w.length); GENDER_MAX = Math.max(GENDER_MAX, w.length);
  if (w.charCodeAt(0) >= 128) throw new Error(`gender word "${w}" does not open with an ASCII char`);
  GENDER_FIRST[w.charCodeAt(0)] = 1;
}
/** The separators of words in `genderOf`: white space, dots and commas. */
const isGenderSep = (c: number) => c === 32 || c === 46 || c === 44 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

const PRONOUN_M = new Set(['he', 'him', 'his']), PRONOUN_F = new Set(['she', 'her', 'hers']);
/** 1 when a pronoun is he/him/his, 2 when she/her/hers (any case), else 0: `PRONOUN_M`/`PRONOUN_F` of its lower case, cut only for two to four units. */
function pronounGender(t: string): number {
  if (t.length < 2 || t.length > 4) return 0;
  const l = t.toLowerCase();
  return PRONOUN_M.has(l) ? 1 : PRONOUN_F.has(l) ? 2 : 0;
}

/**
 * `mentions.sort((a, b) => a.start - b.start)`, for a short list as an insertion sort in place (stable as that is):
 * a few dozen mentions in runs already sorted (each entity's), so few moves and no comparator calls.
 */
function sortByStart(mentions: EMention[]): void {
  if (mentions.length > 256) { mentions.sort((a, b) => a.start - b.start); return; } // a long list: no quadratic worst case
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i], s = m.start;
    let j = i - 1;
    if (mentions[j].start <= s) continue;
    while (j >= 0 && mentions[j].start > s) { mentions[j + 1] = mentions[j]; j--; }
    mentions[j + 1] = m;
  }
}

/** Lookups into the entities layer: mentions by offset, titles, names, and gender from pronoun mentions. */
export function createEntityIndex(entities: readonly Entity[]) {
  const mentions: EMention[] = [];
  for (let k = 0; k < entities.length; k++) { const e = entities[k]; for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, kind: m.kind, entity: e, order: k }); }
  sortByStart(mentions);
  let longest = 0;
  for (const m of mentions) longest = Math.max(longest, m.end - m.start);
  const gender = new Map<string, string | undefined>();
  const genderOfEntity = (id: string): string | undefined => {
    if (gender.has(id)) return gender.get(id);
    let g: string | undefined;
    const e = entities.find((x) => x.id === id);
    if (e) {
      let m = 0, f = 0;
      for (const x of e.mentions) if (x.kind === 'pronoun') { const p = pronounGender(x.text); if (p === 1) m++; else if (p === 2) f++; }
      if (m !== f) g = m > f ? 'm' : 'f';
    }
    gender.set(id, g);
    return g;
  };
  // Word stems of titles and names, cut only for entities whose text holds the word at all (the tables made on first use).
  let titleStems: Map<Entity, Set<string>> | null = null, nameStems: Map<Entity, Set<string>> | null = null;
  let titlesLower: Map<Entity, string[]> | null = null, nameLower: Map<Entity, string> | null = null, firstAt: Map<Entity, number> | null = null;
  const titleHas = (x: Entity, role: string) => {
    let lt = (titlesLower ??= new Map<Entity, string[]>()).get(x);
    if (!lt) titlesLower.set(x, (lt = x.titles.map((t) => t.toLowerCase())));
    if (!lt.some((t) => t.includes(role))) return false;
    let st = (titleStems ??= new Map<Entity, Set<string>>()).get(x);
    if (!st) titleStems.set(x, (st = new Set(x.titles.flatMap((t) => t.toLowerCase().split(/\s+/).map((w) => w.replace(/s$/, ''))))));
    return st.has(role);
  };
  const nameHas = (x: Entity, word: string) => {
    let ln = (nameLower ??= new Map<Entity, string>()).get(x);
    if (ln === undefined) nameLower.set(x, (ln = x.name.toLowerCase()));
    if (!ln.includes(word)) return false;
    let st = (nameStems ??= new Map<Entity, Set<string>>()).get(x);
    if (!st) nameStems.set(x, (st = new Set(x.name.toLowerCase().split(/\s+/).map((w) => w.replace(/(?:es|s)$/, '')))));
    return st.has(word);
  };
  /** The entities with a title, in layer order (listed on first use). */
  let titled: Entity[] | null = null;
  const firstMention = (x: Entity) => {
    let got = (firstAt ??= new Map<Entity, number>()).get(x);
    if (got === undefined) firstAt.set(x, (got = x.mentions.reduce((a, m) => Math.min(a, m.start), Infinity)));
    return got;
  };
  return {
    mentions,
    /** The entity mention overlapping [s, e) the most (and passing `pred`), or null. */
    covering(s: number, e: number, pred: (m: EMention) => boolean = () => true): EMention | null {
      // mentions are sorted by start and none is longer than `longest`: those starting earlier end before s
      let lo = 0, hi = mentions.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < s - longest) lo = mid + 1; else hi = mid; }
      let best: EMention | null = null, bestLen = 0;
      for (let i = lo; i < mentions.length; i++) {
        const m = mentions[i];
        if (m.start >= e) break;
        const len = Math.min(e, m.end) - Math.max(s, m.start);
        if (len > bestLen && pred(m)) { best = m; bestLen = len; }
      }
      return best;
    },
    /** The entity with a title containing the role word, mentioned nearest before `at`. */
    withTitle(role: string, at: number): Entity | null {
      let first: Entity | null = null;
      if (titled === null) titled = entities.filter((x) => x.titles.length > 0);
      for (const x of titled) {
        if (!titleHas(x, role)) continue;
        if (firstMention(x) < at) return x;
        first ??= x;
      }
      return first;
    },
    /** "the commission" → the organisation whose name has that word, mentioned nearest before `at`. */
    institutionNamed(word: string, at: number): Entity | null {
      // the last such mention before `at`: read backwards from there
      let lo = 0, hi = mentions.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < at) lo = mid + 1; else hi = mid; }
      for (let i = lo - 1; i >= 0; i--) {
        const m = mentions[i];
        if (m.entity.type !== 'PERSON' && nameHas(m.entity, word)) return m.entity;
      }
      return null;
    },
    /** The entity of the last mention before `at` that passes `test`. */
    lastBefore(at: number, test: (e: Entity) => boolean): Entity | null {
      let lo = 0, hi = mentions.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < at) lo = mid + 1; else hi = mid; }
      for (let i = lo - 1; i >= 0; i--) if (test(mentions[i].entity)) return mentions[i].entity;
      return null;
    },
    byName: (name: string) => entities.find((x) => x.name === name) ?? null,
    /** `entities.find((x) => x.mentions.some((m) => m.start < e && m.end > s))`, read off the sorted mentions. */
    firstOverlapping(s: number, e: number): Entity | null {
      let lo = 0, hi = mentions.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < s - longest) lo = mid + 1; else hi = mid; }
      let best = -1;
      for (let i = lo; i < mentions.length && mentions[i].start < e; i++) {
        const m = mentions[i];
        if (m.end > s && (best < 0 || m.order < best)) best = m.order;
      }
      return best < 0 ? null : entities[best];
    },
    genderOf: genderOfEntity,
  };
}
export type EntityIndex = ReturnType<typeof createEntityIndex>;

const POSSESSIVE_LEAD = /^\p{Lu}[\p{L}.-]*['’]s\s+/u;
/** The entity's name, titles dropped for people; a longer written form that contains it wins ("Armed Conflict Location & Event Data Project"). */
export function bestName(e: Entity, written?: string): string {
  const own = e.type === 'PERSON' ? stripTitles(e.name).name : e.name;
  if (written === undefined) return own;
  // the possessive lead ("Mali's transitional …") can only be there when the text holds an apostrophe
  const w = (written.includes("'") || written.includes('’') ? written.replace(POSSESSIVE_LEAD, '') : written).trim();
  return w && w.length > own.length && w.includes(own.slice(own.lastIndexOf(' ') + 1)) && !/[,(]/.test(w) ? (e.type === 'PERSON' ? stripTitles(w).name : w) : own;
}
