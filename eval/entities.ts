// Entities: mention detection (untyped and typed), canonical names and in-article clustering on the
// project's dev set (eval/dev/), and mention detection on GUM news (../shared/data/gum-news-dev.jsonl).
// Matching follows shared/data/README.md: a predicted non-pronoun mention matches a gold one when it
// covers the gold head and the gold span holds the prediction's last word; one-to-one. Dev-set gold
// mentions in the byline or credit lines are left out (authors and photographers are metadata, not entities).
import fs from 'node:fs';
import path from 'node:path';
import { process as extract } from '../src/engine/process.ts';
import type { Entity } from '../src/model/index.ts';
import { loadDevSet } from './lib-devset.ts';
import countryTable from '../src/engine/data/countries.json' with { type: 'json' };
import type { EvalResult } from './run.ts';

export const name = 'entities';

interface Gold { start: number; end: number; head: [number, number]; types: string[]; cluster: string; required: boolean }
interface Pred { start: number; end: number; last: [number, number]; type: string; entity: Entity; kind: string }

const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’.-]*/gu;
function words(text: string, start: number, end: number): Array<[number, number]> {
  return [...text.slice(start, end).matchAll(WORD)].map((m) => [start + m.index, start + m.index + m[0].replace(/[.'’-]+$/, '').length]);
}
/** The head of a dev-set mention: its last word, or the word before "of" ("Department of State"). */
function devHead(text: string, start: number, end: number): [number, number] {
  const ws = words(text, start, end);
  const of = ws.findIndex(([a, b]) => text.slice(a, b) === 'of');
  return of > 0 ? ws[of - 1] : ws[ws.length - 1] ?? [start, end];
}
function predictions(text: string, list: Entity[], skipDemonyms = false): Pred[] {
  return list.flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun' && !(skipDemonyms && m.kind === 'demonym')).map((m) => {
    const ws = words(text, m.start, m.end);
    return { start: m.start, end: m.end, last: ws[ws.length - 1] ?? [m.start, m.end], type: e.type, entity: e, kind: m.kind };
  }));
}
/**
 * One-to-one greedy matching; returns gold index → pred index. Required gold mentions are matched first, so an
 * optional one (a coordination holding it) cannot take the prediction that the required mention needs.
 */
function match(gold: Gold[], preds: Pred[]): Map<number, number> {
  const used = new Set<number>(), out = new Map<number, number>();
  for (const required of [true, false]) {
    gold.forEach((g, gi) => {
      if (g.required !== required) return;
      const pi = preds.findIndex((p, i) => !used.has(i) && p.start <= g.head[0] && p.end >= g.head[1] && g.start <= p.last[0] && p.last[1] <= g.end);
      if (pi >= 0) { used.add(pi); out.set(gi, pi); }
    });
  }
  return out;
}
const f1 = (tp: number, np: number, ng: number) => { const p = np ? tp / np : 0, r = ng ? tp / ng : 0; return { P: +p.toFixed(3), R: +r.toFixed(3), F1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3) }; };

interface Tally { tp: number; typed: number; np: number; ng: number }
function score(gold: Gold[], preds: Pred[], t: Tally): Map<number, number> {
  const req = gold.filter((g) => g.required);
  const m = match(gold, preds);
  // Predictions matching an optional gold mention count neither way.
  const optionalPreds = new Set([...m].filter(([gi]) => !gold[gi].required).map(([, pi]) => pi));
  t.np += preds.length - optionalPreds.size;
  t.ng += req.length;
  for (const [gi, pi] of m) if (gold[gi].required) { t.tp++; if (gold[gi].types.includes(preds[pi].type)) t.typed++; }
  return m;
}

/** B³ over the matched mentions: gold clusters against predicted entities. */
function bcubed(pairs: Array<{ g: string; p: string }>): { P: number; R: number; F1: number } {
  let p = 0, r = 0;
  for (const a of pairs) {
    const sameP = pairs.filter((b) => b.p === a.p), sameG = pairs.filter((b) => b.g === a.g);
    const both = sameP.filter((b) => b.g === a.g).length;
    p += both / sameP.length; r += both / sameG.length;
  }
  const n = pairs.length || 1, P = p / n, R = r / n;
  return { P: +P.toFixed(3), R: +R.toFixed(3), F1: +(P + R ? (2 * P * R) / (P + R) : 0).toFixed(3) };
}

