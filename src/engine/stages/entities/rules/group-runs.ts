import { ORG_HEADS, LEADING_HEADS } from '../lexicon.ts';
import type { Unit } from './read-units.ts';

/** A run of units that may hold names and titles; `afterPossessive`: it follows "X's" (the run X). */
export interface Run { units: Unit[]; possessor: Run | null }

const isTitle = (u: Unit) => u.kind === 'g' && (u.entry!.kind === 'title' || u.entry!.kind === 'honorific');
const isMod = (u: Unit) => u.kind === 'g' && u.entry!.kind === 'titlemod';
const isLower = (u: Unit) => !/^\p{Lu}/u.test(u.text);
/** Units that can go on a name: capitalized words, initials, gazetteer names. */
const isNamePart = (u: Unit | undefined) => !!u && (u.kind === 'c' || u.kind === 'i' || (u.kind === 'g' && !isMod(u)));

/**
 * Group units into runs. Connectors (of, the, to) and particles (de, van) stay inside a run only
 * between name parts where they belong: "University of Texas", "Ambassador to the United States",
 * "Ludwig van Beethoven". Lower-case titles ("press secretary") join only before a name.
 */
export function groupRuns(units: Unit[]): Run[] {
  const runs: Run[] = [];
  let cur: Unit[] = [];
  let possessor: Run | null = null;
  const close = (nextPossessor: boolean) => {
    const trimmed = trimRun(cur);
    const run = trimmed.length ? { units: trimmed, possessor } : null;
    if (run) runs.push(run);
    possessor = nextPossessor ? run : null;
    cur = [];
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (cur.length && cur[cur.length - 1].t1 !== u.t0) close(false); // a gap: the name ended
    if (possessor && units[i - 1]?.kind === 's' && units[i - 1].t1 !== u.t0) possessor = null;
    if (u.kind === 's') { close(true); continue; }
    if (u.alone) { if (cur.length) close(false); cur.push(u); close(false); continue; }
    if (joins(units, i, cur)) { cur.push(u); continue; }
    if (cur.length) close(false); else possessor = null;
  }
  if (cur.length) close(false);
  return runs;
}

function joins(units: Unit[], i: number, cur: Unit[]): boolean {
  const u = units[i], prev = cur[cur.length - 1];
  if (u.kind === 'c' || u.kind === 'i') return true;
  if (u.kind === 'p') return !!prev && adjacent(units, i + 1) && (units[i + 1].kind === 'c' || units[i + 1].kind === 'p');
  if (u.kind === 'x') {
    if (!prev || u.text === 'and' || u.text === '&') return false;
    let j = i + 1;
    if (units[j]?.text === 'the' && u.text !== 'the' && adjacent(units, j)) j++;
    if (!adjacent(units, j) || !isNamePart(units[j])) return false;
    if (u.text === 'the') return prev.kind === 'x';
    // "of"/"for"/"on" after an organisation word, "to"/"of" after a title.
    return (prev.kind !== 'x' && cur.some((c) => c.kind === 'c' && (ORG_HEADS.has(c.text) || LEADING_HEADS.get(c.text) === 'ORG')))
      || (isTitle(prev) && (u.text === 'to' || u.text === 'of'));
  }
  if (u.kind !== 'g') return false;
  if (isMod(u) || (isTitle(u) && isLower(u))) {
    // A title word joins only when a title and then a name follow: "press secretary Sean Spicer".
    let j = i;
    while (units[j] && units[j].kind === 'g' && (isMod(units[j]) || isTitle(units[j])) && (j === i || adjacent(units, j))) j++;
    return j > i && isTitle(units[j - 1]) && adjacent(units, j) && (units[j]?.kind === 'c' || units[j]?.kind === 'i' || (units[j]?.kind === 'g' && units[j].entry!.kind === 'honorific'));
  }
  return true;
}

/** Whether units[j] exists and follows units[j - 1] with no token between. */
const adjacent = (units: Unit[], j: number) => j < units.length && units[j - 1].t1 === units[j].t0;

/** Drop connectors and particles at the edges of a run. */
function trimRun(units: Unit[]): Unit[] {
  let a = 0, b = units.length;
  while (a < b && (units[a].kind === 'x' || units[a].kind === 'p')) a++;
  while (b > a && (units[b - 1].kind === 'x' || units[b - 1].kind === 'p')) b--;
  return units.slice(a, b);
}
