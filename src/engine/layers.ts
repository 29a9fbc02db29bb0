import type { Span, Metadata, Entity, Quote, Timex, Event } from '../model/index.ts';

/** A token of the normalized text. `kind`: w = word, n = number, p = punctuation or symbol. */
export interface Token { start: number; end: number; kind: 'w' | 'n' | 'p' }

/** Every layer a stage may read or write. The record is assembled from these. */
export interface Layers {
  /** The decoded input, before normalization. */
  raw: string;
  text: string;
  /** offsetMap[i] = index in `raw` of text[i]; length text.length + 1. */
  offsetMap: Int32Array;
  paragraphs: Span[];
  /** Header and caption lines that are metadata, not body sentences (byline, credits, dateline). */
  headerSpans: Span[];
  metadata: Metadata;
  sentences: Span[];
  tokens: Token[];
  entities: Entity[];
  timexes: Timex[];
  quotes: Quote[];
  events: Event[];
}
export type LayerName = keyof Layers;
