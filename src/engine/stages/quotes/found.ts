import type { SpeakerPhrase } from './rules/scan-speaker-phrase.ts';
import type { Quote } from '../../../model/index.ts';

/** Offsets of a stretch of text, before it becomes a record span. */
export interface At { start: number; end: number }

/** What a rule found for one statement, before speakers are resolved and ids given. */
export interface Found {
  kind: Quote['kind'];
  start: number; end: number;
  cue: At | null;
  phrase: SpeakerPhrase | null;
  addressee: At | null;
  via: string | null;
  method: string; confidence: number;
  para: number;
  /** Quote with no attribution of its own: takes the speaker of a neighbour. */
  floating?: boolean;
  /** A paragraph of a quote that runs over several paragraphs (index of the chain). */
  chain?: number;
  /** Speaker copied from another statement (floating quotes, "saying ..." clauses). */
  from?: Found;
}
