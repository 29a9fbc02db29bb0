// Quotes on the project's own dev set (eval/dev/): quote-content P/R/F1 (overlap and exact), speaker
// accuracy, end-to-end F1 (content overlaps and speaker right) and indirect-statement recall.
// The dev set annotates a reported clause with quoted words as one mixed statement (the whole clause); the
// engine gives one partial quote per quoted fragment, which matches it by overlap. Every record is scored.
import { loadDevSet, type DevDoc, type GoldQuote } from './lib-devset.ts';
import type { EvalResult } from './run.ts';
import type { Quote } from '../src/model/index.ts';
import { FULL } from '../src/engine/presets.ts';
import { createPipeline } from '../src/engine/pipeline.ts';
import { quotes as quotesStage } from '../src/engine/stages/quotes/index.ts';
import { process as runEngine } from '../src/engine/process.ts';

export const name = 'quotes';

const norm = (s: string) => s.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/[.’'"]/g, '').replace(/\s+/g, ' ').trim();
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x: number) => Math.round(x * 1000) / 1000;


/** One-to-one pairs by largest overlap first. */
function match(golds: GoldQuote[], preds: Quote[]): Array<[GoldQuote, Quote]> {
  const cands: Array<[number, number, number]> = [];
  golds.forEach((g, i) => preds.forEach((p, j) => {
    const ov = Math.min(g.end, p.content.end) - Math.max(g.start, p.content.start);
    if (ov > 0) cands.push([ov, i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>(), pu = new Set<number>(), out: Array<[GoldQuote, Quote]> = [];
  for (const [, i, j] of cands) if (!gu.has(i) && !pu.has(j)) { gu.add(i); pu.add(j); out.push([golds[i], preds[j]]); }
  return out;
}

/** Whether the predicted speaker is the gold one: same name, or a name the gold entity is written as. */
export function speakerRight(doc: DevDoc, g: GoldQuote, p: Quote): boolean {
  const s = p.speaker;
  if (g.anonymous) return !!s?.anonymous;
  if (!g.speaker) return !s || (!s.name && !s.anonymous);
  if (!s?.name || s.anonymous) return false;
  const ent = doc.entities.find((e) => e.name === g.speaker);
  const forms = new Set([g.speaker, ...(ent?.mentions ?? [])].map(norm));
  return forms.has(norm(s.name));
}

/** QUOTE_ERRORS=1: each missed statement, each spurious one, and each wrong speaker, with its text. */
function printErrors(doc: DevDoc, pairs: Array<[GoldQuote, Quote]>, preds: Quote[]): void {
  const cut = (s: string) => (s.length > 90 ? s.slice(0, 87) + '…' : s).replace(/\s+/g, ' ');
  const who = (p: Quote) => (p.speaker?.anonymous ? `anon "${p.speaker.description ?? ''}"` : p.speaker?.name ?? 'none');
  const hitG = new Set(pairs.map(([g]) => g)), hitP = new Set(pairs.map(([, p]) => p));
  for (const g of doc.quotes) if (!hitG.has(g)) console.log(`MISS    ${doc.slug} ${g.kind} [${g.speaker ?? (g.anonymous ? 'anon' : 'none')}] ${cut(g.text)}`);
  for (const p of preds) if (!hitP.has(p)) console.log(`SPUR    ${doc.slug} ${p.kind} ${p.method} [${who(p)}] ${cut(p.content.text)}`);
  for (const [g, p] of pairs) if (!speakerRight(doc, g, p)) console.log(`SPEAKER ${doc.slug} gold [${g.speaker ?? (g.anonymous ? 'anon' : 'none')}] got [${who(p)}] ${p.method} ${cut(g.text)}`);
}

export function evaluate(_shared: string | null, root: string): EvalResult {
  const docs = loadDevSet(root);
  if (!docs.length) return { name, rows: [], note: 'eval/dev/ has no annotated articles yet' };
  const stages = FULL.some((s) => s.name === 'quotes') ? FULL : [...FULL, quotesStage];
  const pipeline = createPipeline(stages);
  let gold = 0, pred = 0, ovTP = 0, exTP = 0, spk = 0, e2e = 0, ind = 0, indHit = 0, ms = 0, dated = 0;
  const byKind: Record<string, { gold: number; hit: number }> = {};
  for (const doc of docs) {
    const t0 = performance.now();
    const art = runEngine(doc.text, { referenceTime: doc.referenceTime }, pipeline);
    ms += performance.now() - t0;
    const preds = art.quotes ?? [];
    dated += preds.filter((q) => q.timex).length;
    const pairs = match(doc.quotes, preds);
    gold += doc.quotes.length; pred += preds.length; ovTP += pairs.length;
    exTP += pairs.filter(([g, p]) => g.start === p.content.start && g.end === p.content.end).length;
    const right = pairs.filter(([g, p]) => speakerRight(doc, g, p)).length;
    if (process.env.QUOTE_ERRORS) printErrors(doc, pairs, preds);
    spk += right; e2e += right;
    for (const g of doc.quotes) {
      const k = (byKind[g.kind] ??= { gold: 0, hit: 0 });
      k.gold++;
      if (pairs.some(([gg]) => gg === g)) k.hit++;
      if (g.kind === 'indirect') { ind++; if (pairs.some(([gg]) => gg === g)) indHit++; }
    }
  }
  const row = (metric: string, tp: number) => ({ metric, P: fmt(tp / pred), R: fmt(tp / gold), F1: fmt(f1(tp / pred, tp / gold)) });
  return {
    name,
    note: `${docs.length} articles, ${gold} gold statements, ${pred} predicted; speaker accuracy ${fmt(spk / Math.max(1, ovTP))} on ${ovTP} matched; ` +
      `indirect recall ${fmt(ind ? indHit / ind : 0)} (${indHit}/${ind}); recall by kind ${Object.entries(byKind).map(([k, v]) => `${k} ${v.hit}/${v.gold}`).join(', ')}; ` +
      `${dated} predicted statements dated by a timex (not scored: the dev set has no gold for it); ${fmt(ms / docs.length)} ms/article for the whole preset`,
    rows: [row('content (overlap)', ovTP), row('content (exact)', exTP), row('end-to-end (overlap + speaker)', e2e)],
  };
}
