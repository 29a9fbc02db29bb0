import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { process as processArticle } from '../engine/process.ts';
import { DEFAULT_MAX_BYTES } from '../engine/options.ts';
import { articleJsonSchema } from '../model/index.ts';
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
  items.forEach((item, i) => {
    let bytes: Uint8Array;
    try { bytes = item.read(); } catch (e) {
      process.stderr.write(`newsgraph: cli/unreadable: cannot read ${item.uri}: ${(e as Error).message}\n`);
      failed = true;
      return;
    }
    const record = processArticle(bytes, { uri: item.uri, format: opts.format, dayFirst: opts.dayFirst, maxBytes: opts.maxBytes,
      ...(opts.referenceTime ? { referenceTime: opts.referenceTime } : {}) });
    for (const m of record.messages) {
      if (m.severity === 'fatal') { failed = true; process.stderr.write(`newsgraph: ${item.uri}: ${m.code}: ${m.message}\n`); }
    }
    process.stdout.write(opts.pretty ? formatPretty(record, color) + '\n\n' : JSON.stringify(record) + '\n');
    progress.tick(i + 1);
  });
  progress.end();
  return failed ? 1 : 0;
}
