// Where a rule's match can start. Instead of running a rule's global pattern over the whole sentence,
// the stage tries its sticky twin only at the word runs a match can start with (`first`: words, or any
// run starting with a digit), and only when a run holding the word the match cannot do without
// (`cores`: trigger kinds) follows within `lead` runs. Every alternative of these patterns starts with
// \b (or a lookbehind ending in \s) before one of those words, so the matches found are exactly those of
// the global scan: the leftmost match at or after the last one's end.
import { WORDS } from './patterns.ts';
import { runs, wordId, isDigit } from './runs.ts';
import { K, TRIG } from './triggers.ts';

interface Starts {
  /** Words (lower case, whole runs) a match can start with. */
  first: readonly string[];
  /** Whether a match can start with a digit. */
  digits?: boolean;
  /** Trigger kinds of the run a match must hold (0: none needed), at most `lead` runs after its first. */
  cores?: number;
  lead?: number;
}

const plural = (words: readonly string[]): string[] => words.flatMap((w) => [w, `${w}s`]);
const POSITION = ['the', 'early', 'earlier', 'late', 'later', 'mid', 'middle', 'end', 'start', 'beginning'];
const MONTHS = [...Object.keys(WORDS.months), 'sept'];
const WEEKDAYS = Object.keys(WORDS.weekdays);
const WEEKDAY_ABBR = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
const QUANTITY_FIRST = Object.keys(WORDS.quantityMods).map((w) => w.split(' ')[0]);
const NUMBER_FIRST = [...Object.keys(WORDS.numbers), ...WORDS.vagueNumbers.map((w) => w.split(' ')[0]), 'half'];

/** By rule id; rules not here run their global pattern. */
const STARTS: Record<string, Starts> = {
  duration: {
    first: [...QUANTITY_FIRST, 'the', 'past', 'last', 'next', 'previous', 'coming', 'first', 'final', 'following', 'prior', 'initial', 'remaining', 'latest', 'other', ...NUMBER_FIRST],
    digits: true, cores: K.Unit, lead: Infinity,
  },
  'offset-from-reference': { first: [...QUANTITY_FIRST, ...NUMBER_FIRST], digits: true, cores: K.Unit, lead: Infinity },
  'relative-weekday': { first: [...POSITION, 'last', 'next', 'this', 'past', 'coming', 'previous', 'following', 'prior', ...plural(WEEKDAYS)], cores: K.Weekday, lead: 8 },
  'bare-month': { first: [...POSITION, 'last', 'next', 'this', 'past', 'coming', ...MONTHS], cores: K.Month, lead: 8 },
  'month-relative-year': { first: [...POSITION, ...MONTHS], cores: K.Month, lead: 8 },
  'month-day': { first: [...WEEKDAYS, ...WEEKDAY_ABBR, ...MONTHS], cores: K.Month, lead: 3 },
  'day-month': { first: [...WEEKDAYS, ...WEEKDAY_ABBR, 'the'], digits: true, cores: K.Month, lead: 6 },
  'relative-unit': { first: [...POSITION, 'this', 'last', 'next', 'past', 'coming', 'previous', 'current'], cores: K.Unit, lead: 8 },
  'set-every': { first: ['every', 'each', 'per'] },
  season: { first: [...POSITION, 'this', 'last', 'next', 'past', 'coming', ...plural(Object.keys(WORDS.seasons))], cores: K.Season, lead: 8 },
  'reference-word': {
    first: ['right', 'now', 'currently', 'nowadays', 'these', 'at', 'presently', 'recently', 'lately', 'the', 'recent', 'coming', 'years', 'current'],
    cores: K.Ref, lead: 3,
  },
  'duration-plural': { first: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'] },
  'set-rate': { first: ['a', 'an'], cores: K.Unit, lead: 1 },
  'deictic-day': { first: [...POSITION, ...Object.keys(WORDS.partsOfDay), 'the', 'today', 'tonight', 'tomorrow', 'yesterday'], cores: K.DayWord, lead: 10 },
};

/** By word id: one bit per rule with starts (its index in SPECS) that can start with the word. */
const FIRST = new Int32Array(4096);
interface Spec { bit: number; digits: boolean; cores: number; lead: number; sticky: RegExp }
const SPECS = new Map<string, Spec>();

/** The start spec of a rule (its sticky twin built from its pattern), or null when it runs its global pattern. */
export function startsOf(id: string, re: RegExp): Spec | null {
  const s = STARTS[id];
  if (!s) return null;
  let spec = SPECS.get(id);
  if (!spec) {
    const bit = 1 << SPECS.size;
    for (const w of s.first) FIRST[wordId(w)] |= bit;
    spec = { bit, digits: s.digits ?? false, cores: s.cores ?? 0, lead: s.lead ?? Infinity, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y') };
    SPECS.set(id, spec);
  }
  return spec;
}

/** The run the next search of the current rule starts from, and the next run holding one of its cores. */
let cursor = 0, core = -1;

/** Starts the search of a rule over the current sentence's runs. */
export function beginRule(): void { cursor = 0; core = -1; }

/** The first match of the rule in `subject` starting at or after `from`, or null. */
export function nextMatch(spec: Spec, subject: string, from: number): RegExpExecArray | null {
  const { n, start, head } = runs, { bit, cores, lead, sticky } = spec, length = subject.length;
  while (cursor < n && start[cursor] < from) cursor++;
  for (; cursor < n; cursor++) {
    const a = start[cursor];
    if (a >= length) return null;
    if (!(FIRST[head[cursor]] & bit) && !(spec.digits && isDigit(subject.charCodeAt(a)))) continue;
    if (cores) {
      if (core < cursor) {
        core = cursor;
        while (core < n && !(TRIG[head[core]] & cores)) core++;
        if (core >= n) return null;
      }
      if (core - cursor > lead) continue;
    }
    sticky.lastIndex = a;
    const m = sticky.exec(subject);
    if (m) return m;
  }
  return null;
}
