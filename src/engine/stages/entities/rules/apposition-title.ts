import type { Token } from '../../../layers.ts';
import type { Candidate } from '../candidate.ts';
import type { Unit } from './read-units.ts';
import { TITLE_MODIFIERS_LOWER } from '../lexicon.ts';
import { titleCase } from './read-run.ts';
import { isPortfolio, COMPLEMENT_WORDS } from './title-complement.ts';

// A title in an apposition after a person's name: "Penny Wong, the foreign minister, said",
// "Ana Ruiz, Spain's economy minister,", "Lars Berg, the Swedish trade minister.". The title words
// (modifiers and a head the title table knows) between the comma and the next punctuation are the
// person's title; a country before "'s" or a country's demonym gives the person's country.

/** Modifiers that say when or how much, not which office: left out of the title. */
const NOT_IN_TITLE = new Set(['former', 'top', 'then']);
/** At most this many title words after the comma (and "the", a possessor or a demonym). */
const MOST_WORDS = 4;

/** Give each PERSON candidate in cands[from..] the title its apposition names, if it has one. */
export function readAppositionTitles(text: string, tokens: Token[], units: Unit[], cands: Candidate[], from: number, end: number): void {
  for (let i = from; i < cands.length; i++) {
    const c = cands[i];
    if (c.type !== 'PERSON' || c.kind !== 'name') continue;
    const u = units.findIndex((v) => v.end === c.end);
    if (u < 0) continue;
    let t = units[u].t1;
    if (t >= end || text.charCodeAt(tokens[t].start) !== 44) continue; // a comma right after the name
    t++;
    let country: string | undefined;
    let k = units.findIndex((v) => v.t0 === t);
    if (t < end && isArticle(text, tokens[t])) {
      t++;
      if (t < end && text.startsWith('former ', tokens[t].start)) t++; // "the former Swedish trade minister"
      k = units.findIndex((v) => v.t0 === t);
      // "the Swedish trade minister": the demonym names the country.
      if (k >= 0 && units[k].kind === 'g' && units[k].entry!.kind === 'demonym') { country = units[k].entry!.country; t = units[k].t1; }
    } else if (k >= 0 && units[k].kind === 'g' && units[k].entry!.kind === 'country' && units[k + 1]?.kind === 's' && units[k + 1].t0 === units[k].t1) {
      // "Spain's economy minister": the country's own office.
      country = units[k].entry!.country;
      t = units[k + 1].t1;
    } else continue;
    const found = readTitleWords(text, tokens, units, t, end);
    if (!found) continue;
    if (!c.titles.includes(found.title)) c.titles = [...c.titles, found.title];
    if (country && !c.country) c.country = country;
    if (found.sector && !c.sector) c.sector = found.sector;
  }
}

/**
 * The same apposition with the title first: "The Minister of Power, Tunde Adeyinka, said", "Iraq's water
 * resources minister, Hamid al-Saadi, said", "the health secretary, Rhiannon Ashcroft-Bell, rejected".
 * The title (lower-case modifiers and a head the title table knows, the head last) stands between an
 * article, a country's possessive or the sentence start and the comma; the name is closed by a comma.
 */
