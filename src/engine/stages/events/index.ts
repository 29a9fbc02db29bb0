import { defineStage } from '../../pipeline.ts';
import { extractEvents } from './extract.ts';

/** Political events, coded in PLOVER and CAMEO, from each sentence that reports an interaction. */
export const events = defineStage({
  name: 'events',
  reads: ['text', 'sentences', 'tokens', 'metadata', 'entities', 'timexes', 'quotes'],
  writes: ['events'],
  run(doc, ctx) {
    // Undated events take the article's date: its published time, else the caller's reference time.
    const articleDate = doc.metadata.published?.value ?? ctx.options.referenceTime ?? null;
    const { text, sentences, tokens, entities, timexes, quotes } = doc;
    const found = extractEvents({ text, sentences, tokens, entities, timexes, quotes, articleDate });
    // An event needs at least one actor: "the board met" with no political actor is not event data.
    const kept = found.filter((v) => v.source !== null || v.target !== null);
    // The records are fresh (extractEvents makes them): renumbered in place.
    if (kept.length !== found.length) for (let i = 0; i < kept.length; i++) kept[i].id = `v${i + 1}`;
    return { events: kept };
  },
});
