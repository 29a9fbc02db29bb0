import type { Candidate } from '../candidate.ts';
import { isAcronym } from '../chars.ts';
import { FIRST_NAMES } from '../lexicon.ts';
import { boundedMemo } from '../../../memo.ts';
import { LISTED_PLACE } from './place-list.ts';

/** An entity being built: its mentions and what they say about it. */
export interface Cluster { key: string; type: Candidate['type']; mentions: Candidate[]; titles: string[]; name: string;
  country?: string; sector?: string; wikidata?: string; gender?: 'm' | 'f'; confidence: number }

const INITIAL = /^\p{Lu}\.$/u;
/** An initial with its period, "J.": tested only of words of two or three code units that end in ".". */
const isInitial = (x: string) => (x.length === 2 || x.length === 3) && x.charCodeAt(x.length - 1) === 46 && INITIAL.test(x);
const toInitials = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
/** Initials of names seen before: asked of every organisation for each unknown acronym. */
const initials = boundedMemo(toInitials, 4096);

/**
 * Group mentions into entities. Table names group by their key; people by first and last name, and
 * a lone surname or first name ("Assad", "Mr. Assad") joins the nearest person who has it; an
 * acronym joins the name it abbreviates ("... Council (NSC)"); other names group by their text.
 */
export function clusterMentions(text: string, cands: Candidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const bySurname = new Map<string, Cluster[]>(), byFirst = new Map<string, Cluster[]>();
  const add = (key: string, c: Candidate) => {
    let cl = byKey.get(key);
    if (!cl) {
      // Every field from the start: summarize sets the optional ones, and adding them later grew each object.
      // The first mention in a list of its own size (most entities have one or two mentions).
      cl = { key, type: c.type, mentions: [c], titles: [], name: c.name, country: undefined, sector: undefined, wikidata: undefined, gender: undefined,
        confidence: c.confidence };
      byKey.set(key, cl); clusters.push(cl);
      return cl;
    }
    cl.mentions.push(c);
    return cl;
  };
  // Pass 1: full person names (two words or more) and table names.
  for (const c of cands) {
    if (c.type === 'PERSON' && c.words && c.words.length > 1) {
      // The first and last words that are no initials (undefined when there are none, as w[0] of an empty list).
      let first: string | undefined, last: string | undefined;
      for (const x of c.words) if (!isInitial(x)) { first ??= x; last = x; }
      const cl = add('n:' + first + ' ' + last, c);
      push(bySurname, last!, cl); push(byFirst, first!, cl);
      // "Ernesto Villca Rojas" … "Villca": in Spanish and Portuguese names the first of two surnames is the one used alone.
      const w = c.words;
      if (w.length >= 3) {
        const second = w[w.length - 2];
        if (second !== first && !isInitial(second) && /^\p{Lu}\p{Ll}/u.test(second) && !FIRST_NAMES.has(second) && (bySurname.get(second) ?? []).indexOf(cl) < 0) push(bySurname, second, cl);
      }
    }
  }
  mergeShortNames(clusters, byKey);
  // Pass 2, in reading order: the rest.
  const acronyms = new Map<string, Cluster>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type === 'PERSON' && c.words && c.words.length > 1) continue;
    const single = c.words?.length === 1 ? c.words[0] : c.key === null || c.type === 'GPE' ? c.text : null;
    const person = single && !c.key?.startsWith(LISTED_PLACE) ? nearest(bySurname.get(single) ?? byFirst.get(single), c.start) : null;
    if (person && (c.type === 'PERSON' || c.type === 'GPE' || c.guess || c.key === null)) {
      // A place's name taken for a surname ("Ho" of "Ho Kin-fai") brings no country or identifier to the person.
      const m: Candidate = { ...c, type: 'PERSON', kind: c.kind === 'metonym' ? 'name' : c.kind };
      if (c.type !== 'PERSON') { m.country = undefined; m.wikidata = undefined; m.capitalOf = undefined; m.key = null; }
      person.mentions.push(m);
      continue;
    }
    if (c.key) { add(c.key, c); continue; }
    // "Nordvik" after "Nordvik Shipping ASA": the short name of an organisation named in full.
    // (cl.name.split(' ')[0] === single, read in place: the name starts with single and a space.)
    const org = single && c.guess && !single.includes(' ') ? clusters.find((cl) => cl.type === 'ORG' && cl.key.startsWith('x:') && cl.name.startsWith(single)
      && cl.name.charCodeAt(single.length) === 32) : null;
    if (org) { org.mentions.push({ ...c, type: 'ORG' }); continue; }
    if (c.type !== 'PERSON' && isAcronym(c.text)) {
      const prev = cands[i - 1];
      const defined = prev && prev.type !== 'PERSON' && /^\s*\($/.test(text.slice(prev.end, c.start)) && text[c.end] === ')' ? prev : null;
      const target = defined ? byKey.get(defined.key ?? 'x:' + defined.name) : acronyms.get(c.text)
        ?? clusters.find((cl) => cl.type === 'ORG' && cl.name.includes(' ') && initials(cl.name) === c.text);
      if (target) { target.mentions.push({ ...c, kind: 'acronym', type: target.type }); acronyms.set(c.text, target); continue; }
    }
    const cl = add(c.type === 'PERSON' ? 'n:' + c.name : 'x:' + c.name, c);
    if (c.type === 'PERSON' && single) push(bySurname, single, cl);
  }
  joinNamesakeOrgs(clusters, byKey);
  joinHeadlessOrgs(clusters, byKey);
  joinOfShortForms(clusters, byKey);
  const live = clusters.filter((cl) => cl.mentions.length);
  for (const cl of live) summarize(cl);
  return live;
}

