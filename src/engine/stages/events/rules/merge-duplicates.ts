import type { Event, Timex } from '../../../../model/index.ts';

const actorKey = (a: Event['source']) => !a ? '-' : a.entity ?? (a.country || a.sector ? `${a.country ?? ''}/${a.sector ?? ''}` : a.text.toLowerCase());

/** The value of the timex with id `id` (the last one, should ids repeat), or undefined. */
function valueOf(timexes: readonly Timex[], id: string | null | undefined): string | undefined {
  if (!id) return undefined;
  for (let k = timexes.length - 1; k >= 0; k--) if (timexes[k].id === id) return timexes[k].value;
  return undefined;
}

/** The first of `list` whose date does not conflict with that of timex `timex`, if any. */
function sameHappening(list: Event[] | undefined, timex: string | null | undefined, timexes: readonly Timex[]): Event | undefined {
  if (!list) return undefined;
  const b = valueOf(timexes, timex);
  for (const o of list) {
    const a = valueOf(timexes, o.timex);
    if (!a || !b || a === b) return o;
  }
  return undefined;
}

/**
 * One event per happening within an article: events with the same category, mode and actors,
 * and no conflicting dates, are merged; a later mention becomes `moreEvidence`. Within one
 * sentence the weaker duplicate is dropped (it is the same statement). The events are the
 * caller's fresh records: the kept ones are numbered in place ("v1", "v2", …).
 */
export function mergeDuplicates(events: Event[], timexes: readonly Timex[]): Event[] {
  const out: Event[] = [];
  const byKey = new Map<string, Event[]>();
  for (const e of events) {
    const key = `${e.code.plover}|${e.code.mode ?? ''}|${actorKey(e.source)}|${actorKey(e.target)}`;
    const list = byKey.get(key);
    // An event with neither actor says too little to be matched with another.
    const same = e.source || e.target ? sameHappening(list, e.timex, timexes) : undefined;
    if (!same) {
      out.push(e);
      if (list) list.push(e); else byKey.set(key, [e]);
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
