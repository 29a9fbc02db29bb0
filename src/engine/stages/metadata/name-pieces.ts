/** Name joiners of a byline or credit: ", ", ", and ", " and ", " & " (bylines in capitals write "AND": `caseless`). */
const JOINER = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/g;
const JOINER_CASELESS = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/gi;

/** One piece of a list of names: its text without surrounding spaces, and where that text starts in the list. */
export interface NamePiece { start: number; text: string }

/** The pieces of `names` between name joiners, in order ("Ann Lee, Bo Kim and Cy Park" → three pieces; empty ones included). */
export function* namePieces(names: string, caseless = false): Generator<NamePiece> {
  const re = caseless ? JOINER_CASELESS : JOINER;
  re.lastIndex = 0;
  for (let from = 0; from <= names.length;) {
    const m = re.exec(names);
    const to = m ? m.index : names.length;
    const raw = names.slice(from, to);
    const text = raw.trim();
    yield { start: from + (raw.length - raw.trimStart().length), text };
    if (!m) return;
    from = m.index + m[0].length;
    // Reading resumes after this joiner even if the caller ran another search with the same expression.
    re.lastIndex = from;
  }
}
