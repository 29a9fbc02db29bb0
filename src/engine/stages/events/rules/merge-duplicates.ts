import type { Event, Timex } from '../../../../model/index.ts';

const actorKey = (a: Event['source']) => !a ? '-' : a.entity ?? (a.country || a.sector ? `${a.country ?? ''}/${a.sector ?? ''}` : a.text.toLowerCase());

/** The value of the timex with id `id` (the last one, should ids repeat), or undefined. */
function valueOf(timexes: readonly Timex[], id: string | null | undefined): string | undefined {
  if (!id) return undefined;
  for (let k = timexes.length - 1; k >= 0; k--) if (timexes[k].id === id) return timexes[k].value;
  return undefined;
}

/** Does `s` hold a bar ("|", the key's separator)? */
function hasBar(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 124) return true;
  return false;
}

// The kept events' keys (category, mode, source key, target key) and whether an actor key holds a
// bar, in the order of `out`.
const PLOVERS: string[] = [], MODES: string[] = [], SOURCES: string[] = [], TARGETS: string[] = [], BARS: boolean[] = [];

/**
 * Do the kept event k's actors make the same key as (source, target)? The key joins them as
 * "source|target": pairs that differ can join to the same text when a key holds a bar (an actor's own text).
 */
function sameActors(k: number, source: string, target: string, bar: boolean): boolean {
  if (SOURCES[k] === source && TARGETS[k] === target) return true;
  return (bar || BARS[k]) && `${SOURCES[k]}|${TARGETS[k]}` === `${source}|${target}`;
}

/**
 * The first kept event (out[k], keys at k) with the same key as `e` whose date and place do not
 * conflict with e's, if any. Same keys are not enough when one side is missing ("drones struck
 * a depot" and "the army bombed markets" both read as MIL → nobody): then the two must also share
 * a place or a date of their own sentences. Within one sentence the same key is the same statement.
 * A handful of events per article: a scan beats building a key string to hash.
 */
function sameHappening(out: Event[], e: Event, plover: string, mode: string, source: string, target: string, bar: boolean,
  timexes: readonly Timex[]): Event | undefined {
  let b: string | undefined, bRead = false;
  const bothSides = !!e.source && !!e.target, place = e.location?.name;
  for (let k = 0; k < out.length; k++) {
    if (PLOVERS[k] !== plover || MODES[k] !== mode || !sameActors(k, source, target, bar)) continue;
    if (out[k].evidence.start === e.evidence.start) return out[k];
    if (!bRead) { b = valueOf(timexes, e.timex); bRead = true; }
    const a = valueOf(timexes, out[k].timex), other = out[k].location?.name;
    if (a && b && a !== b) continue;
    if (place && other && place !== other) continue;
    if (bothSides || (place && place === other) || (a && a === b)) return out[k];
  }
  return undefined;
}

/**
 * The index of a kept event of the same category and mode in e's sentence (same evidence start), with
 * neither actor when `actorless`; -1 if none.
 */
function sameSentenceAct(out: Event[], e: Event, plover: string, mode: string, actorless: boolean): number {
  for (let k = 0; k < out.length; k++) {
    if (PLOVERS[k] === plover && MODES[k] === mode && out[k].evidence.start === e.evidence.start && (!actorless || (!out[k].source && !out[k].target))) return k;
  }
  return -1;
}

/**
 * One event per happening within an article: events with the same category, mode and actors,
 * no conflicting date or place, and both actors known or a place or date shared, are merged; a
 * later mention becomes `moreEvidence`. Within one sentence the weaker duplicate is dropped (it
 * is the same statement). The events are the
 * caller's fresh records: the kept ones are numbered in place ("v1", "v2", …).
 */
export function mergeDuplicates(events: Event[], timexes: readonly Timex[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const plover = e.code.plover, mode = e.code.mode ?? '', source = actorKey(e.source), target = actorKey(e.target);
    const bar = hasBar(source) || hasBar(target);
    // An event with neither actor says too little to be matched with another, except in its own sentence: there
    // "signed a treaty" and "the treaty" are one act, and the event that names its actors is kept.
    if (!e.source && !e.target && sameSentenceAct(out, e, plover, mode, false) >= 0) continue;
    const same = e.source || e.target ? sameHappening(out, e, plover, mode, source, target, bar, timexes) : undefined;
    if (!same) {
      // An earlier actorless event of the same act in this sentence gives way to this one, which names actors.
      let k = e.source || e.target ? sameSentenceAct(out, e, plover, mode, true) : -1;
      if (k < 0) k = out.length;
      out[k] = e;
      PLOVERS[k] = plover; MODES[k] = mode; SOURCES[k] = source; TARGETS[k] = target; BARS[k] = bar;
      continue;
    }
    if (same.evidence.start === e.evidence.start) {
      if (e.confidence > same.confidence) Object.assign(same, { ...e, id: same.id });
      continue;
    }
    same.moreEvidence = [...(same.moreEvidence ?? []), e.evidence];
    if (!same.timex && e.timex) { same.timex = e.timex; if (e.date) same.date = e.date; }
    same.confidence = Math.max(same.confidence, e.confidence);
  }
  for (let k = 0; k < out.length; k++) out[k].id = `v${k + 1}`;
  return out;
}
