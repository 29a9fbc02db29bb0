/**
 * The catalogue of message codes. Codes are stable: scorers, the CLI and the server key on them.
 * Fatal = the input is unusable and no downstream layer is produced; warning = something was
 * odd or cut off; info = a note on what the engine decided.
 */
export const MESSAGES = {
  'input/empty': { severity: 'fatal', help: 'The input has no bytes.' },
  'input/blank': { severity: 'fatal', help: 'The input holds only whitespace or invisible characters.' },
  'input/too-large': { severity: 'fatal', help: 'The input is larger than the size limit (maxBytes; CLI --max-bytes).' },
  'input/binary': { severity: 'fatal', help: 'The input looks like binary data (NUL or control bytes), not text.' },
  'input/not-article': { severity: 'fatal', help: 'The input looks like data or source code (CSV, JSON, code), not prose.' },
  'input/unsupported-format': { severity: 'fatal', help: 'The requested format has no extractor yet (only plain text for now).' },
  'input/invalid-utf8': { severity: 'warning', help: 'Bytes that are not valid UTF-8 were replaced with U+FFFD.' },
  'input/utf16': { severity: 'info', help: 'The input had a UTF-16 byte-order mark and was decoded as UTF-16.' },
  'input/control-chars': { severity: 'warning', help: 'Control characters were removed from the text.' },
  'input/long-line': { severity: 'warning', help: 'A line is longer than the line limit; it is kept as one paragraph and split into sentences only at sentence ends.' },
  'input/long-token': { severity: 'warning', help: 'A run of characters with no space is longer than the token limit; it is kept as one token.' },
  'metadata/no-date': { severity: 'info', help: 'No publication time was found in the article header and no reference time was given.' },
  'metadata/ambiguous-date': { severity: 'info', help: 'A numeric date could be read month-first or day-first; the configured order was used.' },
  'metadata/unknown-zone': { severity: 'warning', help: 'A time carries a zone abbreviation the engine does not know; the offset is left out.' },
  'timexes/unanchored': { severity: 'warning', help: 'Relative time expressions ("yesterday", "last week") found but no document time to resolve them against: no publication time in the article and no reference time given (--reference-time). Their values are left with X digits.' },
  'quotes/unclosed': { severity: 'warning', help: 'A quote mark opens a quotation that is not closed in its paragraph and the next paragraph does not continue it; the quote is taken to run to the paragraph end.' },
  'quotes/unbalanced': { severity: 'info', help: 'Closing quote marks with no opening mark before them were ignored.' },
  'quotes/too-many-marks': { severity: 'warning', help: 'The article has more quote marks than the limit; marks past the limit were not read.' },
  'quotes/too-many-quotes': { severity: 'warning', help: 'More statements were found than the per-article limit; the rest were dropped.' },
} as const satisfies Record<string, { severity: 'fatal' | 'warning' | 'info'; help: string }>;

export type MessageCode = keyof typeof MESSAGES;
