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

/** Double marks " “ ” „ ‟ « » and single marks ' ‘ ’ ‚ ‹ ›, by char code: 1 double, 2 single (0: not a mark). */
const MARK = new Uint8Array(0x2040);
for (const ch of '"“”„‟«»') MARK[ch.charCodeAt(0)] = 1;
for (const ch of "'‘’‚‹›") MARK[ch.charCodeAt(0)] = 2;
const markOf = (c: number) => (c < 0x2040 ? MARK[c] : 0);
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
// One-character tests by char code (-1: no character), ASCII without a regex.
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
/** Marks and punctuation after which a mark opens: ( [ { — – - / and the quote marks. */
const OPENING = new Set(Array.from('([{—–-/"“”„‟«»\'‘’‚‹›', (ch) => ch.charCodeAt(0)));
/** Marks and punctuation before which a mark closes: . , ; : ! ? ) ] } — – - … and the quote marks. */
const CLOSING = new Set(Array.from('.,;:!?)]}—–-…"“”„‟«»\'‘’‚‹›', (ch) => ch.charCodeAt(0)));
const isOpeningPunct = (c: number) => isSpace(c) || OPENING.has(c);
const isClosingPunct = (c: number) => isSpace(c) || CLOSING.has(c);
const isLetterOrDigit = (c: number) => (c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DIGIT.test(String.fromCharCode(c)));
/** Quote marks looked at per article; past this the rest is skipped with a warning. */
export const MAX_MARKS = 20_000;
const APOS = 39, RSQUO = 0x2019;

/** Opening, closing or either, from the mark itself and its neighbours (flanking, as in CommonMark); `prev`, `next` are -1 at the paragraph's edges. */
function roleOf(mark: number, prev: number, next: number): 'open' | 'close' | 'either' | 'skip' {
  const leftFlank = (prev < 0 || isOpeningPunct(prev)) && next >= 0 && !isSpace(next);
  const rightFlank = prev >= 0 && !isSpace(prev) && (next < 0 || isClosingPunct(next));
  if ((mark === RSQUO || mark === APOS) && prev >= 0 && next >= 0 && isLetterOrDigit(prev) && isLetterOrDigit(next)) return 'skip';
  if ((mark === RSQUO || mark === APOS) && prev >= 0 && isSpace(prev) && next >= 48 && next <= 57) return 'skip'; // '90s
  switch (mark) {
    case 0xab: case 0x201e: case 0x201f: case 0x201a: case 0x2039: return 'open'; // « „ ‟ ‚ ‹
    case 0xbb: case 0x203a: return 'close'; // » ›
    case 0x201c: case 0x2018: return rightFlank && !leftFlank ? 'close' : 'open'; // “ ‘
    case 0x201d: case 0x2019: return leftFlank && !rightFlank ? 'open' : 'close'; // ” ’
    default: return leftFlank && !rightFlank ? 'open' : rightFlank && !leftFlank ? 'close' : 'either';
  }
}

/** Record the quote between the marks at `open` and `close` (content trimmed), unless it holds no letter or digit. */
function push(quotes: Marked[], text: string, para: number, open: number, close: number, end: number, single: boolean, continues: boolean, continued: boolean, unclosed: boolean): void {
  let s = open + 1, e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s && hasLetterOrDigit(text, s, Math.min(e, s + 200))) quotes.push({ open, close, start: s, end: e, para, continues, continued, unclosed, single });
}

/**
 * The next quote mark at or after an offset, remembered: a paragraph with no mark of its own would
 * otherwise search on to the next mark, and the next paragraph search the same stretch again.
 */
class MarkScan {
  /** The first mark at or after `from` (-1: none), or -2 before the first search. */
  at = -2;
  from = 0;
  next(text: string, from: number): number {
    if (this.at !== -2 && from >= this.from && (this.at === -1 || this.at >= from)) return this.at;
    ANY_MARK.lastIndex = from;
    this.from = from;
    // `test` leaves lastIndex right after the one-char mark
    this.at = ANY_MARK.test(text) ? ANY_MARK.lastIndex - 1 : -1;
    return this.at;
  }
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
  const marks = new MarkScan();
  for (let p = 0; p < paragraphs.length && !truncated; p++) {
    const para = paragraphs[p];
    let dOpen = -1, sOpen = -1;
    const continued = carried;
    carried = false;
    // the marks are found by the regex (native, no match arrays); a mark found past a paragraph's end is kept for the next
    for (let i = marks.next(text, para.start); i >= 0 && i < para.end; i = marks.next(text, i + 1)) {
      const mark = text.charCodeAt(i), kind = markOf(mark);
      if (++seen > MAX_MARKS) { truncated = true; break; }
      if (skip(i)) continue;
      const role = roleOf(mark, i > para.start ? text.charCodeAt(i - 1) : -1, i + 1 < para.end ? text.charCodeAt(i + 1) : -1);
      if (role === 'skip') continue;
      if (kind === 1) {
        if (sOpen >= 0) continue; // nested double inside a single-quoted passage
        if (role === 'open' || (role === 'either' && dOpen < 0)) {
          if (dOpen >= 0) { unclosed++; push(quotes, text, p, dOpen, -1, i, false, false, false, true); }
          dOpen = i;
        } else if (dOpen >= 0) {
          push(quotes, text, p, dOpen, i, i, false, false, continued && dOpen === para.start, false);
          dOpen = -1;
        } else stray++;
      } else if (dOpen < 0) {
        if (role === 'open' && sOpen < 0) sOpen = i;
        else if ((role === 'close' || role === 'either') && sOpen >= 0) { push(quotes, text, p, sOpen, i, i, true, false, false, false); sOpen = -1; }
      }
    }
    if (dOpen >= 0) {
      const next = paragraphs[p + 1];
      const c = next ? text.charCodeAt(next.start) : -1;
      const continues = !!next && (c === 34 || c === 0x201c || c === 0x201e || c === 0xab); // /^["“„«]/
      if (!continues) unclosed++;
      push(quotes, text, p, dOpen, -1, para.end, false, continues, continued && dOpen === para.start, !continues);
      carried = continues;
    }
  }
  return { quotes, unclosed, stray, truncated };
}
