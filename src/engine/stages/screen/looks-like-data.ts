/**
 * Tell prose from data and code. Each test needs a strong, specific signal, so a real article is
 * never turned away: a consistent delimiter count across most lines (CSV/TSV), parseable JSON,
 * or a high density of code punctuation with code-shaped lines.
 */
export function notProseReason(raw: string, text: string): string | null {
  const lines = raw.split('\n').filter((l) => l.trim()).slice(0, 200);
  if (lines.length >= 3) {
    const csv = delimitedShare(lines);
    if (csv) return `${Math.round(csv.share * 100)}% of lines have ${csv.count} "${csv.delim === '\t' ? '\\t' : csv.delim}" delimiters: this is a table (CSV/TSV), not an article`;
  }
  const t = text.trim();
  if ((t[0] === '{' && t.endsWith('}')) || (t[0] === '[' && t.endsWith(']'))) {
    try { JSON.parse(t); return 'the input is JSON data, not an article'; } catch { /* not JSON: go on */ }
  }
  const nonSpace = text.replace(/\s+/g, '');
  if (nonSpace.length >= 40 && lines.length >= 3) {
    const code = (nonSpace.match(/[{}\[\];=<>()]/g) ?? []).length / nonSpace.length;
    const codeLines = lines.filter((l) => /[;{}]\s*$|^\s*(?:import|export|def|class|function|const|let|var|return|if|for|while|#include|public|private)\b/.test(l)).length;
    if (code > 0.06 && codeLines / lines.length > 0.3) {
      return `${Math.round(code * 100)}% of characters are code punctuation and ${codeLines} of ${lines.length} lines look like code: this is source code, not an article`;
    }
  }
  return null;
}

function delimitedShare(lines: string[]): { delim: string; count: number; share: number } | null {
  for (const delim of [',', '\t', ';', '|']) {
    const counts = new Map<number, number>();
    for (const l of lines) {
      const n = l.split(delim).length - 1;
      if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let best = 0, bestN = 0;
    for (const [n, c] of counts) if (c > best) { best = c; bestN = n; }
    const share = best / lines.length;
    if (share < 0.7) continue;
    // Prose lines with commas are long and end in punctuation; table rows have short fields.
    const avgField = lines.reduce((a, l) => a + l.length, 0) / lines.length / (bestN + 1);
    const sentenceEnds = lines.filter((l) => /[.!?]["”]?\s*$/.test(l)).length / lines.length;
    if (avgField < 30 && sentenceEnds < 0.3) return { delim, count: bestN, share };
  }
  return null;
}
