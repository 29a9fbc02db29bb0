import { outletName } from './outlets.ts';

/** A dateline place in capitals, up to four words: "WASHINGTON", "PORT SUDAN", "ST. LOUIS", "KYIV/MOSCOW" (two cities). */
const PLACE = "\\p{Lu}[\\p{Lu}.'’/-]{2,}(?: \\p{Lu}[\\p{Lu}.'’/-]+){0,3}";
/** A place in title case, as AFP and PTI write it before their agency: "Bucharest", "New Delhi". */
const TITLE_PLACE = "\\p{Lu}\\p{Ll}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";
/** The region after the place: ", Nigeria", ", Fla.", ", New South Wales". */
const REGION = '(?:, \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+){0,2})?';
/** The wire date after the place: ", July 3", ", Sept 30". */
const WIRE_DATE = '(?:, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2})?';
const AGENCY = '\\(([\\p{L} .&-]{2,30})\\)';

/**
 * A wire dateline opening the first body paragraph: a place in capitals, an optional region,
 * date and agency, then a dash: "WASHINGTON (Reuters) —", "NEW YORK, July 3 (AP) -", "WASHINGTON—" (no spaces
 * around an em dash, Wall Street Journal style). Bounded: each part has a fixed repeat limit.
 */
const DATELINE = new RegExp(`^(${PLACE})${REGION}${WIRE_DATE} ?(?:${AGENCY})?(?: ?[—–]{1,2} ?| ?-{1,2} |(:) )`, 'u');
/** Capitals before a colon that label the story rather than place it ("BREAKING: …"). */
const LABELS = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'COMMENT', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'CORRECTION', 'CLARIFICATION', 'WATCH', 'LIVE', 'VIDEO', 'PHOTOS', 'READ MORE', 'FACT CHECK', 'ALERT', 'URGENT', 'FLASH', 'EDITORIAL', 'REVIEW', 'INTERVIEW', 'Q&A', 'FILE']);
/** A title-case place needs a known agency after it; the dash may be missing (PTI): "Bengaluru, Apr 26 (PTI) ". */
const TITLE_DATELINE = new RegExp(`^(${TITLE_PLACE})${REGION}${WIRE_DATE} ${AGENCY} ?(?:[—–-]{1,2} )?`, 'u');
/** An agency alone opening the story: "(Bloomberg) -- ". */
const AGENCY_DATELINE = new RegExp(`^${AGENCY} ?[—–-]{1,2} `, 'u');
/** A dateline on a line of its own before the time: "BRUSSELS | 4 June …", "KYIV, Ukraine — Updated …". */
const DATELINE_LINE = new RegExp(`^(${PLACE})${REGION} ?(?:[|—–]|--?) `, 'u');
/** Three capitals in a row: "U.S.—" or "EU—" is not a place. */
const CAPS_RUN = /\p{Lu}{3}/u;

export interface Dateline { end: number; text: string; place: string; agency: string | null }

export function parseDateline(paragraph: string): Dateline | null {
  let m = DATELINE.exec(paragraph);
  // "NEW DELHI: …" (South Asian and Gulf style) unless the capitals are a label ("BREAKING: …").
  if (m && (!CAPS_RUN.test(m[1]) || (m[3] && LABELS.has(m[1])))) m = null;
  let agency = m?.[2] ? outletName(m[2]) ?? m[2] : null;
  if (!m) {
    // Title-case and agency-only datelines count only with an agency the outlet table knows.
    m = TITLE_DATELINE.exec(paragraph) ?? AGENCY_DATELINE.exec(paragraph);
    agency = m ? outletName(m[m.length - 1]) : null;
    if (!m || !agency) return null;
  }
  const text = m[0].trimEnd();
  return { end: m[0].length, text, place: m.length >= 3 ? m[1] : '', agency };
}

/** A header line opening with a dateline; `restStart` is where the rest (a timestamp) begins. */
export function parseDatelineLine(line: string): { text: string; restStart: number } | null {
  const m = DATELINE_LINE.exec(line);
  if (!m || !CAPS_RUN.test(m[1])) return null;
  return { text: m[0].replace(/[\s|—–-]+$/, ''), restStart: m[0].length };
}

/** "La Paz - Nov 24, 2026 - 23:10 BOT": a place in title case, a dash or bar, then (the caller checks) a time. */
const PLACE_THEN = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2})\s+[-–—|]\s+/u;
/** A header line "Place - time": the place as `text` and where the rest begins, or null. */
export function parsePlaceThenRest(line: string): { text: string; restStart: number } | null {
  const m = PLACE_THEN.exec(line);
  return m ? { text: m[1], restStart: m[0].length } : null;
}

/** "Reporting from Baghdad", "Filed from Kyiv": a header line naming the place the story was filed from. */
const FILED_FROM = /^(?:Reporting|Reported|Filed|Writing) from (\p{Lu}[\p{L}\p{M}.'’-]*(?:,? \p{Lu}[\p{L}\p{M}.'’-]*){0,3})$/u;
export function parseFiledFrom(line: string): { start: number; end: number; value: string } | null {
  const m = FILED_FROM.exec(line.trim());
  if (!m) return null;
  const start = line.indexOf(m[1]);
  return { start, end: start + m[1].length, value: m[1] };
}
