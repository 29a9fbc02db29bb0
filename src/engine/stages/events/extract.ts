// The events stage's work on one article: per sentence, find triggers and actor phrases, read
// each trigger's clause, compose events, then give them their date, place and quote.
import type { Entity, Event, Quote, Span, Timex } from '../../../model/index.ts';
import type { Token } from '../../layers.ts';
import { makeView, firstTokenFrom, tokensEnd, zeroed, mark, SLOT, type View } from './view.ts';
import { findTriggers } from './rules/find-triggers.ts';
import { tokenText, sentenceText, type TokenText } from './token-text.ts';
import { triggerSentences } from './trigger-gate.ts';
import { findActors, type MentionRef } from './rules/find-actors.ts';
import { readClause } from './rules/read-clause.ts';
import { assignRoles } from './rules/assign-roles.ts';
import { composeEvents, type Draft, type TriggerInfo } from './rules/compose-events.ts';
import { actorOut, speakerOut, quoteAt, quoteSpans, timexFor, locationFor, entityIndex, type EntityIndex } from './rules/attach-context.ts';
import { mergeDuplicates } from './rules/merge-duplicates.ts';
import { findAttribution } from './rules/find-attribution.ts';
import type { Actor, Trigger } from './view.ts';

/** What the events stage reads; the layers other stages write are optional (absent = not run). */
export interface EventInput {
  text: string; sentences: Span[]; tokens: Token[];
  entities?: Entity[]; timexes?: Timex[]; quotes?: Quote[];
  /** the article's own date (its published time), or else the caller's reference time */
  articleDate?: string | null;
}

/** Without a timex in its sentence an event is dated by the article, and is less sure. */
const UNDATED_PENALTY = 0.05;
/** Are s[at, at + n) all ASCII digits? */
function digits(s: string, at: number, n: number): boolean {
  for (let k = at; k < at + n; k++) { const c = s.charCodeAt(k); if (!(c >= 48 && c <= 57)) return false; }
  return true;
}

/** The calendar part of the article's ISO 8601 time ("2017-07-03T10:08:00-04:00" → "2017-07-03"), if it has one: yyyy[-mm[-dd]]. */
function dayOf(articleDate: string | null | undefined): string | undefined {
  if (!articleDate || !digits(articleDate, 0, 4)) return undefined;
  let end = 4;
  if (articleDate.charCodeAt(4) === 45 && digits(articleDate, 5, 2)) {
    end = 7;
    if (articleDate.charCodeAt(7) === 45 && digits(articleDate, 8, 2)) end = 10;
  }
  return articleDate.slice(0, end);
}

/** `day`: the article's calendar day (dayOf). */
function dateOf(timex: Timex | undefined, day: string | undefined): Event['date'] {
  if (timex) return { value: timex.value, source: 'sentence' };
  return day ? { value: day, source: 'article' } : undefined;
}

/**
 * Every mention of every entity, by start (a stable sort: equal starts keep the entities' order).
 * Sorted by insertion as they come: each entity's mentions are in order already, so little moves.
 */
function mentionRefs(entities: readonly Entity[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      const ref: MentionRef = { start: m.start, end: m.end, entity: e, pronoun: m.kind === 'pronoun' };
      let k = out.length;
      out.push(ref);
      while (k > 0 && out[k - 1].start > ref.start) { out[k] = out[k - 1]; k--; }
      out[k] = ref;
    }
  }
  return out;
}

function toEvent(v: View, d: Draft, actors: Actor[], input: EventInput, byId: EntityIndex, spans: number[], day: string | undefined): Event {
  const at = v.toks[d.trigger.i].start;
  const q = quoteAt(input.quotes ?? [], spans, at);
  // The quoted speaker is the source when the draft says so, or when a reported event has no other.
  let source: Event['source'];
  if (d.sourceIsSpeaker) source = speakerOut(q, byId);
  else {
    source = d.source >= 0 ? actorOut(v, actors[d.source], byId) : null;
    // Not for a noun with no agent: "the attack was the fourth", Kyiv said: Kyiv made no attack.
    if (!source && d.reported && !d.agentless && d.trigger.pat.pos === 'v') source = speakerOut(q, byId);
  }
  const target = d.target >= 0 ? actorOut(v, actors[d.target], byId) : null;
  const timex = timexFor(v, d.trigger, input.timexes ?? []);
  const date = dateOf(timex, day);
  const confidence = timex ? d.confidence : Math.max(0.05, Math.round((d.confidence - UNDATED_PENALTY) * 100) / 100);
  const code: { plover: string; cameo?: string; mode?: string } = { plover: d.plover, cameo: d.cameo };
  if (d.mode) code.mode = d.mode;
  const location = locationFor(v, actors, d.source, d.target, byId);
  // The record's keys in this order; `date` only when there is one.
  return date ? {
    id: '', code, source, target, location, timex: timex?.id ?? null, date,
    evidence: v.sentence, quote: q?.id ?? null, reported: d.reported, method: d.method, confidence,
  } : {
    id: '', code, source, target, location, timex: timex?.id ?? null,
    evidence: v.sentence, quote: q?.id ?? null, reported: d.reported, method: d.method, confidence,
  };
}

