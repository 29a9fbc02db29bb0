import { createPipeline } from './pipeline.ts';
import { normalize } from './stages/normalize/index.ts';
import { screen } from './stages/screen/index.ts';
import { paragraphs } from './stages/paragraphs/index.ts';
import { metadata } from './stages/metadata/index.ts';
import { sentences } from './stages/sentences/index.ts';
import { tokens } from './stages/tokens/index.ts';
import { entities } from './stages/entities/index.ts';
import { timexes } from './stages/timexes/index.ts';
import { quotes } from './stages/quotes/index.ts';
import { events } from './stages/events/index.ts';

/** The full preset, in order. Each stage's reads are checked against earlier writes when built. */
export const FULL = [
  normalize,
  screen,
  paragraphs,
  metadata,
  sentences,
  tokens,
  entities,
  timexes,
  quotes,
  events,
];

export const fullPipeline = createPipeline(FULL);
