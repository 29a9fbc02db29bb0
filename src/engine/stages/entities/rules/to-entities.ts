import type { Entity } from '../../../../model/index.ts';
import type { Cluster } from './cluster-mentions.ts';

/** Entities in order of first mention, ids e1, e2 …, mentions in text order without duplicates. */
export function toEntities(clusters: Cluster[]): Entity[] {
  const live = clusters.filter((c) => c.mentions.length)
    .map((c) => ({ c, first: Math.min(...c.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  return live.map(({ c }, i) => {
    const mentions = c.mentions.slice().sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((m, i, all) => i === 0 || m.start !== all[i - 1].start || m.end !== all[i - 1].end)
      .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind }));
    const e: Entity = { id: 'e' + (i + 1), type: c.type, name: c.name, titles: c.titles, mentions, confidence: round(c.confidence) };
    if (c.country) e.country = c.country;
    if (c.sector) e.sector = c.sector;
    if (c.wikidata) e.ids = { wikidata: c.wikidata };
    return e;
  });
}
const round = (x: number) => Math.round(x * 100) / 100;
