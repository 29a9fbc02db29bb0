import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveZone } from '../../../src/engine/time/zones.ts';

test('US zones take daylight time from the date', () => {
  assert.equal(resolveZone('ET', 2021, 7, 14)?.offset, -240);
  assert.equal(resolveZone('ET', 2021, 1, 14)?.offset, -300);
  assert.equal(resolveZone('e.t.', 2021, 1, 14)?.abbr, 'EST');
});

test('numeric offsets are read as written', () => {
  assert.equal(resolveZone('+02:00', 2021, 1, 1)?.offset, 120);
  assert.equal(resolveZone('GMT-5', 2021, 1, 1)?.offset, -300);
});

test('words that are names of object members are not zones', () => {
  for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) assert.equal(resolveZone(w, 2021, 1, 1), null, w);
});
