// Test helpers: run the quotes stage on a text with the earlier stages and a hand-built entities
// layer, so quote tests do not depend on the entities stage. Pure: no node: imports.
import type { Entity, Message, Quote, Timex } from '../../../../src/model/index.ts';
import { createPipeline, defineStage, runPipeline } from '../../../../src/engine/pipeline.ts';
import { normalize } from '../../../../src/engine/stages/normalize/index.ts';
import { paragraphs } from '../../../../src/engine/stages/paragraphs/index.ts';
import { sentences } from '../../../../src/engine/stages/sentences/index.ts';
import { tokens } from '../../../../src/engine/stages/tokens/index.ts';
import { quotes } from '../../../../src/engine/stages/quotes/index.ts';

/** An entity whose mentions are every whole-word occurrence of the given forms (pronoun forms as pronoun mentions). */
export interface EntitySpec { type: Entity['type']; name: string; forms: string[]; pronouns?: Array<[string, number]>; titles?: string[] }

function buildEntities(text: string, specs: EntitySpec[]): Entity[] {
  return specs.map((s, i): Entity => {
    const mentions: Entity['mentions'] = [];
    for (const f of [...s.forms].sort((a, b) => b.length - a.length)) {
      for (let at = text.indexOf(f); at !== -1; at = text.indexOf(f, at + 1)) {
        const end = at + f.length;
        if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[end] ?? '') || mentions.some((m) => m.start < end && m.end > at)) continue;
        mentions.push({ start: at, end, text: f, kind: 'name' });
      }
    }
    for (const [p, nth] of s.pronouns ?? []) {
      let at = -1;
      for (let n = 0; n <= nth; n++) at = text.indexOf(p, at + 1);
      mentions.push({ start: at, end: at + p.length, text: p, kind: 'pronoun' });
    }
    return { id: `e${i + 1}`, type: s.type, name: s.name, titles: s.titles ?? [], mentions: mentions.sort((a, b) => a.start - b.start), confidence: 0.9 };
  });
}

/** A timex at the `nth` occurrence (0 = first) of `text`, ids t1, t2, … in the order given. */
export interface TimexSpec { text: string; value: string; type?: Timex['type']; nth?: number }

function buildTimexes(text: string, specs: TimexSpec[]): Timex[] {
  return specs.map((s, i): Timex => {
    let at = -1;
    for (let n = 0; n <= (s.nth ?? 0); n++) at = text.indexOf(s.text, at + 1);
    if (at < 0) throw new Error(`timex text not found: ${s.text}`);
    return { id: `t${i + 1}`, span: { start: at, end: at + s.text.length, text: s.text }, type: s.type ?? 'DATE', value: s.value, anchor: 'document', method: 'test', confidence: 1 };
  });
}

/** The quotes layer and the stage's messages for `text`, with a hand-built entities layer and timexes layer. */
export function runQuotes(text: string, specs: EntitySpec[] = [], timexSpecs: TimexSpec[] = []): { quotes: Quote[]; messages: Message[]; entities: Entity[] } {
  let ents: Entity[] = [];
  const given = defineStage({ name: 'given-entities', reads: ['text'], writes: ['entities', 'timexes'],
    run: (doc) => ({ entities: (ents = buildEntities(doc.text, specs)), timexes: buildTimexes(doc.text, timexSpecs) }) });
  // No header lines: a test's first paragraph must not be taken for a headline.
  const noHeader = defineStage({ name: 'no-header', reads: ['text'], writes: ['headerSpans'], run: () => ({ headerSpans: [] }) });
  const messages: Message[] = [];
  const doc = runPipeline(createPipeline([normalize, paragraphs, noHeader, sentences, tokens, given, quotes]), { raw: text }, {}, messages);
  return { quotes: doc.quotes ?? [], messages: messages.filter((m) => m.stage === 'quotes'), entities: ents };
}

/** One line per quote with its spans' text, for readable assertions and diffs. */
export function show(q: Quote): string {
  const s = q.speaker;
  const who = !s ? 'none' : s.anonymous ? `anonymous(${s.description ?? ''})` : s.name ?? 'unnamed';
  return `${q.kind} [${q.content.text}] <- ${who}`;
}
