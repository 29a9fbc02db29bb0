import { defineStage } from '../../pipeline.ts';
import { MAX_TOKEN_CHARS } from '../../options.ts';
import { tokenize } from './tokenize.ts';
import type { Token } from '../../layers.ts';

export { tokenize };

export const tokens = defineStage({
  name: 'tokens',
  reads: ['text'],
  writes: ['tokens'],
  run(doc, ctx) {
    const toks = tokenize(doc.text);
    const long = firstLongToken(toks);
    if (long) ctx.report('input/long-token', `a run of ${long.end - long.start} characters with no space (limit ${MAX_TOKEN_CHARS}) is kept as one token`,
      { start: long.start, end: long.start + 40, text: doc.text.slice(long.start, long.start + 40) });
    return { tokens: toks };
  },
});

function firstLongToken(toks: Token[]): Token | undefined {
  for (let i = 0; i < toks.length; i++) if (toks[i].end - toks[i].start > MAX_TOKEN_CHARS) return toks[i];
  return undefined;
}