export function evaluate(sharedData: string | null, root: string): EvalResult {
  const rows: EvalResult['rows'] = [];
  const dev = loadDevSet(root);
  const t: Tally = { tp: 0, typed: 0, np: 0, ng: 0 };
  const pairs: Array<{ g: string; p: string }> = [];
  const names = { PERSON: [0, 0], GPE: [0, 0] } as Record<string, [number, number]>;
  for (const d of dev) {
    const art = extract(d.text, { referenceTime: d.referenceTime });
    const byName = new Map(d.entities.map((e) => [e.name, e]));
    // Bylines and credits name authors and photographers, not entities: gold mentions inside them are left out.
    // The dateline's places are entities (the stage reads them from metadata.dateline) and are scored.
    const header = [...art.metadata.authors.map((a) => a.span), ...art.metadata.credits.map((c) => c.span)].filter((x) => !!x);
    const gold: Gold[] = d.mentions.filter((m) => !header.some((h) => h!.start < m.end && m.start < h!.end)).map((m) => ({ start: m.start, end: m.end, head: devHead(d.text, m.start, m.end), types: [byName.get(m.entity)!.type], cluster: m.entity, required: true }));
    const preds = predictions(d.text, art.entities ?? []);
    const m = score(gold, preds, t);
    if (process.env.ENTITY_ERRORS === 'dev') printErrors(d.text, gold, preds, m);
    const votes = new Map<string, Map<Entity, number>>();
    for (const [gi, pi] of m) {
      pairs.push({ g: d.slug + '/' + gold[gi].cluster, p: d.slug + '/' + preds[pi].entity.id });
      const v = votes.get(gold[gi].cluster) ?? new Map(); v.set(preds[pi].entity, (v.get(preds[pi].entity) ?? 0) + 1); votes.set(gold[gi].cluster, v);
    }
    for (const e of d.entities) {
      const isCountry = e.type === 'GPE' && COUNTRY_FORMS.has(e.name);
      if (e.type !== 'PERSON' && !isCountry) continue;
      const k = e.type === 'PERSON' ? 'PERSON' : 'GPE';
      const best = [...(votes.get(e.name) ?? new Map<Entity, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];
      names[k][1]++;
      if (best && best.name === e.name) names[k][0]++;
      else if (process.env.ENTITY_ERRORS) console.log(`NAME ${d.slug} gold "${e.name}" got "${best?.name ?? '(none)'}"`);
    }
  }
  if (dev.length) {
    rows.push({ set: `dev (${dev.length} docs)`, measure: 'mentions untyped', ...f1(t.tp, t.np, t.ng), n: t.ng });
    rows.push({ set: 'dev', measure: 'mentions typed', ...f1(t.typed, t.np, t.ng), n: t.ng });
    rows.push({ set: 'dev', measure: 'B³ clustering (matched mentions)', ...bcubed(pairs), n: pairs.length });
    for (const k of ['PERSON', 'GPE']) rows.push({ set: 'dev', measure: `canonical name ${k === 'GPE' ? 'countries' : 'people'}`, P: '', R: '', F1: +(names[k][0] / (names[k][1] || 1)).toFixed(3), n: names[k][1] });
  }
  let note = dev.length ? '' : 'eval/dev is empty: dev-set rows skipped. ';
  if (!sharedData) return { name, rows, note: note + 'shared data absent: GUM rows skipped' };
  const file = path.join(sharedData, 'gum-news-dev.jsonl');
  if (!fs.existsSync(file)) return { name, rows, note: note + 'gum-news-dev.jsonl absent: GUM rows skipped' };
  const strict: Tally = { tp: 0, typed: 0, np: 0, ng: 0 }, noDem: Tally = { tp: 0, typed: 0, np: 0, ng: 0 };
  const docs = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  for (const doc of docs) {
    const art = extract(doc.text, {});
    const gold: Gold[] = doc.mentions.map((m: any) => {
      const h = m.text.lastIndexOf(m.head);
      return { start: m.start, end: m.end, head: [m.start + h, m.start + h + m.head.length], types: m.accept, cluster: '', required: m.required };
    });
    const preds = predictions(art.text, art.entities ?? []);
    const m = score(gold, preds, strict);
    if (process.env.ENTITY_ERRORS) printErrors(doc.text, gold, preds, m);
    score(gold, predictions(art.text, art.entities ?? [], true), noDem);
  }
  rows.push({ set: `GUM (${docs.length} docs)`, measure: 'mentions untyped', ...f1(strict.tp, strict.np, strict.ng), n: strict.ng });
  rows.push({ set: 'GUM', measure: 'mentions typed', ...f1(strict.typed, strict.np, strict.ng), n: strict.ng });
  rows.push({ set: 'GUM', measure: 'typed, adjectival demonyms not counted', ...f1(noDem.typed, noDem.np, noDem.ng), n: noDem.ng });
  note += 'GUM does not annotate adjectival demonyms ("Afghan team"); the dev set does, so the third GUM row leaves them out.';
  return { name, rows, note };
}
/**
 * ENTITY_ERRORS=1 npm run eval (ENTITY_ERRORS=dev for the dev set): print GUM false positives (FP), misses (FN) and wrong types (TYPE),
 * each with a little context, to read error categories (never to copy strings into the tables).
 */
function printErrors(text: string, gold: Gold[], preds: Pred[], m: Map<number, number>): void {
  const ctx = (a: number, b: number) => (text.slice(Math.max(0, a - 30), a) + '[' + text.slice(a, b) + ']' + text.slice(b, b + 30)).replace(/\s+/g, ' ');
  const matched = new Set(m.values());
  preds.forEach((p, i) => { if (!matched.has(i)) console.log(`FP   ${p.type.padEnd(6)} ${p.kind.padEnd(8)} ${p.entity.confidence} ${ctx(p.start, p.end)}`); });
  if (process.env.ENTITY_ERRORS === 'all') for (const [gi, pi] of m) if (gold[gi].required) console.log(`OK   ${preds[pi].type.padEnd(6)} ${preds[pi].kind.padEnd(8)} ${preds[pi].entity.confidence} ${gold[gi].types.includes(preds[pi].type) ? 'typed' : 'wrong'} ${ctx(preds[pi].start, preds[pi].end)}`);
  gold.forEach((g, i) => {
    if (!g.required) return;
    const pi = m.get(i);
    if (pi === undefined) console.log(`FN   ${g.types.join('/').padEnd(6)} ${ctx(g.start, g.end)}`);
    else if (!g.types.includes(preds[pi].type)) console.log(`TYPE ${preds[pi].type} ≠ ${g.types.join('/')} ${ctx(g.start, g.end)}`);
  });
}
/** Gold GPEs that are countries: their name is a country's name or official name in the data table. */
const COUNTRY_FORMS = new Set(countryTable.countries.flatMap((c) => c.forms));
