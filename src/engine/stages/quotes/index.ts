import { defineStage } from '../../pipeline.ts';
import { findQuotes } from './find-quotes.ts';

export { sourcingProfile, type SourcingProfile } from './sourcing-profile.ts';

/**
 * Quotes and attribution: every statement the article attributes to someone (direct, partial and
 * mixed quotations, reported speech), tied to its speaker, addressee, the outlet it came through and
 * the timex that dates the utterance ("said Monday", "X last week said").
 */
export const quotes = defineStage({
  name: 'quotes',
  reads: ['text', 'paragraphs', 'sentences', 'tokens', 'headerSpans', 'entities', 'timexes'],
  writes: ['quotes'],
  run(doc, ctx) {
    return { quotes: findQuotes(doc, ctx.report) };
  },
});
