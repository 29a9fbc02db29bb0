import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { process as run, Article } from '../src/index.ts';
import { badSpans, allSpans } from './helpers.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const articles = [
  ...fs.readdirSync(path.join(here, '..', 'examples')).filter((f) => f.endsWith('.txt')).map((f) => path.join(here, '..', 'examples', f)),
  ...fs.readdirSync(path.join(here, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => path.join(here, 'fixtures', f)),
];

test('there are articles to check', () => assert.ok(articles.length >= 3, `found ${articles.length}`));

for (const file of articles) {
  test(`record of ${path.basename(file)} validates, round-trips and its spans match the text`, () => {
    const a = run(fs.readFileSync(file), { uri: file });
    const parsed = Article.safeParse(a);
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
    assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
    assert.ok(allSpans(a).length > 5, 'the record has spans');
    assert.deepEqual(badSpans(a), []);
    assert.match(a.id, /^[0-9a-f]{64}$/);
    assert.ok(a.sentences && a.sentences.length > 0);
  });
}

test('the offset map leads every span back to the raw input', () => {
  const raw = 'Line one\r\nThe\u00a0minister\u200b said \u201cno.\u201d\r\nCafe\u0301 talks end.';
  const a = run(raw);
  assert.ok(a.source.offsetMap && a.source.offsetMap.length > 1);
  const toRaw = (i: number) => {
    let pair = a.source.offsetMap![0];
    for (const p of a.source.offsetMap!) if (p[0] <= i) pair = p;
    return i + (pair[1] - pair[0]);
  };
  const i = a.text.indexOf('said');
  assert.equal(raw.slice(toRaw(i), toRaw(i) + 4), 'said');
  const j = a.text.indexOf('talks');
  assert.equal(raw.slice(toRaw(j), toRaw(j) + 5), 'talks');
  assert.ok(a.text.includes('Café'), 'combining accent composed (NFC)');
});

test('the record is deterministic and carries no clock-dependent value', () => {
  const text = fs.readFileSync(articles[0]);
  assert.deepEqual(run(text), run(text));
});
