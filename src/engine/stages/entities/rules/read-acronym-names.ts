import { makeCandidate, type Candidate } from '../candidate.ts';
import type { Token } from '../../../layers.ts';
import { ORG_HEADS } from '../lexicon.ts';

/** Lower-case words that may stand inside a name an acronym abbreviates ("Association of …", "Mission in Armenia"). */
const INNER = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'des', 'du', 'la', 'le', 'del', 'della', 'el', 'al', 'y', 'et', 'und', '&']);
/** Last words of a name that make it a place, not an organisation ("Federal Capital Territory (FCT)"). */
const PLACE_TAILS = new Set(['Territory', 'Province', 'Region', 'Republic', 'District', 'County', 'Emirate', 'Kingdom', 'Prefecture', 'Oblast']);
/** Does text[s, e) hold an organisation's head word ("Mission", "Council", "Union")? */
function hasOrgHead(text: string, s: number, e: number): boolean {
  for (const w of text.slice(s, e).split(/[\s-]+/)) if (ORG_HEADS.has(w)) return true;
  return false;
}

/** How many tokens before the bracket are read back. */
const REACH = 14;

/** An acronym in brackets: two to eight letters, capitals ("NLC", "EUMA") or a capital and small letters ("Asean", "Nato"). */
function acronymLetters(word: string): string | null {
  if (word.length < 2 || word.length > 8 || !/^\p{Lu}(?:\p{Lu}+|\p{Ll}+)$/u.test(word)) return null;
  return word.toUpperCase();
}

/** Is `acr` the initials, or the initials with up to two words passed over (never the first or the last)? */
function spells(acr: string, initials: string): boolean {
  if (initials === acr) return true;
  if (initials.length - acr.length > 2 || initials.length <= acr.length) return false;
  if (initials[0] !== acr[0] || initials[initials.length - 1] !== acr[acr.length - 1]) return false;
  let k = 0;
  for (let i = 0; i < initials.length && k < acr.length; i++) if (initials[i] === acr[k]) k++;
  return k === acr.length;
}

/**
 * "Nigeria Labour Congress (NLC)", "Association of South-east Asian Nations (Asean)", "European Union
 * Monitoring Mission in Armenia (EUMA)": the capitalized words before an acronym in brackets whose
 * initials spell it (each part of a hyphenated word gives one) are one name, whatever the tables say of
 * its words ("Nigeria" a country, "Labour" a party, "Congress" the American one). The sentence's
 * candidates (from `from` on) inside that name give way to it; it keeps the country of a place among
 * them. Tokens [t0, t1) are the sentence's. `defined` collects acronyms the article defines against a table's reading
 * (redefineAcronyms applies them to the later mentions).
 */