export function readTitlesBeforeNames(text: string, tokens: Token[], units: Unit[], cands: Candidate[], from: number, start: number, end: number): void {
  for (let i = from; i < cands.length; i++) {
    const c = cands[i];
    if (c.type !== 'PERSON' || c.kind !== 'name' || c.titles.length) continue;
    const u = units.findIndex((v) => v.start === c.start);
    const w = units.findIndex((v) => v.end === c.end);
    if (u < 0 || w < 0) continue;
    const comma = units[u].t0 - 1, close = units[w].t1;
    if (comma <= start || close >= end || text.charCodeAt(tokens[comma].start) !== 44 || text.charCodeAt(tokens[close].start) !== 44) continue;
    // Back from the comma: a complement ("of Finance", "for Foreign Affairs"), the head (a title unit),
    // then title units and up to three lower-case words ("water resources minister").
    let t = comma - 1;
    let v = unitEndingAt(units, t + 1);
    while (v && (isPortfolio(v) || (v.kind === 'x' && COMPLEMENT_WORDS.has(v.text)))) { t = v.t0 - 1; v = unitEndingAt(units, t + 1); }
    if (!v || v.kind !== 'g' || v.entry!.kind !== 'title') continue;
    if (t !== comma - 1 && !COMPLEMENT_WORDS.has(text.slice(tokens[v.t1].start, tokens[v.t1].end))) continue;
    const head = v;
    let first = head.start, sector = head.entry!.sector, lower = 0;
    t = head.t0 - 1;
    while (t >= start) {
      const tok = tokens[t];
      const unit = unitEndingAt(units, t + 1);
      if (unit && unit.kind === 'g' && unit.entry!.kind === 'title') { first = unit.start; t = unit.t0 - 1; sector ??= unit.entry!.sector; continue; }
      const c0 = text.charCodeAt(tok.start);
      if (tok.kind !== 'w' || c0 < 97 || c0 > 122 || isArticle(text, tok) || ++lower > 3) break;
      first = tok.start;
      t--;
    }
    // What opens the title: the sentence start, an article, or a country's possessive ("Iraq's").
    let country: string | undefined;
    if (t >= start) {
      const tok = tokens[t];
      const owner = units.find((v) => v.t1 === t && v.kind === 'g' && v.entry!.kind === 'country');
      if (units.some((v) => v.kind === 's' && v.t0 === t) || /^['’]s$/.test(text.slice(tok.start, tok.end))) country = owner?.entry!.country;
      else if (!isArticle(text, tok) && !OPENERS.has(text.slice(tok.start, tok.end))) continue;
    }
    c.titles = [titleCase(text.slice(first, tokens[comma - 1].end))];
    if (country && !c.country) c.country = country;
    if (sector && !c.sector) c.sector = sector;
  }
}

/** Words that open a title before a name, besides a lower-case article: "The Minister of …", "Its spokeswoman". */
const OPENERS = new Set(['The', 'A', 'An', 'its', 'Its', 'his', 'His', 'her', 'Her', 'their', 'Their', 'our', 'Our']);

/** The unit whose tokens end right before token t (t1 === t), if any. */
function unitEndingAt(units: Unit[], t: number): Unit | undefined {
  for (let k = units.length - 1; k >= 0; k--) if (units[k].t1 === t) return units[k];
  return undefined;
}

/** "the", "a", "an" (lower case) opening an apposition. */
function isArticle(text: string, tok: Token): boolean {
  const n = tok.end - tok.start;
  return (n === 3 && text.startsWith('the', tok.start)) || (n === 1 && text.charCodeAt(tok.start) === 97) || (n === 2 && text.startsWith('an', tok.start));
}

/**
 * The title-cased title of the words from token t on: lower-case modifiers, then a title head, then
 * punctuation (or the sentence's end), and the head's sector; null when the words are anything else.
 */
function readTitleWords(text: string, tokens: Token[], units: Unit[], t: number, end: number): { title: string; sector?: string } | null {
  let first = -1, last = -1;
  let sector: string | undefined;
  for (let n = 0; t < end && n < MOST_WORDS; n++) {
    const tok = tokens[t];
    if (tok.kind !== 'w') break;
    const head = units.find((v) => v.t0 === t && v.kind === 'g' && v.entry!.kind === 'title');
    if (head) { if (first < 0) first = head.start; last = head.end; t = head.t1; sector = head.entry!.sector ?? sector; continue; }
    const c0 = text.charCodeAt(tok.start);
    if (c0 < 97 || c0 > 122 || last >= 0) return null; // a lower-case modifier, before the head only
    const w = text.slice(tok.start, tok.end);
    if (!TITLE_MODIFIERS_LOWER.has(w)) return null;
    if (!NOT_IN_TITLE.has(w) && first < 0) first = tok.start;
    t++;
  }
  if (last < 0 || (t < end && tokens[t].kind !== 'p')) return null;
  return { title: titleCase(text.slice(first, last)), sector };
}