/** A sentence with triggers: its view, the entity mentions in it and its triggers. */
interface Found { v: View; mentions: MentionRef[]; triggers: Trigger[] }

/**
 * The sentences with triggers, in order: per sentence that holds a trigger word (`ranges`, from
 * triggerSentences, its tokens' text in `tt`), its view and mentions, and the triggers found
 * where no name stands.
 */
function sentencesWithTriggers(input: EventInput, mentions: MentionRef[], ranges: Int32Array, tt: TokenText): Found[] {
  const sentences = input.sentences, out: Found[] = [];
  let m0 = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    while (m0 < mentions.length && mentions[m0].end <= sentence.start) m0++;
    if (ranges[2 * s] < 0) continue;
    const v = makeView(input.text, sentence, input.tokens, tt, ranges[2 * s], ranges[2 * s + 1]);
    const inSentence: MentionRef[] = [];
    for (let k = m0; k < mentions.length && mentions[k].start < sentence.end; k++) if (mentions[k].end <= sentence.end) inSentence.push(mentions[k]);
    const names = zeroed(SLOT.names, v.toks.length);
    for (const m of inSentence) {
      if (m.pronoun) continue;
      const i = firstTokenFrom(v, m.start);
      mark(names, i, tokensEnd(v, i, m.end));
    }
    const triggers = findTriggers(v, names);
    if (triggers.length) out.push({ v, mentions: inSentence, triggers });
  }
  return out;
}

/** Per trigger of a sentence with actors `actors`: whether it is quoted, by whom, its clause's facts and its roles. */
function triggerInfos(f: Found, actors: Actor[], quotes: readonly Quote[], spans: number[]): TriggerInfo[] {
  const v = f.v, tail = findAttribution(v, actors);
  const infos: TriggerInfo[] = [];
  for (const t of f.triggers) {
    const inLayer = !!quoteAt(quotes, spans, v.toks[t.i].start);
    const inTail = !inLayer && !!tail && t.i < tail.close;
    const quoted = inLayer || inTail;
    const facts = readClause(v, t, quoted);
    infos.push({ t, facts, roles: assignRoles(v, actors, t, facts), quoted, speaker: inTail ? tail!.speaker : -1 });
  }
  return infos;
}

/** All events of the article, de-duplicated, ids "v1", "v2", … in order of first mention. */
export function extractEvents(input: EventInput): Event[] {
  const byId = entityIndex(input.entities ?? []);
  const mentions = mentionRefs(input.entities ?? []);
  const out: Event[] = [];
  const text = input.text, tokens = input.tokens, nTokens = tokens.length;
  const tt = tokenText(nTokens);
  const quotes = input.quotes ?? [];
  const day = dayOf(input.articleDate);
  const spans = quoteSpans(quotes);
  const sentences = input.sentences;
  // Sentences where no word starts a trigger pattern have no events; the others' tokens are
  // looked up in the lexicon, all in one go.
  const ranges = triggerSentences(text, tokens, sentences);
  for (let s = 0; s < sentences.length; s++) if (ranges[2 * s] >= 0) sentenceText(text, tokens, ranges[2 * s], ranges[2 * s + 1]);
  // Each rule runs over all the sentences in turn, not each sentence through all the rules: a
  // rule's tables stay in cache while it works.
  const found = sentencesWithTriggers(input, mentions, ranges, tt);
  const actors: Actor[][] = [];
  for (const f of found) {
    const triggerAt = zeroed(SLOT.triggerAt, f.v.toks.length);
    for (const t of f.triggers) mark(triggerAt, t.i, t.j);
    actors.push(findActors(f.v, f.mentions, triggerAt));
  }
  const infos: TriggerInfo[][] = [];
  for (let n = 0; n < found.length; n++) infos.push(triggerInfos(found[n], actors[n], quotes, spans));
  const drafts: Draft[][] = [];
  for (let n = 0; n < found.length; n++) drafts.push(composeEvents(found[n].v, actors[n], infos[n]));
  for (let n = 0; n < found.length; n++) for (const d of drafts[n]) out.push(toEvent(found[n].v, d, actors[n], input, byId, spans, day));
  return mergeDuplicates(out, input.timexes ?? []);
}
