import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, find } from './test-helpers.ts';
import { RULES } from '../../../../src/engine/stages/timexes/index.ts';

const REF = { referenceTime: '2017-06-29' };

test('non-temporal uses do not fire', () => {
  const cases: Array<[string, string]> = [
    ['You may go home now if the work is done.', 'may'],
    ['May I ask a question about the budget?', 'May'],
    ['Thousands march to the capitol every spring.', 'march'],
    ['The March on Washington drew huge crowds.', 'March'],
    ['She won the seat with the 2,016 votes she needed.', '2,016'],
    ['She won the seat with the 2,016 votes she needed.', '016'],
    ['Prices fall when supply rises.', 'fall'],
    ['April Ryan asked the press secretary a question.', 'April'],
    ['A 6-year-old boy was rescued from the river.', '6-year-old'],
    ['Turnout reached 1990 voters in the district.', '1990'],
    ['The team won a second term for its leader.', 'a second'],
    ['The senator told the Sunday show "This Week" he would run.', 'This Week'],
    ['Her novel “Next Year” sold well in France.', 'Next Year'],
    ['He told the news show "48 Hours" that he was innocent.', '48 Hours'],
    ['For the striking miners, high noon has come.', 'noon'],
  ];
  for (const [text, phrase] of cases) {
    const r = extract(text, REF);
    assert.equal(r.timexes.find((t) => t.span.text.includes(phrase)), undefined, `"${phrase}" fired in: ${text}`);
  }
});

test('every span slices the normalized text', () => {
  const r = extract('On “Monday,” the  minister — who took office in 2014 — said talks would resume next week.\n\nTwo days ago, protests spread.', REF);
  assert.ok(r.timexes.length >= 4);
  for (const t of r.timexes) assert.equal(r.text.slice(t.span.start, t.span.end), t.span.text);
  assert.deepEqual(r.timexes.map((t) => t.id), r.timexes.map((_, i) => `t${i + 1}`));
});

test('no document time: relative values are masked, not taken from today, and a message says so', () => {
  const r = extract('Officials met yesterday and will meet again next week. The treaty of July 4, 1998 stands.');
  const y = find(r, 'yesterday')!;
  assert.equal(y.value, 'XXXX-XX-XX');
  assert.ok(y.confidence <= 0.3);
  assert.equal(find(r, 'next week')!.value, 'XXXX-WXX');
  assert.equal(find(r, 'July 4, 1998')!.value, '1998-07-04');
  assert.ok(r.messages.some((m) => m.code === 'timexes/unanchored'));
});

test('100 KB of digits and month names returns (linear patterns, no catastrophic backtracking)', () => {
  const digits = '7'.repeat(100_000);
  assert.ok(Array.isArray(extract(digits, REF).timexes));
  const months = 'January February March April May June July August September October November December '.repeat(1200);
  assert.ok(Array.isArray(extract(months, REF).timexes));
  const mixed = '12, 2017 May 3 March 1990s the 19th century 10:30 a.m. '.repeat(2000);
  assert.ok(extract(mixed, REF).timexes.length > 0);
  const nums = 'two and a half three-quarter twenty-four '.repeat(3000);
  assert.ok(Array.isArray(extract(nums, REF).timexes));
});

test('every rule has a stable id and a global regex', () => {
  const ids = new Set<string>();
  for (const rule of RULES) {
    assert.match(rule.id, /^[a-z][a-z0-9-]+$/);
    assert.ok(rule.re.global, rule.id);
    assert.ok(!ids.has(rule.id), `duplicate rule id ${rule.id}`);
    ids.add(rule.id);
  }
});

test('a year inside a name introduced by "called", "dubbed", "named" is no date', () => {
  const r = extract('The city set up a joint company called Aurora 1985, which makes rail parts, and a plan dubbed Harbor 2040.', REF);
  assert.equal(find(r, '1985'), undefined);
  assert.equal(find(r, '2040'), undefined);
  assert.equal(find(extract('A firm named Delta Works failed in 1991 after a strike.', REF), '1991')?.value, '1991');
});
