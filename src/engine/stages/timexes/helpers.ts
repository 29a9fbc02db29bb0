// Small resolution helpers shared by the rules: modifiers, picking the year of a month or day
// from the document time and the clause's tense, and zone offsets.
import type { Timex } from '../../../model/index.ts';
import { formatOffset, pad } from '../../time/calendar.ts';
import { resolveZone } from '../../time/zones.ts';
import type { Reference, Tense } from './context.ts';
import { WORDS } from './patterns.ts';
import type { Day } from './values.ts';

const POSITION_MODS = WORDS.positionMods as Record<string, Timex['mod']>;
const QUANTITY_MODS = WORDS.quantityMods as Record<string, Timex['mod']>;

/** START/MID/END of "early", "mid", "the end of" ... */
export function positionMod(word: string | undefined): Timex['mod'] | undefined {
  return word ? POSITION_MODS[word.toLowerCase()] : undefined;
}
/** APPROX, MORE_THAN ... of "about", "more than" ... */
export function quantityMod(words: string | undefined): Timex['mod'] | undefined {
  return words ? QUANTITY_MODS[words.toLowerCase().replace(/\s+/g, ' ')] : undefined;
}
/** `{ mod }` when there is one, for spreading into a Resolved. */
export const withMod = (mod: Timex['mod'] | undefined): { mod?: Timex['mod'] } => (mod ? { mod } : {});

export type YearChoice = Tense | 'last' | 'next' | 'this';

/**
 * The year of a month (and day, if given) with no year written: "last April" is the latest April
 * before the document month; in past-tense reporting a bare "December" is the latest one not after
 * it; in future-tense the next one not before it; with no tense cue, the document's year.
 */
export function pickYear(dct: Reference, m: number, d: number | null, how: YearChoice): number {
  const here = dct.m * 100 + (d === null ? 0 : dct.d), there = m * 100 + (d ?? 0);
  switch (how) {
    case 'last': return there < here ? dct.y : dct.y - 1;
    case 'next': return there > here ? dct.y : dct.y + 1;
    case 'future': return there >= here ? dct.y : dct.y + 1;
    case 'this': return dct.y;
    default: {
      // Nearest occurrence; a date ahead counts only when close: within 4 months with no tense cue (news
      // mostly looks back: "from $30 in March" in October is the last March), 1-3 in past-tense text; a tie
      // (exactly half a year either way) is the past one.
      const limit = how === 'past' ? (d === null ? 1 : 3) : 4;
      const ahead = monthsBetween(dct, dct.y, m, d);
      if (ahead >= 0) {
        if (ahead <= limit) return dct.y;
        return how === 'past' || -monthsBetween(dct, dct.y - 1, m, d) <= ahead ? dct.y - 1 : dct.y;
      }
      const next = monthsBetween(dct, dct.y + 1, m, d);
      return how !== 'past' && next < -ahead && next <= limit ? dct.y + 1 : dct.y;
    }
  }
}
/** Signed months (with day fraction) from the document time to (y, m, d). */
function monthsBetween(dct: Reference, y: number, m: number, d: number | null): number {
  return (y - dct.y) * 12 + (m - dct.m) + ((d ?? 15) - (d === null ? 15 : dct.d)) / 31;
}

/** "this year through August", "so far this year to Oct. 19": the end of a stretch of the current year, in that year. */
const THIS_YEAR_THROUGH = /\bthis\s+(?:fiscal\s+)?year\s+(?:through|to|until|till)\s+$/i;
export const inThisYearStretch = (sentence: string, at: number): boolean => THIS_YEAR_THROUGH.test(sentence.slice(Math.max(0, at - 30), at));

/** The document day. */
export const dctDay = (dct: Reference): Day => ({ y: dct.y, m: dct.m, d: dct.d });

/** "T10:08-04:00": a clock time on a day with its written zone (generic US zones follow daylight time). */
export function clockValue(day: Day, h: number, mi: number, zone?: string): string {
  const hh = h === 24 ? '24' : pad(h);
  const base = `T${hh}:${pad(mi)}`;
  if (!zone) return base;
  const z = resolveZone(zone, day.y, day.m, day.d, h);
  return z ? base + (zone.toUpperCase() === 'Z' ? 'Z' : formatOffset(z.offset)) : base;
}
