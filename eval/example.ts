// The "done when" checks of the issues on ../shared/examples/thehill-tillerson-2017-07-03.txt:
// one row per expected fact, found or not. Skipped when the shared folder is absent.
import fs from 'node:fs';
import path from 'node:path';
import { process as run } from '../src/engine/process.ts';
import type { EvalResult } from './run.ts';

export const name = 'example';

export function evaluate(sharedData: string | null): EvalResult {
  const file = sharedData && path.join(sharedData, '..', 'examples', 'thehill-tillerson-2017-07-03.txt');
  if (!file || !fs.existsSync(file)) return { name, rows: [], note: 'skipped: ../shared/examples is absent' };
  const a = run(fs.readFileSync(file));
  const md = a.metadata;
  const timex = (text: string, value: string, mod?: string) =>
    a.timexes!.filter((t) => t.span.text === text && t.value.startsWith(value) && (mod === undefined || t.mod === mod)).length;
  const entity = (n: string, type: string) => a.entities!.some((e) => e.name === n && e.type === type);
  const quoteBy = (speaker: string, start: string, kind?: string) => a.quotes!.some((q) =>
    (q.speaker?.name === speaker || q.speaker?.mention?.text === speaker) && q.content.text.startsWith(start) && (!kind || q.kind === kind));
  const event = (plover: string, source: RegExp, mode?: string) => a.events!.some((v) =>
    v.code.plover === plover && source.test(v.source?.text ?? '') && (mode === undefined || v.code.mode === mode));
  const checks: Array<[string, string, boolean]> = [
    ['4', 'author Rebecca Savransky', md.authors.map((x) => x.value).join() === 'Rebecca Savransky'],
    ['4', 'published 2017-07-03T10:08:00-04:00 with zone', md.published?.value === '2017-07-03T10:08:00-04:00' && !!md.published.zone],
    ['4', 'photo credit Keren Carrion', md.credits.some((c) => c.value === 'Keren Carrion' && c.role === 'photo')],
    ['4', '12 body sentences, none from the header', a.sentences!.length === 12 && !a.sentences!.some((s) => /SAVRANSKY|©/.test(s.text))],
    ['5', 'people: Tillerson, Assad, Guterres, Spicer, Lavrov', ['Rex Tillerson', 'Bashar Assad', 'António Guterres', 'Sean Spicer', 'Sergey Lavrov'].every((n) => entity(n, 'PERSON'))],
    ['5', 'countries: Russia (with Moscow), Syria, United States, Iraq', ['Russia', 'Syria', 'United States', 'Iraq'].every((n) => entity(n, 'GPE'))
      && a.entities!.some((e) => e.name === 'Russia' && e.mentions.some((m) => m.text === 'Moscow'))],
    ['5', 'organisations: UN, State Dept, White House, Foreign Policy, Islamic State (ISIS), Trump administration',
      ['United Nations', 'U.S. Department of State', 'White House', 'Foreign Policy', 'Islamic State', 'Trump administration'].every((n) => entity(n, 'ORG'))
      && a.entities!.some((e) => e.name === 'Islamic State' && e.mentions.some((m) => m.text === 'ISIS'))],
    ['5', 'Geneva', entity('Geneva', 'GPE') || entity('Geneva', 'LOC')],
    ['6', 'published time → 2017-07-03T10:08-04:00', timex('07/03/17 10:08 AM EDT', '2017-07-03T10:08') === 1],
    ['6', 'both "last week" → 2017-W26', timex('last week', '2017-W26') === 2],
    ['6', '"Monday" → 2017-07-03', timex('Monday', '2017-07-03') === 1],
    ['6', '"Last month" → 2017-06', timex('Last month', '2017-06') === 1],
    ['6', '"early April" → 2017-04 START', timex('early April', '2017-04', 'START') === 1],
    ['7', 'anonymous State official: two partial quotes', a.quotes!.filter((q) => q.kind === 'partial' && q.speaker?.anonymous && /State official/.test(q.speaker.description ?? '')).length === 2],
    ['7', '"the official" twice (direct)', a.quotes!.filter((q) => q.kind === 'direct' && q.speaker?.mention?.text === 'the official').length === 2],
    ['7', 'Sean Spicer, White House, Russia ×2, Sergey Lavrov', quoteBy('Sean Spicer', 'identified') && quoteBy('White House', 'As we have')
      && a.quotes!.filter((q) => q.speaker?.name === 'Russia' && q.kind === 'partial').length === 2 && quoteBy('Sergey Lavrov', 'They should not')],
    ['7', 'indirect: Tillerson and Lavrov', quoteBy('Rex Tillerson', 'the Trump administration', 'indirect') && quoteBy('Sergey Lavrov', 'terrorist groups', 'indirect')],
    ['8', 'ASSAULT U.S. warships → Syria, dated 2017-04', a.events!.some((v) => v.code.plover === 'ASSAULT' && /warships/.test(v.source?.text ?? '') && v.source?.country === 'USA' && v.target?.country === 'SYR' && v.date?.value.startsWith('2017-04'))],
    ['8', 'ASSAULT by forces loyal to Assad', event('ASSAULT', /forces loyal to Assad/)],
    ['8', 'CONSULT Tillerson → Guterres, last week', a.events!.some((v) => v.code.plover === 'CONSULT' && /Tillerson/.test(v.source?.text ?? '') && /Guterres/.test(v.target?.text ?? '') && v.date?.value === '2017-W26')],
    ['8', 'THREATEN White House (conditional)', event('THREATEN', /White House/, 'conditional')],
    ['8', 'THREATEN Russia/Moscow → U.S.', a.events!.some((v) => v.code.plover === 'THREATEN' && /Moscow|Russia/.test(v.source?.text ?? '') && v.target?.country === 'USA')],
  ];
  const ok = checks.filter((c) => c[2]).length;
  return { name, note: `${ok} of ${checks.length} expected facts found`, rows: checks.map(([issue, fact, pass]) => ({ issue, fact, found: pass ? 'yes' : 'NO' })) };
}
