import { monthNumber, daysInMonth, pad, isoDate, formatOffset } from './calendar.ts';
import { resolveZone, ZONE_ABBRS } from './zones.ts';

/** A publication-style timestamp found in a line, its value ISO 8601 with the source's own offset. */
export interface Timestamp {
  start: number; end: number; raw: string; value: string;
  zone?: string; zoneAbbr?: string; unknownZone?: string; ambiguous: boolean;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s)?';
/** 10:08, 10:08:30, 10 a.m., 10:08 PM, 17.31 (British style): a separator or an am/pm marker is required. */
const TIME = '(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s?([AaPp]\\.?[Mm]\\.?)?';
// The offset forms come first: "GMT+2" must not stop at "GMT".
const ZONE = `((?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|(?:${ZONE_ABBRS.join('|')})\\b|[+-]\\d{2}:?\\d{2})?`;
/** Between the date and the time: "at", or a separator house styles use ("-", "|", "·", "—", "/"). */
const DATE_TIME = '(?:at\\s|[-|·•—–/]\\s)';
const TIME_ZONE = `${TIME}\\s?${ZONE}`;

/** Each form: a named regex and how to read its groups into [y, m, d] plus the index of the time group. */
const FORMS: Array<{ name: string; re: RegExp; ymd: (g: string[], dayFirst: boolean) => [number, number, number, boolean]; time: number }> = [
  { // 2017-07-03T10:08:00-04:00, 2017-07-03 10:08
    name: 'iso',
    re: new RegExp(`\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?)?`),
    ymd: (g) => [+g[1], +g[2], +g[3], false], time: -1,
  },
  { // 07/03/17 10:08 AM EDT (month-first unless dayFirst)
    name: 'numeric',
    re: new RegExp(`\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b(?:,?\\s(?:at\\s)?${TIME_ZONE})?`),
    ymd: (g, dayFirst) => {
      const a = +g[1], b = +g[2];
      const y = g[3].length === 2 ? (+g[3] < 70 ? 2000 + +g[3] : 1900 + +g[3]) : +g[3];
      const swap = a > 12 ? true : b > 12 ? false : dayFirst;
      return [y, swap ? b : a, swap ? a : b, a <= 12 && b <= 12 && a !== b];
    },
    time: 4,
  },
  { // July 3, 2017, 10:08 a.m. ET
    name: 'month-day-year',
    re: new RegExp(`${WEEKDAY}\\b${MONTH}\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})(?:,?\\s${DATE_TIME}?${TIME_ZONE})?`),
    ymd: (g) => [+g[3], monthNumber(g[1]), +g[2], false], time: 4,
  },
  { // 3 July 2017 10:08 BST
    name: 'day-month-year',
    re: new RegExp(`${WEEKDAY}\\b(\\d{1,2})\\s${MONTH},?\\s(\\d{4})(?:,?\\s${DATE_TIME}?${TIME_ZONE})?`),
    ymd: (g) => [+g[3], monthNumber(g[2]), +g[1], false], time: 4,
  },
];

/** Time before the date, as in "Updated 10:08 AM ET, Mon July 3, 2017". */
const TIME_FIRST = new RegExp(`\\b${TIME_ZONE},?\\s(?:on\\s)?$`);

const DIGIT = /\d/;

/** The first timestamp in a line (lines are short; callers cap their length). */
export function findTimestamp(line: string, dayFirst = false): Timestamp | null {
  // Every form has digits (a year or a numeric date): most lines without any are turned away at once.
  if (!DIGIT.test(line)) return null;
  for (const form of FORMS) {
    const m = form.re.exec(line);
    if (!m) continue;
    const g = m.map((x) => x ?? '');
    const [y, mo, d, ambiguous] = form.ymd(g, dayFirst);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) continue;
    let start = m.index, end = m.index + m[0].length;
    let hh = '', mi = '', ss = '', ampm = '', zone = '';
    if (form.name === 'iso') {
      [hh, mi, ss, zone] = [g[4], g[5], g[6], g[7]];
    } else if (g[form.time + 1] || g[form.time + 3]) {
      [hh, mi, ss, ampm, zone] = g.slice(form.time, form.time + 5);
    } else {
      const before = TIME_FIRST.exec(line.slice(0, start));
      const tm = before ? before.map((x) => x ?? '') : null;
      if (tm && (tm[2] || tm[4])) { [hh, mi, ss, ampm, zone] = tm.slice(1, 6); start = before!.index; }
      end = m.index + m[0].replace(/[,\s]+$/, '').length;
    }
    return build(line, start, end, y, mo, d, hh, mi, ss, ampm, zone, ambiguous);
  }
  return null;
}

function build(line: string, start: number, end: number, y: number, mo: number, d: number,
  hh: string, mi: string, ss: string, ampm: string, zone: string, ambiguous: boolean): Timestamp | null {
  const raw = line.slice(start, end).trim();
  const date = isoDate(y, mo, d);
  if (!hh) return { start, end, raw, value: date, ambiguous };
  let h = +hh;
  const pm = /^p/i.test(ampm);
  if (ampm && (h < 1 || h > 12)) return { start, end, raw, value: date, ambiguous };
  if (ampm) h = (h % 12) + (pm ? 12 : 0);
  if (h > 23 || +(mi || 0) > 59) return { start, end, raw, value: date, ambiguous };
  const time = `${date}T${pad(h)}:${mi || '00'}:${ss || '00'}`;
  if (!zone) return { start, end, raw, value: time, ambiguous };
  const z = resolveZone(zone, y, mo, d, h);
  if (!z) return { start, end, raw, value: time, ambiguous, unknownZone: zone };
  const suffix = zone === 'Z' ? 'Z' : formatOffset(z.offset);
  return { start, end, raw, value: time + suffix, ...(z.iana ? { zone: z.iana } : {}), zoneAbbr: z.abbr, ambiguous };
}
