import { SCHEMA_ID, type Article, type Message, type Metadata } from '../model/index.ts';
import { decodeInput } from './input/decode.ts';
import { sha256 } from './input/sha256.ts';
import { runPipeline, type Pipeline } from './pipeline.ts';
import { fullPipeline } from './presets.ts';
import { compactOffsetMap } from './stages/normalize/normalize-text.ts';
import { DEFAULT_MAX_BYTES, type EngineOptions } from './options.ts';
import { MESSAGES } from './messages.ts';

const EMPTY_METADATA: Metadata = { title: null, authors: [], published: null, credits: [], publisher: null, language: 'en' };

/** HTML, detected when the caller asks for "auto". */
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * Article in, record out. Pure: no I/O, no clock, no environment. Bad input never throws: it
 * returns a record with a fatal message and no downstream layers.
 */
export function process(input: string | Uint8Array, options: EngineOptions = {}, pipeline: Pipeline = fullPipeline): Article {
  const decoded = decodeInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const messages: Message[] = [...decoded.messages];
  const format = options.format === 'html' || (options.format === 'auto' && HTML_START.test(decoded.raw.slice(0, 1000))) ? 'html' : 'text';
  const source: Article['source'] = {
    ...(options.uri !== undefined ? { uri: options.uri } : {}),
    format,
    // An input refused for its size is not hashed either: the limit bounds all work on it.
    contentHash: decoded.byteLength > (options.maxBytes ?? DEFAULT_MAX_BYTES) ? '' : decoded.fatal ? sha256(input) : sha256(decoded.raw),
  };
  if (format === 'html' && !decoded.fatal) {
    messages.push({ code: 'input/unsupported-format', severity: MESSAGES['input/unsupported-format'].severity, stage: 'input',
      message: 'HTML articles are not read yet; extract the article text and pass it as plain text (--format text)' });
  }
  if (decoded.fatal || format === 'html') {
    return { schema: SCHEMA_ID, id: sha256(''), source, text: '', metadata: EMPTY_METADATA, messages };
  }
  const doc = runPipeline(pipeline, { raw: decoded.raw }, options, messages);
  const text = doc.text ?? '';
  if (doc.text !== undefined && doc.text !== decoded.raw && doc.offsetMap) source.offsetMap = compactOffsetMap(doc.offsetMap);
  const article: Article = {
    schema: SCHEMA_ID,
    id: text === decoded.raw ? source.contentHash : sha256(text),
    source,
    text,
    metadata: doc.metadata ?? EMPTY_METADATA,
    messages,
  };
  // The layers the pipeline produced, in record order (one plain store each, not a loop over names).
  if (doc.paragraphs !== undefined) article.paragraphs = doc.paragraphs;
  if (doc.sentences !== undefined) article.sentences = doc.sentences;
  if (doc.entities !== undefined) article.entities = doc.entities;
  if (doc.quotes !== undefined) article.quotes = doc.quotes;
  if (doc.timexes !== undefined) article.timexes = doc.timexes;
  if (doc.events !== undefined) article.events = doc.events;
  return article;
}
