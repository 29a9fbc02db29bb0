import type { Quote, Entity } from '../../../model/index.ts';

/** Who an article's statements come from: named people, unnamed sources, institutions, outlets cited. */
export interface SourcingProfile {
  statements: number;
  named: number; anonymous: number; institutional: number; unattributed: number;
  /** Distinct speakers with how many statements each, most quoted first. */
  speakers: Array<{ name: string; entity: string | null; type: string | null; anonymous: boolean; statements: number }>;
  outlets: string[];
}

/** The sourcing profile of one article, derived from its quotes layer and entities layer. */
export function sourcingProfile(quotes: readonly Quote[], entities: readonly Entity[]): SourcingProfile {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const profile: SourcingProfile = { statements: quotes.length, named: 0, anonymous: 0, institutional: 0, unattributed: 0, speakers: [], outlets: [] };
  const speakers = new Map<string, SourcingProfile['speakers'][number]>();
  const outlets = new Set<string>();
  for (const q of quotes) {
    if (q.via) outlets.add(q.via);
    const s = q.speaker;
    if (!s || (!s.name && !s.anonymous)) { profile.unattributed++; continue; }
    const type = s.entity ? byId.get(s.entity)?.type ?? null : null;
    if (s.anonymous) profile.anonymous++;
    else if (type && type !== 'PERSON') profile.institutional++;
    else profile.named++;
    const key = s.entity ?? (s.anonymous ? `anon:${s.description ?? ''}` : `name:${s.name}`);
    const row = speakers.get(key) ?? { name: s.name ?? s.description ?? 'unnamed source', entity: s.entity, type, anonymous: s.anonymous, statements: 0 };
    row.statements++;
    speakers.set(key, row);
  }
  profile.speakers = [...speakers.values()].sort((a, b) => b.statements - a.statements);
  profile.outlets = [...outlets];
  return profile;
}
