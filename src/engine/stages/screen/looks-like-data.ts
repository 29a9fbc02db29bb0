/**
 * Tell prose from data and code. Each test needs a strong, specific signal, so a real article is
 * never turned away: a consistent delimiter count across most lines (CSV/TSV), parseable JSON,
 * or a high density of code punctuation with code-shaped lines. One pass over the first lines.
 */
const MAX_LINES = 200;
const DELIMS = [',', '\t', ';', '|'];
/** Lines that look like code open with a keyword (or end in ; { }, checked by hand). */
const CODE_START = /^\s*(?:import|export|def|class|function|const|let|var|return|if|for|while|#include|public|private)\b/;
/** Character classes by code: 1 = code punctuation, 2 = comma, 3 = semicolon, 4 = pipe. */
const CLASS = new Uint8Array(128);
for (const c of '{}[]=<>()') CLASS[c.charCodeAt(0)] = 1;
CLASS[44] = 2; CLASS[59] = 3; CLASS[124] = 4;

interface LineStats { length: number; delims: number[]; sentenceEnd: boolean; code: boolean }

export function notProseReason(raw: string, text: string): string | null {
  const lines: LineStats[] = [];
  let nonSpace = 0, codePunct = 0;
  for (let start = 0; start < raw.length && lines.length < MAX_LINES;) {
    let end = raw.indexOf('\n', start);
    if (end === -1) end = raw.length;
    const delims = [0, 0, 0, 0];
    let ns = 0;
    let last = -1, prev = -1;
    for (let i = start; i < end; i++) {
      const c = raw.charCodeAt(i);
      if (c === 32 || c === 13 || c === 9) { if (c === 9) delims[1]++; continue; }
      ns++;
      prev = last; last = c;
      const k = c < 128 ? CLASS[c] : 0;
      if (k === 1) codePunct++;
      else if (k === 2) delims[0]++;
      else if (k === 3) { delims[2]++; codePunct++; }
      else if (k === 4) delims[3]++;
    }
    if (ns > 0) {
      const endsCode = last === 59 || last === 123 || last === 125;
      const closing = last === 34 || last === 0x201d;
      const stop = closing ? prev : last;
      lines.push({ length: end - start, delims, sentenceEnd: stop === 46 || stop === 33 || stop === 63,
        code: endsCode || CODE_START.test(raw.slice(start, Math.min(end, start + 40))) });
      nonSpace += ns;
    }
    start = end + 1;
  }
  if (lines.length >= 3) {
    const csv = delimitedShare(lines);
    if (csv) return `${Math.round(csv.share * 100)}% of lines have ${csv.count} "${csv.delim === '\t' ? '\\t' : csv.delim}" delimiters: this is a table (CSV/TSV), not an article`;
  }
  const first = /\S/.exec(text.slice(0, 200))?.[0];
  if (first === '{' || first === '[') {
    try { JSON.parse(text); return 'the input is JSON data, not an article'; } catch { /* not JSON: go on */ }
  }
  if (nonSpace >= 40 && lines.length >= 3) {
    const code = codePunct / nonSpace;
    const codeLines = lines.filter((l) => l.code).length;
    if (code > 0.06 && codeLines / lines.length > 0.3) {
      return `${Math.round(code * 100)}% of characters are code punctuation and ${codeLines} of ${lines.length} lines look like code: this is source code, not an article`;
    }
  }
  return null;
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
