import type { Entity, Span } from '../../../../model/index.ts';
import type { SpeakerPhrase } from './scan-speaker-phrase.ts';
import { span } from '../../../span.ts';
import { COMPANY_NOUNS, INSTITUTIONS, INDEFINITE, ANONYMITY_MARKERS, TITLE_WORDS, PERSON_ROLES, ROLE_TITLES } from '../patterns.ts';
import { capRunAtEnd, stripTitles, stripDeterminers, fullNameBefore, findRoleHolder, lastCapRun } from './name-parts.ts';
import { createEntityIndex, genderOf, bestName, type Resolved } from './entity-index.ts';
import { resolvePronoun } from './resolve-pronoun.ts';
import { previousSubjectOrg } from './previous-subject.ts';
import { outletName } from '../../metadata/outlets.ts';

export type { Resolved };
const ORG_HEADS = new Set(['Kremlin', 'Pentagon', 'Ministry', 'Department', 'Office', 'Council', 'Committee', 'Commission', 'Agency', 'Bureau', 'Court', 'Parliament',
  'Congress', 'Senate', 'Government', 'Army', 'Police', 'Party', 'Cross', 'Nations', 'Union', 'Bank', 'Fund', 'Organization', 'Forces', 'House', 'Service', 'Project',
  'Institute', 'Association', 'Federation', 'Authority', 'Board', 'Network', 'Group', 'Corps', 'Administration', 'Coalition', 'Alliance', 'Movement', 'Front', 'Local', 'Observatory', 'Centre', 'Center']);
/** Nouns for a news outlet: "the newspaper" stands for the outlet named before it. */
const OUTLET_NOUNS = new Set(['newspaper', 'paper', 'daily', 'broadcaster', 'channel', 'network', 'magazine', 'outlet', 'website', 'tabloid', 'weekly']);
/** Roles of people who speak for an institution: the institution is the speaker. */
const SPOKES = /^spokes(?:man|woman|person|people|men)$/;
/** Roles that are sources kept unnamed when no earlier mention names them. */
const SOURCE_ROLES = /^(?:officials?|sources?|aides?|diplomats?|person|people|insiders?|officers?|members?|staffers?|employees?|relatives?|residents?|witnesses?)$/;
const words = (s: string) => s.split(/[\s.,]+/).filter(Boolean);
/** A separator of `words`: white space, dots and commas. */
const isWordSep = (c: number) => c === 32 || c === 46 || c === 44 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
/** `words(s)[0] ?? ''` without the array. */
function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && isWordSep(s.charCodeAt(i))) i++;
  let j = i;
  while (j < s.length && !isWordSep(s.charCodeAt(j))) j++;
  return s.slice(i, j);
}
/** `words(s.slice(0, to)).some((w) => PERSON_ROLES.has(w))` without the array: only words that open with a-z and have a role's length are looked up (every role does). */
function anyRoleWord(s: string, to: number): boolean {
  for (let i = 0; i < to;) {
    if (isWordSep(s.charCodeAt(i))) { i++; continue; }
    const start = i, c = s.charCodeAt(i);
    while (i < to && !isWordSep(s.charCodeAt(i))) i++;
    const len = i - start;
    if (c >= 97 && c <= 122 && len >= ROLE_MIN && len <= ROLE_MAX && PERSON_ROLES.has(s.slice(start, i))) return true;
  }
  return false;
}
let ROLE_MIN = Infinity, ROLE_MAX = 0;
for (const w of PERSON_ROLES) {
  if (!/^[a-z]/.test(w)) throw new Error(`role word "${w}" does not open with a-z`);
  ROLE_MIN = Math.min(ROLE_MIN, w.length); ROLE_MAX = Math.max(ROLE_MAX, w.length);
}
const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');
/**
 * Whether an ASCII phrase holds `h` (lower case) in any case, read in place: a word's stem is a piece of the
 * lower-cased phrase, so a phrase without it has no such stem and is not cut into words. True when either is not ASCII.
 */
function mayHold(phrase: string, h: string): boolean {
  const n = phrase.length, m = h.length;
  if (m === 0) return true;
  for (let k = 0; k < m; k++) if (h.charCodeAt(k) > 127) return true;
  for (let k = 0; k < n; k++) if (phrase.charCodeAt(k) > 127) return true;
  for (let i = 0; i + m <= n; i++) {
    let k = 0;
    while (k < m) {
      const c = phrase.charCodeAt(i + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== h.charCodeAt(k)) break;
      k++;
    }
    if (k === m) return true;
  }
  return false;
}

