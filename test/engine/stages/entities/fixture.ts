// Test helper: runs the stages the entities stage reads (normalize … tokens) and then the stage.
import { createPipeline, runPipeline } from '../../../../src/engine/pipeline.ts';
import { normalize } from '../../../../src/engine/stages/normalize/index.ts';
import { screen } from '../../../../src/engine/stages/screen/index.ts';
import { paragraphs } from '../../../../src/engine/stages/paragraphs/index.ts';
import { metadata } from '../../../../src/engine/stages/metadata/index.ts';
import { sentences } from '../../../../src/engine/stages/sentences/index.ts';
import { tokens } from '../../../../src/engine/stages/tokens/index.ts';
import { entities } from '../../../../src/engine/stages/entities/index.ts';
import type { Entity } from '../../../../src/model/index.ts';

const pipeline = createPipeline([normalize, screen, paragraphs, metadata, sentences, tokens, entities]);

export function extractEntities(raw: string): { text: string; entities: Entity[] } {
  const doc = runPipeline(pipeline, { raw }, {}, []);
  return { text: doc.text ?? '', entities: doc.entities ?? [] };
}

/** One line per entity: "PERSON Lloyd Austin [Defense Secretary] USA GOV: Lloyd Austin | Austin | he/pronoun". */
export function summarize(list: Entity[]): string[] {
  return list.map((e) => `${e.type} ${e.name}${e.titles.length ? ` [${e.titles.join('; ')}]` : ''}${e.country ? ' ' + e.country : ''}${e.sector ? ' ' + e.sector : ''}: `
    + e.mentions.map((m) => m.text + (m.kind === 'name' ? '' : '/' + m.kind)).join(' | '));
}

/** The entity whose name is `name`, or a thrown error listing what was found. */
export function find(list: Entity[], name: string): Entity {
  const e = list.find((x) => x.name === name);
  if (!e) throw new Error(`no entity named ${name}; found:\n${summarize(list).join('\n')}`);
  return e;
}