/**
 * A name read as a person only for want of anything better (no first name, no title: "Civic
 * Passion") is the organisation of the same name where the article says so elsewhere ("the group
 * Civic Passion", "Civic Passion Party"'s short form aside): its mentions join that organisation.
 */
function joinNamesakeOrgs(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  for (const cl of clusters) {
    if (cl.type !== 'PERSON' || !cl.mentions.length) continue;
    const org = byKey.get('x:' + cl.name);
    if (!org || org === cl || org.type !== 'ORG' || !org.mentions.length) continue;
    if (cl.mentions.some((m) => m.titles.length > 0 || (m.words !== undefined && FIRST_NAMES.has(m.words[0])))) continue;
    for (const m of cl.mentions) org.mentions.push({ ...m, type: 'ORG', words: undefined, gender: undefined });
    cl.mentions = [];
  }
}

/**
 * "the Royal College" after "the Royal College of Nursing", "the National Union" after "the National Union of
 * Mineworkers": the words before "of" (two or more) name the same organisation, when one full name has them
 * and the article names it first.
 */
function joinOfShortForms(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  const longs = new Map<string, Cluster | null>();
  for (const cl of clusters) {
    if (cl.type !== 'ORG' || !cl.mentions.length || !cl.key.startsWith('x:')) continue;
    const of = cl.key.indexOf(' of ');
    if (of < 0 || cl.key.lastIndexOf(' ', of - 1) < 2) continue;
    const short = cl.key.slice(0, of);
    longs.set(short, longs.has(short) ? null : cl); // two full names with the same start: neither
  }
  for (const [key, long] of longs) {
    const short = byKey.get(key);
    if (!long || !short || short === long || short.type !== 'ORG' || !short.mentions.length) continue;
    if (short.mentions[0].start < long.mentions[0].start) continue;
    long.mentions.push(...short.mentions);
    long.mentions.sort((a, b) => a.start - b.start);
    short.mentions = [];
    byKey.set(key, long);
  }
}

/** Head words a short form of an organisation's name leaves out: "Scottish Labour" for "Scottish Labour Party". */
const DROPPABLE_HEADS = new Set(['Party', 'Group', 'Company', 'Corporation', 'Holdings', 'Movement']);

