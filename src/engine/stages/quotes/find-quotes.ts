import type { Quote, Span, Entity, Timex } from '../../../model/index.ts';
import type { Token } from '../../layers.ts';
import type { StageContext } from '../../pipeline.ts';
import type { Found } from './found.ts';
import { span } from '../../span.ts';
import { spanIndexAt } from './window.ts';
import { pairQuoteMarks } from './rules/pair-quote-marks.ts';
import { attributeMarkedQuote } from './rules/attribute-marked-quote.ts';
import { findReportedSpeech } from './rules/find-reported-speech.ts';
import { inheritFloatingSpeakers } from './rules/inherit-floating-speaker.ts';
import { findVia } from './rules/find-via.ts';
import { findUtteranceTime } from './rules/date-utterance.ts';
import { createResolver, type Resolved } from './rules/resolve-speaker.ts';

export interface QuotesInput { text: string; paragraphs: Span[]; sentences: Span[]; tokens: Token[]; headerSpans: Span[]; entities: Entity[]; timexes?: Timex[] }
/** Statements kept per article; past this the rest are dropped with a warning. */
export const MAX_QUOTES = 2000;
const NONE: Found[] = [];
/** Words that can name the outlet or source a statement came through (see findVia). */
const CHANNEL_WORDS = /reported|quoted|according|citing|told/;

/** Every statement the article attributes: quoted passages, reported clauses, their speakers. */
export function findQuotes(doc: QuotesInput, report: StageContext['report']): Quote[] {
  const { text, paragraphs, sentences, headerSpans } = doc;
  const pairs = pairQuoteMarks(text, paragraphs, (pos) => spanIndexAt(headerSpans, pos) >= 0);
  if (pairs.truncated) report('quotes/too-many-marks', 'the article has more quote marks than the limit; the rest were not read');
  if (pairs.stray) report('quotes/unbalanced', `${pairs.stray} closing quote mark(s) with no opening mark were ignored`);
  for (const q of pairs.quotes.filter((x) => x.unclosed).slice(0, 5)) {
    report('quotes/unclosed', 'a quotation opens here and is not closed; it is taken to run to the end of its paragraph', span(text, q.open, Math.min(q.end, q.open + 60)));
  }
  const marked = pairs.quotes;
  const zones = marked.map((q) => ({ start: q.open, end: q.close >= 0 ? q.close + 1 : q.end }));
  const inQuote = (pos: number) => spanIndexAt(zones, pos) >= 0;
  const overlapsQuote = (s: number, e: number) => {
    let lo = 0, hi = zones.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (zones[mid].end <= s) lo = mid + 1; else hi = mid; }
    return lo < zones.length && zones[lo].start < e;
  };
  const found: Found[] = [];
  // The statement found for each marked passage (undefined for a scare quote or a document's words):
  // a passage reads the kind of the one right before it, not of an earlier one past a dropped passage.
  const main: Array<Found | undefined> = [];
  for (let i = 0; i < marked.length && found.length < MAX_QUOTES; i++) {
    const got = attributeMarkedQuote(doc, marked[i], marked[i - 1], marked[i + 1], main[i - 1], zones);
    main.push(got[0]);
    found.push(...got);
  }
  // The statements of quoted passages by sentence, in the order found, for the reported-speech pass.
  const bySentence = new Map<number, Found[]>();
  for (const f of found) {
    const si = spanIndexAt(sentences, f.start);
    if (si >= 0) { const list = bySentence.get(si); if (list) list.push(f); else bySentence.set(si, [f]); }
  }
  let p = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si];
    if (found.length >= MAX_QUOTES) break;
    while (p < paragraphs.length - 1 && paragraphs[p].end <= sent.start) p++;
    const got = findReportedSpeech(doc, sent, p, inQuote, overlapsQuote, bySentence.get(si) ?? NONE, zones);
    for (const f of got) found.push(f);
  }
  if (found.length >= MAX_QUOTES) report('quotes/too-many-quotes', `more than ${MAX_QUOTES} statements; the rest were dropped`);
  found.sort((a, b) => a.start - b.start);
  inheritFloatingSpeakers(found, marked, (para, before) => introducedPerson(doc, para, before));
  return toRecords(doc, found.slice(0, MAX_QUOTES), inQuote);
}

