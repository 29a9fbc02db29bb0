import { defineStage } from '../../pipeline.ts';
import type { Span } from '../../../model/index.ts';
import { span, trimmedSpan } from '../../span.ts';
import { MAX_LINE_CHARS } from '../../options.ts';

// Lines are read by character code, not sliced and matched: each test looks at one character.

/** Whitespace as \s matches it: tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, BOM. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters that end a clause when last on a line: terminal punctuation or a closing mark. */
const CLAUSE_END = new Set([...'.!?:;"”’)]…'].map((c) => c.charCodeAt(0)));
/** What a continuing line opens with (past its whitespace): a lower-case letter or continuing punctuation. */
const CONTINUES_AT = /[\p{Ll},;)]/uy;

/** First non-space position in text[from, to), or -1. */
function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/** Whether the line text[from, to) ends a clause: its last non-space character is terminal or closing. */
function endsClause(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  return i >= from && CLAUSE_END.has(text.charCodeAt(i));
}

/** Whether a line whose first non-space character is at `at` continues a wrapped sentence. */
function continuesAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || c === 44 || c === 59 || c === 41;
  CONTINUES_AT.lastIndex = at;
  return CONTINUES_AT.test(text);
}

/** text[start, end) with surrounding whitespace dropped, as trimmedSpan gives it. */
function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return span(text, start, end);
}

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
    // The paragraph being built runs from `start` to `prevEnd`; the line before starts at prevStart.
    let start = -1, prevStart = 0, prevEnd = -1;
    const flush = () => {
      if (start >= 0) { const p = trimmed(text, start, prevEnd); if (p.end > p.start) out.push(p); }
      start = -1;
    };
    let lineStart = 0;
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      if (lineEnd - lineStart > MAX_LINE_CHARS) {
        ctx.report('input/long-line', `a line of ${lineEnd - lineStart} characters (limit ${MAX_LINE_CHARS}) has no line break`, trimmedSpan(text, lineStart, Math.min(lineEnd, lineStart + 80)));
      }
      const first = firstNonSpace(text, lineStart, lineEnd);
      if (first === -1) flush();
      else if (start >= 0 && !endsClause(text, prevStart, prevEnd) && continuesAt(text, first)) { prevStart = lineStart; prevEnd = lineEnd; }
      else { flush(); start = lineStart; prevStart = lineStart; prevEnd = lineEnd; }
      lineStart = lineEnd + 1;
    }
    flush();
    return { paragraphs: out };
  },
});
