import type { Span } from '../model/index.ts';

/** The span of text[start, end) with its text, for records and goldens. */
export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The span with surrounding whitespace dropped. */
export function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return span(text, start, end);
}
