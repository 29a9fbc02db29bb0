import { z } from 'zod';
import { Span } from './span.ts';
import { Metadata } from './metadata.ts';
import { Entity, Quote, Timex, Event, Message } from './layers.ts';

export const SCHEMA_ID = 'newsgraph/article@1';

export const Source = z.object({
  uri: z.string().optional(),
  format: z.enum(['text', 'html', 'rss', 'atom', 'warc', 'jsonl']),
  fetchedAt: z.string().optional(),
  /** sha256 hex of the input as decoded, before normalization ("" when refused for its size). */
  contentHash: z.string(),
  /**
   * Where normalized text came from in the decoded input, as [textOffset, rawOffset] pairs:
   * from each pair's textOffset on, rawOffset = textOffset + (pair.raw - pair.text) until the next pair.
   * Absent when text equals the decoded input.
   */
  offsetMap: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
});
export type Source = z.infer<typeof Source>;

/** The article record. Layers are optional: absent = stage not run, [] = ran and found nothing. */
export const Article = z.object({
  schema: z.literal(SCHEMA_ID),
  id: z.string(),
  source: Source,
  text: z.string(),
  metadata: Metadata,
  sentences: z.array(Span).optional(),
  paragraphs: z.array(Span).optional(),
  entities: z.array(Entity).optional(),
  quotes: z.array(Quote).optional(),
  timexes: z.array(Timex).optional(),
  events: z.array(Event).optional(),
  messages: z.array(Message),
});
export type Article = z.infer<typeof Article>;

/** JSON Schema of the record, generated from the same zod values. */
export const articleJsonSchema = () => z.toJSONSchema(Article, { target: 'draft-2020-12' });
