import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedMemo } from '../../src/engine/memo.ts';

test('boundedMemo computes once per key, keeps null results, and stays within its cap', () => {
  const calls: string[] = [];
  const f = boundedMemo((k: string) => { calls.push(k); return k === 'none' ? null : k.toUpperCase(); }, 2);
  assert.equal(f('a'), 'A');
  assert.equal(f('a'), 'A');
  assert.equal(f('none'), null);
  assert.equal(f('none'), null);
  assert.deepEqual(calls, ['a', 'none']);
  f('b'); // the table was full: emptied, then 'b' kept
  f('a');
  assert.deepEqual(calls, ['a', 'none', 'b', 'a']);
});