/** Resolves speaker phrases to entities in text order, remembering earlier speakers for pronouns and "the official". */
export function createResolver(text: string, entities: readonly Entity[]) {
  const ix = createEntityIndex(entities);
  const history: Resolved[] = [];
  const stems = new Map<string, string[]>();
  const stemsOf = (phrase: string) => {
    let got = stems.get(phrase);
    if (!got) stems.set(phrase, (got = words(phrase).map(stem)));
    return got;
  };
  const fromEntity = (e: Entity, mention: Span, phraseText: string, at: number, longer?: string): Resolved => ({
    entity: e.id, mention, name: bestName(e, longer),
    anonymous: false, kind: e.type === 'PERSON' ? 'person' : e.type === 'NORP' ? 'group' : 'org', phraseText, at, gender: genderOf(phraseText) ?? ix.genderOf(e.id) });
  const org = (name: string, mention: Span, at: number, s: number, e: number): Resolved => {
    const ent = ix.covering(s, e);
    return ent ? fromEntity(ent.entity, mention, mention.text, at, name) : { entity: null, mention, name, anonymous: false, kind: 'org', phraseText: mention.text, at };
  };

  /** The person holding a title the role noun stands for ("the judge" → Justice X), or null. */
  const titledAs = (role: string, at: number): Entity | null => {
    for (const t of ROLE_TITLES[role] ?? []) { const e = ix.withTitle(t, at); if (e) return e; }
    return null;
  };

  function resolveRole(p: SpeakerPhrase, mention: Span, head: string): Resolved {
    const titled = ix.covering(p.headStart, p.headEnd, (m) => m.entity.type === 'PERSON' && m.kind !== 'name');
    if (titled) return fromEntity(titled.entity, mention, mention.text, p.start);
    const lead = firstWord(mention.text).toLowerCase();
    const marked = ANONYMITY.test(mention.text);
    if (/^one of (them|those|us)$/i.test(mention.text)) {
      const group = [...history].reverse().find((r) => r.anonymous);
      if (group) return { ...group, mention, description: `one of ${group.description ?? group.phraseText}`, phraseText: mention.text, at: p.start };
    }
    const after = text.slice(p.headEnd, p.end).trim();
    const orgPart = lastCapRun(text.slice(p.start, p.headStart)) || stripDeterminers(after.replace(/^(?:with|at|from|for|of)\s+/, ''));
    if (!marked && orgPart && (SPOKES.test(head) || (INSTITUTIONS.has(head.toLowerCase()) && !/s$/.test(head)) || (/s$/.test(head) && AT_BODY.test(after)))) {
      const at = text.indexOf(orgPart, p.start);
      return org(stripDeterminers(orgPart), mention, p.start, at, at + orgPart.length);
    }
    if (!INDEFINITE.has(lead) && !marked) {
      // "the newspaper reported": the news outlet named last before it
      const outlet = OUTLET_NOUNS.has(head.toLowerCase()) ? ix.lastBefore(p.start, (e) => e.type === 'ORG' && !!outletName(e.name)) : null;
      if (outlet) return fromEntity(outlet, mention, mention.text, p.start);
      const h = stem(head);
      let earlier: Resolved | undefined;
      for (let i = history.length - 1; i >= 0 && !earlier; i--) if (mayHold(history[i].phraseText, h) && stemsOf(history[i].phraseText).includes(h)) earlier = history[i];
      if (earlier) return { ...earlier, mention, phraseText: mention.text, at: p.start };
      const e = ix.withTitle(h, p.start) ?? titledAs(h, p.start) ?? ix.institutionNamed(h, p.start);
      if (e) return fromEntity(e, mention, mention.text, p.start);
      const holder = findRoleHolder(text, head, p.start);
      if (holder) return { entity: ix.byName(holder)?.id ?? null, mention, name: holder, anonymous: false, kind: 'person', phraseText: mention.text, at: p.start };
      // "the company said": the business that spoke last, else the organisation named last before it
      if (COMPANY_NOUNS.has(head.toLowerCase())) {
        for (let i = history.length - 1; i >= 0; i--) {
          const r = history[i];
          if (p.start - r.at > 3000) break;
          if (r.kind === 'org' && !r.anonymous && r.entity) return { ...r, mention, phraseText: mention.text, at: p.start };
        }
        const named = ix.lastBefore(p.start, (x) => x.type === 'ORG');
        if (named) return fromEntity(named, mention, mention.text, p.start);
      }
    }
    // "A spokesperson said" after a sentence whose subject is a named organisation: the spokesperson speaks for it
    if (SPOKES.test(head) && !marked && !orgPart) {
      const body = previousSubjectOrg(text, p.start, ix);
      if (body) return fromEntity(body, mention, mention.text, p.start);
    }
    const institution = (p.kind === 'institution' || INSTITUTIONS.has(head.toLowerCase())) && !/s$/.test(head);
    const anonymous = !institution && (SOURCE_ROLES.test(head.toLowerCase()) || INDEFINITE.has(lead) || marked || /s$/.test(head) || !DEF.test(lead));
    const r: Resolved = { entity: null, mention, name: institution ? stripDeterminers(mention.text) : null, anonymous,
      kind: institution ? 'org' : /s$/.test(head) || head === 'people' ? 'group' : 'person',
      gender: genderOf(mention.text), phraseText: mention.text, at: p.start };
    if (anonymous) r.description = mention.text;
    return r;
  }

  /**
   * "The National Union of Teachers said", "The Royal College of Nursing said": a phrase (after "the") that one
   * organisation's or place's name covers whole is that body, whatever its last word ("Teachers") says.
   */
  function namedBody(p: SpeakerPhrase, mention: Span): Resolved | null {
    let s = p.start;
    // "A statement from the Kremlin said", "a letter signed by the ministry": the document's author speaks.
    const doc = DOCUMENT_FROM.exec(text.slice(p.start, p.end));
    if (doc) s = p.start + doc[0].length;
    // "The report, released on Monday by Human Rights Watch, said": the author named in the apposition speaks.
    else if (DOCUMENT_HEAD.test(text.slice(p.start, p.end))) {
      const by = AUTHOR_APPOSITION.exec(text.slice(p.end, p.end + 120));
      if (by) {
        const at = p.end + by[0].length;
        const e = ix.covering(at, at + 1, (m) => m.entity.type === 'ORG' || m.entity.type === 'GPE' || m.entity.type === 'PERSON');
        return e && e.start === at ? fromEntity(e.entity, mention, mention.text, p.start) : null;
      }
    }
    if (text.startsWith('The ', s) || text.startsWith('the ', s)) s += 4;
    if (s >= p.end || text.charCodeAt(s) < 65 || text.charCodeAt(s) > 90) return null;
    const e = ix.covering(s, p.end, (m) => m.entity.type === 'ORG' || m.entity.type === 'GPE');
    return e && e.start === s && e.end >= p.end ? fromEntity(e.entity, mention, mention.text, p.start) : null;
  }

  function resolveNamed(p: SpeakerPhrase, mention: Span): Resolved {
    const head = text.slice(p.headStart, p.headEnd);
    const run = capRunAtEnd(text.slice(p.start, p.headEnd)) || head;
    const { name, titled } = stripTitles(run);
    const nameStart = p.headEnd - name.length;
    const person = ix.covering(p.headStart, p.headEnd, (m) => m.entity.type === 'PERSON');
    const whole = text.slice(p.start, p.end);
    // "Jordan Pike-Alvarez of the Oregon Mental Health Coalition": a plain two- or three-word name before "of" is the person;
    // so is one after a lower-case role ("economist Lara Finch of Delta Bank")
    const ofFrom = whole.includes(' of ') || whole.includes(' from ');
    const skip = ofFrom ? roleLead(whole) : 0;
    const lead = ofFrom ? NAME_OF.exec(skip ? whole.slice(skip) : whole) : null;
    if (lead && !lead[1].split(' ').some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w))) {
      const from = p.start + skip;
      const e = ix.covering(from, from + lead[1].length, (m) => m.entity.type === 'PERSON');
      const nameSpan = span(text, from, from + lead[1].length);
      return e ? fromEntity(e.entity, nameSpan, mention.text, p.start, lead[1]) : { entity: null, mention: nameSpan, name: lead[1], anonymous: false, kind: 'person', phraseText: mention.text, at: p.start };
    }
    const roleWord = anyRoleWord(whole, whole.length - run.length);
    const isOrg = !titled && !person && !roleWord && (ORG_HEADS.has(head) || /^the\s/i.test(mention.text) || / of /.test(whole) || run.split(' ').some((w) => ORG_HEADS.has(w)));
    if (isOrg) return org(stripDeterminers(text.slice(p.start, p.end)).replace(/\s*\([^)]*\)/g, ''), mention, p.start, p.start, p.end);
    const e = person ?? ix.covering(nameStart, p.headEnd) ?? ix.covering(p.start, p.end);
    const nameSpan = span(text, nameStart, p.headEnd);
    if (e) return fromEntity(e.entity, e.entity.type === 'PERSON' ? nameSpan : mention, mention.text, p.start, name);
    const full = name.includes(' ') ? name : fullNameBefore(text, name, p.start);
    return { entity: null, mention: nameSpan, name: full, anonymous: false, kind: titled || roleWord || full.includes(' ') ? 'person' : 'unknown',
      gender: genderOf(mention.text), phraseText: mention.text, at: p.start };
  }

  return {
    /** The entities layer's lookups. */
    index: ix,
    /** Who the phrase names; remembered for later pronouns and role mentions. */
    resolve(p: SpeakerPhrase): Resolved {
      const mention = span(text, p.start, p.end);
      const head = text.slice(p.headStart, p.headEnd);
      const r = p.kind === 'pronoun' ? resolvePronoun(text, p, mention, history, ix)
        : namedBody(p, mention) ?? (p.kind === 'named' ? resolveNamed(p, mention) : resolveRole(p, mention, head));
      // "Its spokeswoman said": the possessive is no name; the body that spoke last, else the organisation named
      // last, speaks (else nobody named does).
      if (r.name && BARE_POSSESSIVE.test(r.name)) {
        let body: Resolved | undefined;
        for (let i = history.length - 1; i >= 0 && !body; i--) if (history[i].kind === 'org' && history[i].name) body = history[i];
        const org = body ? null : ix.lastBefore(p.start, (e) => e.type === 'ORG');
        const fixed: Resolved = body ? { ...body, mention, phraseText: mention.text, at: p.start }
          : org ? fromEntity(org, mention, mention.text, p.start) : { ...r, entity: null, name: null, kind: 'unknown' };
        if (fixed.name) history.push(fixed);
        return fixed;
      }
      if (r.name || r.anonymous) history.push(r);
      return r;
    },
  };
}
/** A speaker "name" that is only a possessive determiner ("Its" of "Its spokeswoman"). */
const BARE_POSSESSIVE = /^(?:its|his|her|their|our)$/i;

