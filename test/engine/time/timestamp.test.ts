import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimestamp } from '../../../src/engine/time/timestamp.ts';

test('a GMT offset is read whole, not as GMT', () => {
  assert.equal(findTimestamp('Oct 2, 2023 at 9:15 AM GMT+3')!.value, '2023-10-02T09:15:00+03:00');
});

test('house separators between the date and the time', () => {
  assert.equal(findTimestamp('Aug. 7, 2022 / 6:20 PM EDT')!.value, '2022-08-07T18:20:00-04:00');
  assert.equal(findTimestamp('9 August 2022 · 14:05')!.value, '2022-08-09T14:05:00');
  assert.equal(findTimestamp('Tuesday, August 9, 2022 — 2:05 p.m.')!.value, '2022-08-09T14:05:00');
});
