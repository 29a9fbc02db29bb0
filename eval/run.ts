// npm run eval: scores the engine on the development sets. Each eval/<name>.ts module exports
// `name` and `evaluate(dataDir)`, returning rows of figures to print. A set that is absent is
// skipped with a note (a fresh clone has no ../shared/data).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EvalResult { name: string; rows: Array<Record<string, string | number>>; note?: string }
export interface EvalModule { name: string; evaluate(sharedData: string | null, repoRoot: string): EvalResult | Promise<EvalResult> }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = [process.env.NEWSGRAPH_DATA, path.resolve(root, '../shared/data')]
  .find((d) => d && fs.existsSync(d)) ?? null;
if (!sharedData) console.log('note: ../shared/data is absent; evals on the shared development sets are skipped (set NEWSGRAPH_DATA to point at them)');

const only = process.argv.slice(2);
const files = fs.readdirSync(path.join(root, 'eval')).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('lib')).sort();
for (const f of files) {
  const mod = (await import(path.join(root, 'eval', f))) as EvalModule;
  if (typeof mod.evaluate !== 'function') continue;
  if (only.length && !only.includes(mod.name)) continue;
  const t0 = performance.now();
  const res = await mod.evaluate(sharedData, root);
  console.log(`\n## ${res.name}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (res.note) console.log(res.note);
  if (res.rows.length) console.table(res.rows);
}
