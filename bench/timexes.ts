// Speed of the timexes stage alone: the bench corpus cut to ~2,500 characters (as bench/run.ts),
// layers up to sentences built once, then the stage's run() timed in interleaved rounds.
// `node bench/timexes.ts [other/timexes/index.ts ...]` times other copies of the stage in the same
// run (e.g. a baseline checkout), so figures compare under the same CPU load.
import fs from 'node:fs';
import path from 'node:path';
import { createPipeline, runPipeline, type Stage, type StageContext } from '../src/engine/pipeline.ts';
import { normalize } from '../src/engine/stages/normalize/index.ts';
import { screen } from '../src/engine/stages/screen/index.ts';
import { paragraphs } from '../src/engine/stages/paragraphs/index.ts';
import { metadata } from '../src/engine/stages/metadata/index.ts';
import { sentences } from '../src/engine/stages/sentences/index.ts';
import { timexes } from '../src/engine/stages/timexes/index.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'bench/corpus');
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const t = fs.readFileSync(path.join(dir, f), 'utf8');
  const cut = t.indexOf('\n', 2500);
  return cut === -1 ? t : t.slice(0, cut);
});
const options = { referenceTime: '2024-03-01T12:00:00-05:00' };
const before = createPipeline([normalize, screen, paragraphs, metadata, sentences]);
const docs = texts.map((raw) => runPipeline(before, { raw }, options, []));
const ctx: StageContext = { options, report() {} };

const stages: Array<[string, Stage<any, any>]> = [['current', timexes]];
for (const file of process.argv.slice(2)) stages.push([file, (await import(path.resolve(file))).timexes]);

const times = stages.map(() => [] as number[]);
for (let round = 0; round < 40; round++) {
  stages.forEach(([, stage], k) => {
    const t0 = performance.now();
    for (let rep = 0; rep < 10; rep++) for (const doc of docs) stage.run(doc as never, ctx);
    if (round >= 5) times[k].push((performance.now() - t0) / (10 * docs.length));
  });
}
const avgChars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
console.log(`${texts.length} articles, avg ${avgChars.toFixed(0)} chars; ms per article (median of rounds, min):`);
stages.forEach(([name], k) => {
  const s = times[k].slice().sort((a, b) => a - b);
  console.log(`  ${name.padEnd(50)} ${s[s.length >> 1].toFixed(4)}  ${s[0].toFixed(4)}`);
});
