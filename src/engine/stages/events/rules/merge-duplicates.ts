import type { Event, Timex } from '../../../../model/index.ts';

const actorKey = (a: Event['source']) => !a ? '-' : a.entity ?? (a.country || a.sector ? `${a.country ?? ''}/${a.sector ?? ''}` : a.text.toLowerCase());

/**
 * One event per happening within an article: events with the same category, mode and actors,
 * and no conflicting dates, are merged; a later mention becomes `moreEvidence`. Within one
 * sentence the weaker duplicate is dropped (it is the same statement).
 */
export function mergeDuplicates(events: Event[], timexes: readonly Timex[]): Event[] {
  const valueOf = new Map(timexes.map((x) => [x.id, x.value]));
  const out: Event[] = [];
  const byKey = new Map<string, Event[]>();
  for (const e of events) {
    const key = `${e.code.plover}|${e.code.mode ?? ''}|${actorKey(e.source)}|${actorKey(e.target)}`;
    // An event with neither actor says too little to be matched with another.
    const same = e.source || e.target ? (byKey.get(key) ?? []).find((o) => {
      const a = o.timex ? valueOf.get(o.timex) : undefined, b = e.timex ? valueOf.get(e.timex) : undefined;
      return !a || !b || a === b;
    }) : undefined;
    if (!same) {
      out.push(e);
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
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
  return out.map((e, k) => ({ ...e, id: `v${k + 1}` }));
}
