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
 * articles once the batch holds this many bytes of input (about twelve 2.5 k-char articles, four of
 * 7 k). Larger batches measured no faster on this project's bench and let V8 grow the heap: with
 * 128 KiB the bench process passed 330 MB peak RSS, with 32 KiB it stays near 300 MB.
 */
export const BATCH_ARTICLES = 32;
export const BATCH_BYTES = 32 * 1024;
