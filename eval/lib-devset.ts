// The project's own annotated development set (eval/dev/): articles written by the newsgraph
// authors, annotated for entities and quotes. Each article is <slug>.txt with <slug>.json beside it:
//
// {
//   "referenceTime": "2024-03-05T09:00:00-05:00",          // document creation time, optional
//   "entities": [ { "name": "Rex Tillerson", "type": "PERSON", "country": "USA",
//                   "mentions": ["Rex Tillerson", "Tillerson", "Mr. Tillerson"] } ],
//   "quotes":   [ { "content": "exact text inside the marks or the reported clause",
//                   "kind": "direct" | "partial" | "mixed" | "indirect",
//                   "speaker": "Rex Tillerson" | null, "anonymous": false,
//                   "occurrence": 1 } ],                          // only when content repeats
//   "events":   [ { "evidence": "accused the army of bombing",   // a unique substring of the event's sentence
//                   "plover": "ACCUSE", "source": "Omar Hamdan el-Tayeb" | ["adviser", "group"] | null,
//                   "target": "army" | null, "reported": false } ]  // optional: only articles annotated for events
// }
//
// Mentions are strings: every whole-word occurrence of a listed string is a mention of that
// entity, except where it lies inside a longer listed string (longest match wins). Pronouns are
// not annotated. Quote content is located by its exact text (its nth occurrence if given).
// An event's source and target are the actor's text as written in the sentence, a list of
// acceptable texts (null among them when no actor is also right), or null (no actor); an article
// without an "events" key is not annotated for events (eval/dev/README.md has the conventions).
import fs from 'node:fs';
import path from 'node:path';

export interface GoldMention { start: number; end: number; text: string; entity: string }
export interface GoldEntity { name: string; type: string; country?: string; mentions: string[] }
export interface GoldQuote { start: number; end: number; text: string; kind: string; speaker: string | null; anonymous: boolean }
/** A gold event: the span of its evidence substring, its category, and the acceptable source and target texts (null: no actor). */
export interface GoldEvent { start: number; end: number; text: string; plover: string; source: Array<string | null>; target: Array<string | null>; reported: boolean }
export interface DevDoc {
  slug: string; text: string; referenceTime?: string; entities: GoldEntity[]; mentions: GoldMention[]; quotes: GoldQuote[];
  /** undefined: the article is not annotated for events */
  events?: GoldEvent[];
}

const PLOVER = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT']);
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{M}\d]/u.test(c);

// DEV_ONLY / DEV_SKIP: comma-separated slugs or slug prefixes, to score a subset of the set.
function chosen(slug: string): boolean {
  const list = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const only = list(process.env.DEV_ONLY), skip = list(process.env.DEV_SKIP);
  if (only.length && !only.some((p) => slug.startsWith(p))) return false;
  return !skip.some((p) => slug.startsWith(p));
}

export function loadDevSet(root: string): DevDoc[] {
  const dir = path.join(root, 'eval', 'dev');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && chosen(f.slice(0, -4))).sort().map((f) => {
    const slug = f.slice(0, -4);
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const ann = JSON.parse(fs.readFileSync(path.join(dir, slug + '.json'), 'utf8'));
    return resolveDoc(slug, text, ann);
  });
}

export function resolveDoc(slug: string, text: string, ann: any): DevDoc {
  const entities: GoldEntity[] = ann.entities ?? [];
  const forms = entities.flatMap((e) => e.mentions.map((m) => ({ form: m, entity: e.name })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const mentions: GoldMention[] = [];
  for (const { form, entity } of forms) {
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
      const end = i + form.length;
      if (isWordChar(text[i - 1]) || isWordChar(text[end]) || taken.subarray(i, end).some((x) => x)) continue;
      taken.fill(1, i, end);
      mentions.push({ start: i, end, text: form, entity });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const quotes: GoldQuote[] = (ann.quotes ?? []).map((q: any) => {
    let at = -1;
    for (let n = 0; n < (q.occurrence ?? 1); n++) at = text.indexOf(q.content, at + 1);
    if (at === -1) throw new Error(`${slug}: quote content not found: ${q.content.slice(0, 60)}`);
    return { start: at, end: at + q.content.length, text: q.content, kind: q.kind, speaker: q.speaker ?? null, anonymous: !!q.anonymous };
  });
  const actor = (a: unknown): Array<string | null> => (Array.isArray(a) ? a : [(a as string | undefined) ?? null]);
  const events: GoldEvent[] | undefined = ann.events?.map((e: any) => {
    let at = -1;
    for (let n = 0; n < (e.occurrence ?? 1); n++) at = text.indexOf(e.evidence, at + 1);
    if (at === -1) throw new Error(`${slug}: event evidence not found: ${e.evidence.slice(0, 60)}`);
    if (!PLOVER.has(e.plover)) throw new Error(`${slug}: unknown PLOVER category ${e.plover}`);
    for (const a of [...actor(e.source), ...actor(e.target)]) if (a !== null && !text.includes(a)) throw new Error(`${slug}: event actor not in the text: ${a}`);
    return { start: at, end: at + e.evidence.length, text: e.evidence, plover: e.plover, source: actor(e.source), target: actor(e.target), reported: !!e.reported };
  });
  return { slug, text, referenceTime: ann.referenceTime, entities, mentions, quotes, events };
}
