/**
 * Tell prose from data and code. Each test needs a strong, specific signal, so a real article is
 * never turned away: a consistent delimiter count across most lines (CSV/TSV), parseable JSON,
 * or a high density of code punctuation with code-shaped lines. Reads the first lines only.
 *
 * Line ends and delimiters are found with indexOf (native), so prose costs a few calls per line;
 * the character-by-character count of code punctuation runs only when enough lines look like code.
 */
const MAX_LINES = 200;
const DELIMS = [',', '\t', ';', '|'];
/** Lines that look like code open with a keyword (or end in ; { }, checked by hand). */
const CODE_START = /^\s*(?:import|export|def|class|function|const|let|var|return|if|for|while|#include|public|private)\b/;
/** First characters CODE_START can begin with: keyword initials, and what \s may match (all non-ASCII is let through). */
const MAY_START_CODE = new Uint8Array(128);
for (const c of 'iedcfrlvwp#\t\n\v\f\r ') MAY_START_CODE[c.charCodeAt(0)] = 1;
/** Character classes by code: 1 = code punctuation, 2 = comma, 3 = semicolon, 4 = pipe. */
const CLASS = new Uint8Array(128);
for (const c of '{}[]=<>()') CLASS[c.charCodeAt(0)] = 1;
CLASS[44] = 2; CLASS[59] = 3; CLASS[124] = 4;

/** A non-blank line: where it is, its delimiter counts (, \t ; |) and whether it ends like a sentence. */
interface LineStats { start: number; end: number; length: number; delims: number[]; sentenceEnd: boolean }

const isBlank = (c: number) => c === 32 || c === 13 || c === 9;

export function notProseReason(raw: string, text: string): string | null {
  const lines = readLines(raw);
  if (lines.length >= 3) {
    const csv = delimitedShare(lines);
    if (csv) return `${Math.round(csv.share * 100)}% of lines have ${csv.count} "${csv.delim === '\t' ? '\\t' : csv.delim}" delimiters: this is a table (CSV/TSV), not an article`;
  }
  const first = /\S/.exec(text.slice(0, 200))?.[0];
  if (first === '{' || first === '[') {
    try { JSON.parse(text); return 'the input is JSON data, not an article'; } catch { /* not JSON: go on */ }
  }
  if (lines.length >= 3) {
    let codeLines = 0;
    for (const l of lines) if (looksLikeCode(raw, l)) codeLines++;
    // Few code-shaped lines: the punctuation share cannot matter.
    if (codeLines / lines.length <= 0.3) return null;
    const { nonSpace, codePunct } = countPunctuation(raw, lines);
    if (nonSpace >= 40) {
      const code = codePunct / nonSpace;
      if (code > 0.06) {
        return `${Math.round(code * 100)}% of characters are code punctuation and ${codeLines} of ${lines.length} lines look like code: this is source code, not an article`;
      }
    }
  }
  return null;
}

/** The first MAX_LINES non-blank lines (blank = only spaces, tabs and CRs), with their delimiter counts. */
function readLines(raw: string): LineStats[] {
  const lines: LineStats[] = [];
  for (let start = 0; start < raw.length && lines.length < MAX_LINES;) {
    let end = raw.indexOf('\n', start);
    if (end === -1) end = raw.length;
    let last = end - 1;
    while (last >= start && isBlank(raw.charCodeAt(last))) last--;
    if (last >= start) {
      let prev = last - 1;
      while (prev >= start && isBlank(raw.charCodeAt(prev))) prev--;
      const lc = raw.charCodeAt(last);
      const stop = lc === 34 || lc === 0x201d ? (prev >= start ? raw.charCodeAt(prev) : -1) : lc;
      lines.push({ start, end, length: end - start, delims: [0, 0, 0, 0], sentenceEnd: stop === 46 || stop === 33 || stop === 63 });
    }
    start = end + 1;
  }
  if (lines.length) {
    const until = lines[lines.length - 1].end;
    for (let d = 0; d < DELIMS.length; d++) countDelimiter(raw, lines, DELIMS[d], d, until);
  }
  return lines;
}

/** Add each occurrence of delim before `until` to the count of the line it is in (none in blank lines). */
function countDelimiter(raw: string, lines: LineStats[], delim: string, d: number, until: number): void {
  let li = 0;
  for (let p = raw.indexOf(delim); p !== -1 && p < until; p = raw.indexOf(delim, p + 1)) {
    while (lines[li].end <= p) li++;
    if (lines[li].start <= p) lines[li].delims[d]++;
  }
}

/** Whether a line ends in ; { } or opens with a code keyword. */
function looksLikeCode(raw: string, l: LineStats): boolean {
  let last = l.end - 1;
  while (isBlank(raw.charCodeAt(last))) last--;
  const c = raw.charCodeAt(last);
  if (c === 59 || c === 123 || c === 125) return true;
  const c0 = raw.charCodeAt(l.start);
  if (c0 < 128 && !MAY_START_CODE[c0]) return false;
  return CODE_START.test(raw.slice(l.start, Math.min(l.end, l.start + 40)));
}

/** Non-space characters and code punctuation ({}[]=<>() and ;) in the lines. */
function countPunctuation(raw: string, lines: LineStats[]): { nonSpace: number; codePunct: number } {
  let nonSpace = 0, codePunct = 0;
  for (const l of lines) {
    for (let i = l.start; i < l.end; i++) {
      const c = raw.charCodeAt(i);
      if (isBlank(c)) continue;
      nonSpace++;
      const k = c < 128 ? CLASS[c] : 0;
      if (k === 1 || k === 3) codePunct++;
    }
  }
  return { nonSpace, codePunct };
}

function delimitedShare(lines: LineStats[]): { delim: string; count: number; share: number } | null {
  for (let d = 0; d < DELIMS.length; d++) {
    const counts = new Map<number, number>();
    for (const l of lines) if (l.delims[d] >= 2) counts.set(l.delims[d], (counts.get(l.delims[d]) ?? 0) + 1);
    let best = 0, bestN = 0;
    for (const [n, c] of counts) if (c > best) { best = c; bestN = n; }
    const share = best / lines.length;
    if (share < 0.7) continue;
    // Prose lines with commas are long and end in punctuation; table rows have short fields.
    const avgField = lines.reduce((a, l) => a + l.length, 0) / lines.length / (bestN + 1);
    const sentenceEnds = lines.filter((l) => l.sentenceEnd).length / lines.length;
    if (avgField < 30 && sentenceEnds < 0.3) return { delim: DELIMS[d], count: bestN, share };
  }
  return null;
}
