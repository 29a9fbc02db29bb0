// End-to-end goldens: each article in examples/ and test/fixtures/ through the full preset,
// summarized with span texts so a change shows up as a readable diff. `npm run goldens` rewrites
// them; review the diff before committing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { process as run, type Article } from '../src/index.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const update = process.env.UPDATE_GOLDENS === '1';
const inputs = ['examples', 'test/fixtures'].flatMap((d) =>
  fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(root, d, f)));

function summarize(a: Article) {
  const md = a.metadata;
  return {
    title: md.title?.value ?? null,
    authors: md.authors.map((x) => x.value),
    published: md.published ? `${md.published.value} (${md.published.raw})` : null,
    credits: md.credits.map((c) => `${c.role}: ${c.value}`),
    dateline: md.dateline?.value ?? null,
    sentences: a.sentences?.map((s) => s.text),
    entities: a.entities?.map((e) => `${e.name} ${e.type}${e.country ? ' ' + e.country : ''}${e.sector ? ' ' + e.sector : ''}: ${e.mentions.map((m) => m.text).join(' | ')}`),
    timexes: a.timexes?.map((t) => `${t.span.text} → ${t.value}${t.mod ? ' ' + t.mod : ''}`),
    quotes: a.quotes?.map((q) => `${q.kind} [${q.speaker?.name ?? q.speaker?.description ?? '?'}${q.speaker?.anonymous ? ', anonymous' : ''}] ${q.content.text}`),
    events: a.events?.map((v) => `${v.code.plover}${v.code.mode ? '/' + v.code.mode : ''} ${v.source?.text ?? '?'} → ${v.target?.text ?? '?'}`),
    messages: a.messages.map((m) => m.code),
  };
}

for (const file of inputs) {
  const name = path.basename(file, '.txt');
  test(`golden: ${name}`, () => {
    const got = summarize(run(fs.readFileSync(file), { referenceTime: '2024-03-01T12:00:00-05:00' }));
    const goldenPath = path.join(root, 'test', 'goldens', `${name}.json`);
    if (update || !fs.existsSync(goldenPath)) {
      fs.writeFileSync(goldenPath, JSON.stringify(got, null, 2) + '\n');
      if (!update) assert.fail(`no golden for ${name}: wrote ${path.relative(root, goldenPath)}; review it and commit`);
      return;
    }
    assert.deepEqual(got, JSON.parse(fs.readFileSync(goldenPath, 'utf8')));
  });
}
