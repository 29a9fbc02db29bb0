import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, show } from './fixture.ts';

test('attribution after the closing mark, in straight and curly marks', () => {
  const { quotes } = runQuotes('"We will rebuild the bridge by winter," the mayor of Tarnow said.\n\n“The money is already there,” Ilse Brandt told reporters.');
  assert.deepEqual(quotes.map(show), ['direct [We will rebuild the bridge by winter,] <- unnamed', 'direct [The money is already there,] <- Ilse Brandt']);
  assert.equal(quotes[0].speaker?.mention?.text, 'the mayor of Tarnow');
  assert.equal(quotes[0].method, 'quotes/said-after-closing-quote');
  assert.equal(quotes[1].addressee?.mention.text, 'reporters');
  assert.equal(quotes[1].cue?.text, 'told');
});

test('attribution before the quote, after a colon, and inverted "said X"', () => {
  const { quotes } = runQuotes('Governor Ama Owusu said: "The levees held."\n\n"Nobody was hurt," said Kofi Mensah, the fire chief.');
  assert.deepEqual(quotes.map(show), ['direct [The levees held.] <- Ama Owusu', 'direct [Nobody was hurt,] <- Kofi Mensah']);
  assert.equal(quotes[0].method, 'quotes/speaker-cue-before-quote');
  assert.equal(quotes[1].method, 'quotes/cue-then-speaker-after-quote');
});

test('attribution in the middle gives both halves the same speaker', () => {
  const { quotes } = runQuotes('“The talks were long,” the envoy Mira Halloran said, “but nobody walked out.”');
  assert.deepEqual(quotes.map(show), ['direct [The talks were long,] <- Mira Halloran', 'direct [but nobody walked out.] <- Mira Halloran']);
});

test('single marks, guillemets and mismatched curly marks pair as quotes; apostrophes do not', () => {
  const { quotes } = runQuotes("‘It’s a fair deal,’ Tom O’Hara said.\n\n«Nous resterons», a fisherman said.\n\n”We are ready,” Jan Berg said.");
  assert.deepEqual(quotes.map((q) => q.content.text), ['It’s a fair deal,', 'Nous resterons', 'We are ready,']);
  assert.equal(quotes[0].speaker?.name, 'Tom O’Hara');
  assert.equal(quotes[1].speaker?.anonymous, true);
});

test('a quote over several sentences and paragraphs: open mark with no close continues', () => {
  const text = '"The harvest failed. We had no seed left.\n\n"So we went to the city," said Pavel Hrubý, a farmer.';
  const { quotes, messages } = runQuotes(text);
  assert.deepEqual(quotes.map(show), ['direct [The harvest failed. We had no seed left.] <- Pavel Hrubý', 'direct [So we went to the city,] <- Pavel Hrubý']);
  assert.equal(quotes[0].method, 'quotes/continued-paragraph');
  assert.equal(messages.length, 0);
});

test('a floating quote paragraph takes the speaker of the quote before it, with lower confidence', () => {
  const { quotes } = runQuotes('"We need the port open," Leila Haddad said.\n\n"Every day closed costs us customers."');
  assert.equal(quotes[1].speaker?.name, 'Leila Haddad');
  assert.equal(quotes[1].method, 'quotes/floating-takes-previous-speaker');
  assert.ok(quotes[1].confidence < quotes[0].confidence);
});
