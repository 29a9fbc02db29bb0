import { defineStage, type Stage } from '../../pipeline.ts';
import type { LayerName } from '../../layers.ts';
import type { Metadata } from '../../../model/index.ts';
import { extractEvents, type EventInput } from './extract.ts';

/** Layers the events stage uses when an earlier stage writes them; without them it falls back to its own lexicon. */
const OPTIONAL: LayerName[] = ['metadata', 'entities', 'timexes', 'quotes'];

/**
 * The events stage for a pipeline that provides `available` layers: it declares only the
 * optional layers that exist, so it can run before entities, timexes or quotes are in a preset.
 */
// `any`: the reads are chosen when the preset is built, so the type cannot name them.
export function eventsStageFor(available: ReadonlySet<LayerName>): Stage<any, any> {
  return defineStage({
    name: 'events',
    reads: ['text', 'sentences', 'tokens', ...OPTIONAL.filter((l) => available.has(l))],
    writes: ['events'],
    run(doc, ctx) {
      const input = doc as unknown as EventInput & { metadata?: Metadata };
      // Undated events take the article's date: its published time, else the caller's reference time.
      const articleDate = input.metadata?.published?.value ?? ctx.options.referenceTime ?? null;
      // Only the layers read: the document object, grown stage by stage, is slow to copy whole.
      const { text, sentences, tokens, entities, timexes, quotes } = input;
      const found = extractEvents({ text, sentences, tokens, entities, timexes, quotes, articleDate });
      // An event needs at least one actor: "the board met" with no political actor is not event data.
      const kept = found.filter((v) => v.source !== null || v.target !== null);
      return { events: kept.length === found.length ? kept : kept.map((v, i) => ({ ...v, id: `v${i + 1}` })) };
    },
  });
}

/** Political events, coded in PLOVER and CAMEO, from each sentence that reports an interaction. */
export const events = eventsStageFor(new Set(OPTIONAL));
