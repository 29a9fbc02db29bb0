// Choosing among overlapping candidates, and joining a clock time with the date beside it.
import type { Candidate } from './context.ts';
import { clockValue } from './helpers.ts';
import { dayValue } from './values.ts';

/** Occupied characters while choosing, shared between calls of articles up to 64 K characters (cleared after each). */
const SHARED = new Uint8Array(1 << 16);
const byLengthThenRule = (a: Candidate, b: Candidate): number => (b.end - b.start) - (a.end - a.start) || (a.priority ?? 0) - (b.priority ?? 0) || a.start - b.start;
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

/** Sorts in place, stably: insertion sort for the dozen candidates of an article, the built-in sort beyond. */
function sortSmall<C>(list: C[], cmp: (a: C, b: C) => number): C[] {
  if (list.length > 24) return list.sort(cmp);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    for (; j >= 0 && cmp(list[j], x) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = x;
  }
  return list;
}

/**
 * Longest span first, then rule order; a candidate overlapping a kept one is dropped. Linear in the
 * total span length (occupancy array), so 100 KB of month names stays cheap.
 */
export function selectCandidates<C extends Candidate>(cands: C[], textLength: number): C[] {
  const order = sortSmall(cands.slice(), byLengthThenRule);
  const taken = textLength < SHARED.length ? SHARED : new Uint8Array(textLength + 1);
  const kept: C[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  for (const c of kept) taken.fill(0, c.start, c.end);  // leave the shared buffer clear for the next article
  return sortSmall(kept, byStart);
}

/** Between a clock time and a day: "10 p.m. Wednesday", "3 p.m. on July 4", "July 4 at 3 p.m.", "Monday, 9 a.m.". */
const CLOCK_THEN_DAY = /^\s*,?\s*(?:on\s+)?$/i;
const DAY_THEN_CLOCK = /^\s*,?\s*(?:at\s+|around\s+)?$/i;

/** Merge each clock time with an adjacent day into one TIME candidate. `text` is the whole text. */
export function mergeClockWithDay<C extends Candidate>(cands: C[], text: string, join: (a: C, b: C, merged: Candidate) => C): C[] {
  const out: C[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i], b = cands[i + 1];
    if (b && a.kind && b.kind) {
      const pair = a.kind === 'clock' && b.kind === 'day' && CLOCK_THEN_DAY.test(text.slice(a.end, b.start)) ? [b, a]
        : a.kind === 'day' && b.kind === 'clock' && DAY_THEN_CLOCK.test(text.slice(a.end, b.start)) ? [a, b] : null;
      if (pair) {
        const [day, clock] = pair, c = clock.clock!;
        out.push(join(a, b, {
          start: a.start, end: b.end, method: 'timexes/date-and-clock', needsTense: day.needsTense,
          resolve: (r) => {
            const d = day.resolve(r);
            if (!d?.day) return d;
            return { type: 'TIME', value: dayValue(d.day) + clockValue(d.day, c.h, c.mi, c.zone), anchor: d.anchor, confidence: d.confidence, day: d.day };
          },
        }));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