/** A document and its author's preposition at the start of a speaker phrase ("A statement from ", "a letter signed by "). */
const DOCUMENT_FROM = /^(?:an?|the)\s+(?:[a-z]+\s+)?(?:statement|letter|report|memo|release|post|communiqu[eé]|notice|note|filing)\s+(?:(?:signed|issued|released|posted)\s+)?(?:from|by)\s+/i;

/** A speaker phrase that is a document ("the report", "a new study"). */
const DOCUMENT_HEAD = /^(?:an?|the)\s+(?:[a-z]+\s+)?(?:statement|letter|report|memo|release|communiqu[eé]|study|survey|audit|review|assessment)$/i;
/** An apposition naming a document's author: ", released on Monday by ", ", published by the ". */
const AUTHOR_APPOSITION = /^,\s+(?:[a-z]+\s+){0,3}?(?:released|published|issued|written|compiled|prepared|commissioned|produced)\s+(?:(?:on|in|last|this)\s+\S+\s+)?by\s+(?:the\s+)?/;

/** "officials at the Interior Ministry", "analysts with Nordbank": a named body after a plural source (not "at the scene"). */
const AT_BODY = /^(?:with|at|from|for)\s+(?:the\s+)?\p{Lu}/u;
const DEF = /^(the|this|that|these|those|his|her|its|their|our)$/;
/** Any anonymity marker anywhere in a phrase: `ANONYMITY_MARKERS.some((m) => s.includes(m))` in one search. */
const ANONYMITY = new RegExp(ANONYMITY_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
/** Length of a lead of lower-case words holding a role word ("the economist ", "senior analyst "), else 0. */
function roleLead(s: string): number {
  const m = ROLE_LEAD.exec(s);
  return m && m[1].split(' ').some((w) => PERSON_ROLES.has(w)) ? m[0].length : 0;
}
const ROLE_LEAD = /^(?:(?:the|a|an) )?((?:\p{Ll}[\p{L}'’-]* ){0,2}\p{Ll}[\p{L}'’-]*) (?=\p{Lu})/u;
/** A plain two- or three-word name before "of"/"from" at the start of a phrase. */
const NAME_OF = /^((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s){1,2}[\p{Lu}][\p{L}\p{M}'’.-]*) (?:of|from) /u;

