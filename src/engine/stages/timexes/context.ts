// What rules produce and what they resolve against. Rules find candidates (spans) in one pass
// per sentence; resolution runs afterwards in document order so that "the next day" can lean on
// the last date the article named.
import type { Timex } from '../../../model/index.ts';
import type { Day } from './values.ts';
import { eachCue, lastCueBefore, firstCueFrom } from './cue-words.ts';
import { wordId, idOf } from './vocabulary.ts';

export type Tense = 'past' | 'future' | 'none';

/** The document creation time: the article's published time or the caller's reference time. */
export interface Reference extends Day { h?: number; mi?: number; offset?: string }

/** State carried through the article while resolving, in order. */
export interface Resolver {
  dct: Reference;
  /** The last day the article named (explicitly or resolved), with the timex id it came from. */
  ref: { day: Day; id: string; masked: boolean } | null;
  /** The year of the last date the article named at any granularity ("June 1998", "1998"), for "that year". */
  year: { y: number; id: string } | null;
  /** The month of the last date the article named at month or day granularity, for "the following month". */
  month: { y: number; m: number; id: string } | null;
  /** The last fiscal/calendar quarter named, for "a year earlier" in earnings reports. */
  quarter: { y: number; q: number; id: string } | null;
  /** Tense of the clause around the candidate being resolved. */
  tense: Tense;
}

/** A resolved value; `anchor: 'ref'` means resolved against `Resolver.ref` (or the DCT without one). */
export interface Resolved {
  type: Timex['type'];
  value: string;
  mod?: Timex['mod'];
  anchor: 'document' | 'absolute' | 'ref';
  confidence: number;
  /** Set when the value is one day: later chains ("the next day") anchor on it. */
  day?: Day;
  /** Overrides the anchor id (e.g. the quarter a "year-earlier" figure compares with). */
  anchorId?: string;
  /** Set when the value is one quarter. */
  quarter?: { y: number; q: number };
}

/** A span found by a rule (offsets into the sentence while matching, into the text afterwards). */
export interface Candidate {
  start: number;
  end: number;
  method: string;
  /** "day" candidates resolve to one date and may merge with an adjacent clock time. */
  kind?: 'day' | 'clock';
  clock?: { h: number; mi: number; zone?: string };
  /** Needs the tense of its clause (bare weekdays and months). */
  needsTense?: boolean;
  /** Rule order: on equal spans the earlier rule wins. */
  priority?: number;
  resolve(r: Resolver): Resolved | null;
}

/** Options a rule may need while matching. */
export interface RuleEnv { dayFirst: boolean }

/** A rule: one precompiled global regex and a function from a match to a candidate (or null to reject). */
export interface Rule {
  id: string;
  re: RegExp;
  make(m: RegExpExecArray, sentence: string, env: RuleEnv): Omit<Candidate, 'start' | 'end' | 'method'> & { start?: number; end?: number } | null;
}

