import type { EntityType } from './lexicon.ts';
import type { Entity } from '../../../model/index.ts';

export type MentionKind = Entity['mentions'][number]['kind'];

/** A mention found by the rules, before mentions are grouped into entities. */
export interface Candidate {
  start: number; end: number; text: string;
  type: EntityType; kind: MentionKind;
  /** the referent when a table names it ("c:SYR", "o:United Nations"); null: group by name */
  key: string | null;
  name: string;
  /** the words of a name that is not in a table, for matching "Assad" to "Bashar Assad" */
  words?: string[];
  titles: string[];
  country?: string; sector?: string; wikidata?: string; gender?: 'm' | 'f';
  confidence: number;
  /** the type is a guess that a longer name elsewhere in the article may overrule */
  guess?: boolean;
  /** cities: the country whose capital this is */
  capitalOf?: string;
}

/**
 * A candidate with every field set, in one order (the optional ones undefined until a rule sets
 * them): the later rules then read candidates of a single shape.
 */
export function makeCandidate(start: number, end: number, text: string, type: EntityType, kind: MentionKind, key: string | null, name: string, confidence: number): Candidate {
  return { start, end, text, type, kind, key, name, words: undefined, titles: [], country: undefined, sector: undefined, wikidata: undefined,
    gender: undefined, confidence, guess: undefined, capitalOf: undefined };
}
