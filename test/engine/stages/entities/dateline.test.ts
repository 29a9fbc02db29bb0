import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities, summarize, find } from './fixture.ts';

test('the places of a wire dateline are entities, read in proper case; the dateline city is the city, not a metonym', () => {
  const { entities } = extractEntities('LVIV, Ukraine (Reuters) — Drones hit a depot near Lviv overnight. Kyiv said the strikes broke the truce.\n');
  const lviv = find(entities, 'Lviv');
  assert.equal(lviv.type, 'GPE', summarize(entities).join('\n'));
  assert.deepEqual(lviv.mentions.map((m) => [m.text, m.kind]), [['LVIV', 'name'], ['Lviv', 'name']]);
  const ukraine = find(entities, 'Ukraine');
  assert.ok(ukraine.mentions.some((m) => m.text === 'Ukraine' && m.kind === 'name'), summarize(entities).join('\n'));
});

test('an AP state abbreviation and an unknown town: the town takes the state\'s country; hyphenated names keep their particles', () => {
  const { entities } = extractEntities('MAPLE FORKS, Neb. (AP) — The grain elevator reopened on Tuesday.\n');
  const town = find(entities, 'Maple Forks');
  assert.equal(town.type, 'GPE');
  assert.equal(town.country, 'USA');
  assert.equal(find(entities, 'Nebraska').mentions[0].text, 'Neb.');
  const { entities: haiti } = extractEntities('PORT-AU-PRINCE, Haiti (AP) — Schools stayed shut for a third day.\n');
  assert.equal(find(haiti, 'Port-au-Prince').country, 'HTI', summarize(haiti).join('\n'));
});

test('a two-city dateline with a date: both cities, nothing from the date', () => {
  const { entities } = extractEntities('KYIV/MOSCOW, Jan. 5 (Reuters) - Talks on a prisoner swap stalled again.\n');
  assert.deepEqual(entities.map((e) => e.name).sort(), ['Kyiv', 'Moscow'], summarize(entities).join('\n'));
});
