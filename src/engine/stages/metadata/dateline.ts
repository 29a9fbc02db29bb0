import { outletName } from './outlets.ts';

/**
 * A wire dateline opening the first body paragraph: a place in capitals, an optional region,
 * date and agency, then a dash: "WASHINGTON (Reuters) —", "NEW YORK, July 3 (AP) -".
 * Bounded: each part has a fixed repeat limit, so the pattern cannot backtrack badly.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}.'’-]{2,}(?: \p{Lu}[\p{Lu}.'’-]+){0,3})(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+){0,2})?(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})? ?(?:\(([\p{L} .&-]{2,30})\))? ?[—–-]{1,2} /u;

export interface Dateline { end: number; text: string; place: string; agency: string | null }

export function parseDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const text = m[0].trimEnd();
  return { end: m[0].length, text, place: m[1], agency: m[2] ? outletName(m[2]) ?? m[2] : null };
}