export function readAcronymNames(text: string, tokens: Token[], t0: number, t1: number, cands: Candidate[], from: number, defined: Map<string, Candidate>): void {
  for (let i = t0 + 1; i + 2 < t1; i++) {
    if (text.charCodeAt(tokens[i].start) !== 40 || tokens[i].end - tokens[i].start !== 1) continue; // "("
    const word = tokens[i + 1];
    if (word.kind !== 'w' || text.charCodeAt(tokens[i + 2].start) !== 41) continue; // ")"
    const acr = acronymLetters(text.slice(word.start, word.end));
    if (!acr) continue;
    // Back from the bracket: capitalized words (their initials) and inner words, up to REACH tokens.
    // `initials` from the capitalized words only; `withInner` also from the inner words ("Mission in Libya (…MIL)").
    let initials = '', withInner = '', inner = '';
    let start = -1;
    for (let j = i - 1; j >= t0 && j >= i - REACH; j--) {
      const t = tokens[j];
      const w = text.slice(t.start, t.end);
      if (INNER.has(w)) { if (w !== '&' && w !== 'the' && w !== 'and') inner = w[0].toUpperCase() + inner; continue; }
      if (t.kind !== 'w' || !/^\p{Lu}/u.test(w)) break;
      const own = w.split('-').filter(Boolean).map((p) => p[0].toUpperCase()).join('');
      initials = own + initials;
      withInner = own + inner + withInner;
      inner = '';
      if (spells(acr, initials) || spells(acr, withInner)) { start = j; if (initials === acr || withInner === acr) break; }
      if (initials.length > acr.length + 2) break;
    }
    if (start < 0 || start === i - 1) continue;
    let s = tokens[start].start;
    const e = tokens[i - 1].end;
    const inside: number[] = [];
    let whole: Candidate | null = null;
    for (let k = from; k < cands.length; k++) {
      const c = cands[k];
      if (c.start <= s && c.end >= e) whole = c;
      else if (c.start >= s && c.end <= e) inside.push(k);
      // A name that runs into it from the left is its head: "Office of the [United States Trade Representative] (USTR)".
      else if (c.start < s && c.end > s && c.end <= e) { inside.push(k); s = c.start; }
    }
    let named = whole;
    // A name an acronym defines is an organisation's unless its last word makes it a place: a facility or event
    // reading of it ("Bolivian Workers' Center", "Maghreb Policy Forum") gives way.
    const lastWord = text.slice(tokens[i - 1].start, tokens[i - 1].end);
    if (whole && (whole.type === 'FAC' || whole.type === 'EVENT' || ((whole.type === 'GPE' || whole.type === 'LOC') && hasOrgHead(text, s, e)))
      && !PLACE_TAILS.has(lastWord)) whole.type = 'ORG';
    if (!named) {
      const country = inside.map((k) => cands[k]).find((c) => c.type === 'GPE' && c.country)?.country;
      const sector = inside.map((k) => cands[k]).find((c) => c.type !== 'GPE' && c.sector)?.sector;
      for (let k = inside.length - 1; k >= 0; k--) cands.splice(inside[k], 1);
      const last = text.slice(tokens[i - 1].start, tokens[i - 1].end);
      named = makeCandidate(s, e, text.slice(s, e), PLACE_TAILS.has(last) ? 'GPE' : 'ORG', 'name', null, text.slice(s, e).replace(/\s+/g, ' '), 0.75);
      if (country) named.country = country;
      if (sector) named.sector = sector;
      cands.push(named);
    }
    // The acronym itself, when no rule read it ("Asean" is no word in capitals) or read it as a person's
    // name ("Asis"): named as the name it stands for. An acronym a rule read as one stays (clustering joins it).
    // A table's reading of the acronym as something else ("PTI" the Press Trust of India, after "Pakistan
    // Tehreek-i-Insaf (PTI)") gives way to the article's own definition, here and in its later mentions.
    const at = cands.findIndex((x) => x.start === word.start && x.end === word.end);
    const other = at >= 0 && cands[at].key !== null && cands[at].key !== named.key && cands[at].name !== named.name;
    if (at >= 0 && cands[at].type !== 'PERSON' && !other) continue;
    if (at >= 0) cands.splice(at, 1);
    const a = makeCandidate(word.start, word.end, text.slice(word.start, word.end), named.type, 'acronym', named.key, named.name, 0.7);
    a.country = named.country; a.sector = named.sector; a.wikidata = named.wikidata;
    cands.push(a);
    if (other) defined.set(a.text, a);
  }
}

/** Later mentions of an acronym the article defined against a table's reading ("PTI") are of the defined name. */
export function redefineAcronyms(cands: Candidate[], defined: Map<string, Candidate>): void {
  if (!defined.size) return;
  for (const c of cands) {
    const d = defined.get(c.text);
    if (!d || c === d || c.start < d.start || c.type === 'PERSON') continue;
    c.key = d.key; c.name = d.name; c.type = d.type; c.kind = 'acronym';
    c.country = d.country; c.sector = d.sector; c.wikidata = d.wikidata;
  }
}
