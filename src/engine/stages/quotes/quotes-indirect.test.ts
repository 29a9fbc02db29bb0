import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, show } from './fixture.ts';

test('reported speech: said that, said with a bare clause, told Y that, warned that', () => {
  const { quotes } = runQuotes([
    'Harbour master Lena Vik said that two ferries would be withdrawn in March.',
    'The airline said its pilots will strike on Friday.',
    'Trade Minister Paulo Reis told lawmakers that the tariff would be lifted.',
    'The central bank warned that inflation could rise again.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [two ferries would be withdrawn in March] <- Lena Vik',
    'indirect [its pilots will strike on Friday] <- airline',
    'indirect [the tariff would be lifted] <- Paulo Reis',
    'indirect [inflation could rise again] <- central bank',
  ]);
  assert.equal(quotes[2].addressee?.mention.text, 'lawmakers');
  assert.equal(quotes[0].method, 'quotes/said-that-clause');
});

test('reported speech: clause first then "X said", "according to X", and ", saying …"', () => {
  const { quotes } = runQuotes([
    'The rescue teams reached the village before dawn, the regional governor said.',
    'According to the port authority, cargo traffic fell by a third in May.',
    '"We were not consulted," Omar Saleh said, saying the new rules had been drafted in secret.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [The rescue teams reached the village before dawn] <- unnamed',
    'indirect [cargo traffic fell by a third in May] <- port authority',
    'direct [We were not consulted,] <- Omar Saleh',
    'indirect [the new rules had been drafted in secret] <- Omar Saleh',
  ]);
  assert.equal(quotes[0].method, 'quotes/clause-then-speaker-said');
  assert.equal(quotes[3].method, 'quotes/saying-clause-after-attribution');
});

test('hypothetical and negated cues are not statements; outlet reports are a channel, not a speaker', () => {
  const { quotes } = runQuotes('The union would say the offer is too low.\n\nThe mines were closed, Reuters reported.');
  assert.deepEqual(quotes, []);
});

test('the outlet a statement came through goes in via; an anonymous channel too', () => {
  const { quotes } = runQuotes('The minister said the embassy would reopen, according to Reuters.\n\nMarta Ruiz said the vote was delayed, according to two aides familiar with the schedule.');
  assert.equal(quotes[0].via, 'Reuters');
  assert.equal(quotes[1].via, 'two aides familiar with the schedule');
});

test('a cue inside a relative clause ("a depot that officials said had been emptied") is not a statement', () => {
  const { quotes } = runQuotes([
    'The shells hit a depot that local officials said had been emptied the week before.',
    'Rangers closed a trail which residents say was washed out by the storm.',
    'Mayor Ines Roth said that the depot would be rebuilt.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), ['indirect [the depot would be rebuilt] <- Ines Roth']);
});
