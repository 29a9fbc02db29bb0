import { ORG_HEADS, LEADING_HEADS } from '../lexicon.ts';
import type { Unit } from './read-units.ts';
import { upperAt } from '../chars.ts';
import { inComplement, isPortfolio } from './title-complement.ts';

/** A run of units that may hold names and titles; `afterPossessive`: it follows "X's" (the run X). */
export interface Run { units: Unit[]; possessor: Run | null }

const isTitle = (u: Unit) => u.kind === 'g' && (u.entry!.kind === 'title' || u.entry!.kind === 'honorific');
const isMod = (u: Unit) => u.kind === 'g' && u.entry!.kind === 'titlemod';
const isLower = (u: Unit) => !upperAt(u.text, 0);
/** Units that can go on a name: capitalized words, initials, gazetteer names. */
const isNamePart = (u: Unit | undefined) => !!u && (u.kind === 'c' || u.kind === 'i' || (u.kind === 'g' && !isMod(u)));

/**
 * Group units into runs. Connectors (of, the, to) and particles (de, van) stay inside a run only
 * between name parts where they belong: "University of Texas", "Ambassador to the United States",
 * "Ludwig van Beethoven". Lower-case titles ("press secretary") join only before a name.
 */
export function groupRuns(units: Unit[]): Run[] {
  const runs: Run[] = [];
  // The run being built is always a stretch of units: units[from, from + n).
  let from = 0, n = 0;
  let possessor: Run | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (n && units[from + n - 1].t1 !== u.t0) { possessor = close(units, from, n, possessor, false, runs); n = 0; } // a gap: the name ended
    if (possessor && units[i - 1]?.kind === 's' && units[i - 1].t1 !== u.t0) possessor = null;
    if (u.kind === 's') { possessor = close(units, from, n, possessor, true, runs); n = 0; continue; }
    if (u.alone) {
      if (n) possessor = close(units, from, n, possessor, false, runs);
      possessor = close(units, i, 1, possessor, false, runs); n = 0;
      continue;
    }
    if (joins(units, i, from, n)) { if (!n) from = i; n++; continue; }
    if (n) { possessor = close(units, from, n, possessor, false, runs); n = 0; } else possessor = null;
  }
  if (n) close(units, from, n, possessor, false, runs);
  return runs;
}

/** End the run units[from, from + n), trimmed, if anything is left; the possessor of the next run. */
function close(units: Unit[], from: number, n: number, possessor: Run | null, nextPossessor: boolean, runs: Run[]): Run | null {
  // Drop connectors and particles at the edges of a run.
  let a = from, b = from + n;
  while (a < b && (units[a].kind === 'x' || units[a].kind === 'p')) a++;
  while (b > a && (units[b - 1].kind === 'x' || units[b - 1].kind === 'p')) b--;
  const run = b > a ? { units: units.slice(a, b), possessor } : null;
  if (run) runs.push(run);
  return nextPossessor ? run : null;
}

