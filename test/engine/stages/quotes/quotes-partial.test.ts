import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, show } from './fixture.ts';

test('quoted fragments in a reported clause: one partial quote each, no second record for the clause around them', () => {
  const { quotes } = runQuotes('The treasurer said the budget remained "on a sound footing" and that cuts were "not on the table this year."');
  assert.deepEqual(quotes.map(show), [
    'partial [on a sound footing] <- unnamed',
    'partial [not on the table this year.] <- unnamed',
  ]);
  for (const q of quotes) {
    assert.equal(q.speaker?.mention?.text, 'The treasurer');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.method, 'quotes/partial-in-reported-clause');
  }
});

test('a quoted fragment after a non-clause cue is partial only', () => {
  const { quotes } = runQuotes('Senator Ruth Okoye accused the regulator of "sleeping at the wheel" for years.');
  assert.deepEqual(quotes.map(show), ['partial [sleeping at the wheel] <- Ruth Okoye']);
});

test('scare quotes with no speech around them are not statements', () => {
  const { quotes } = runQuotes('The so-called "reform" package passed the lower house on a narrow vote.\n\nThe "smart" meters were installed in 2019.');
  assert.deepEqual(quotes, []);
});

test('an unclosed quote runs to the paragraph end with a warning and lower confidence', () => {
  const { quotes, messages } = runQuotes('"We are not finished here, the coach shouted after the whistle\n\nThe crowd left early.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].content.text, 'We are not finished here, the coach shouted after the whistle');
  assert.deepEqual(messages.map((m) => m.code), ['quotes/unclosed']);
});

test('bad input: 10,000 marks in a row, stray closing marks and a huge quote stay bounded and do not throw', () => {
  const many = runQuotes('She said ' + '"'.repeat(10_000) + ' and stopped.');
  assert.ok(many.quotes.length < 10);
  const stray = runQuotes('The plan ” was ” approved, the council said.');
  assert.ok(stray.messages.some((m) => m.code === 'quotes/unbalanced'));
  const huge = runQuotes('The chairman said: "' + 'we will keep talking, '.repeat(20_000) + 'always."');
  assert.equal(huge.quotes.filter((q) => q.kind === 'direct').length, 1);
  assert.equal(huge.quotes[0].speaker?.mention?.text, 'The chairman');
});

test('a fragment after "by telling …" or ", saying …" is the sentence subject\'s; a coordinated cue after a fragment too', () => {
  const { quotes } = runQuotes([
    'Governor Luis Prado opened the session by telling deputies the plan was "a matter of survival" for the region.',
    'Envoy Piet Roos said the vote was "a setback" and warned that the mission could end early.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'partial [a matter of survival] <- Luis Prado',
    'partial [a setback] <- Piet Roos',
    'indirect [the mission could end early] <- Piet Roos',
  ]);
});

test('a quoted phrase after "so-called" is a label, even when a cue verb form is in the sentence', () => {
  const { quotes } = runQuotes('The vote was called after a so-called "river tax" scandal shook the cabinet.');
  assert.deepEqual(quotes.map(show), []);
});

test('a short fragment after a coordinated cue is the sentence subject\'s, not a scare quote', () => {
  const { quotes } = runQuotes('Mayor Rosa Iglesias thanked the volunteers and promised "a cleaner river."');
  assert.deepEqual(quotes.map(show), ['partial [a cleaner river.] <- Rosa Iglesias']);
});

test('words quoted from a draft or bill are no one\'s statement; a quote after them keeps its own kind', () => {
  const { quotes } = runQuotes([
    '"We expect a deal by spring," said Trade Minister Olu Adeyemi.',
    'A draft circulated on Friday refers to "gradual steps towards a common customs tariff," wording one negotiator called "too timid by half."',
    'The bill would bar councils from hiring staff "without a competitive and transparent selection process."',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'direct [We expect a deal by spring,] <- Olu Adeyemi',
    'partial [too timid by half.] <- anonymous(one negotiator)',
  ]);
});

test('a fragment with no cue is the words of the person its own sentence names, not the previous speaker', () => {
  const text = [
    '"We will appeal," Attorney General Rhea Sandoval told reporters.',
    'Tomas Ekwueme, the lawyer who brought the case, hailed the ruling as "a win for every renter in the state."',
  ].join('\n\n');
  const { quotes } = runQuotes(text, [
    { type: 'PERSON', name: 'Rhea Sandoval', forms: ['Rhea Sandoval'] },
    { type: 'PERSON', name: 'Tomas Ekwueme', forms: ['Tomas Ekwueme'] },
  ]);
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ['Rhea Sandoval', 'Tomas Ekwueme']);
});

test('a fragment in a clause that "X said" reports is X\'s, even after an inner "agreed"', () => {
  const { quotes } = runQuotes('The mayor, Lena Holt, said on Friday that both councils had agreed "in good faith" to pool their road budgets.');
  assert.deepEqual(quotes.map(show), ['partial [in good faith] <- Lena Holt']);
  const alone = runQuotes('Both councils agreed "in good faith" to pool their road budgets.').quotes;
  assert.ok(alone.every((q) => q.speaker?.mention?.text !== 'Lena Holt'));
});
