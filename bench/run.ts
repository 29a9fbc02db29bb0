// npm run bench: speed of the full preset on one core over a fixed corpus of our own articles.
// Prints articles/s, ms/article p50/p95, peak RSS, and a scaling line (one article ×1, ×10, ×50).
// `npm run bench` runs Node with the V8 flag the CLI uses (bin/newsgraph.js): --max-semi-space-size=16.
import fs from 'node:fs';
import path from 'node:path';
import { process as run, processBatch as runBatch } from '../src/engine/process.ts';
import { FULL } from '../src/engine/presets.ts';
import { BATCH_ARTICLES, BATCH_BYTES } from '../src/engine/options.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dirs = ['bench/corpus', 'examples'].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
const corpus = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
if (!corpus.length) throw new Error('bench: no corpus in bench/corpus or examples');

/** Articles cut to about 2,500 characters at a paragraph end: the size the speed budget is stated for. */
const short = corpus.map((t) => {
  const cut = t.indexOf('\n', 2500);
  return cut === -1 ? t : t.slice(0, cut);
});

/** Warm-up before each measured run, in ms. */
const WARM_MS = 2000;
const OPTIONS = { referenceTime: '2024-03-01T12:00:00-05:00' };

/**
 * Runs the texts for `seconds`, in one-second windows: the machine's noise (other processes, frequency changes) moves
 * single windows a lot, so the rate printed is the median window, with the best and worst beside it. `batched` hands
 * the engine batches of articles (cycling through the texts), as the CLI does on a corpus; the per-article times
 * are then the batch's time divided by its size.
 */
function measure(texts: string[], seconds: number, batched: boolean) {
  const next = (() => { let i = 0; return () => texts[i++ % texts.length]; })();
  const once = () => {
    if (!batched) { run(next(), OPTIONS); return 1; }
    // Batches bounded as `newsgraph extract` bounds them (src/engine/options.ts).
    const items = [];
    for (let bytes = 0; items.length < BATCH_ARTICLES && bytes < BATCH_BYTES;) {
      const input = next();
      items.push({ input, options: OPTIONS });
      bytes += input.length;
    }
    runBatch(items);
    return items.length;
  };
  // Warm-up: two seconds, so the JIT has compiled the hot code (a corpus run lasts minutes; its first second is not
  // what it sustains), then the measured windows.
  for (const w0 = performance.now(); performance.now() - w0 < WARM_MS;) once();
  const times: number[] = [];
  const rates: number[] = [];
  const t0 = performance.now();
  let articles = 0;
  while (performance.now() - t0 < seconds * 1000) {
    const w0 = performance.now();
    let n = 0;
    while (performance.now() - w0 < Math.min(1000, seconds * 1000)) {
      const s = performance.now();
      const done = once();
      const per = (performance.now() - s) / done;
      for (let k = 0; k < done; k++) times.push(per);
      n += done;
    }
    articles += n;
    rates.push(n / ((performance.now() - w0) / 1000));
  }
  const total = (performance.now() - t0) / 1000;
  const avgChars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  times.sort((a, b) => a - b);
  rates.sort((a, b) => a - b);
  return { perSec: rates[Math.floor(rates.length / 2)], best: rates[rates.length - 1], worst: rates[0], windows: rates.length,
    p50: times[Math.floor(times.length * 0.5)], p95: times[Math.floor(times.length * 0.95)], charsPerSec: articles * avgChars / total, n: times.length };
}

const fmt = (n: number, d = 0) => n.toFixed(d);
console.log(`preset: ${FULL.map((s) => s.name).join(' → ')}`);
const semi = process.execArgv.find((a) => a.startsWith('--max-semi-space-size'));
console.log(`node ${process.version}, ${semi ?? 'default semi-space (V8 grows the young generation up to 3 × 64 MB on large machines)'}`);
const avg = (xs: string[]) => xs.reduce((a, t) => a + t.length, 0) / xs.length;
const runs = [
  ['corpus as written', corpus, true], ['cut to ~2.5k chars', short, true], ['  same, one at a time', short, false],
] as const;
for (const [label, texts, batched] of runs) {
  const m = measure([...texts], 5, batched);
  console.log(`${label.padEnd(22)} ${texts.length} articles, avg ${fmt(avg([...texts]))} chars, ${batched ? `processBatch (≤ ${BATCH_ARTICLES} articles, ≤ ${BATCH_BYTES / 1024} KiB)` : 'process() per article'}: ` +
    `${fmt(m.perSec)} articles/s (median of ${m.windows} one-second windows; best ${fmt(m.best)}, worst ${fmt(m.worst)}), ` +
    `${fmt(m.charsPerSec / 1e6, 2)} M chars/s, p50 ${fmt(m.p50, 3)} ms, p95 ${fmt(m.p95, 3)} ms per article`);
}
const corpusRss = process.resourceUsage().maxRSS / 1024;
const base = corpus.reduce((a, b) => (b.length > a.length ? b : a));
const scale: string[] = [];
let unit = 0;
for (const k of [1, 10, 50]) {
  const text = Array.from({ length: k }, () => base).join('\n\n');
  const m = measure([text], k === 50 ? 3 : 1.5, false);
  const perKChar = m.p50 / (text.length / 1000);
  if (k === 1) unit = perKChar;
  scale.push(`×${k} (${fmt(text.length / 1000)}k chars) ${fmt(m.p50, 2)} ms = ${fmt(perKChar, 3)} ms/kchar (${fmt(perKChar / unit, 2)}× of ×1)`);
}
console.log(`scaling: ${scale.join('; ')}`);
console.log(`peak RSS: ${fmt(corpusRss)} MB over the corpus runs, ${fmt(process.resourceUsage().maxRSS / 1024)} MB after the scaling runs (${fmt(base.length * 50 / 1000)}k-char document)`);
