import { defineStage } from '../../pipeline.ts';
import type { Timex } from '../../../model/index.ts';
import { span } from '../../span.ts';
import { tenseAround, type Candidate, type Reference, type Resolver, type Rule, type RuleEnv } from './context.ts';
import { selectCandidates, mergeClockWithDay } from './select.ts';
import { MONTH_STEMS } from './patterns.ts';
import { readIsoDate, readNumericDate, readMonthDay, readDayMonth, readMonthYear, readMonthOfRelativeYear, readBareMonth } from './rules/read-absolute-dates.ts';
import { readYear, readDecade, readCentury, readSpokenYear } from './rules/read-years.ts';
import { readSeason, readQuarter, readQuarterCode, resolveReportQuarter, readYearQuarter } from './rules/read-seasons-and-quarters.ts';
import { resolveRelativeUnit, resolveYearEnd } from './rules/resolve-relative-units.ts';
import { resolveWeekday } from './rules/resolve-weekdays.ts';
import { resolveDayWord, resolveThisPartOfDay, resolveReferenceWord } from './rules/resolve-deictic-words.ts';
import { countFromReference, resolveYearEarlier, resolveAnchoredPhrase } from './rules/count-from-reference.ts';
import { readClockTime } from './rules/read-clock-times.ts';
import { measureDuration, measureBarePlural } from './rules/measure-durations.ts';
import { findEvery, findFrequencyWord, findRate } from './rules/find-sets.ts';
import { findHoliday } from './rules/find-holidays.ts';

/** The rules in priority order (on spans of equal length the earlier one wins). */
export const RULES: readonly Rule[] = [
  readIsoDate, readNumericDate, readMonthDay, readDayMonth, readMonthYear, readMonthOfRelativeYear, findHoliday, readBareMonth,
  readYear, readSpokenYear, readDecade, readCentury, readSeason, readQuarter, readQuarterCode, readYearQuarter,
  resolveDayWord, resolveThisPartOfDay, resolveAnchoredPhrase, resolveRelativeUnit, resolveYearEnd, resolveWeekday, countFromReference,
  resolveYearEarlier, resolveReportQuarter, readClockTime, findEvery, findFrequencyWord, findRate,
  measureDuration, measureBarePlural, resolveReferenceWord,
];

/** Stand-in document time when there is none: values anchored on it are masked with X. */
const NO_REFERENCE: Reference = { y: 2000, m: 1, d: 1 };
const ISO_REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;

/** The document time from an ISO 8601 string ("2017-07-03T10:08:00-04:00", "1998-01-08"). */
export function parseReference(iso: string | undefined | null): Reference | null {
  const m = iso ? ISO_REFERENCE.exec(iso.trim()) : null;
  if (!m) return null;
  const ref: Reference = { y: +m[1], m: +m[2], d: +m[3] };
  if (m[4]) { ref.h = +m[4]; ref.mi = +m[5]; }
  if (m[6]) ref.offset = m[6] === 'Z' ? 'Z' : m[6].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return ref;
}

/**
 * Cheap pre-filter: one pass of one regex over the text marks which kinds of time words each
 * sentence holds; a rule runs only on sentences holding a word it could start from.
 */
const TRIGGER = new RegExp([
  '(\\d)',
  `(${MONTH_STEMS})`,
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(day|night|week|month|year|quarter|half|decade|centur|millenni|hour|minute|second|fortnight)',
  '(now|current|recent|lately|present|past|future|coming|moment)',
  '(spring|summer|fall|autumn|winter)',
  '(morning|afternoon|evening|noon|midnight|midday|overnight|tonight|today|tomorrow|yesterday)',
  '(daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|biannually|semiannually)',
  '(christmas|thanksgiving|easter|halloween|valentine|patrick|fourth)',
  '(eighteen|nineteen|twenty|thirties|forties|fifties|sixties|seventies|eighties|nineties)',
].join('|'), 'gi');
const K = { Digit: 1, Month: 2, Weekday: 4, Unit: 8, Ref: 16, Season: 32, PartOfDay: 64, Adverb: 128, Holiday: 256, Spoken: 512 } as const;
const RULE_TRIGGERS: Record<string, number> = {
  'iso-date': K.Digit, 'numeric-date': K.Digit, 'month-day': K.Month, 'day-month': K.Month, 'month-year': K.Month,
  'month-relative-year': K.Month, holiday: K.Holiday | K.Unit, 'bare-month': K.Month, year: K.Digit, 'spoken-year': K.Spoken,
  decade: K.Digit | K.Spoken, century: K.Unit, season: K.Season, quarter: K.Unit, 'quarter-code': K.Digit, 'year-quarter': K.Digit,
  'deictic-day': K.PartOfDay, 'deictic-part-of-day': K.PartOfDay, 'anchored-phrase': K.Unit | K.PartOfDay, 'relative-unit': K.Unit,
  'year-end': K.Unit, 'relative-weekday': K.Weekday, 'offset-from-reference': K.Unit, 'year-earlier': K.Unit, 'report-quarter': K.Unit,
  'clock-time': K.Digit | K.PartOfDay, 'set-every': K.Unit | K.Weekday | K.Month | K.Season | K.PartOfDay, 'set-adverb': K.Adverb | K.Unit,
  'set-rate': K.Unit, duration: K.Unit, 'duration-plural': K.Unit, 'reference-word': K.Ref | K.Unit,
};

