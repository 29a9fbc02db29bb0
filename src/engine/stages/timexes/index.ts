import { boundedMemo } from '../../memo.ts';
import { defineStage } from '../../pipeline.ts';
import type { Timex } from '../../../model/index.ts';
import { span } from '../../span.ts';
import { tenseAround, type Candidate, type Reference, type Resolver, type Rule, type RuleEnv } from './context.ts';
import { selectCandidates, mergeClockWithDay } from './select.ts';
import { triggerMask, ruleMayMatch, unitTailEnd, RULE_NEEDS, UNIT_HEADED, UNIT_LEAD, seen } from './triggers.ts';
import { startsOf, beginRule, beginSentence, nextMatch } from './starts.ts';
import { readIsoDate, readNumericDate, readMonthDay, readConjoinedDay, readDayMonth, readMonthYear, readMonthOfRelativeYear, readBareMonth } from './rules/read-absolute-dates.ts';
import { readYear, readDecade, readCentury, readSpokenYear } from './rules/read-years.ts';
import { readSeason, readQuarter, readQuarterCode, resolveReportQuarter, resolveReportYear, readYearQuarter } from './rules/read-seasons-and-quarters.ts';
import { resolveRelativeUnit, resolveYearEnd } from './rules/resolve-relative-units.ts';
import { resolveWeekday } from './rules/resolve-weekdays.ts';
import { resolveDayWord, resolveThisPartOfDay, resolvePartOfNamedDay, resolveOvernight, resolveReferenceWord } from './rules/resolve-deictic-words.ts';
import { countFromReference, resolveYearEarlier, resolveAnchoredPhrase } from './rules/count-from-reference.ts';
import { readClockTime, readClockInPartOfDay } from './rules/read-clock-times.ts';
import { measureDuration, measureBarePlural, measureVagueStretch, measureVagueLength, measureLongAdjective } from './rules/measure-durations.ts';
import { findEvery, findFrequencyWord, findRate } from './rules/find-sets.ts';
import { findHoliday } from './rules/find-holidays.ts';

/** The rules in priority order (on spans of equal length the earlier one wins). */
export const RULES: readonly Rule[] = [
  readIsoDate, readNumericDate, readMonthDay, readConjoinedDay, readDayMonth, readMonthYear, readMonthOfRelativeYear, findHoliday, readBareMonth,
  readYear, readSpokenYear, readDecade, readCentury, readSeason, readQuarter, readQuarterCode, readYearQuarter,
  resolveDayWord, resolveThisPartOfDay, resolvePartOfNamedDay, resolveOvernight, resolveAnchoredPhrase, resolveRelativeUnit, resolveYearEnd, resolveWeekday, countFromReference,
  resolveYearEarlier, resolveReportQuarter, resolveReportYear, readClockTime, readClockInPartOfDay, findEvery, findFrequencyWord, findRate,
  measureDuration, measureBarePlural, measureVagueStretch, measureVagueLength, measureLongAdjective, resolveReferenceWord,
];

/** Stand-in document time when there is none: values anchored on it are masked with X. */
const NO_REFERENCE: Reference = { y: 2000, m: 1, d: 1 };
const ISO_REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;

/** What parseReference read from the last few strings (a batch shares its reference time; an article is read twice). */
const references = boundedMemo((iso: string) => readReference(iso), 64);

/** The document time from an ISO 8601 string ("2017-07-03T10:08:00-04:00", "1998-01-08"). */
export function parseReference(iso: string | undefined | null): Reference | null {
  if (!iso) return null;
  const ref = references(iso);
  return ref && { ...ref };
}
function readReference(iso: string): Reference | null {
  const m = ISO_REFERENCE.exec(iso.trim());
  if (!m) return null;
  const ref: Reference = { y: +m[1], m: +m[2], d: +m[3] };
  if (m[4]) { ref.h = +m[4]; ref.mi = +m[5]; }
  if (m[6]) ref.offset = m[6] === 'Z' ? 'Z' : m[6].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return ref;
}

/** Whether quarter a, within a year before the document's quarter, should replace quarter b, older than that. */
function replacesHistory(a: { y: number; q: number }, b: { y: number; q: number }, dct: Reference): boolean {
  const now = dct.y * 4 + Math.ceil(dct.m / 3), k = a.y * 4 + a.q;
  return now - (b.y * 4 + b.q) > 4 && k <= now && now - k <= 4;
}

const digitAt = (s: string, i: number): boolean => { const c = s.charCodeAt(i); return c >= 48 && c <= 57; };
/** What /^\d{4}(?:$|-)/ finds: a value that starts with a year. */
function yearAt(v: string): boolean {
  return digitAt(v, 0) && digitAt(v, 1) && digitAt(v, 2) && digitAt(v, 3) && (v.length === 4 || v.charCodeAt(4) === 45);
}
/** What /^\d{4}-\d{2}(?:$|-\d{2}(?:$|T))/ finds after yearAt: a month or a day. */
function monthAt(v: string): boolean {
  if (v.length < 7 || !digitAt(v, 5) || !digitAt(v, 6)) return false;
  if (v.length === 7) return true;
  return v.charCodeAt(7) === 45 && digitAt(v, 8) && digitAt(v, 9) && (v.length === 10 || v.charCodeAt(10) === 84);
}

