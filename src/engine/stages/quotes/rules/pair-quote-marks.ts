import type { Span } from '../../../../model/index.ts';

/** A stretch of text in quote marks, content without the marks. `close` = -1 when the quote never closes. */
export interface Marked {
  open: number; close: number; start: number; end: number; para: number;
  /** The quote runs on into the next paragraph (open-quote-no-close convention). */
  continues: boolean;
  /** This paragraph continues a quote from the previous one. */
  continued: boolean;
  unclosed: boolean; single: boolean;
}
export interface PairResult { quotes: Marked[]; unclosed: number; stray: number; truncated: boolean }

/** Double and single marks, as sets of the one-character strings ANY_MARK finds. */
const DOUBLE = new Set('"“”„‟«»');
const SINGLE = new Set("'‘’‚‹›");
const ANY_MARK = /["“”„‟«»'‘’‚‹›]/g;
/** `LETTER_OR_DIGIT.test(text.slice(from, to))`, reading ASCII in place and the rest with the regex. */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return LETTER_OR_DIGIT.test(text.slice(k, to));
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// One-character tests of the patterns above, without a regex for the common ASCII characters.
const isSpace = (ch: string) => { const c = ch.charCodeAt(0); return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(ch)); };
const OPENING_SET = new Set('([{—–-/"“”„‟«»\'‘’‚‹›');
const CLOSING_SET = new Set('.,;:!?)]}—–-…"“”„‟«»\'‘’‚‹›');
const isOpeningPunct = (ch: string) => isSpace(ch) || OPENING_SET.has(ch);
const isClosingPunct = (ch: string) => isSpace(ch) || CLOSING_SET.has(ch);
const isLetterOrDigit = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DIGIT.test(ch);
};
/** Quote marks looked at per article; past this the rest is skipped with a warning. */
export const MAX_MARKS = 20_000;

/** Opening, closing or either, from the mark itself and its neighbours (flanking, as in CommonMark). */
function roleOf(mark: string, prev: string | undefined, next: string | undefined): 'open' | 'close' | 'either' | 'skip' {
  const leftFlank = (prev === undefined || isOpeningPunct(prev)) && next !== undefined && !isSpace(next);
  const rightFlank = prev !== undefined && !isSpace(prev) && (next === undefined || isClosingPunct(next));
  if ((mark === '’' || mark === "'") && prev && next && isLetterOrDigit(prev) && isLetterOrDigit(next)) return 'skip';
  if ((mark === '’' || mark === "'") && prev && isSpace(prev) && next && /\d/.test(next)) return 'skip'; // '90s
  switch (mark) {
    case '«': case '„': case '‟': case '‚': case '‹': return 'open';
    case '»': case '›': return 'close';
    case '“': case '‘': return rightFlank && !leftFlank ? 'close' : 'open';
    case '”': case '’': return leftFlank && !rightFlank ? 'open' : 'close';
    default: return leftFlank && !rightFlank ? 'open' : rightFlank && !leftFlank ? 'close' : 'either';
  }
}

/** Record the quote between the marks at `open` and `close` (content trimmed), unless it holds no letter or digit. */
function push(quotes: Marked[], text: string, para: number, open: number, close: number, end: number, single: boolean, continues: boolean, continued: boolean, unclosed: boolean): void {
  let s = open + 1, e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s && hasLetterOrDigit(text, s, Math.min(e, s + 200))) quotes.push({ open, close, start: s, end: e, para, continues, continued, unclosed, single });
}

/**
 * Pair quote marks paragraph by paragraph in one pass. Double marks of any shape pair with each
 * other (straight, curly, guillemets, mismatched); single marks pair only outside double quotes
 * (inside they are nested quotes or apostrophes). A quote still open at a paragraph's end runs to
 * that end; it is a continuation when the next paragraph opens with a mark, else it is unclosed.
 */
export function pairQuoteMarks(text: string, paragraphs: readonly Span[], skip: (pos: number) => boolean): PairResult {
  const quotes: Marked[] = [];
  let unclosed = 0, stray = 0, seen = 0, truncated = false, carried = false;
  for (let p = 0; p < paragraphs.length && !truncated; p++) {
    const para = paragraphs[p];
    let dOpen = -1, sOpen = -1;
    const continued = carried;
    carried = false;
    ANY_MARK.lastIndex = para.start;
    for (let m = ANY_MARK.exec(text); m && m.index < para.end; m = ANY_MARK.exec(text)) {
      if (++seen > MAX_MARKS) { truncated = true; break; }
      const i = m.index, mark = m[0];
      if (skip(i)) continue;
      const role = roleOf(mark, i > para.start ? text[i - 1] : undefined, i + 1 < para.end ? text[i + 1] : undefined);
      if (role === 'skip') continue;
      if (DOUBLE.has(mark)) {
        if (sOpen >= 0) continue; // nested double inside a single-quoted passage
        if (role === 'open' || (role === 'either' && dOpen < 0)) {
          if (dOpen >= 0) { unclosed++; push(quotes, text, p, dOpen, -1, i, false, false, false, true); }
          dOpen = i;
        } else if (dOpen >= 0) {
          push(quotes, text, p, dOpen, i, i, false, false, continued && dOpen === para.start, false);
          dOpen = -1;
        } else stray++;
      } else if (SINGLE.has(mark) && dOpen < 0) {
        if (role === 'open' && sOpen < 0) sOpen = i;
        else if ((role === 'close' || role === 'either') && sOpen >= 0) { push(quotes, text, p, sOpen, i, i, true, false, false, false); sOpen = -1; }
      }
    }
    if (dOpen >= 0) {
      const next = paragraphs[p + 1];
      const continues = !!next && /^["“„«]/.test(text[next.start] ?? '');
      if (!continues) unclosed++;
      push(quotes, text, p, dOpen, -1, para.end, false, continues, continued && dOpen === para.start, !continues);
      carried = continues;
    }
  }
  return { quotes, unclosed, stray, truncated };
}
