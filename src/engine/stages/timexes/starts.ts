// Where a rule's match can start. Instead of running a rule's global pattern over the whole sentence,
// the stage tries its sticky twin only at the word runs a match can start with (`first`: words, or any
// run starting with a digit), found by reading back from each trigger word the match cannot do without
// (`cores`: trigger kinds) over the words that may come before it in a match (`prefix`). Every
// alternative of these patterns starts with \b (or a lookbehind ending in \s) before one of those words,
// so the matches found are exactly those of the global scan: the leftmost at or after the last one's end.
import { WORDS } from './patterns.ts';
import { wordId, idOf, isDigit, isLetter, isSpace, isWordChar } from './vocabulary.ts';
import { K, hits, DIGITS } from './triggers.ts';

interface Starts {
  /** Words (lower case, whole runs) a match can start with. */
  first: readonly string[];
  /** Whether a match can start with a digit. */
  digits?: boolean;
  /** Trigger kinds of a run the match must hold; `digitCore`: a run holding a digit is one too ("2017", "fiscal2017"). */
  cores: number;
  digitCore?: boolean;
  /** Other words a match can hold before that run (the first words and, with `digits`, digit runs count too). */
  prefix?: readonly string[];
  /** Whether a match may start elsewhere in a subject: the rule scans such a subject with its global pattern. */
  unless?: (subject: string) => boolean;
  /** A cheap test a match starting at a must pass (a superset of the pattern's own demands there), or none. */
  startsAt?: (subject: string, a: number) => boolean;
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
/** Words between a count and its unit ("20 more years", "five business days"): the duration rule's list. */
const BETWEEN_COUNT_AND_UNIT = ['more', 'additional', 'further', 'extra', 'trading', 'business', 'working', 'consecutive', 'straight', 'full'];
const COUNT_PREFIX = [...tokens(QUANTITY), ...tokens(NUMBER_WORDS), 'to', 'or', ...BETWEEN_COUNT_AND_UNIT];
const DURATION_REL = ['past', 'last', 'next', 'previous', 'coming', 'first', 'final', 'following', 'prior', 'initial', 'remaining', 'latest', 'other'];
const HOLIDAYS = Object.keys(WORDS.holidays);
const QUARTER_WORDS = ['latest', 'current', 'last', 'next', 'previous', 'same', 'this', 'year', 'fiscal', 'calendar', 'comparable', 'corresponding', 'first', 'second', 'third', 'fourth', 'final'];

/** Whether s holds ' or ’ after a word character and before a digit. */
function apostropheDigitAfterWord(s: string): boolean {
  for (const q of ["'", '’']) {
    for (let i = s.indexOf(q, 1); i >= 0; i = s.indexOf(q, i + 1)) if (isWordChar(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** "3/", "12.4": one or two digits at a, then / or . and a digit (how a numeric date starts). */
function slashAfterDigits(s: string, a: number): boolean {
  let i = a + 1;
  if (isDigit(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  return (c === 47 || c === 46) && isDigit(s.charCodeAt(i + 1));
}
/** "and ", "or ", "& " just before a (spaces after it, as the conjoined day's lookbehind ends). */
function afterConjunction(s: string, a: number): boolean {
  let i = a - 1;
  if (i < 0 || !isSpace(s.charCodeAt(i))) return false;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  const c = s.charCodeAt(i);
  return (c | 32) === 100 || (c | 32) === 114 || c === 38;
}

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
  season: { first: [...POSITION, 'this', 'last', 'next', 'past', 'coming', ...plural(Object.keys(WORDS.seasons))], cores: K.Season, prefix: POSITION_INSIDE },
  'reference-word': {
    first: ['right', 'now', 'currently', 'nowadays', 'these', 'at', 'presently', 'recently', 'lately', 'the', 'recent', 'coming', 'years', 'current'],
    cores: K.Ref, prefix: ['distant', 'near', 'foreseeable', 'immediate'],
  },
  'deictic-day': { first: [...POSITION, ...Object.keys(WORDS.partsOfDay), 'today', 'tonight', 'tomorrow', 'yesterday'], cores: K.DayWord, prefix: [...POSITION_INSIDE, 'day', 'before', 'after'] },
  year: { first: [...POSITION, 'fiscal', 'calendar', 'the', 'fy'], digits: true, cores: K.Year4, digitCore: true, prefix: [...POSITION_INSIDE, 'year'] },
  holiday: { first: ['last', 'next', 'this', ...HOLIDAYS.map((h) => tokens([h])[0])], cores: K.Holiday, prefix: tokens(HOLIDAYS) },
  quarter: { first: ['the', ...QUARTER_WORDS], digits: true, cores: K.Quarter, prefix: ['year', 's', 'earlier', 'ago', 'fiscal'] },
  'vague-stretch': { first: ['the'], cores: K.Unit, prefix: ['first', 'early', 'final', 'last', 'closing', 'opening', 'initial', 'ensuing', 'intervening', 'remaining'] },
  // Its lookbehind ends in \s before the unit: a match starts at the unit word's run.
  'duration-plural': { first: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'], cores: K.Unit },
  'set-every': { first: ['every', 'each', 'per'], cores: K.Every },
  'set-rate': { first: ['a', 'an'], cores: K.Unit },
  'clock-part-of-day': { first: ['about', 'around', 'approximately', 'roughly'], digits: true, cores: K.PartOfDay, prefix: ['in', 'the', 'at'] },
  'anchored-phrase': { first: ['earlier', 'later', 'early', 'late', 'that', 'the'], cores: K.Unit | K.PartOfDay, prefix: ['same', 'next', 'following', 'previous', 'prior', 'preceding'] },
  'report-year': { first: ['the'], cores: K.Unit, prefix: ['full', 'current', 'latest', 'past', 'previous', 'fiscal', 'financial', 'calendar'] },
  'deictic-part-of-day': { first: ['this', 'last', 'early', 'late', 'earlier', 'later'], cores: K.PartOfDay },
  'year-end': { first: ['the', 'year'], cores: K.End },
  'spoken-year': { first: ['nineteen', 'eighteen', 'twenty', 'the', ...MONTHS, ...Object.keys(WORDS.seasons)], cores: K.Spoken, prefix: ['year', 'two', 'of'] },
  'clock-time': { first: ['about', 'around', 'approximately', 'roughly', 'noon', 'midnight', 'midday'], digits: true, cores: K.Clock, digitCore: true },
  'long-adjective': { first: plural(['hour', 'day', 'week', 'month', 'year', 'decade', 'century']).concat('centuries'), cores: K.Unit },
  'vague-length': { first: ['a', 'an', 'some'], cores: K.VagueLength, prefix: ['little', 'short', 'long', 'fairly', 'very', 'rather', 'lengthy', 'brief', 'extended', 'prolonged'] },
  'part-of-named-day': { first: ['the', 'early', 'late', 'mid', 'morning', 'afternoon', 'evening'], cores: K.PartOfDay, prefix: ['early', 'late', 'mid'] },
  overnight: { first: ['overnight'], cores: K.VagueLength },
  // "'80s" after a word character ("x'80s") starts at its apostrophe (after \b): such sentences scan the whole text.
  decade: { first: [...POSITION, ...Object.keys(WORDS.decadeWords)], digits: true, cores: K.Decade, digitCore: true, prefix: POSITION_INSIDE, unless: apostropheDigitAfterWord },
  // Matches starting at a digit run (after \b, or after a lookbehind ending in \s): every digit run is tried.
  'iso-date': { first: [], digits: true, cores: 0, digitCore: true },
  'numeric-date': { first: [], digits: true, cores: 0, digitCore: true, startsAt: slashAfterDigits },
  'conjoined-day': { first: [], digits: true, cores: 0, digitCore: true, startsAt: afterConjunction },
  'report-quarter': { first: ['the'], cores: K.Quarter, prefix: ['latest', 'current', 'same', 'year', 'earlier', 'ago', 'comparable', 'corresponding', 'previous', 'prior', 'recent'] },
};

/** By word id: one bit per rule with starts (its index in SPECS) that can start with the word, and that can come before its core. */
const FIRST = new Int32Array(4096), PREFIX = new Int32Array(4096);
interface Spec {
  bit: number; digits: boolean; cores: number; digitCore: boolean; sticky: RegExp;
  unless: ((subject: string) => boolean) | null; startsAt: ((subject: string, a: number) => boolean) | null;
}
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
    spec = { bit, digits: s.digits ?? false, cores: s.cores, digitCore: s.digitCore ?? false, unless: s.unless ?? null, startsAt: s.startsAt ?? null, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y') };
    SPECS.set(id, spec);
  }
  return spec;
}

/** The next trigger word to look at for the current rule, and the last position its sticky pattern was tried at. */
let next = 0, tried = -1;

/** Starts the search of a rule over the current sentence's trigger words (`hits`). */
export function beginRule(): void { next = 0; tried = -1; }
/** Starts a sentence of the given length: what the read-backs learnt of the last one is forgotten. */
export function beginSentence(length: number): void { newSentence(length); }

/** The vocabulary id of the leading letters of the run starting at p. */
function headAt(s: string, p: number): number {
  let l = p;
  while (l < s.length && isLetter(s.charCodeAt(l))) l++;
  return l > p ? idOf(s, p, l) : 0;
}

// What the read-backs learn about a run start p of the current sentence, kept until the next sentence (rules read
// back over the same runs before the same trigger words): valid while stamp[p] is the sentence's number.
let stamp = new Int32Array(1024), headOf = new Int32Array(1024), prevOf = new Int32Array(1024), sentenceNo = 0;
/** Forgets the runs learnt so far (a new sentence). */
function newSentence(length: number): void {
  if (++sentenceNo === 0x7fffffff) { sentenceNo = 1; stamp.fill(0); }
  if (length >= stamp.length) {
    const size = Math.max(length + 1, stamp.length * 2);
    stamp = new Int32Array(size); headOf = new Int32Array(size); prevOf = new Int32Array(size);
  }
}
/** Learns the head id of the run starting at p, and the start of the run before it (-1: none). */
function learn(s: string, p: number): void {
  headOf[p] = headAt(s, p);
  let i = p - 1;
  while (i >= 0 && !isWordChar(s.charCodeAt(i))) i--;
  let q = i;
  if (i >= 0) while (q > 0 && isWordChar(s.charCodeAt(q - 1))) q--;
  prevOf[p] = q;
  stamp[p] = sentenceNo;
}

/** Run starts of the window being tried, last first, and the vocabulary ids of their heads. */
let window = new Int32Array(64), windowHead = new Int32Array(64);

/** The sticky match at run start a, whose head has id `head`, when a match can start with that run; else null. */
function tryAt(spec: Spec, subject: string, a: number, head: number): RegExpExecArray | null {
  if (!(FIRST[head] & spec.bit) && !(spec.digits && isDigit(subject.charCodeAt(a)))) return null;
  if (spec.startsAt !== null && !spec.startsAt(subject, a)) return null;
  spec.sticky.lastIndex = a;
  return spec.sticky.exec(subject);
}

/**
 * The first match of the rule in `subject` starting at or after `from`, or null. For each trigger word that is one
 * of the rule's cores (in order), the words before it are read back while they may belong to a match (first or
 * prefix words, digit runs where digits may start one), and the sticky pattern is tried at each run there a
 * match can start with, left to right.
 */
export function nextMatch(spec: Spec, subject: string, from: number): RegExpExecArray | null {
  const { n, run, bits } = hits, { bit, cores, digits } = spec, length = subject.length;
  for (; next < n; next++) {
    const core = run[next];
    if (core >= length) return null;
    if (core < from) continue;
    const b = bits[next];
    if (!(b & cores) && !(spec.digitCore && (b & DIGITS))) continue;
    // Read back from the core over the runs that may precede it in a match, down to `limit`.
    const limit = Math.max(from, tried + 1);
    if (core < limit) continue;
    let count = 1, p = core;
    if (stamp[p] !== sentenceNo) learn(subject, p);
    window[0] = p; windowHead[0] = headOf[p];
    for (;;) {
      const q = prevOf[p];
      if (q < limit) break;
      if (stamp[q] !== sentenceNo) learn(subject, q);
      const head = headOf[q];
      if (!(PREFIX[head] & bit) && !(digits && isDigit(subject.charCodeAt(q)))) break;
      if (count === window.length) {
        const w = new Int32Array(count * 2), h = new Int32Array(count * 2);
        w.set(window); h.set(windowHead); window = w; windowHead = h;
      }
      window[count] = q; windowHead[count] = head; count++;
      p = q;
    }
    for (let k = count - 1; k >= 0; k--) {
      const a = window[k];
      tried = a;
      const m = tryAt(spec, subject, a, windowHead[k]);
      if (m) return m;
    }
  }
  return null;
}
