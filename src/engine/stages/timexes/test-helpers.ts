// Test helper: run the stages the timexes stage reads (normalize → metadata → sentences) and
// then the stage itself, on a text of our own.
import { createPipeline, runPipeline } from '../../pipeline.ts';
import { normalize } from '../normalize/index.ts';
import { screen } from '../screen/index.ts';
import { paragraphs } from '../paragraphs/index.ts';
import { metadata } from '../metadata/index.ts';
import { sentences } from '../sentences/index.ts';
import { timexes } from './index.ts';
import type { Message, Timex } from '../../../model/index.ts';
import type { EngineOptions } from '../../options.ts';

const pipeline = createPipeline([normalize, screen, paragraphs, metadata, sentences, timexes]);

export function extract(text: string, options: EngineOptions = {}): { text: string; timexes: Timex[]; messages: Message[] } {
  const messages: Message[] = [];
  const doc = runPipeline(pipeline, { raw: text }, options, messages);
  return { text: doc.text ?? '', timexes: doc.timexes ?? [], messages };
}

/** The timex whose span text is `phrase` (the first one), or undefined. */
export function find(result: { timexes: Timex[] }, phrase: string): Timex | undefined {
  return result.timexes.find((t) => t.span.text === phrase);
}
