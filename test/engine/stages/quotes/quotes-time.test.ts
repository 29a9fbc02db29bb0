import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes } from './fixture.ts';

const RUSSIA = { type: 'GPE' as const, name: 'Russia', forms: ['Russia'] };
const LAVROV = { type: 'PERSON' as const, name: 'Sergey Lavrov', forms: ['Sergey Lavrov', 'Lavrov'] };

/** Each quote's content with the text of its timex, if any. */
function dated(text: string, timexes: Array<{ text: string; value: string; nth?: number; type?: 'DATE' | 'TIME' | 'DURATION' | 'SET' }>, ents = [RUSSIA, LAVROV]) {
  const { quotes } = runQuotes(text, ents, timexes);
  return quotes.map((q) => `${q.content.text} @ ${q.timex ? timexes[Number(q.timex.slice(1)) - 1].text : '-'}`);
}

test('a date right after the cue dates the utterance: "said Monday"', () => {
  assert.deepEqual(dated('Lavrov said Monday that Moscow would respond to any new sanctions.', [{ text: 'Monday', value: '2024-02-26' }]),
    ['Moscow would respond to any new sanctions @ Monday']);
});

test('a date between the speaker and the cue: "Russia last week said"', () => {
  assert.deepEqual(dated('Russia last week said it would respond in kind to the expulsions.', [{ text: 'last week', value: '2024-W08' }]),
    ['it would respond in kind to the expulsions @ last week']);
});

test('a sentence-opening date before the speaker: "On Tuesday, X said"', () => {
  assert.deepEqual(dated('On Tuesday, Lavrov said the talks had stalled over the sequencing of steps.', [{ text: 'Tuesday', value: '2024-02-27' }]),
    ['the talks had stalled over the sequencing of steps @ Tuesday']);
});

test('a date after the setting of the statement: "said in a statement on Friday"', () => {
  assert.deepEqual(dated('The ministry said in a statement on Friday that the border would stay closed.', [{ text: 'Friday', value: '2024-03-01' }], []),
    ['the border would stay closed @ Friday']);
});

test('a direct quote dated after its attribution: `," Lavrov said Monday.`', () => {
  assert.deepEqual(dated('"We will not be lectured," Lavrov said Monday.', [{ text: 'Monday', value: '2024-02-26' }]),
    ['We will not be lectured, @ Monday']);
});

test('a date inside the reported content is not the time of the utterance', () => {
  assert.deepEqual(dated('Lavrov said the delegation would arrive on Friday for a second round.', [{ text: 'Friday', value: '2024-03-01' }]),
    ['the delegation would arrive on Friday for a second round @ -']);
});

test('a date inside quote marks is not the time of the utterance', () => {
  assert.deepEqual(dated('"The vote on Monday changes nothing," Lavrov said.', [{ text: 'Monday', value: '2024-02-26' }]),
    ['The vote on Monday changes nothing, @ -']);
});

test('a date elsewhere in the sentence does not date the utterance', () => {
  assert.deepEqual(dated('After the vote on Monday, the mood soured, and Lavrov told reporters that nothing had changed.', [{ text: 'Monday', value: '2024-02-26' }]),
    ['nothing had changed @ -']);
});

test('only DATE and TIME timexes date an utterance, not durations or sets', () => {
  assert.deepEqual(dated('Lavrov said Monday that Moscow would respond.', [{ text: 'Monday', value: 'XXXX-WXX-1', type: 'SET' }]),
    ['Moscow would respond @ -']);
});

test('no timexes layer content: quotes carry no timex', () => {
  const { quotes } = runQuotes('Lavrov said Monday that Moscow would respond.', [LAVROV]);
  assert.equal(quotes.length, 1);
  assert.equal('timex' in quotes[0], false);
});

test('a scare-quoted word with no speech context yields no quote, even after a quoted paragraph', () => {
  const { quotes } = runQuotes('"We will fight this," Lavrov said.\n\nThe "reform" passed anyway, and the "smart" meters stayed.', [LAVROV]);
  assert.deepEqual(quotes.map((q) => q.content.text), ['We will fight this,']);
});

test('a date closing a relative clause or another verb phrase is not the time of the utterance', () => {
  assert.deepEqual(dated('Lavrov, who took office two years ago, said the parties had agreed on a truce.', [{ text: 'two years ago', value: '2022' }]),
    ['the parties had agreed on a truce @ -']);
  assert.deepEqual(dated('Russia, one of the few allies of Damascus, last week said it would veto the draft.', [{ text: 'last week', value: '2024-W08' }]),
    ['it would veto the draft @ last week']);
  assert.deepEqual(dated('Lavrov, on Tuesday, said the parties had agreed on a truce.', [{ text: 'Tuesday', value: '2024-02-27' }]),
    ['the parties had agreed on a truce @ Tuesday']);
});
