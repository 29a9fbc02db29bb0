import { defineStage } from '../../pipeline.ts';
import { normalizeText } from './normalize-text.ts';

/** Decoded input → normalized text with an offset map back to it; blank or binary input is fatal. */
export const normalize = defineStage({
  name: 'normalize',
  reads: ['raw'],
  writes: ['text', 'offsetMap'],
  run(doc, ctx) {
    const { text, map, controls } = normalizeText(doc.raw);
    if (controls > Math.max(8, doc.raw.length * 0.01)) {
      ctx.report('input/binary', `${controls} control characters in ${doc.raw.length}: this is binary data, not text`);
    } else if (controls > 0) {
      ctx.report('input/control-chars', `${controls} control character(s) were removed`);
    }
    if (!/\S/.test(text)) ctx.report('input/blank', 'the input holds only whitespace or invisible characters; expected the text of an article');
    return { text, offsetMap: map };
  },
});
