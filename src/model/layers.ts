import { z } from 'zod';
import { Span, Confidence } from './span.ts';

export const EntityType = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'OTHER']);
export const MentionKind = z.enum(['name', 'title', 'pronoun', 'metonym', 'demonym', 'acronym']);

export const Mention = Span.extend({ kind: MentionKind });
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  titles: z.array(z.string()),
  mentions: z.array(Mention),
  country: z.string().optional(),
  sector: z.string().optional(),
  ids: z.object({ wikidata: z.string().optional() }).optional(),
  confidence: Confidence,
});
export type Entity = z.infer<typeof Entity>;

export const Speaker = z.object({
  entity: z.string().nullable(),
  mention: Span.nullable(),
  name: z.string().nullable(),
  anonymous: z.boolean(),
  description: z.string().optional(),
});

export const Quote = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'partial', 'mixed', 'indirect']),
  content: Span,
  cue: Span.nullable(),
  speaker: Speaker.nullable(),
  addressee: z.object({ entity: z.string().nullable(), mention: Span }).nullable().optional(),
  via: z.string().nullable().optional(),
  timex: z.string().nullable().optional(),
  method: z.string(),
  confidence: Confidence,
});
export type Quote = z.infer<typeof Quote>;

export const Timex = z.object({
  id: z.string(),
  span: Span,
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  mod: z.enum(['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE']).optional(),
  anchor: z.string(),
  method: z.string(),
  confidence: Confidence,
});
export type Timex = z.infer<typeof Timex>;

export const Actor = z.object({
  entity: z.string().nullable(),
  text: z.string(),
  country: z.string().optional(),
  sector: z.string().optional(),
});

export const Event = z.object({
  id: z.string(),
  code: z.object({ plover: z.string(), cameo: z.string().optional(), mode: z.string().optional() }),
  source: Actor.nullable(),
  target: Actor.nullable(),
  location: z.object({ name: z.string(), entity: z.string().optional(), country: z.string().optional() }).nullable().optional(),
  timex: z.string().nullable().optional(),
  /** when it happened: the sentence's timex value, or else the article's date (less sure) */
  date: z.object({ value: z.string(), source: z.enum(['sentence', 'article']) }).optional(),
  evidence: Span,
  moreEvidence: z.array(Span).optional(),
  quote: z.string().nullable().optional(),
  reported: z.boolean().optional(),
  method: z.string(),
  confidence: Confidence,
});
export type Event = z.infer<typeof Event>;

export const Message = z.object({
  code: z.string(),
  severity: z.enum(['fatal', 'warning', 'info']),
  message: z.string(),
  span: Span.optional(),
  stage: z.string(),
});
export type Message = z.infer<typeof Message>;
