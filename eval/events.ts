// Events on the PLOVER gold records: each record's sentence runs through the full pipeline as a
// one-sentence document; the highest-confidence event is the prediction. Figures: category
// accuracy, macro-F1 over the categories, and actor agreement (a predicted source or target
// agrees when its country code, IGO sector or text matches one of the gold actors).
// Then the articles of eval/dev annotated for events: every event the engine finds in them is
// scored, so false positives count. A predicted event matches a gold one when one of its
// evidence sentences holds the gold evidence and the categories are equal (one to one);
// precision, recall and F1 over events, and, on the matched ones, source and target agreement
// (texts that contain one another, or name the same annotated entity; null agrees with null).
// EVENTS_DEBUG=1 lists each PLOVER record; EVENTS_DEBUG=articles each article's misses, role errors and false positives.
import fs from 'node:fs';
import path from 'node:path';
import { process as run } from '../src/engine/process.ts';
import type { Event } from '../src/model/index.ts';
import type { EvalResult } from './run.ts';
import { loadDevSet, type DevDoc, type GoldEvent } from './lib-devset.ts';

export const name = 'events';

interface GoldActor { text: string; code: string | null; sector: string | null }
interface Record { id: string; text: string; event: string; source: GoldActor[]; target: GoldActor[]; reciprocal: boolean }

function agrees(pred: Event['source'], gold: GoldActor[]): boolean {
  if (!pred) return false;
  return gold.some((g) => (g.code && (g.code === pred.country || (g.code === 'IGO' && pred.sector === 'IGO')))
    || (g.text && (g.text.toLowerCase().includes(pred.text.toLowerCase()) || pred.text.toLowerCase().includes(g.text.toLowerCase()))));
}

export function evaluate(sharedData: string | null, repoRoot: string): EvalResult {
  const rows: EvalResult['rows'] = [];
  const notes: string[] = [];
  const file = sharedData && path.join(sharedData, 'plover-dev.jsonl');
  if (!file || !fs.existsSync(file)) notes.push('plover-dev.jsonl is absent; skipped');
  else { rows.push(ploverRow(file)); notes.push('PLOVER gold records (dev half); prediction = highest-confidence event per record'); }
  const docs = loadDevSet(repoRoot).filter((d) => d.events);
  if (docs.length) {
    rows.push(articleRow(docs));
    notes.push('dev articles: every event of the annotated eval/dev articles, matched by sentence and category');
  }
  return { name, rows, note: notes.join('\n') };
}

/** Does `inner` stand in `outer` as whole words (case-insensitive)? */
function containsWords(outer: string, inner: string): boolean {
  const o = outer.toLowerCase(), i = inner.toLowerCase();
  for (let at = o.indexOf(i); at !== -1; at = o.indexOf(i, at + 1)) {
    if (!/[\p{L}\d]/u.test(o[at - 1] ?? '') && !/[\p{L}\d]/u.test(o[at + i.length] ?? '')) return true;
  }
  return false;
}

/** The annotated entities a text names: those with a mention form (or their name) in it as whole words. */
function entitiesIn(d: DevDoc, text: string): Set<string> {
  const out = new Set<string>();
  for (const e of d.entities) if ([e.name, ...e.mentions].some((m) => containsWords(text, m))) out.add(e.name);
  return out;
}

/** Does the predicted actor agree with one of the gold alternatives? `entityName`: the engine's entity for it. */
function actorAgrees(d: DevDoc, pred: Event['source'], entityName: string | undefined, gold: Array<string | null>): boolean {
  if (!pred) return gold.includes(null);
  const predEntities = entitiesIn(d, pred.text);
  if (entityName) for (const e of entitiesIn(d, entityName)) predEntities.add(e);
  for (const g of gold) {
    if (g === null) continue;
    if (containsWords(g, pred.text) || containsWords(pred.text, g)) return true;
    for (const e of entitiesIn(d, g)) if (predEntities.has(e)) return true;
  }
  return false;
}

export function articleRow(docs: DevDoc[]): EvalResult['rows'][number] {
  const debug = process.env.EVENTS_DEBUG === 'articles';
  let gold = 0, predicted = 0, matchedPred = 0, matchedGold = 0, srcOk = 0, tgtOk = 0;
  for (const d of docs) {
    const doc = run(d.text, { referenceTime: d.referenceTime });
    const names = new Map((doc.entities ?? []).map((e) => [e.id, e.name]));
    const preds = doc.events ?? [];
    const golds = d.events!;
    gold += golds.length; predicted += preds.length;
    const spans = (e: Event) => [e.evidence, ...(e.moreEvidence ?? [])];
    const holds = (e: Event, g: GoldEvent) => spans(e).some((s) => s.start < g.end && g.start < s.end);
    const score = (e: Event, g: GoldEvent) => +actorAgrees(d, e.source, e.source?.entity ? names.get(e.source.entity) : undefined, g.source)
      + +actorAgrees(d, e.target, e.target?.entity ? names.get(e.target.entity) : undefined, g.target);
    // One to one: candidate pairs (same category, same sentence) taken best actor agreement first.
    const candidates: Array<{ g: GoldEvent; e: Event; s: number }> = [];
    for (const g of golds) for (const e of preds) if (e.code.plover === g.plover && holds(e, g)) candidates.push({ g, e, s: score(e, g) });
    candidates.sort((a, b) => b.s - a.s);
    const used = new Set<Event>();
    const pairs = new Map<GoldEvent, Event>();
    for (const { g, e } of candidates) if (!used.has(e) && !pairs.has(g)) { used.add(e); pairs.set(g, e); }
    matchedGold += pairs.size; matchedPred += used.size;
    for (const [g, e] of pairs) {
      if (actorAgrees(d, e.source, e.source?.entity ? names.get(e.source.entity) : undefined, g.source)) srcOk++;
      if (actorAgrees(d, e.target, e.target?.entity ? names.get(e.target.entity) : undefined, g.target)) tgtOk++;
    }
    if (debug) {
      console.log(`# ${d.slug}`);
      const show = (e: Event) => `${e.code.plover.padEnd(9)} ${e.source?.text ?? '-'} -> ${e.target?.text ?? '-'} | ${e.evidence.text.slice(0, 100)}`;
      for (const g of golds) {
        const e = pairs.get(g);
        const gs = `${g.plover.padEnd(9)} ${g.source.join('/')} -> ${g.target.join('/')} | ${g.text}`;
        if (!e) console.log(`  MISS ${gs}`);
        else if (score(e, g) < 2) console.log(`  ROLE ${gs}\n       got ${show(e)}`);
      }
      for (const e of preds) if (!used.has(e)) console.log(`  FP   ${show(e)}`);
    }
  }
  const p = matchedPred / Math.max(1, predicted), r = matchedGold / Math.max(1, gold);
  return {
    set: 'dev articles', items: docs.length, gold, predicted,
    precision: +p.toFixed(3), recall: +r.toFixed(3), F1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3),
    'source agreement': +(srcOk / Math.max(1, matchedGold)).toFixed(3),
    'target agreement': +(tgtOk / Math.max(1, matchedGold)).toFixed(3),
  };
}

function ploverRow(file: string): EvalResult['rows'][number] {
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
    set: 'PLOVER records', items: records.length,
    'category accuracy': +(correct / records.length).toFixed(3),
    'macro-F1': +(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3),
    'actor agreement': +(actorOk / Math.max(1, actorN)).toFixed(3),
    'no event': none,
  };
}