/** The published value without zero seconds ("T10:08:00-04:00" → "T10:08-04:00"), for the last value seen. */
let lastPublished = '', lastPublishedValue = '';
function withoutZeroSeconds(v: string): string {
  if (v !== lastPublished) { lastPublished = v; lastPublishedValue = v.replace(/(T\d{2}:\d{2}):00(?=$|[+-Z])/, '$1'); }
  return lastPublishedValue;
}

interface Found extends Candidate { sentence: string; base: number }

const NEEDS = RULES.map((rule) => RULE_NEEDS[rule.id]);
const METHODS = RULES.map((rule) => `timexes/${rule.id}`);
const FROM_UNIT = RULES.map((rule) => UNIT_HEADED.has(rule.id));
const STARTS = RULES.map((rule) => startsOf(rule.id, rule.re));

/** By trigger mask: the priorities of the rules that may match in a sentence with it (masks repeat across sentences). */
const applicable = boundedMemo((mask: number) => Int32Array.from(RULES.keys()).filter((priority) => ruleMayMatch(NEEDS[priority], mask)), 4097);

/** Every rule that may match over one region of text (a sentence or the title). */
function scan(text: string, start: number, end: number, env: RuleEnv, out: Found[]): void {
  const sentence = text.slice(start, end);
  const mask = triggerMask(sentence);
  if (!mask) return;
  // Unit-headed rules scan from before the first unit word to a little after the last one (the matches keep the
  // whole sentence for the rules' look-arounds in code).
  let unitText: string | null = null;
  const rules = applicable(mask);
  beginSentence(sentence.length);
  for (let k = 0; k < rules.length; k++) {
    const priority = rules[k];
    const rule = RULES[priority], re = rule.re, method = METHODS[priority];
    let subject = sentence, from = 0;
    if (FROM_UNIT[priority]) {
      if (unitText === null) { const cut = unitTailEnd(sentence); unitText = cut < sentence.length ? sentence.slice(0, cut) : sentence; }
      subject = unitText;
      from = Math.max(0, seen.unitAt - UNIT_LEAD);
    }
    const spec = STARTS[priority], starts = spec && !(spec.unless && spec.unless(subject)) ? spec : null;
    if (starts) beginRule(); else re.lastIndex = from;
    for (let m = starts ? nextMatch(starts, subject, from) : re.exec(subject); m; m = starts ? nextMatch(starts, subject, from) : re.exec(subject)) {
      if (m[0].length === 0) { re.lastIndex = from = m.index + 1; continue; }
      from = m.index + m[0].length;
      const c = rule.make(m, sentence, env);
      if (!c) continue;
      // One shape for every candidate (the rules' results differ): selection and resolution read them monomorphically.
      out.push({
        start: start + (c.start ?? m.index), end: start + (c.end ?? m.index + m[0].length), method, kind: c.kind, clock: c.clock,
        needsTense: c.needsTense, priority, resolve: c.resolve, sentence, base: start,
      });
    }
  }
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
    for (const s of regions) scan(text, s.start, s.end, env, found);
    const chosen = mergeClockWithDay(selectCandidates(found, text.length), text,
      (a, _b, merged) => ({ ...merged, sentence: a.sentence, base: a.base }));

    const out: Timex[] = [];
    const published = metadata.published;
    if (published?.span) {
      out.push({ id: 't1', span: published.span, type: published.value.includes('T') ? 'TIME' : 'DATE', value: withoutZeroSeconds(published.value),
        anchor: 'absolute', method: 'timexes/published-timestamp', confidence: published.confidence });
    }
    const r: Resolver = { dct: parsed ?? NO_REFERENCE, ref: null, year: null, month: null, quarter: null, tense: 'none' };
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
      out.push(res.mod ? { id, span: span(text, c.start, c.end), type: res.type, value, mod: res.mod, anchor, method: c.method, confidence }
        : { id, span: span(text, c.start, c.end), type: res.type, value, anchor, method: c.method, confidence });
      if (res.day) r.ref = { day: res.day, id, masked: masked.has(id) };
      if ((res.type === 'DATE' || res.type === 'TIME') && yearAt(value)) {
        r.year = { y: +value.slice(0, 4), id };
        if (monthAt(value)) r.month = { y: +value.slice(0, 4), m: +value.slice(5, 7), id };
      }
      // The first quarter named is the report's; a later one ("after a flat second quarter") is a contrast, not the new
      // anchor, unless the first was history ("the third quarter of 1984") and the new one is recent.
      if (res.quarter && (!r.quarter || replacesHistory(res.quarter, r.quarter, r.dct))) r.quarter = { ...res.quarter, id };
    }
    if (masked.size) {
      ctx.report('timexes/unanchored', `${masked.size} relative time expression(s) could not be resolved: the article has no publication time and no reference time was given; their values are left as X`, out.find((t) => masked.has(t.id))!.span);
    }
    return { timexes: out };
  },
});
