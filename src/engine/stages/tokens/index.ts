import { defineStage } from '../../pipeline.ts';
import type { Token } from '../../layers.ts';
import { MAX_TOKEN_CHARS } from '../../options.ts';

/**
 * Words with inner apostrophes, hyphens and dots ("Assad's" is split before the 's), numbers with
 * separators, and single punctuation marks. One linear pass of one regex.
 */
const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:\.\p{L}[\p{L}\p{M}]*)+\.?)|(\d[\d,.:/]*\d|\d)|([\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index, end = start + m[0].length;
    if (m[3]) {
      // Split the possessive/contraction clitic so "Assad's" gives "Assad" + "'s".
      const clitic = /['’](?:s|re|ve|ll|d|m|t)$/i.exec(m[0]);
      if (clitic && clitic.index > 0) {
        out.push({ start, end: start + clitic.index, kind: 'w' }, { start: start + clitic.index, end, kind: 'w' });
        continue;
      }
    }
    out.push({ start, end, kind: m[2] ? 'n' : m[4] ? 'p' : 'w' });
  }
  return out;
}

export const tokens = defineStage({
  name: 'tokens',
  reads: ['text'],
  writes: ['tokens'],
  run(doc, ctx) {
    const toks = tokenize(doc.text);
    const long = toks.find((t) => t.end - t.start > MAX_TOKEN_CHARS);
    if (long) ctx.report('input/long-token', `a run of ${long.end - long.start} characters with no space (limit ${MAX_TOKEN_CHARS}) is kept as one token`,
      { start: long.start, end: long.start + 40, text: doc.text.slice(long.start, long.start + 40) });
    return { tokens: toks };
  },
});
