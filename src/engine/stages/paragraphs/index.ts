import { defineStage } from '../../pipeline.ts';
import type { Span } from '../../../model/index.ts';
import { trimmedSpan } from '../../span.ts';
import { MAX_LINE_CHARS } from '../../options.ts';

/** A line that ends a paragraph when the next line follows it directly: terminal punctuation or a closing mark. */
const ENDS_CLAUSE = /[.!?:;"”’)\]…]\s*$/;
/** A line that continues a wrapped sentence: starts with a lower-case letter or continuing punctuation. */
const CONTINUES = /^\s*[\p{Ll},;)]/u;

/**
 * Paragraphs: blank lines separate them; inside a block each line is its own paragraph (plain-text
 * news puts one paragraph per line) unless the line is hard-wrapped mid-sentence.
 */
export const paragraphs = defineStage({
  name: 'paragraphs',
  reads: ['text'],
  writes: ['paragraphs'],
  run(doc, ctx) {
    const { text } = doc;
    const out: Span[] = [];
    let start = -1, prevEnd = -1, prevLine = '';
    const flush = () => { if (start >= 0) out.push(trimmedSpan(text, start, prevEnd)); start = -1; };
    let lineStart = 0;
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      if (line.length > MAX_LINE_CHARS) {
        ctx.report('input/long-line', `a line of ${line.length} characters (limit ${MAX_LINE_CHARS}) has no line break`, trimmedSpan(text, lineStart, Math.min(lineEnd, lineStart + 80)));
      }
      if (!/\S/.test(line)) flush();
      else if (start >= 0 && !ENDS_CLAUSE.test(prevLine) && CONTINUES.test(line)) { prevEnd = lineEnd; prevLine = line; }
      else { flush(); start = lineStart; prevEnd = lineEnd; prevLine = line; }
      lineStart = lineEnd + 1;
    }
    flush();
    return { paragraphs: out.filter((p) => p.end > p.start) };
  },
});
