import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../../src/engine/stages/sentences/split-sentences.ts';
import { process as run } from '../../../../src/engine/process.ts';

const split = (s: string) => splitSentences(s).map(([a, b]) => s.slice(a, b));

test('titles and honorifics never end a sentence', () => {
  assert.deepEqual(split('Gen. Mark Ode met Sen. Ray Tull. Dr. Lin Wu and Mr. Bo Ha left.'), ['Gen. Mark Ode met Sen. Ray Tull.', 'Dr. Lin Wu and Mr. Bo Ha left.']);
});

test('initials and dotted acronyms stay inside the sentence', () => {
  assert.deepEqual(split('John F. Kerr visited the U.S. Senate on Monday. He left.'), ['John F. Kerr visited the U.S. Senate on Monday.', 'He left.']);
});

test('a dotted acronym ends a sentence before a word that starts one', () => {
  assert.deepEqual(split('The troops returned to the U.S. The war was over.'), ['The troops returned to the U.S.', 'The war was over.']);
});

test('decimals, times and month abbreviations do not split', () => {
  assert.deepEqual(split('Growth was 2.5 percent by 9 a.m. on Jan. 4 in the report. Shares fell.'), ['Growth was 2.5 percent by 9 a.m. on Jan. 4 in the report.', 'Shares fell.']);
});

test('a quote ending in ? or ! followed by a lower-case attribution is one sentence', () => {
  assert.deepEqual(split('"Why now?" she asked. "Enough!" he shouted.'), ['"Why now?" she asked.', '"Enough!" he shouted.']);
});

test('sentence ends inside closing quotes split after the quote mark', () => {
  assert.deepEqual(split('He said it was “a disgrace.” Officials disagreed.'), ['He said it was “a disgrace.”', 'Officials disagreed.']);
});

test('corporate suffixes and ellipses', () => {
  assert.deepEqual(split('Shares of Acme Inc. rose. Then... Nothing happened.'), ['Shares of Acme Inc. rose.', 'Then...', 'Nothing happened.']);
});

test('header lines are not sentences; body paragraphs are split', () => {
  const a = run('BY ZOE PARK - 02/01/22 08:00 AM EST\n\n© Ivo Brandt\n\nThe mayor resigned. Her deputy took over.\nCouncil members met at 5 p.m. on Friday.');
  assert.deepEqual(a.sentences!.map((s) => s.text), ['The mayor resigned.', 'Her deputy took over.', 'Council members met at 5 p.m. on Friday.']);
});

test('a dateline is not part of the first sentence', () => {
  const a = run('KYIV, Ukraine (AP) — Air raid sirens sounded overnight. Nobody was hurt.');
  assert.deepEqual(a.sentences!.map((s) => s.text), ['Air raid sirens sounded overnight.', 'Nobody was hurt.']);
});

test('hard-wrapped lines join into one paragraph', () => {
  const a = run('The committee said the budget would be\nreviewed next month by auditors.\nA second line stands alone.');
  assert.equal(a.paragraphs!.length, 2);
  assert.equal(a.sentences![0].text, 'The committee said the budget would be\nreviewed next month by auditors.');
});
