import { z } from 'zod';

/** A stretch of the normalized text: UTF-16 offsets, end exclusive, text repeated for readable diffs. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

/** A value the engine found, with where it came from and how sure it is. */
export const field = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    span: Span.nullable(),
    method: z.string(),
    confidence: z.number().min(0).max(1),
  });

export const Confidence = z.number().min(0).max(1);
