// Events on the PLOVER gold records: each record's sentence runs through the full pipeline as a
// one-sentence document; the highest-confidence event is the prediction. Figures: category
// accuracy, macro-F1 over the categories, and actor agreement (a predicted source or target
// agrees when its country code, IGO sector or text matches one of the gold actors).
import fs from 'node:fs';
import path from 'node:path';
import { process as run } from '../src/engine/process.ts';
import type { Event } from '../src/model/index.ts';
import type { EvalResult } from './run.ts';

export const name = 'events';

interface GoldActor { text: string; code: string | null; sector: string | null }
interface Record { id: string; text: string; event: string; source: GoldActor[]; target: GoldActor[]; reciprocal: boolean }

function agrees(pred: Event['source'], gold: GoldActor[]): boolean {
  if (!pred) return false;
  return gold.some((g) => (g.code && (g.code === pred.country || (g.code === 'IGO' && pred.sector === 'IGO')))
    || (g.text && (g.text.toLowerCase().includes(pred.text.toLowerCase()) || pred.text.toLowerCase().includes(g.text.toLowerCase()))));
}

export function evaluate(sharedData: string | null): EvalResult {
  const file = sharedData && path.join(sharedData, 'plover-dev.jsonl');
  if (!file || !fs.existsSync(file)) return { name, rows: [], note: 'plover-dev.jsonl is absent; skipped' };
  const records: Record[] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const cats = new Set(records.map((r) => r.event));
  const tp = new Map<string, number>(), fp = new Map<string, number>(), fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let correct = 0, none = 0, actorN = 0, actorOk = 0;
  const debug = process.env.EVENTS_DEBUG === '1';
  for (const r of records) {
    const doc = run(r.text);
    const best = [...(doc.events ?? [])].sort((a, b) => b.confidence - a.confidence)[0];
    const got = best?.code.plover ?? 'NONE';
    if (!best) none++;
    if (got === r.event) { correct++; inc(tp, got); } else { inc(fn, r.event); inc(fp, got); }
    const srcGold = r.source, tgtGold = r.reciprocal && !r.target.length ? r.source : r.target;
    for (const [pred, gold] of [[best?.source ?? null, srcGold], [best?.target ?? null, tgtGold]] as const) {
      if (!gold.length) continue;
      actorN++;
      if (agrees(pred, gold)) actorOk++;
    }
    if (debug) console.log(`${got === r.event ? 'ok ' : 'BAD'} ${r.event.padEnd(9)} ${got.padEnd(9)} ${best?.source?.text ?? '-'} [${best?.source?.country ?? ''}] -> ${best?.target?.text ?? '-'} [${best?.target?.country ?? ''}] | ${r.text.slice(0, 110)}`);
  }
  const f1s = [...cats].map((c) => {
    const t = tp.get(c) ?? 0, p1 = t / Math.max(1, t + (fp.get(c) ?? 0)), r1 = t / Math.max(1, t + (fn.get(c) ?? 0));
    return p1 + r1 ? (2 * p1 * r1) / (p1 + r1) : 0;
  });
  return {
    name,
    rows: [{
      records: records.length,
      'category accuracy': +(correct / records.length).toFixed(3),
      'macro-F1': +(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3),
      'actor agreement': +(actorOk / Math.max(1, actorN)).toFixed(3),
      'no event': none,
    }],
    note: 'PLOVER gold records (dev half); prediction = highest-confidence event per record',
  };
}
