/** Options of `process`. All limits are explicit; each cut-off is reported as a message. */
export interface EngineOptions {
  /** Document creation time used when the article carries none (ISO 8601). */
  referenceTime?: string;
  /** Input format; "auto" looks at the content. */
  format?: 'text' | 'html' | 'auto';
  /** Read numeric dates like 07/03/17 day-first (3 July) instead of month-first. */
  dayFirst?: boolean;
  /** Largest input accepted, in bytes (UTF-8 for strings). */
  maxBytes?: number;
  /** Where the input came from, copied into `source.uri`. */
  uri?: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_LINE_CHARS = 20_000;
export const MAX_TOKEN_CHARS = 1_000;

/**
 * Bounds of one processBatch call as the CLI makes it: at most this many articles, and no more
 * articles once the batch holds this many bytes of input. Larger batches gain no more speed and hold
 * more documents in memory at once (32 articles of ~7 k chars passed 300 MB peak RSS; 128 KiB keeps
 * it near the one-at-a-time figure).
 */
export const BATCH_ARTICLES = 32;
export const BATCH_BYTES = 128 * 1024;
