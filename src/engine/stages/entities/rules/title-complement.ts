import { PORTFOLIO_WORDS, FIRST_NAMES, type GazEntry } from '../lexicon.ts';
import { makeUnit, type Unit } from './read-units.ts';

// Office titles with a "for" complement, as UN, EU and Commonwealth usage writes them: "Minister for
// Foreign Affairs", "Special Envoy for Syria", "Secretary of State for Defence", "High Representative
// for Foreign Affairs and Security Policy". The complement is part of the title, not a name; an envoy
// for a country is not of it, so the country named there is no affiliation.

const PLACE_KINDS = new Set(['country', 'city', 'region', 'area']);
/** Connectors inside a complement: "for the Environment", "of State for", "Affairs and Trade". */
export const COMPLEMENT_WORDS = new Set(['for', 'of', 'the', 'and']);

/** A word or place that can name a portfolio or a remit: "Affairs", "Trade", "Syria", "Europe". */
export function isPortfolio(u: Unit): boolean {
  return (u.kind === 'c' && PORTFOLIO_WORDS.has(u.text)) || (u.kind === 'g' && PLACE_KINDS.has(u.entry!.kind));
}
const isTitleUnit = (u: Unit) => u.kind === 'g' && u.entry!.kind === 'title';

/**
 * Whether units[from, from + n) end in a title and a complement being read: the title, then only
 * connectors and portfolio words ("Minister", "Minister of State", "Minister for Foreign Affairs").
 * `needFor`: a "for" must have been read already (an "and" joins only inside a "for" complement).
 */
export function inComplement(units: Unit[], from: number, n: number, needFor: boolean): boolean {
  let sawFor = false, sawOf = false, place = false;
  for (let k = from + n - 1; k >= from; k--) {
    const u = units[k];
    if (u.kind === 'x' && COMPLEMENT_WORDS.has(u.text)) { if (u.text === 'for') sawFor = true; if (u.text === 'of') sawOf = true; continue; }
    if (isTitleUnit(u)) return sawFor || (sawOf && !place) || !needFor;
    if (!isPortfolio(u)) return false;
    if (u.kind === 'g') place = true;
  }
  return false;
}

/**
 * The units of a run with each title and its "for" complement made one title unit (whose entry
 * names no country), and the places named inside complements, reported as mentions of their own.
 * A run with no such title comes back as it was.
 */
export function mergeComplements(text: string, units: Unit[], places: Unit[]): Unit[] {
  let out: Unit[] | null = null;
  for (let i = 0; i < units.length; i++) {
    if (!isTitleUnit(units[i])) { out?.push(units[i]); continue; }
    let k = i + 1, last = -1, sawFor = false, place = false;
    for (; k < units.length && units[k].t0 === units[k - 1].t1; k++) {
      const u = units[k];
      if (u.kind === 'x' && COMPLEMENT_WORDS.has(u.text)) { if (u.text === 'for') sawFor = true; continue; }
      if (!isPortfolio(u)) break;
      if (u.kind === 'g') place = true;
      last = k;
    }
    // "… for Ocean Stewardship Rhodri Vance": up to two words no list knows, then a first name and a
    // surname closing the run, are the complement's last words, not the start of a longer name.
    if (sawFor && k < units.length) {
      const f = firstNameAt(units, k);
      if (f > k && f - k <= 2 && f === units.length - 2 && units[f + 1].kind === 'c') last = f - 1;
    }
    // A "for", a portfolio word after it, and nothing but connectors and portfolio words between; or
    // "of" and portfolio words only ("Minister of Finance"): "President of Syria" keeps its country (read-run).
    if (last < 0 || !(sawFor ? hasForBefore(units, i, last) : !place && units[i + 1].text === 'of')) { out?.push(units[i]); continue; }
    out ??= units.slice(0, i);
    const head = units[i].entry!;
    const entry: GazEntry = { kind: head.kind, key: head.key, name: head.name, type: head.type };
    if (head.sector) entry.sector = head.sector;
    if (head.gender) entry.gender = head.gender;
    const end = units[last].end;
    out.push(makeUnit('g', units[i].start, end, units[i].t0, units[last].t1, text.slice(units[i].start, end), entry));
    for (let j = i + 1; j <= last; j++) if (units[j].kind === 'g') places.push(units[j]);
    i = last;
  }
  return out ?? units;
}

/** Whether a "for" stands between units i and last. */
function hasForBefore(units: Unit[], i: number, last: number): boolean {
  for (let j = i + 1; j < last; j++) if (units[j].kind === 'x' && units[j].text === 'for') return true;
  return false;
}

/** The first unit from k on that is a known first name, after capitalized words only; -1 if none. */
function firstNameAt(units: Unit[], k: number): number {
  for (let j = k; j < units.length && units[j].kind === 'c' && units[j].t0 === units[j - 1].t1; j++) if (FIRST_NAMES.has(units[j].text)) return j;
  return -1;
}
