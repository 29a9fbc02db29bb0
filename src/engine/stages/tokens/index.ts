import { defineStage } from '../../pipeline.ts';
import { MAX_TOKEN_CHARS } from '../../options.ts';
import { tokenize, firstLongToken } from './tokenize.ts';

export { tokenize };

export const tokens = defineStage({
  name: 'tokens',
  reads: ['text'],
  writes: ['tokens'],
  run(doc, ctx) {
    const toks = tokenize(doc.text);
    const at = firstLongToken();
    const long = at >= 0 ? toks[at] : undefined;
    if (long) ctx.report('input/long-token', `a run of ${long.end - long.start} characters with no space (limit ${MAX_TOKEN_CHARS}) is kept as one token`,
      { start: long.start, end: long.start + 40, text: doc.text.slice(long.start, long.start + 40) });
    return { tokens: toks };
  },
});