function joins(units: Unit[], i: number, from: number, n: number): boolean {
  const u = units[i], prev = n ? units[from + n - 1] : undefined;
  if (u.kind === 'c' || u.kind === 'i') return true;
  if (u.kind === 'p') return !!prev && adjacent(units, i + 1) && (units[i + 1].kind === 'c' || units[i + 1].kind === 'p');
  if (u.kind === 'x') {
    if (!prev) return false;
    let j = i + 1;
    if (units[j]?.text === 'the' && u.text !== 'the' && adjacent(units, j)) j++;
    if (!adjacent(units, j) || !isNamePart(units[j])) return false;
    // "Citizens' Alliance", "People's Party": the possessive readUnits kept before a head word joins.
    if (isPossessiveJoin(u.text)) return j === i + 1;
    // "Minister for Foreign Affairs and Trade": "and" joins two portfolio words of a title's complement, and nothing else.
    // "Oregon Health & Science University", "Armed Conflict Location & Event Data Project": "&" joins only inside an organisation's name.
    // "S&P", "AT&T", "Johnson & Johnson", "Marks & Spencer": between two capitalized words, "&" makes one firm's name.
    if (u.text === '&') return prev.kind === 'c' && j === i + 1 && (units[j].kind === 'c' || orgHeadAhead(units, j, 3));
    if (u.text === 'and') return prev.kind !== 'x' && ((isPortfolio(prev) && isPortfolio(units[j]) && inComplement(units, from, n, true)) || (prev.kind === 'c' && j === i + 1 && orgHeadAhead(units, j))
      || (prev.kind === 'c' && j === i + 1 && units[j].kind === 'c' && orgComplement(units, from, n)));
    if (u.text === 'the') return prev.kind === 'x';
    // "of"/"for"/"on" after an organisation word, "to"/"of"/"for" after a title ("Minister of State for Europe").
    return (prev.kind !== 'x' && orgWordIn(units, from, from + n)) || (isTitle(prev) && (u.text === 'to' || u.text === 'of'))
      || (u.text === 'for' && prev.kind !== 'x' && inComplement(units, from, n, false));
  }
  if (u.kind !== 'g') return false;
  if (isMod(u) || (isTitle(u) && isLower(u))) {
    // A title word joins only when a title and then a name follow: "press secretary Sean Spicer".
    let j = i;
    while (units[j] && units[j].kind === 'g' && (isMod(units[j]) || isTitle(units[j])) && (j === i || adjacent(units, j))) j++;
    if (j > i && isTitle(units[j - 1]) && adjacent(units, j) && (units[j]?.kind === 'c' || units[j]?.kind === 'i' || (units[j]?.kind === 'g' && units[j].entry!.kind === 'honorific'))) return true;
    // "Special Envoy for Syria", "Deputy Minister of Finance": a capitalized title word before a title and its complement.
    if (j > i && !isLower(u) && isTitle(units[j - 1]) && adjacent(units, j) && units[j].kind === 'x' && COMPLEMENT_OPENERS.has(units[j].text)) return true;
    // Title words right before an organisation's head word name it: "the National Party", "Scottish National Party".
    return j > i && units[j]?.kind === 'c' && adjacent(units, j) && ORG_HEADS.has(units[j].text);
  }
  return true;
}

/**
 * Whether units[from, from + n) open with an organisation's head word and its complement ("Department of
 * Health", "Ministry for Trade"): an "and" then joins the complement's next word ("… of Health and Social Care").
 */
function orgComplement(units: Unit[], from: number, n: number): boolean {
  return n >= 3 && units[from].kind === 'c' && ORG_HEADS.has(units[from].text) && units[from + 1].kind === 'x'
    && (units[from + 1].text === 'of' || units[from + 1].text === 'for');
}

/** An apostrophe or "'s" that readUnits kept inside a name as a connector. */
export const isPossessiveJoin = (t: string) => t === "'" || t === '’' || t === "'s" || t === '’s' || t === "'S" || t === '’S';

/** Connectors that open a title's complement: "Envoy to Syria", "Minister of Finance", "Commissioner for Trade". */
const COMPLEMENT_OPENERS = new Set(['to', 'of', 'for']);

/** Whether units[j] exists and follows units[j - 1] with no token between. */
const adjacent = (units: Unit[], j: number) => j < units.length && units[j - 1].t1 === units[j].t0;

/**
 * "Peace and Security Council", "Aeronautics and Space Administration": an "and" joins two capitalized words
 * of one organisation's name when an organisation's head word ends the name within two more units.
 */
function orgHeadAhead(units: Unit[], j: number, most = 2): boolean {
  for (let k = j; k < units.length && k < j + most && (k === j || adjacent(units, k)); k++) {
    const u = units[k];
    if (u.kind !== 'c' && !(u.kind === 'g' && u.entry!.kind === 'org')) return false;
    if (ORG_HEADS.has(u.kind === 'c' ? u.text : u.text.slice(u.text.lastIndexOf(' ') + 1))) return true;
  }
  return false;
}

/** Whether units[a, b) hold a capitalized word that names an organisation ("University", "Bank"). */
function orgWordIn(units: Unit[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (units[k].kind === 'c' && (ORG_HEADS.has(units[k].text) || LEADING_HEADS.get(units[k].text) === 'ORG')) return true;
  return false;
}
