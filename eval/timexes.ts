// Time expressions on TimeBank + AQUAINT (shared/data/timebank-train.jsonl), TempEval-3 style:
// strict and relaxed (overlap, one-to-one) span P/R/F1, type and value accuracy over relaxed
// matches, value F1 = relaxed F1 × value accuracy. Values compare as strings after dropping a
// trailing ":00" seconds. Run: node eval/run.ts timexes   (TIMEX_ERRORS=1 prints the misses).
import fs from 'node:fs';
import path from 'node:path';
import { createPipeline, runPipeline } from '../src/engine/pipeline.ts';
import { normalize } from '../src/engine/stages/normalize/index.ts';
import { screen } from '../src/engine/stages/screen/index.ts';
import { paragraphs } from '../src/engine/stages/paragraphs/index.ts';
import { metadata } from '../src/engine/stages/metadata/index.ts';
import { sentences } from '../src/engine/stages/sentences/index.ts';
import { timexes } from '../src/engine/stages/timexes/index.ts';
import type { Message, Timex } from '../src/model/index.ts';
import type { EvalResult } from './run.ts';

export const name = 'timexes';

interface Gold { start: number; end: number; text: string; type: string; value: string; mod?: string }
interface Doc { id: string; dct: string; text: string; timexes: Gold[] }

const pipeline = createPipeline([normalize, screen, paragraphs, metadata, sentences, timexes]);
const norm = (v: string) => v.replace(/(T\d{2}:\d{2}):00$/, '$1');
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const fix = (x: number) => Number(x.toFixed(3));

/** Predicted timexes with offsets mapped back to the raw document text. */
export function predict(doc: Doc): Array<Timex & { start: number; end: number }> {
  const messages: Message[] = [];
  const out = runPipeline(pipeline, { raw: doc.text }, { referenceTime: doc.dct }, messages);
  const map = out.offsetMap!;
  return (out.timexes ?? []).filter((t) => t.method !== 'timexes/published-timestamp')
    .map((t) => ({ ...t, start: map[t.span.start], end: map[t.span.end - 1] + 1 }));
}

export function evaluate(sharedData: string | null): EvalResult {
  if (!sharedData) return { name, rows: [], note: 'skipped: ../shared/data is absent' };
  const file = path.join(sharedData, 'timebank-train.jsonl');
  if (!fs.existsSync(file)) return { name, rows: [], note: 'skipped: timebank-train.jsonl is absent' };
  const docs: Doc[] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let gold = 0, pred = 0, strict = 0, relaxed = 0, typeOk = 0, valueOk = 0;
  const errors: string[] = [];
  // Per rule (method): relaxed matches, wrong values, false positives; so each fix is measurable.
  const byMethod = new Map<string, { matched: number; wrong: number; fp: number }>();
  const tally = (method: string) => {
    const id = method.replace(/^timexes\//, '');
    let t = byMethod.get(id);
    if (!t) byMethod.set(id, (t = { matched: 0, wrong: 0, fp: 0 }));
    return t;
  };
  // Wrong values grouped by the shape of the gold and predicted values and the rule ("9999-WXX <- 9999-W99 relative-unit"),
  // so the category worth fixing first stands out.
  const shapes = new Map<string, number>();
  const shape = (v: string) => v.replace(/\d/g, '9');
  const shapeKey = (gold: string, p: Timex) => `${shape(gold)} <- ${shape(p.value)} ${p.method.replace(/^timexes\//, '')}`;
  const t0 = performance.now();
  for (const doc of docs) {
    const preds = predict(doc);
    gold += doc.timexes.length; pred += preds.length;
    const used = new Set<number>();
    for (const g of doc.timexes) {
      let k = preds.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
      if (k >= 0) strict++;
      else k = preds.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
      if (k < 0) { errors.push(`MISS  ${doc.dct.slice(0, 10)} ${g.type} "${g.text}" ${g.value}  | ${doc.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' ')}`); continue; }
      used.add(k); relaxed++;
      const p = preds[k];
      if (p.type === g.type) typeOk++;
      tally(p.method).matched++;
      if (norm(p.value) === norm(g.value)) valueOk++;
      else {
        tally(p.method).wrong++;
        const key = shapeKey(g.value, p);
        shapes.set(key, (shapes.get(key) ?? 0) + 1);
        errors.push(`VALUE ${doc.dct.slice(0, 10)} "${g.text}" gold ${g.value} ${g.type} | got "${p.span.text}" ${p.value} ${p.type} (${p.method}) | ${doc.text.slice(Math.max(0, g.start - 60), g.end + 30).replace(/\s+/g, " ")}`);
      }
    }
    preds.forEach((p, i) => { if (!used.has(i)) tally(p.method).fp++; });
    preds.forEach((p, i) => { if (!used.has(i)) errors.push(`FP    ${doc.dct.slice(0, 10)} "${p.span.text}" ${p.value} (${p.method}) | ${doc.text.slice(Math.max(0, p.start - 50), p.end + 30).replace(/\s+/g, ' ')}`); });
  }
  const ms = performance.now() - t0;
  if (process.env.TIMEX_ERRORS) {
    console.log(errors.join('\n'));
    console.log('\nwrong values by gold shape <- predicted shape, rule (10 most frequent)');
    for (const [k, n] of [...shapes].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${String(n).padStart(4)} ${k}`);
    console.log('\nby rule: matched, wrong value, false positive');
    for (const [id, t] of [...byMethod].sort((a, b) => b[1].wrong + b[1].fp - a[1].wrong - a[1].fp)) {
      console.log(`  ${id.padEnd(24)} ${String(t.matched).padStart(4)} ${String(t.wrong).padStart(4)} ${String(t.fp).padStart(4)}`);
    }
  }
  const sp = strict / pred, sr = strict / gold, rp = relaxed / pred, rr = relaxed / gold;
  const valueAcc = valueOk / relaxed;
  return {
    name,
    rows: [
      { measure: 'strict span', P: fix(sp), R: fix(sr), F1: fix(f1(sp, sr)) },
      { measure: 'relaxed span', P: fix(rp), R: fix(rr), F1: fix(f1(rp, rr)) },
      { measure: 'type accuracy', P: '', R: '', F1: fix(typeOk / relaxed) },
      { measure: 'value accuracy', P: '', R: '', F1: fix(valueAcc) },
      { measure: 'value F1', P: '', R: '', F1: fix(f1(rp, rr) * valueAcc) },
    ],
    note: `${docs.length} TimeBank/AQUAINT documents, ${gold} gold timexes, ${pred} predicted; pipeline through timexes ${ms.toFixed(0)} ms`,
  };
}
