import type { Entity } from '../../../../model/index.ts';
import type { Cluster } from './cluster-mentions.ts';
import { sortSmall } from '../sort.ts';

/** Entities in order of first mention, ids e1, e2 …, mentions in text order without duplicates. */
export function toEntities(clusters: Cluster[]): Entity[] {
  const live: Array<{ c: Cluster; first: number }> = [];
  for (const c of clusters) {
    // OTHER: titles of works and the like, found only so their names are not taken for someone.
    if (!c.mentions.length || c.type === 'OTHER') continue;
    let first = Infinity;
    for (const m of c.mentions) if (m.start < first) first = m.start;
    live.push({ c, first });
  }
  sortSmall(live, (a, b) => a.first - b.first);
  return live.map(({ c }, i) => {
    // The clusters are the stage's own and read no more: their mentions are sorted in place.
    const sorted = c.mentions.length > 1 ? sortSmall(c.mentions, byPlace) : c.mentions;
    const mentions: Entity['mentions'] = [];
    for (let k = 0; k < sorted.length; k++) {
      const m = sorted[k];
      if (k === 0 || m.start !== sorted[k - 1].start || m.end !== sorted[k - 1].end) mentions.push({ start: m.start, end: m.end, text: m.text, kind: m.kind });
    }
    const e: Entity = { id: 'e' + (i + 1), type: c.type, name: c.name, titles: c.titles, mentions, confidence: round(c.confidence) };
    if (c.country) e.country = c.country;
    if (c.sector) e.sector = c.sector;
    if (c.wikidata) e.ids = { wikidata: c.wikidata };
    return e;
  });
}
const round = (x: number) => Math.round(x * 100) / 100;
const byPlace = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;