// The trigger pass takes the first alternative at each position, so a word can land in a
// neighbouring class ("decades" → the month stem "dec", "night" → a unit): widen to match.
for (const id of Object.keys(RULE_TRIGGERS)) {
  if (RULE_TRIGGERS[id] & K.Unit) RULE_TRIGGERS[id] |= K.Month;
  if (RULE_TRIGGERS[id] & K.PartOfDay) RULE_TRIGGERS[id] |= K.Unit;
}

/** Trigger kinds present in each region, from one pass over the text. */
function triggerMasks(text: string, regions: ReadonlyArray<{ start: number; end: number }>): Uint16Array {
  const masks = new Uint16Array(regions.length);
  let k = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m && k < regions.length; m = TRIGGER.exec(text)) {
    while (k < regions.length && regions[k].end <= m.index) k++;
    if (k === regions.length) break;
    if (m.index < regions[k].start) continue;
    let bit = 1;
    for (let g = 1; g < m.length; g++, bit <<= 1) if (m[g] !== undefined) { masks[k] |= bit; break; }
  }
  return masks;
}

interface Found extends Candidate { sentence: string; base: number }

/** Every rule over one region of text (a sentence or the title). */
function scan(text: string, start: number, end: number, mask: number, env: RuleEnv, out: Found[]): void {
  const sentence = text.slice(start, end);
  RULES.forEach((rule, priority) => {
    if (!(mask & (RULE_TRIGGERS[rule.id] ?? 0xffff))) return;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const c = rule.make(m, sentence, env);
      if (!c) continue;
      out.push({ ...c, start: start + (c.start ?? m.index), end: start + (c.end ?? m.index + m[0].length), method: `timexes/${rule.id}`, priority, sentence, base: start });
    }
  });
}

/**
 * TIMEX3 time expressions, resolved against the document time (the published time, else
 * options.referenceTime), never the clock. Without either, relative values are masked with X and
 * get low confidence. Anchoring chains ("the next day") lean on the last day the article named.
 */
export const timexes = defineStage({
  name: 'timexes',
  reads: ['text', 'sentences', 'metadata'],
  writes: ['timexes'],
  run(doc, ctx) {
    const { text, sentences, metadata } = doc;
    const env: RuleEnv = { dayFirst: ctx.options.dayFirst ?? false };
    const parsed = parseReference(metadata.published?.value) ?? parseReference(ctx.options.referenceTime);
    const found: Found[] = [];
    const title = metadata.title?.span;
    const regions = title && !sentences.some((s) => s.start < title.end && title.start < s.end)
      ? [...sentences, title].sort((a, b) => a.start - b.start) : sentences;
    const masks = triggerMasks(text, regions);
    regions.forEach((s, i) => { if (masks[i]) scan(text, s.start, s.end, masks[i], env, found); });
    const chosen = mergeClockWithDay(selectCandidates(found, text.length), text,
      (a, _b, merged) => ({ ...merged, sentence: a.sentence, base: a.base }));

    const out: Timex[] = [];
    const published = metadata.published;
    if (published?.span) {
      out.push({ id: 't1', span: published.span, type: published.value.includes('T') ? 'TIME' : 'DATE', value: published.value.replace(/(T\d{2}:\d{2}):00(?=$|[+-Z])/, '$1'),
        anchor: 'absolute', method: 'timexes/published-timestamp', confidence: published.confidence });
    }
    const r: Resolver = { dct: parsed ?? NO_REFERENCE, ref: null, quarter: null, tense: 'none' };
    const masked = new Set<string>();
    for (const c of chosen) {
      r.tense = c.needsTense ? tenseAround(c.sentence, c.start - c.base, c.end - c.base) : 'none';
      const res = c.resolve(r);
      if (!res) continue;
      const id = `t${out.length + 1}`;
      const anchor = res.anchor === 'ref' ? (res.anchorId ?? r.ref?.id ?? 'document') : res.anchor;
      const unanchored = anchor === 'document' ? !parsed : masked.has(anchor);
      let { value, confidence } = res;
      if (unanchored && (res.type === 'DATE' || res.type === 'TIME') && !value.endsWith('_REF')) {
        value = value.replace(/\d/g, 'X');
        confidence = 0.2;
        masked.add(id);
      }
      out.push({ id, span: span(text, c.start, c.end), type: res.type, value, ...(res.mod ? { mod: res.mod } : {}), anchor, method: c.method, confidence });
      if (res.day) r.ref = { day: res.day, id, masked: masked.has(id) };
      if (res.quarter) r.quarter = { ...res.quarter, id };
    }
    if (masked.size) {
      ctx.report('timexes/unanchored', `${masked.size} relative time expression(s) could not be resolved: the article has no publication time and no reference time was given; their values are left as X`, out.find((t) => masked.has(t.id))!.span);
    }
    return { timexes: out };
  },
});
