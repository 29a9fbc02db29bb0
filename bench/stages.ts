// npm run bench:stages — where the time goes: ms per ~2.5 k-char article for each stage of the
// full preset, run stage by stage over batches of the bench corpus as processBatch runs them (best of several
// rounds, to damp machine noise).
import fs from 'node:fs';
import path from 'node:path';
import { FULL } from '../src/engine/presets.ts';
import type { StageContext } from '../src/engine/pipeline.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'bench', 'corpus');
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const t = fs.readFileSync(path.join(dir, f), 'utf8');
  const cut = t.indexOf('\n', 2500);
  return cut === -1 ? t : t.slice(0, cut);
});
const ctx: StageContext = { options: { referenceTime: '2024-03-01T12:00:00-05:00' }, report() {} };
const rounds = Number(process.argv[2] ?? 7);
const best = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  const total = new Map<string, number>();
  // Stage by stage over batches of 26 articles (two passes over the corpus), as processBatch runs them.
  for (let rep = 0; rep < 10; rep++) {
    const docs: Array<Record<string, unknown>> = [...texts, ...texts].map((raw) => ({ raw }));
    for (const st of FULL) {
      const t0 = performance.now();
      for (const doc of docs) Object.assign(doc, st.run(doc as never, ctx));
      total.set(st.name, (total.get(st.name) ?? 0) + performance.now() - t0);
    }
  }
  for (const [k, v] of total) {
    const per = v / (20 * texts.length);
    if (r > 0) best.set(k, Math.min(best.get(k) ?? Infinity, per));
  }
}
let sum = 0;
for (const [k, v] of best) { sum += v; console.log(`${k.padEnd(12)} ${v.toFixed(3)} ms`); }
console.log(`${'all stages'.padEnd(12)} ${sum.toFixed(3)} ms per article (${texts.length} articles, ~2.5 k chars, best of ${rounds - 1} rounds)`);
