// Where a rule's match can start. Instead of running a rule's global pattern over the whole sentence,
// the stage tries its sticky twin only at the word runs a match can start with (`first`: words, or any
// run starting with a digit), and only when a run holding the word the match cannot do without
// (`cores`: trigger kinds) follows with only words that may come before it in a match (`prefix`) between. Every alternative of these patterns starts with
// \b (or a lookbehind ending in \s) before one of those words, so the matches found are exactly those of
// the global scan: the leftmost match at or after the last one's end.
import { WORDS } from './patterns.ts';
import { runs, wordId, isDigit, isWordChar } from './runs.ts';
import { K, TRIG } from './triggers.ts';

interface Starts {
  /** Words (lower case, whole runs) a match can start with. */
  first: readonly string[];
  /** Whether a match can start with a digit. */
  digits?: boolean;
  /** Trigger kinds of a run the match must hold (0: none needed); `digitCore`: a run holding a digit is one too ("2017", "fiscal2017"). */
  cores?: number;
  digitCore?: boolean;
  /** Other words a match can hold before that run (the first words and, with `digits`, digit runs count too). */
  prefix?: readonly string[];
  /** A match can also start at a quote mark just before a digit run, after a word character ("in'80s"). */
  quote?: boolean;
}

const plural = (words: readonly string[]): string[] => words.flatMap((w) => [w, `${w}s`]);
const tokens = (phrases: readonly string[]): string[] => phrases.flatMap((p) => p.split(/[\s.'’-]+/)).filter(Boolean);
const POSITION = ['the', 'early', 'earlier', 'late', 'later', 'mid', 'middle', 'end', 'start', 'beginning'];
/** Words inside a POSITION prefix after its first ("the end of the"). */
const POSITION_INSIDE = ['of', 'in', 'the'];
const MONTHS = [...Object.keys(WORDS.months), 'sept'];
const WEEKDAYS = Object.keys(WORDS.weekdays);
const WEEKDAY_ABBR = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
const QUANTITY = Object.keys(WORDS.quantityMods);
const NUMBER_WORDS = [...Object.keys(WORDS.numbers), ...WORDS.vagueNumbers, 'half', 'an', 'and', 'a'];
const COUNT_FIRST = [...QUANTITY.map((w) => w.split(' ')[0]), ...NUMBER_WORDS.map((w) => w.split(' ')[0])];
const COUNT_PREFIX = [...tokens(QUANTITY), ...tokens(NUMBER_WORDS), 'to', 'or', 'more', 'additional', 'further', 'extra'];
const DURATION_REL = ['past', 'last', 'next', 'previous', 'coming', 'first', 'final', 'following', 'prior', 'initial', 'remaining', 'latest', 'other'];
const HOLIDAYS = Object.keys(WORDS.holidays);
const QUARTER_WORDS = ['latest', 'current', 'last', 'next', 'previous', 'same', 'this', 'year', 'fiscal', 'calendar', 'comparable', 'corresponding', 'first', 'second', 'third', 'fourth', 'final'];

/** By rule id; rules not here run their global pattern. */
const STARTS: Record<string, Starts> = {
  duration: { first: [...COUNT_FIRST, 'the', ...DURATION_REL], digits: true, cores: K.Unit, prefix: [...COUNT_PREFIX, 'the', ...DURATION_REL] },
  'offset-from-reference': { first: COUNT_FIRST, digits: true, cores: K.Unit, prefix: COUNT_PREFIX },
  'relative-weekday': { first: [...POSITION, 'last', 'next', 'this', 'past', 'coming', 'previous', 'following', 'prior', ...plural(WEEKDAYS)], cores: K.Weekday, prefix: POSITION_INSIDE },
  'bare-month': { first: [...POSITION, 'last', 'next', 'this', 'past', 'coming', ...MONTHS], cores: K.Month, prefix: POSITION_INSIDE },
  'month-year': { first: [...POSITION, ...MONTHS], cores: K.Month, prefix: POSITION_INSIDE },
  'month-relative-year': { first: [...POSITION, ...MONTHS], cores: K.Month, prefix: POSITION_INSIDE },
  'month-day': { first: [...WEEKDAYS, ...WEEKDAY_ABBR, ...MONTHS], cores: K.Month },
  'day-month': { first: [...WEEKDAYS, ...WEEKDAY_ABBR, 'the'], digits: true, cores: K.Month, prefix: ['of'] },
  'relative-unit': { first: [...POSITION, 'this', 'last', 'next', 'past', 'coming', 'previous', 'current'], cores: K.Unit, prefix: POSITION_INSIDE },
  'set-every': { first: ['every', 'each', 'per'] },
  season: { first: [...POSITION, 'this', 'last', 'next', 'past', 'coming', ...plural(Object.keys(WORDS.seasons))], cores: K.Season, prefix: POSITION_INSIDE },
  'reference-word': {
    first: ['right', 'now', 'currently', 'nowadays', 'these', 'at', 'presently', 'recently', 'lately', 'the', 'recent', 'coming', 'years', 'current'],
    cores: K.Ref, prefix: ['distant', 'near', 'foreseeable', 'immediate'],
  },
  'duration-plural': { first: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'] },
  'set-rate': { first: ['a', 'an'], cores: K.Unit },
  'deictic-day': { first: [...POSITION, ...Object.keys(WORDS.partsOfDay), 'today', 'tonight', 'tomorrow', 'yesterday'], cores: K.DayWord, prefix: [...POSITION_INSIDE, 'day', 'before', 'after'] },
  year: { first: [...POSITION, 'fiscal', 'calendar', 'the', 'fy'], digits: true, cores: K.Year4, digitCore: true, prefix: [...POSITION_INSIDE, 'year'] },
  holiday: { first: ['last', 'next', 'this', ...HOLIDAYS.map((h) => tokens([h])[0])], cores: K.Holiday, prefix: tokens(HOLIDAYS) },
  quarter: { first: ['the', ...QUARTER_WORDS], digits: true, cores: K.Quarter, prefix: ['year', 's', 'earlier', 'ago', 'fiscal'] },
  decade: { first: [...POSITION, ...Object.keys(WORDS.decadeWords)], digits: true, quote: true, cores: K.Decade, digitCore: true, prefix: POSITION_INSIDE },
  'report-quarter': { first: ['the'], cores: K.Quarter, prefix: ['latest', 'current', 'same', 'year', 'earlier', 'ago', 'comparable', 'corresponding', 'previous', 'prior', 'recent'] },
};

/** By word id: one bit per rule with starts (its index in SPECS) that can start with the word, and that can come before its core. */
const FIRST = new Int32Array(4096), PREFIX = new Int32Array(4096);
interface Spec { bit: number; digits: boolean; quote: boolean; cores: number; digitCore: boolean; sticky: RegExp }
const SPECS = new Map<string, Spec>();

/** The start spec of a rule (its sticky twin built from its pattern), or null when it runs its global pattern. */
export function startsOf(id: string, re: RegExp): Spec | null {
  const s = STARTS[id];
  if (!s) return null;
  let spec = SPECS.get(id);
  if (!spec) {
    const bit = 1 << SPECS.size;
    for (const w of s.first) { FIRST[wordId(w)] |= bit; PREFIX[wordId(w)] |= bit; }
    for (const w of s.prefix ?? []) PREFIX[wordId(w)] |= bit;
    spec = { bit, digits: s.digits ?? false, quote: s.quote ?? false, cores: s.cores ?? 0, digitCore: s.digitCore ?? false, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y') };
    SPECS.set(id, spec);
  }
  return spec;
}

/** The run the next search of the current rule starts from; the next run holding one of its cores and the first run of the words before it that may belong to the match. */
let cursor = 0, core = -1, reach = 0;

/** Starts the search of a rule over the current sentence's runs. */
export function beginRule(): void { cursor = 0; core = -1; reach = 0; }

/** Whether run r starts with a digit; whether it holds a digit (or an underscore) at all. */
const digitRun = (subject: string, r: number): boolean => isDigit(subject.charCodeAt(runs.start[r]));
const quoteAfterWord = (s: string, q: number): boolean => {
  const c = s.charCodeAt(q);
  return (c === 39 || c === 0x2019) && q >= 1 && isWordChar(s.charCodeAt(q - 1));
};
const holdsDigit = (r: number): boolean => runs.letters[r] < runs.end[r];

/** The first match of the rule in `subject` starting at or after `from`, or null. */
export function nextMatch(spec: Spec, subject: string, from: number): RegExpExecArray | null {
  const { n, start, head } = runs, { bit, cores, digits, sticky } = spec, length = subject.length;
  while (cursor < n && start[cursor] < from) cursor++;
  for (; cursor < n; cursor++) {
    if (start[cursor] >= length) return null;
    if (cores) {
      if (core < cursor) {
        // The next core, and how far back from it the words may belong to a match (every run between a match's
        // first run and its core is a first or prefix word, or a digit run where digits may start it).
        core = cursor;
        while (core < n && !(TRIG[head[core]] & cores) && !(spec.digitCore && holdsDigit(core))) core++;
        if (core >= n) return null;
        reach = core;
        while (reach > cursor && ((PREFIX[head[reach - 1]] & bit) || (digits && digitRun(subject, reach - 1)))) reach--;
      }
      if (cursor < reach) cursor = reach;
    }
    if (FIRST[head[cursor]] & bit) {
      sticky.lastIndex = start[cursor];
      const m = sticky.exec(subject);
      if (m) return m;
    } else if (digits && digitRun(subject, cursor)) {
      const a = start[cursor];
      if (spec.quote && a - 1 >= from && quoteAfterWord(subject, a - 1)) {
        sticky.lastIndex = a - 1;
        const m = sticky.exec(subject);
        if (m) return m;
      }
      sticky.lastIndex = a;
      const m = sticky.exec(subject);
      if (m) return m;
    }
  }
  return null;
}
