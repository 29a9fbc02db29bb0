import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities, find } from './fixture.ts';
import { entityAt } from '../../../../src/engine/stages/entities/index.ts';

test('he and she go to the nearest person of that gender, with a confidence', () => {
  const { entities } = extractEntities(
    'Prime Minister Helena Marsh met Governor Thomas Reed on Monday. She said the meeting went well.\n\nReed said he disagreed.\n');
  const marsh = find(entities, 'Helena Marsh'), reed = find(entities, 'Thomas Reed');
  assert.deepEqual(marsh.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text), ['She']);
  assert.deepEqual(reed.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text), ['he']);
});

test('"the minister" goes to the person with that title', () => {
  const { entities } = extractEntities('Health Minister Aiko Tanaka visited the hospital. The staff thanked the minister for the new funds.\n');
  const tanaka = find(entities, 'Aiko Tanaka');
  assert.deepEqual(tanaka.mentions.filter((m) => m.kind === 'title').map((m) => m.text), ['the minister']);
});

test('every mention is a slice of the text, and entityAt finds the entity of a span', () => {
  const { text, entities } = extractEntities('BY JANE ROE\n\nForeign Minister Sergio Alvarado told Reuters that he would travel to Madrid.\n');
  for (const e of entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(!entities.some((e) => /JANE|Jane/.test(e.name)), 'the byline is not body text');
  const at = text.indexOf('Sergio');
  assert.equal(entityAt(entities, at, at + 'Sergio Alvarado'.length)?.name, 'Sergio Alvarado');
  const phrase = text.indexOf('Foreign Minister');
  assert.equal(entityAt(entities, phrase, at + 'Sergio Alvarado'.length)?.name, 'Sergio Alvarado');
  const he = text.indexOf(' he ') + 1;
  assert.equal(entityAt(entities, he, he + 2)?.name, 'Sergio Alvarado');
  assert.equal(entityAt(entities, 0, 2), null);
});
