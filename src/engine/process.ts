import { SCHEMA_ID, type Article, type Message, type Metadata } from '../model/index.ts';
import { decodeInput } from './input/decode.ts';
import { sha256 } from './input/sha256.ts';
import { runPipelineBatch, type Pipeline, type PipelineRun } from './pipeline.ts';
import type { Layers } from './layers.ts';
import { fullPipeline } from './presets.ts';
import { compactOffsetMap } from './stages/normalize/normalize-text.ts';
import { DEFAULT_MAX_BYTES, type EngineOptions } from './options.ts';
import { MESSAGES } from './messages.ts';

const EMPTY_METADATA: Metadata = { title: null, authors: [], published: null, credits: [], publisher: null, language: 'en' };

/** HTML, detected when the caller asks for "auto". */
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** One input of a batch, with its own options (its uri, reference time, limits). */
export interface BatchItem { input: string | Uint8Array; options?: EngineOptions }

/**
 * Article in, record out. Pure: no I/O, no clock, no environment. Bad input never throws: it
 * returns a record with a fatal message and no downstream layers.
 */
export function process(input: string | Uint8Array, options: EngineOptions = {}, pipeline: Pipeline = fullPipeline): Article {
  return processBatch([{ input, options }], pipeline)[0];
}

/**
 * Several articles in, their records out in the same order, each exactly what `process` gives it.
 * The stages run stage by stage over the batch, which is faster on a corpus (`runPipelineBatch`);
 * the caller bounds the batch (the CLI: BATCH_ARTICLES and BATCH_BYTES of options.ts).
 */
export function processBatch(items: readonly BatchItem[], pipeline: Pipeline = fullPipeline): Article[] {
  const records: Article[] = new Array(items.length);
  const runs: PipelineRun[] = [];
  const pending: Array<{ at: number; raw: string; source: Article['source'] }> = [];
  for (let i = 0; i < items.length; i++) {
    const options = items[i].options ?? {};
    const input = items[i].input;
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
      records[i] = { schema: SCHEMA_ID, id: sha256(''), source, text: '', metadata: EMPTY_METADATA, messages };
      continue;
    }
    runs.push({ initial: { raw: decoded.raw }, options, messages });
    pending.push({ at: i, raw: decoded.raw, source });
  }
  const docs = runPipelineBatch(pipeline, runs);
  for (let j = 0; j < docs.length; j++) {
    const { at, raw, source } = pending[j];
    records[at] = toRecord(docs[j], raw, source, runs[j].messages);
  }
  return records;
}

/** The record of one document the pipeline ran on. */
function toRecord(doc: Partial<Layers>, raw: string, source: Article['source'], messages: Message[]): Article {
  const text = doc.text ?? '';
  if (doc.text !== undefined && doc.text !== raw && doc.offsetMap) source.offsetMap = compactOffsetMap(doc.offsetMap);
  const article: Article = {
    schema: SCHEMA_ID,
    id: text === raw ? source.contentHash : sha256(text),
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
