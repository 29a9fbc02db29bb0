import { defineStage } from '../../pipeline.ts';
import type { Span } from '../../../model/index.ts';
import { span } from '../../span.ts';
import { isSpace } from './chars.ts';
import { splitRange } from './split-sentences.ts';

/** Body sentences: each paragraph split at sentence ends, header and credit lines left out. */
export const sentences = defineStage({
  name: 'sentences',
  reads: ['text', 'paragraphs', 'headerSpans'],
  writes: ['sentences'],
  run(doc) {
    const { text, paragraphs, headerSpans } = doc;
    const out: Span[] = [];
    const bounds: number[] = [];
    let h = 0;
    for (const p of paragraphs) {
      let from = p.start;
      while (h < headerSpans.length && headerSpans[h].end <= p.start) h++;
      // Skip header spans inside this paragraph (a whole header line, or a dateline at its start).
      for (let k = h; k < headerSpans.length && headerSpans[k].start < p.end; k++) {
        if (headerSpans[k].start <= from) from = Math.max(from, headerSpans[k].end);
      }
      if (from >= p.end) continue;
      bounds.length = 0;
      splitRange(text, from, p.end, bounds);
      for (let i = 0; i < bounds.length; i += 2) {
        // The sentence with surrounding whitespace dropped (as trimmedSpan, without a regex per character).
        let start = bounds[i], end = bounds[i + 1];
        while (start < end && isSpace(text.charCodeAt(start))) start++;
        while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
        if (end > start) out.push(span(text, start, end));
      }
    }
    return { sentences: out };
  },
});
