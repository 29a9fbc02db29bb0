import type { Token } from '../../../layers.ts';
import type { Candidate } from '../candidate.ts';
import { COUNTRY_NAME, METONYM_VERBS } from '../lexicon.ts';

/** The word after `end`, if a word follows within a few characters. */
const NEXT_WORD = /^(?:\s{1,3}([\p{Ll}]+)|(['’]s)\b)/u;
/** A past-tense verb after a capital: "Berlin favored", "Moscow regarded". */
const PAST_VERB = /^\p{Ll}{3,}ed$/u;
/** Words before a capital that make it a place, not an actor: "in Moscow", "to Beijing". */
const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|outside|of|via|between)\s+$/;

/** Verbs whose object is an actor: "accused Moscow of", "urged Beijing to", "warned Tehran that". */
const ACTOR_OBJECT_BEFORE = /\b(?:accus(?:ed|es|ing)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|told|tells|critici[sz](?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|press(?:ed|es|ing)|pressur(?:ed|es|ing)|thank(?:ed|s|ing)|prais(?:ed|es|ing)|threaten(?:ed|s|ing)|sanction(?:ed|s|ing)|call(?:ed|s|ing) on|back(?:ed|s|ing)|rebuk(?:ed|es|ing)|join(?:ed|s|ing)|ask(?:ed|s|ing)|invit(?:ed|es|ing)|support(?:ed|s|ing)|reassur(?:ed|es|ing)|assur(?:ed|es|ing)|summon(?:ed|s|ing)|lobb(?:ied|ies|ying)|persuad(?:ed|es|ing)|remind(?:ed|s|ing)|defend(?:ed|s|ing)|side[sd]? with|siding with)\s+$/;
/**
 * What follows an actor object: a preposition, a complementizer or an adverb ("of", "to", "that", "on Tuesday",
 * "against", "again"), or the end of the clause; not a noun it modifies ("warned Manila residents").
 */
const AFTER_ACTOR_OBJECT = /^(?:\s+(?:of|to|that|over|for|on|in|against|about|from|with|after|before|again|repeatedly|last|this|amid|during|and|when|while|as|but|not)\b|\s*[,.;:])/;

/** Words of relations between states before a capital: "closer to Moscow", "ties with Beijing", "sanctions on Tehran". */
const RELATION_BEFORE = /\b(?:closer to|ties (?:with|to)|relations (?:with|between)|talks with|dialogue with|deal with|agreement with|pressure (?:on|from)|sanctions (?:on|against)|rapprochement with|rift with|dispute with|tensions with|alliance with|allied with|support from|backed by|aligned with|pivot to(?:wards?)?|overtures? to)\s+$/;

/**
 * A capital that acts or owns stands for its state: "Moscow said", "Riyadh's priority" →
 * a mention of Russia / the United States of kind `metonym`. "in Moscow" stays a city.
 */
export function markMetonyms(text: string, _tokens: Token[], cands: Candidate[]): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (!c.capitalOf || c.type !== 'GPE') continue;
    // "between Tokyo and Manila resumed": the second of two places after a place word is a place too.
    const prev = k > 0 ? cands[k - 1] : null;
    if (prev && joinedByAnd(text, prev, c) && PLACE_BEFORE.test(text.slice(Math.max(0, prev.start - 10), prev.start))) continue;
    const next = NEXT_WORD.exec(text.slice(c.end, c.end + 24));
    const acts = !!next && !!(next[2] || METONYM_VERBS.has(next[1]) || PAST_VERB.test(next[1]));
    const object = (ACTOR_OBJECT_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && AFTER_ACTOR_OBJECT.test(text.slice(c.end, c.end + 6)))
      || RELATION_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start));
    if (!acts && !object) continue;
    if (!object && PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) continue;
    toMetonym(c, c.capitalOf);
  }
  // "closer to Moscow and Beijing": a capital joined by "and" after a capital that stands for its state does too.
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k], prev = cands[k - 1];
    if (!plainCapital(c) || prev.kind !== 'metonym' || !joinedByAnd(text, prev, c)) continue;
    toMetonym(c, c.capitalOf!);
  }
  // "Tokyo and Manila signed a pact": a capital joined by "and" to a capital that acts acts with it.
  for (let k = cands.length - 2; k >= 0; k--) {
    const c = cands[k], next = cands[k + 1];
    if (!plainCapital(c) || next.kind !== 'metonym' || !joinedByAnd(text, c, next)) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) continue;
    toMetonym(c, c.capitalOf!);
  }
}

/** A capital's mention still read as the city. */
const plainCapital = (c: Candidate) => !!c.capitalOf && c.type === 'GPE' && c.kind !== 'metonym';
/** "a and b": b follows a after exactly " and ". */
const joinedByAnd = (text: string, a: Candidate, b: Candidate) => b.start - a.end === 5 && text.startsWith(' and ', a.end);

/** Make a capital's mention a mention of its state. */
function toMetonym(c: Candidate, iso3: string): void {
  c.key = 'c:' + iso3;
  c.name = COUNTRY_NAME.get(iso3) ?? iso3;
  c.country = iso3;
  c.kind = 'metonym';
  c.confidence = 0.7;
}
