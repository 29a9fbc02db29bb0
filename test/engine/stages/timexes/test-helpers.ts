// Test helper: run the stages the timexes stage reads (normalize → metadata → sentences) and
// then the stage itself, on a text of our own.
import { createPipeline, runPipeline } from '../../../../src/engine/pipeline.ts';
import { normalize } from '../../../../src/engine/stages/normalize/index.ts';
import { screen } from '../../../../src/engine/stages/screen/index.ts';
import { paragraphs } from '../../../../src/engine/stages/paragraphs/index.ts';
import { metadata } from '../../../../src/engine/stages/metadata/index.ts';
import { sentences } from '../../../../src/engine/stages/sentences/index.ts';
import { timexes } from '../../../../src/engine/stages/timexes/index.ts';
import type { Message, Timex } from '../../../../src/model/index.ts';
import type { EngineOptions } from '../../../../src/engine/options.ts';

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