// Tense of the clause around an expression, from cue words in a bounded window (linear, no
// tagger). The time word usually modifies the verb before it ("the king met Monday", "will meet
// on Thursday"); fronted ("On Friday, the government planned ...", "In January, it bought ...")
// it modifies the verb after it. Reporting verbs after the expression ("..., officials said") tell
// when it was said, not when it happens; a past perfect ("had been due to expire Friday") puts a
// plan in the past.
/** The tense cues, as found by eachCue (cue-words.ts). */
export const CUE = /\b(?:will|won't|wo|'ll|shall|would|(?:going|forecast|projected|poised|likely)\s+to|(?:is|are|am)\s+to|plans?\s+to|planned|planning|scheduled|expects?|expected|set\s+to|due|slated|supposed|upcoming|intends?|hopes?|payable|effective|said|says|was|were|had|did|told|met|took|came|went|made|began|saw|gave|held|left|won|lost|fell|rose|paid|sold|bought|brought|spent|sent|got|found|led|ran|struck|became|kept|knew|wrote|spoke|broke|chose|drew|flew|grew|threw|stood|fought|caught|sought|built|heard|felt|shot|ago|last|[a-z]{3,}ed)\b/g;
const FUTURE = new Set(['will', "won't", 'wo', "'ll", 'shall', 'would', 'upcoming', 'payable', 'effective']);
/** "due to the storm" is a cause, not a plan. */
const DUE_TO_CAUSE = /^\s+to\s+(?:the|a|an|its|their|his|her|our|poor|bad|high|low|lower|higher|weak|strong)\b/;
/** Plans and expectations: future in the clause's own verb group, past when they are the fronted clause's main verb or follow "had". */
const PLAN = /^(?:going|is|are|am|plans?|planned|planning|scheduled|expects?|expected|set|due|slated|supposed|intends?|hopes?|forecast|projected|poised|likely)\b/;
const REPORTING = new Set(['said', 'says', 'told', 'added', 'reported', 'announced', 'stated', 'noted']);
/** Words that end in -ed but are no past tense. */
const NOT_PAST = /^(?:hundred|indeed|need|speed|proceed|succeed|exceed|breed|feed|seed|bleed|embed|shed|bed|naked|wicked|sacred|red|wed)$/;
/** A present or infinitive "be" just before a participle: "will be held", "is heard" (the participle carries no tense). */
const BE_BEFORE = /\b(?:be|is|are|am|being)\s+$/;
/** "will be", "shall be", "to be" just before a participle: a passive still to come ("could be" and "must be" are not). */
const FUTURE_BE_BEFORE = /(?:\b(?:will|shall|to)|['’]ll)\s+be\s+$/;
/** A determiner (and an adverb) just before an -ed word: an adjective ("a still unspecified date", "the revised plan"). */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:(?:still|yet|[a-z]+ly)\s+)?$/;
/** Prepositions before the expression that look ahead ("until Friday", "by May", "payable Jan. 2"). */
const AHEAD_BEFORE = /\b(?:until|till|through|by|starting|beginning|effective|payable|as\s+(?:early|soon)\s+as|no\s+later\s+than)\s+(?:on\s+|the\s+)?$/;
/** Only prepositions and adverbs before the expression in its clause: it is fronted. */
const FRONTED = /(?:^|[;:"“”‘]\s*|\b(?:and|but)\s+)(?:(?:on|in|at|by|also|late|early|earlier|later|since|until|then|as\s+of|during|from|after|before|and|but|so|last|this|next|just|only|until)\s+)*$/;
const WINDOW = 70;
/** A fronted expression's verb may follow a long subject or an aside: it is looked for further on. */
const FRONTED_WINDOW = 140;

interface Cue { tense: Tense; at: number; word: string }

let cueOut: Cue[] = [], cueLower = '', cueOriginal = '';
/** The cue lower[at, to) unless it is no tense cue ("Mohammed", "hundred", "due to the storm"); the last one kept is `kept`. */
let kept: Cue | null = null;
function keepCue(at: number, to: number): boolean {
  const w = cueLower.slice(at, to);
  if (w.endsWith('ed') && !PLAN.test(w) && (NOT_PAST.test(w) || cueOriginal.charCodeAt(at) < 97)) return false;
  if (w === 'due' && DUE_TO_CAUSE.test(cueLower.slice(at + 3, at + 20))) return false;
  const tense: Tense = FUTURE.has(w) || PLAN.test(w) ? 'future' : 'past';
  // A passive participle after "be"/"is" ("will be paid in January", "the case is heard in May") is no past
  // tense: the auxiliary before it ("will", or none for the present) decides. After "will be" or "to be" ("will be
  // named", "is to be launched") the event is still to come, even when "will" itself is out of the window.
  if (tense === 'past' && w !== 'last' && w !== 'ago' && BE_BEFORE.test(cueLower.slice(Math.max(0, at - 7), at))) {
    if (!FUTURE_BE_BEFORE.test(cueLower.slice(Math.max(0, at - 12), at))) return false;
    kept = { tense: 'future', at, word: w };
    return true;
  }
  if (tense === 'past' && w.endsWith('ed') && DETERMINER_BEFORE.test(cueLower.slice(Math.max(0, at - 24), at))) return false;
  kept = { tense, at, word: w };
  return true;
}
const keepNotReporting = (at: number, to: number): boolean => keepCue(at, to) && !REPORTING.has(kept!.word);
function addCue(at: number, to: number): void {
  if (keepCue(at, to)) cueOut.push(kept!);
}

/** The cue words (CUE's matches) of lower[lo, hi). */
function cues(lower: string, lo: number, hi: number, original: string): Cue[] {
  cueOut = []; cueLower = lower; cueOriginal = original;
  eachCue(lower, lo, hi, addCue);
  return cueOut;
}

/** The last sentence lowered: a sentence's candidates are resolved one after another, so one copy serves them all. */
let lastSentence = '', lastLower = '';
function lowered(sentence: string): string {
  if (sentence !== lastSentence) { lastSentence = sentence; lastLower = sentence.toLowerCase(); }
  return lastLower;
}

/** Whether a code unit is one of \w; one of \s. */
const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isSpace = (c: number): boolean => (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** "'s" or "’s" at `to`, then a word boundary (what /^['’]s\b/ finds in the three characters there). */
function possessiveAt(s: string, to: number): boolean {
  const q = s.charCodeAt(to);
  if ((q !== 39 && q !== 0x2019) || s.charCodeAt(to + 1) !== 115) return false;
  return to + 2 >= s.length || !isWord(s.charCodeAt(to + 2));
}

/**
 * The last word of s (its run of \w before the trailing \s, '' when none) when s ends with \s, else null: the
 * patterns that end "word\s+$" can only match when that word is one they end with, so they run only then.
 */
function lastWordBeforeSpace(s: string): string | null {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  if (i === s.length) return null;
  let j = i;
  while (j > 0 && isWord(s.charCodeAt(j - 1))) j--;
  return s.slice(j, i);
}
/** Last words AHEAD_BEFORE can end with: its prepositions' last words, "on", "the". */
const AHEAD_LAST = new Set(['until', 'till', 'through', 'by', 'starting', 'beginning', 'effective', 'payable', 'as', 'than', 'on', 'the']);
const aheadBefore = (before: string): boolean => { const w = lastWordBeforeSpace(before); return w !== null && AHEAD_LAST.has(w) && AHEAD_BEFORE.test(before); };
/** Words FRONTED's repeated group ends with, and the characters its opening alternative ends with. */
const FRONTED_LAST = new Set(['on', 'in', 'at', 'by', 'also', 'late', 'early', 'earlier', 'later', 'since', 'until', 'then', 'of', 'during', 'from', 'after', 'before', 'and', 'but', 'so', 'last', 'this', 'next', 'just', 'only']);
const FRONTED_MARKS = ';:"“”‘';
function fronted(s: string): boolean {
  if (s.length === 0) return FRONTED.test(s);
  const w = lastWordBeforeSpace(s);
  if (w === null || w === '') {
    // Ends with a mark (then spaces or not): only the opening alternative can match there.
    let i = s.length;
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    return i > 0 && FRONTED_MARKS.includes(s[i - 1]) && FRONTED.test(s);
  }
  return FRONTED_LAST.has(w) && FRONTED.test(s);
}

/**
 * A present-tense verb of a scheduled event just before the expression ("the leaders meet Monday", "the talks resume
 * on Tuesday", "the law takes effect in May"): the present of a timetable, so the event is ahead. Not after "did",
 * "to", a form of "be" or a determiner ("did not meet Monday", "agreed to meet Monday", "his return Monday"). A
 * plural form that is also a noun ("a strong start Monday", "the final vote") needs a subject just before it: a
 * plural noun, a pronoun or a name ("lawmakers vote Tuesday", "they meet Monday", "Smith and Jones meet Monday").
 * A present copula right before it looks ahead too ("the deadline is Friday", "the election is in May").
 */
const SCHEDULED = new Set(['meets', 'begin', 'begins', 'starts', 'resume', 'resumes', 'convene', 'convenes', 'reconvene', 'reconvenes',
  'expire', 'expires', 'arrive', 'arrives', 'depart', 'departs', 'returns', 'travels', 'leaves', 'opens', 'closes', 'testify',
  'testifies', 'votes', 'effect']);
const NOUN_TOO = new Set(['meet', 'start', 'return', 'travel', 'vote', 'open', 'close', 'end', 'ends']);
/** The word before the expression, past an adverb, a place ("arrives in Paris on Sunday") and "on"/"in". */
const VERB_JUST_BEFORE = /\b([A-Za-z]+)\s+(?:[a-z]+ly\s+)?(?:(?:in|at)\s+(?:[A-Z][\w.'’-]*,?\s+){1,3})?(?:on\s+|in\s+)?$/;
const NOT_SCHEDULE_BEFORE = /(?:\b(?:did|could|to|had|was|were|is|are|be|been|not|the|a|an|his|her|its|their|our|this|that)|n['’]t)\s+$/;
const SUBJECT_BEFORE = /(?:\b(?:[Tt]hey|[Ww]e|[Yy]ou|I)|[a-z]s|\b[A-Z][a-z]+)\s+$/;
const TAKE_BEFORE = /\btakes?\s+$/;
/** "The deadline is Friday", "the vote is on Tuesday", "the election is in May": a present copula names what is ahead. */
const COPULA = new Set(['is', 'are']);
/** By vocabulary id: the words VERB_JUST_BEFORE's word must be for scheduledBefore to look further. */
const SCHEDULE_WORD = new Uint8Array(4096);
const SCHEDULE_WORDS = [...SCHEDULED, ...NOUN_TOO, ...COPULA];
for (const w of SCHEDULE_WORDS) SCHEDULE_WORD[wordId(w)] = 1;
const SCHEDULE_MIN = Math.min(...SCHEDULE_WORDS.map((w) => w.length)), SCHEDULE_MAX = Math.max(...SCHEDULE_WORDS.map((w) => w.length));
/** Whether a maximal run of ASCII letters of s[lo, hi) (its ends count as the string's) followed by \s is one of SCHEDULE_WORD. */
function anyScheduleWord(s: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi;) {
    if (!isAsciiLetter(s.charCodeAt(i))) { i++; continue; }
    const a = i;
    while (i < hi && isAsciiLetter(s.charCodeAt(i))) i++;
    if (i - a >= SCHEDULE_MIN && i - a <= SCHEDULE_MAX && i < hi && isSpace(s.charCodeAt(i)) && SCHEDULE_WORD[idOf(s, a, i)]) return true;
  }
  return false;
}
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
function scheduledBefore(sentence: string, lower: string, from: number): boolean {
  // VERB_JUST_BEFORE's word is a whole run of letters of the window (after \b, before \s): without one of the
  // words looked for there, the pattern's answer cannot matter.
  if (!anyScheduleWord(sentence, Math.max(0, from - 48), from)) return false;
  const before = sentence.slice(Math.max(0, from - 48), from);
  const m = VERB_JUST_BEFORE.exec(before);
  if (!m) return false;
  const w = m[1].toLowerCase();
  if (COPULA.has(w)) return m[0].length - m[1].length <= 5;  // "is Friday", "is on Friday", "is in May": nothing else between
  if (!(SCHEDULED.has(w) || NOUN_TOO.has(w))) return false;
  const at = from - before.length + m.index, ahead = lower.slice(Math.max(0, at - 16), at);
  if (w === 'effect') return TAKE_BEFORE.test(ahead);
  if (NOT_SCHEDULE_BEFORE.test(ahead)) return false;
  return !NOUN_TOO.has(w) || SUBJECT_BEFORE.test(sentence.slice(Math.max(0, at - 16), at));
}

/** s without a comma and the spaces after it at its end (what s.replace(/,\s*$/, '') gives). */
function withoutTrailingComma(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  return e > 0 && s.charCodeAt(e - 1) === 44 ? s.slice(0, e - 1) : s;
}

/** The tense around [from, to) of a sentence. */
export function tenseAround(sentence: string, from: number, to: number): Tense {
  // A weekday in the possessive names a past event ("Wednesday's ruling").
  if (possessiveAt(sentence, to)) return 'past';
  const lo = Math.max(0, from - WINDOW), hi = Math.min(sentence.length, to + WINDOW);
  const lower = lowered(sentence);
  if (scheduledBefore(sentence, lower, from)) return 'future';
  const before = lower.slice(lo, from);
  const pastPerfect = (c: Cue) => /\bhad\s+(?:been\s+)?$/.test(lower.slice(Math.max(0, c.at - 12), c.at));
  const ahead = aheadBefore(before);
  if (ahead) return cues(lower, lo, hi, sentence).some((c) => c.word === 'had') ? 'past' : 'future';
  cueLower = lower; cueOriginal = sentence;
  // The last cue before the expression, the first after it (or the first after it that is no reporting verb).
  const prior = () => (lastCueBefore(lower, lo, hi, from, keepCue) >= 0 ? kept : null);
  if (fronted(withoutTrailingComma(before))) {
    // "In January, it bought ...": the verb after governs; a plan word there is the main verb, in the past.
    const c = (firstCueFrom(lower, lo, Math.min(sentence.length, to + FRONTED_WINDOW), to, keepCue) >= 0 ? kept : null) ?? prior();
    if (!c) return 'none';
    return c.tense === 'future' && (PLAN.test(c.word) && c.word.endsWith('ed') || pastPerfect(c)) ? 'past' : c.tense;
  }
  const near = prior() ?? (firstCueFrom(lower, lo, hi, to, keepNotReporting) >= 0 ? kept : null);
  if (!near) return 'none';
  return near.tense === 'future' && pastPerfect(near) ? 'past' : near.tense;
}
