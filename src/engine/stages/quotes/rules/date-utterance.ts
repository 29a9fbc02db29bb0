import type { Timex } from '../../../../model/index.ts';
import type { At } from '../found.ts';

/**
 * Words that may stand between a cue and the date that modifies it: prepositions and the
 * setting of the statement ("said in a statement on Friday", "told reporters late on Monday").
 */
const CUE_TO_DATE = /^(?:\s*,)?(?:\s+(?:on|in|at|during|late|early|earlier|later|a|an|the|his|her|its|their|this|that|written|brief|short|televised|separate|joint|news|press|statement|interview|briefing|conference|speech|post|posting|email|e-mail|message|letter|call|meeting|remarks|comments|release|video|tweet|appearance|address|session|hearing|reporters|journalists))*\s+(?:on\s+|late\s+|early\s+)?$/i;
/** Between a date and the cue after it: nothing but auxiliaries and adverbs ("last week said", "on Tuesday had also said"). */
const DATE_TO_CUE = /^(?:\s+(?:has|have|had|was|is|were|are|also|again|publicly|privately|separately|repeatedly|first|then|already|formally|officially))*\s+$/i;
/**
 * Between the speaker and a date before the cue: at most one appositive and a preposition
 * ("Russia, one of Assad's few allies, last week said"), so that a date closing a relative
 * clause ("X, who took office two years ago, said") or another verb's object is not taken.
 */
const SPEAKER_TO_DATE_BEFORE_CUE = /^(?:\s*,[^,;:"“”]{1,80},)?\s*(?:(?:late|early)\s+)?(?:on|in|at|earlier|later)?\s*$/i;
/** A date set off by commas between the speaker and the cue: "X, on Tuesday, said". */
const SPEAKER_TO_PARENTHETICAL_DATE = /^\s*,\s*(?:(?:late|early)\s+)?(?:on|in|at|earlier|later)?\s*$/i;
const PARENTHETICAL_DATE_TO_CUE = /^\s*,\s+$/;
/** Between a sentence-opening date and the speaker phrase: a comma. */
const DATE_TO_SPEAKER = /^\s*,\s*$/;
/** Before a sentence-opening date: a preposition at most ("On Tuesday, …", "Late on Monday, …", "Earlier this week, …"). */
const OPENS_SENTENCE = /^\s*(?:(?:late|early)\s+)?(?:on|in|at|during|earlier|later)?\s*$/i;
/** Words after the speaker named after the cue ("said Sean Spicer on Monday"). */
const SPEAKER_TO_DATE = /^\s*,?\s+(?:on\s+|late\s+|early\s+)?$/i;

/** Longest stretch of text read between a date and the cue or speaker it modifies. */
const GAP = 60;

/** What the rule needs of one statement: its cue, its own speaker phrase, its sentence, and its content. */
export interface Utterance { cue: At; speaker: At | null; sentenceStart: number; content: At }

/**
 * The timex that dates an utterance, read off the text around its cue: right after the cue
 * ("said Monday", "said in a statement on Friday"), between the speaker and the cue ("X last week
 * said"), after a speaker named after the cue ("said Sean Spicer on Monday"), or opening the
 * sentence before the speaker ("On Tuesday, X said"). Only DATE and TIME timexes count, and never
 * one inside the statement's content or inside quote marks: a date the speaker talks about is not
 * when the speaker spoke. `timexes` are sorted by start.
 */
export function findUtteranceTime(text: string, u: Utterance, timexes: readonly Timex[], inQuote: (pos: number) => boolean): Timex | null {
  const near = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && !inQuote(t.span.start) &&
    !(t.span.start < u.content.end && t.span.end > u.content.start);
  // Only timexes of the cue's neighbourhood are looked at: 120 characters either side.
  let lo = 0, hi = timexes.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (timexes[mid].span.end < u.cue.start - 120) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < timexes.length && timexes[i].span.start < u.cue.end + 120; i++) {
    const t = timexes[i];
    if (!near(t)) continue;
    const { start, end } = t.span;
    if (start >= u.cue.end) {
      if (start - u.cue.end <= GAP && CUE_TO_DATE.test(text.slice(u.cue.end, start))) return t;
      if (u.speaker && u.speaker.start >= u.cue.end && start >= u.speaker.end && start - u.speaker.end <= GAP && SPEAKER_TO_DATE.test(text.slice(u.speaker.end, start))) return t;
      continue;
    }
    if (end > u.cue.start) continue;
    const speakerBefore = u.speaker && u.speaker.end <= u.cue.start ? u.speaker : null;
    if (!speakerBefore) continue;
    if (start >= speakerBefore.end && start - speakerBefore.end <= 2 * GAP && u.cue.start - end <= GAP) {
      const lead = text.slice(speakerBefore.end, start), tail = text.slice(end, u.cue.start);
      if (DATE_TO_CUE.test(tail) && SPEAKER_TO_DATE_BEFORE_CUE.test(lead)) return t;
      if (PARENTHETICAL_DATE_TO_CUE.test(tail) && SPEAKER_TO_PARENTHETICAL_DATE.test(lead)) return t;
    }
    if (end <= speakerBefore.start && start >= u.sentenceStart && start - u.sentenceStart <= GAP && speakerBefore.start - end <= GAP &&
      OPENS_SENTENCE.test(text.slice(u.sentenceStart, start)) && DATE_TO_SPEAKER.test(text.slice(end, speakerBefore.start))) return t;
  }
  return null;
}