/**
 * An organisation named with and without its head word ("Scottish Labour Party", "Scottish Labour";
 * "Halvorsen Group", "Halvorsen") is one: the short name's mentions join the full name's.
 */
function joinHeadlessOrgs(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  for (const cl of clusters) {
    if (cl.type !== 'ORG' || !cl.mentions.length || !cl.key.startsWith('x:')) continue;
    const space = cl.key.lastIndexOf(' ');
    if (space < 3 || !DROPPABLE_HEADS.has(cl.key.slice(space + 1))) continue;
    const short = byKey.get(cl.key.slice(0, space));
    if (!short || short === cl || short.type !== 'ORG' || !short.mentions.length) continue;
    cl.mentions.push(...short.mentions);
    short.mentions = [];
    byKey.set(short.key, cl);
  }
}

/**
 * A person named by the last words of a longer name of someone else in the article is that
 * person: "Andrade Lobo" and "Van der Veen" after "Beatriz Andrade Lobo", "Marloes van der Veen".
 */
function mergeShortNames(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  // Each cluster's first mention stays first while mentions move, so its words are read once.
  const lower = clusters.map((cl) => cl.mentions[0].words!.map((w) => w.toLowerCase()));
  for (let i = 0; i < clusters.length; i++) {
    const short = clusters[i], ws = lower[i];
    const longer: Cluster[] = [];
    for (let j = 0; j < clusters.length; j++) {
      const cl = clusters[j], wl = lower[j];
      if (cl === short || !cl.mentions.length || wl.length <= ws.length) continue;
      let k = 1;
      while (k <= ws.length && wl[wl.length - k] === ws[ws.length - k]) k++;
      if (k > ws.length) longer.push(cl);
    }
    if (longer.length !== 1) continue;
    longer[0].mentions.push(...short.mentions);
    short.mentions = [];
    byKey.set(short.key, longer[0]);
  }
}

function push(map: Map<string, Cluster[]>, k: string, cl: Cluster) {
  const list = map.get(k);
  if (!list) map.set(k, [cl]);
  else if (!list.includes(cl)) list.push(cl);
}

/** The person with that name word mentioned last before `at` (or first after it). */
function nearest(list: Cluster[] | undefined, at: number): Cluster | null {
  if (!list) return null;
  let best: Cluster | null = null, bestAt = -1, first: Cluster | null = null;
  for (const cl of list) {
    if (!cl.mentions.length) continue;
    first ??= cl;
    let pos = -1;
    for (const m of cl.mentions) if (m.start < at && m.start > pos) pos = m.start;
    if (pos > bestAt) { best = cl; bestAt = pos; }
  }
  return best ?? first;
}

/** Name, type, titles and codes of an entity from its mentions. */
function summarize(cl: Cluster): void {
  let sure = 0;
  for (const m of cl.mentions) if (!m.guess) sure++;
  const pool = sure === cl.mentions.length || !sure ? cl.mentions : cl.mentions.filter((m) => !m.guess);
  cl.type = cl.key.startsWith('n:') ? 'PERSON' : pool[0].type;
  if (cl.type === 'PERSON') {
    // The first of the mentions with the most words (what a stable sort by length puts first).
    let best: Candidate | null = null;
    for (const m of pool) if (m.words && (!best || m.words.length > best.words!.length)) best = m;
    if (best) cl.name = best.words!.join(' ');
  } else if (!cl.key.startsWith('x:')) cl.name = pool[0].name;
  else {
    let name = pool[0].name;
    for (const m of pool) if (m.name.length > name.length) name = m.name;
    cl.name = name;
  }
  for (const m of cl.mentions) {
    for (const t of m.titles) if (!cl.titles.includes(t)) cl.titles.push(t);
    cl.country ??= m.country; cl.sector ??= m.sector; cl.wikidata ??= m.wikidata; cl.gender ??= m.gender;
  }
  let confidence = -Infinity;
  for (const m of cl.mentions) if (m.confidence > confidence) confidence = m.confidence;
  cl.confidence = confidence;
}