function toRecords(doc: QuotesInput, found: Found[], inQuote: (pos: number) => boolean): Quote[] {
  if (found.length === 0) return [];
  const { text, sentences, entities } = doc;
  const timexes = doc.timexes?.length ? (inOrder(doc.timexes) ? doc.timexes : [...doc.timexes].sort((a, b) => a.span.start - b.span.start)) : null;
  const resolver = createResolver(text, entities);
  const byPhrase = new Map<object, Resolved>();
  for (const f of [...found].filter((x) => x.phrase && !x.from).sort((a, b) => a.phrase!.start - b.phrase!.start)) {
    if (!byPhrase.has(f.phrase!)) byPhrase.set(f.phrase!, resolver.resolve(f.phrase!));
  }
  const speakerOf = (f: Found): Resolved | null => {
    for (let g: Found | undefined = f, n = 0; g && n < 8; g = g.from, n++) {
      if (g.from || !g.phrase) continue;
      if (!byPhrase.has(g.phrase)) byPhrase.set(g.phrase, resolver.resolve(g.phrase));
      return byPhrase.get(g.phrase)!;
    }
    return null;
  };
  // Whether a sentence has a word that can name a channel (read once per sentence: 0 not yet, 1 no, 2 yes).
  const naming = new Uint8Array(sentences.length);
  const outlets = new Map<Span, string | null>();
  const mayName = (si: number) => {
    if (naming[si] === 0) naming[si] = CHANNEL_WORDS.test(sentences[si].text) ? 2 : 1;
    return naming[si] === 2;
  };
  return found.map((f, i): Quote => {
    const r = speakerOf(f);
    const si = spanIndexAt(sentences, f.cue?.start ?? f.start);
    const via = si >= 0 && mayName(si) ? findVia(sentences[si], f.phrase?.start ?? -1, f.cue?.start ?? -1, outlets) : null;
    const addr = f.addressee ? span(text, f.addressee.start, f.addressee.end) : null;
    const when = timexes && f.cue && si >= 0
      ? findUtteranceTime(text, { cue: f.cue, speaker: f.phrase, sentenceStart: sentences[si].start, content: f }, timexes, inQuote) : null;
    const addrEntity = addr ? resolver.index.firstOverlapping(addr.start, addr.end)?.id ?? null : null;
    // Built key by key (no spreads): optional keys sit before method and confidence, as in the contract.
    let speaker: Quote['speaker'] = null;
    if (r) {
      speaker = { entity: r.entity, mention: r.mention, name: r.name, anonymous: r.anonymous };
      if (r.description) speaker.description = r.description;
    }
    const q: Quote = { id: `q${i + 1}`, kind: f.kind, content: span(text, f.start, f.end), cue: f.cue ? span(text, f.cue.start, f.cue.end) : null, speaker } as Quote;
    if (addr) q.addressee = { entity: addrEntity, mention: addr };
    if (via) q.via = via;
    if (when) q.timex = when.id;
    q.method = f.method;
    q.confidence = Math.round(f.confidence * 100) / 100;
    return q;
  });
}

/** Whether the timexes are sorted by start already (then sorting a copy would give the same order: the sort is stable). */
function inOrder(timexes: readonly Timex[]): boolean {
  for (let i = 1; i < timexes.length; i++) if (timexes[i].span.start < timexes[i - 1].span.start) return false;
  return true;
}

const AFTER_PREPOSITION = /\b(?:to|with|from|at|by|for|of|about|in|on|against|toward|towards)\s+$/i;

/**
 * The first person named in a paragraph (from the entities layer), as a statement a floating quote can inherit from.
 * With `before`: the first person named, not in the possessive, in the sentence that ends the paragraph before that offset.
 */
function introducedPerson(doc: QuotesInput, para: number, before?: number): Found | null {
  const p = doc.paragraphs[para];
  if (!p) return null;
  let from = p.start, to = p.end;
  if (before !== undefined) {
    let k = before - 1; // the last character of the lead-in: back over the opening mark and spaces
    while (k > p.start && /[\s"“‘'«]/.test(doc.text[k])) k--;
    const si = spanIndexAt(doc.sentences, k);
    const s = si >= 0 ? doc.sentences[si] : null;
    if (!s || s.start < p.start) return null;
    from = s.start; to = before;
  }
  let best: { start: number; end: number } | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name' || m.start < from || m.end > to || (best && m.start >= best.start)) continue;
      // a subject: not a possessive ("Ruiz's rival"), not the object of a preposition ("speaking to Radio Sur")
      if (before !== undefined && (/^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)) || AFTER_PREPOSITION.test(doc.text.slice(Math.max(from, m.start - 10), m.start)))) continue;
      best = m;
    }
  }
  if (!best) return null;
  const phrase = { first: 0, last: 0, head: 0, start: best.start, end: best.end, headStart: best.start, headEnd: best.end, kind: 'named' as const };
  return { kind: 'indirect', start: best.start, end: best.end, cue: null, phrase, addressee: null, via: null, method: 'quotes/introduced-person', confidence: 0.5, para };
}

