import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { processBatch } from '../engine/process.ts';
import { DEFAULT_MAX_BYTES, BATCH_ARTICLES, BATCH_BYTES, type EngineOptions } from '../engine/options.ts';
import { articleJsonSchema, type Article } from '../model/index.ts';
import { expandInputs } from './read-inputs.ts';
import { formatPretty } from './pretty.ts';
import { createProgress } from './progress.ts';

/** Files beyond this count get a progress bar (on a terminal). */
const PROGRESS_AFTER = 5;

const isoTime = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    throw new InvalidArgumentError('expected an ISO 8601 date or time, e.g. 2017-07-03 or 2017-07-03T10:08:00-04:00');
  }
  return v;
};
const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return n;
};

/** Run the CLI; returns the exit code (0 ok, 1 an input failed, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command('newsgraph')
    .description('News-intelligence engine: article text to a structured, traceable record.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program.command('extract')
    .description('extract records from articles; JSONL on stdout in input order')
    .argument('<path...>', 'files, directories (every file in them, sorted) or - for stdin')
    .option('--reference-time <iso>', 'document creation time used when the article carries none', isoTime)
    .addOption(new Option('--format <format>', 'input format').choices(['text', 'html', 'auto']).default('auto'))
    .option('--day-first', 'read numeric dates like 03/07/17 as day/month', false)
    .option('--max-bytes <n>', 'largest input accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--pretty', 'a readable, coloured summary instead of JSON', false)
    .action((paths: string[], opts) => { code = extract(paths, opts); });

  program.command('schema')
    .description('print the JSON Schema of the article record')
    .action(() => { process.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + '\n'); });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return code;
}

interface ExtractOptions { referenceTime?: string; format: 'text' | 'html' | 'auto'; dayFirst: boolean; maxBytes: number; pretty: boolean }

function extract(paths: string[], opts: ExtractOptions): number {
  const { items, problems } = expandInputs(paths);
  let failed = problems.length > 0;
  for (const p of problems) process.stderr.write(`newsgraph: ${p.code}: ${p.message}\n`);
  const color = opts.pretty && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const progress = createProgress(process.stderr, items.length, items.length > PROGRESS_AFTER);
  const options = (uri: string): EngineOptions => ({ uri, format: opts.format, dayFirst: opts.dayFirst, maxBytes: opts.maxBytes,
    ...(opts.referenceTime ? { referenceTime: opts.referenceTime } : {}) });
  let done = 0;
  for (let next = 0; next < items.length;) {
    // Read the next batch (processBatch runs each stage over all of it: faster on a corpus than one
    // article at a time; options.ts bounds it); an unreadable file keeps its place, so messages and records stay in input order.
    const batch: Array<{ uri: string; bytes?: Uint8Array; error?: string }> = [];
    let bytes = 0;
    while (next < items.length && batch.length < BATCH_ARTICLES && (batch.length === 0 || bytes < BATCH_BYTES)) {
      const item = items[next++];
      try {
        const b = item.read();
        batch.push({ uri: item.uri, bytes: b });
        bytes += b.byteLength;
      } catch (e) {
        batch.push({ uri: item.uri, error: (e as Error).message });
      }
    }
    const readable = batch.filter((b) => b.bytes !== undefined);
    const inputs = readable.map((b) => ({ input: b.bytes!, options: options(b.uri) }));
    // An engine error (a bug) inside a batch: run its articles one by one, so every record before the failing one is still written.
    let records: Article[] | null;
    try { records = processBatch(inputs); } catch { records = null; }
    let r = 0;
    for (const entry of batch) {
      if (entry.error !== undefined) {
        process.stderr.write(`newsgraph: cli/unreadable: cannot read ${entry.uri}: ${entry.error}\n`);
        failed = true;
      } else {
        const record = records ? records[r] : processBatch([inputs[r]])[0];
        r++;
        for (const m of record.messages) {
          if (m.severity === 'fatal') { failed = true; process.stderr.write(`newsgraph: ${entry.uri}: ${m.code}: ${m.message}\n`); }
        }
        process.stdout.write(opts.pretty ? formatPretty(record, color) + '\n\n' : JSON.stringify(record) + '\n');
      }
      progress.tick(++done);
    }
  }
  progress.end();
  return failed ? 1 : 0;
}
