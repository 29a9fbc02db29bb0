import { z } from 'zod';
import { field } from './span.ts';

export const TextField = field(z.string());
export type TextField = z.infer<typeof TextField>;

export const PublishedField = TextField.extend({
  raw: z.string(),
  /** IANA zone name when the source names a zone ("America/New_York"). */
  zone: z.string().optional(),
  /** The zone abbreviation after resolving it with the article's date ("EDT" for "ET" in July). */
  zoneAbbr: z.string().optional(),
});
export type PublishedField = z.infer<typeof PublishedField>;

export const Credit = TextField.extend({
  role: z.enum(['photo', 'video', 'graphic', 'other']),
  /** Agency or outlet named with the credit ("AP", "Getty Images"). */
  organization: z.string().optional(),
});
export type Credit = z.infer<typeof Credit>;

export const Metadata = z.object({
  title: TextField.nullable(),
  authors: z.array(TextField),
  published: PublishedField.nullable(),
  updated: PublishedField.nullable().optional(),
  credits: z.array(Credit),
  publisher: TextField.nullable(),
  language: z.string(),
  dateline: TextField.nullable().optional(),
});
export type Metadata = z.infer<typeof Metadata>;
