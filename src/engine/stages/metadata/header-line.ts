import { findTimestamp, type Timestamp } from '../../time/timestamp.ts';
import { wordCount } from './words.ts';

/** What may stand beside a timestamp on a header line: labels and separators only. */
const TIMESTAMP_LABEL = /^[\s|,:·•—–-]*(?:(?:first\s|last\s)?(?:published|updated|posted|modified|date)(?:\son|\sat)?)?[\s|,:·•—–-]*$/i;
const UPDATED = /\b(?:updated|modified)\b/i;

export interface TimestampLine { ts: Timestamp; updated: boolean }

/** A line that is only a timestamp and its label ("Updated: July 3, 2017 10:08 a.m. ET"). */
export function parseTimestampLine(line: string, dayFirst: boolean): TimestampLine | null {
  if (line.length > 200) return null;
  const ts = findTimestamp(line, dayFirst);
  if (!ts) return null;
  const rest = line.slice(0, ts.start) + ' ' + line.slice(ts.end);
  if (!TIMESTAMP_LABEL.test(rest)) return null;
  return { ts, updated: UPDATED.test(line.slice(0, ts.start)) };
}

/** A sentence end inside the line: a headline is one phrase, not a paragraph. */
const TWO_SENTENCES = /[.!?]["”’]?\s+["“]?\p{Lu}/u;

/** A first line that reads as a headline: short, several words, no sentence-final period. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  const words = wordCount(t, 30);
  const bare = t.replace(/["”’')\]]+$/, '');
  return words >= 2 && words <= 30 && t.length <= 250 && !/[.:;,]$/.test(bare) && !TWO_SENTENCES.test(t) && /[\p{Lu}"“‘'\d]/u.test(t[0] ?? '');
}
