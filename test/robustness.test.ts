// Odd input through the whole preset: seeded random documents built from news-like pieces and
// troublesome characters. Nothing may throw, every span must match the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { process as run, Article } from '../src/index.ts';
import { badSpans } from './helpers.ts';

/** Small deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['"', '“', '”', '‘', '’', "'", '«', '»', ',', '.', '?', '!', ' — ', '\n', '\n\n', ' ', '(', ')', 'said', 'told', 'according to',
  'Mr.', 'Gen.', 'U.S.', 'the minister', 'he', 'she', 'they', 'Moscow', 'Russia', 'the White House', 'Maria Lopez', 'Lopez', 'BY ANNA LEE',
  '07/03/17 10:08 AM EDT', 'last week', 'Monday', 'early April', 'two days ago', 'May', '2,016', '1999', 'attacked', 'threatened', 'met with',
  'did not', 'if', 'will', 'troops', 'rebels', '©', 'Photo:', 'WASHINGTON (Reuters) —', '\u00a0', '\u200b', '\t', 'ﬁ', 'e\u0301', '🙂', '\uFFFD'];

function randomDoc(seed: number): string {
  const r = rng(seed);
  const n = 5 + Math.floor(r() * 300);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.6 ? ' ' : '');
  return s;
}

test('200 random documents run through the full preset without throwing, with valid spans', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const text = randomDoc(seed);
    let a: Article;
    try { a = run(text, { referenceTime: '2020-01-15T12:00:00Z' }); } catch (e) {
      assert.fail(`seed ${seed} threw: ${(e as Error).stack}`);
    }
    assert.ok(Article.safeParse(a).success, `seed ${seed}: record does not validate`);
    assert.deepEqual(badSpans(a), [], `seed ${seed}: span text mismatch`);
  }
});

test('pathological repetitions finish and keep the text', () => {
  for (const text of ['"'.repeat(10_000), '“'.repeat(5_000) + 'said' + '”'.repeat(5_000), 'May '.repeat(20_000),
    '1 '.repeat(30_000), 'Mr. '.repeat(10_000), 'A. '.repeat(10_000), '(' .repeat(10_000), 'said that '.repeat(5_000)]) {
    const a = run(text, { referenceTime: '2020-01-15' });
    assert.ok(a.text.length > 0);
    assert.deepEqual(badSpans(a), []);
  }
});
