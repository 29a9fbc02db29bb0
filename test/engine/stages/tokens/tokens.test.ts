import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../../src/engine/stages/tokens/tokenize.ts';

const toks = (s: string) => tokenize(s).map((t) => s.slice(t.start, t.end));

test('words, possessive clitics, hyphens, dotted abbreviations and numbers', () => {
  assert.deepEqual(toks("Assad's U.S.-backed rival won 59.5% of 2,016 votes at 10:08 a.m."),
    ['Assad', "'s", 'U.S.', '-', 'backed', 'rival', 'won', '59.5', '%', 'of', '2,016', 'votes', 'at', '10:08', 'a.m.']);
});

test('accented and non-Latin letters, curly apostrophes and quotes', () => {
  assert.deepEqual(toks('“António Guterres’s plan,” she said. Zürich-based'), ['“', 'António', 'Guterres', '’s', 'plan', ',', '”', 'she', 'said', '.', 'Zürich-based']);
});

test('a sentence-final period is its own token, a name initial keeps none', () => {
  assert.deepEqual(toks('John F. Kerr left.'), ['John', 'F', '.', 'Kerr', 'left', '.']);
});

test('offsets are exact and kinds are set', () => {
  const s = 'In 1999, prices rose.';
  const t = tokenize(s);
  assert.deepEqual(t.map((x) => x.kind), ['w', 'n', 'p', 'w', 'w', 'p']);
  for (const x of t) assert.ok(x.end > x.start && s.slice(x.start, x.end).trim() === s.slice(x.start, x.end));
});
