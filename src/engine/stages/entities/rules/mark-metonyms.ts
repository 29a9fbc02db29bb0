import type { Token } from '../../../layers.ts';
import type { Candidate } from '../candidate.ts';
import { COUNTRY_NAME, METONYM_VERBS } from '../lexicon.ts';

/** The word after `end`, if a word follows within a few characters. */
const NEXT_WORD = /^(?:\s{1,3}([\p{Ll}]+)|(['’]s)\b)/u;
/** A past-tense verb after a capital: "Berlin favored", "Moscow regarded". */
const PAST_VERB = /^\p{Ll}{3,}ed$/u;
/** Words before a capital that make it a place, not an actor: "in Moscow", "to Beijing". */
const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|outside|of|via)\s+$/;

/** Verbs whose object is an actor: "accused Moscow of", "urged Beijing to", "warned Tehran that". */
const ACTOR_OBJECT_BEFORE = /\b(?:accus(?:ed|es|ing)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|told|tells|critici[sz](?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|press(?:ed|es|ing)|pressur(?:ed|es|ing)|thank(?:ed|s|ing)|prais(?:ed|es|ing)|threaten(?:ed|s|ing)|sanction(?:ed|s|ing)|call(?:ed|s|ing) on|back(?:ed|s|ing)|rebuk(?:ed|es|ing)|join(?:ed|s|ing))\s+$/;
/** What follows an actor object: "of", "to", "that", or the end of the clause. */
const AFTER_ACTOR_OBJECT = /^(?:\s+(?:of|to|that|over|for)\b|\s*[,.;])/;

/**
 * A capital that acts or owns stands for its state: "Moscow said", "Riyadh's priority" →
 * a mention of Russia / the United States of kind `metonym`. "in Moscow" stays a city.
 */
export function markMetonyms(text: string, _tokens: Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (!c.capitalOf || c.type !== 'GPE') continue;
    const next = NEXT_WORD.exec(text.slice(c.end, c.end + 24));
    const acts = !!next && !!(next[2] || METONYM_VERBS.has(next[1]) || PAST_VERB.test(next[1]));
    const object = ACTOR_OBJECT_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && AFTER_ACTOR_OBJECT.test(text.slice(c.end, c.end + 6));
    if (!acts && !object) continue;
    if (!object && PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) continue;
    c.key = 'c:' + c.capitalOf;
    c.name = COUNTRY_NAME.get(c.capitalOf) ?? c.capitalOf;
    c.country = c.capitalOf;
    c.kind = 'metonym';
    c.confidence = 0.7;
  }
}
