import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities, find, summarize } from './fixture.ts';

test('a title with a "for" complement is one title, and the name after it is clean', () => {
  const { entities } = extractEntities('Minister for Home Affairs Olwen Price toured the border post on Thursday.\n');
  const price = find(entities, 'Olwen Price');
  assert.deepEqual(price.titles, ['Minister for Home Affairs']);
  assert.ok(!entities.some((e) => e.name === 'Home Affairs'), summarize(entities).join('\n'));
});

test('"and" inside a complement joins two portfolios; "of State for" keeps the whole title', () => {
  const { entities } = extractEntities(
    'The bloc\'s Commissioner for Energy and Climate Action Rhodri Vance met Minister of State for Africa Dalia Ferro in Lisbon.\n');
  assert.deepEqual(find(entities, 'Rhodri Vance').titles, ['Commissioner for Energy and Climate Action']);
  assert.deepEqual(find(entities, 'Dalia Ferro').titles, ['Minister of State for Africa']);
});

test('an envoy for a country is not of it: the country is a mention of its own, not an affiliation', () => {
  const { entities } = extractEntities('The U.N. Special Envoy for Yemen Tomas Ekdahl said the truce was holding.\n');
  const envoy = find(entities, 'Tomas Ekdahl');
  assert.deepEqual(envoy.titles, ['Special Envoy for Yemen']);
  assert.equal(envoy.country, undefined);
  assert.equal(find(entities, 'Yemen').type, 'GPE');
});

test('a title with a complement and no name after it makes no person', () => {
  const { entities } = extractEntities('The Special Envoy for Sudan, Marit Holm, arrived late.\n');
  assert.ok(!entities.some((e) => e.type === 'PERSON' && e.name.includes('Sudan')), summarize(entities).join('\n'));
  assert.equal(find(entities, 'Marit Holm').country, undefined);
});

test('"Secretary of State for" drops the U.S. reading of "Secretary of State"', () => {
  const { entities } = extractEntities('Secretary of State for Health Arthur Penrose opened the ward.\n');
  const p = find(entities, 'Arthur Penrose');
  assert.deepEqual(p.titles, ['Secretary of State for Health']);
  assert.equal(p.country, undefined);
});

test('an "of" complement of portfolio words stays in the title ("Deputy Minister of Finance")', () => {
  const { entities } = extractEntities('Deputy Minister of Finance Ines Caldera presented the budget.\n');
  assert.deepEqual(find(entities, 'Ines Caldera').titles, ['Deputy Minister of Finance']);
});

test('an unknown portfolio word before a full name stays in the complement', () => {
  const { entities } = extractEntities('Commissioner for Ocean Stewardship David Vance spoke first.\n');
  assert.deepEqual(find(entities, 'David Vance').titles, ['Commissioner for Ocean Stewardship']);
});

test('"District Judge", "Circuit Judge", "Magistrate Judge" are whole titles, not an organisation and a judge', () => {
  const { entities } = extractEntities('U.S. District Judge Corinne Abbott and Magistrate Judge Ray Dunne heard the motion; Circuit Judge Lena Park dissented.\n');
  assert.deepEqual(find(entities, 'Corinne Abbott').titles, ['U.S. District Judge']);
  assert.equal(find(entities, 'Corinne Abbott').country, 'USA');
  assert.deepEqual(find(entities, 'Ray Dunne').titles, ['Magistrate Judge']);
  assert.deepEqual(find(entities, 'Lena Park').titles, ['Circuit Judge']);
  assert.ok(!entities.some((e) => e.type === 'ORG'), summarize(entities).join('\n'));
});

test('a title in an apposition after a name is the person\'s title; a possessive country or a demonym gives the country', () => {
  const { entities } = extractEntities('Tomasz Rahn, the foreign minister, said the border would reopen. Lidia Moreau, Belgium\'s health minister, disagreed. '
    + 'Erik Sand, the former Norwegian trade minister, stayed home.\n');
  assert.deepEqual(find(entities, 'Tomasz Rahn').titles, ['Foreign Minister']);
  assert.equal(find(entities, 'Tomasz Rahn').sector, 'GOV');
  const moreau = find(entities, 'Lidia Moreau');
  assert.deepEqual(moreau.titles, ['Health Minister']);
  assert.equal(moreau.country, 'BEL');
  const sand = find(entities, 'Erik Sand');
  assert.deepEqual(sand.titles, ['Trade Minister']);
  assert.equal(sand.country, 'NOR');
});

test('an apposition that is no title gives no title', () => {
  const { entities } = extractEntities('Greta Lund, the woman who found the ledger, spoke first. Pavel Orr, the minister\'s driver, waited.\n');
  assert.deepEqual(find(entities, 'Greta Lund').titles, []);
  assert.deepEqual(find(entities, 'Pavel Orr').titles, []);
});

test('an apposition with "a" or "an" before the title gives the title too', () => {
  const { entities } = extractEntities('Maren Holt, a senator, voted against the bill.\n');
  assert.deepEqual(find(entities, 'Maren Holt').titles, ['Senator']);
});

test('a title before the name, between commas, is the person\'s title', () => {
  const { entities } = extractEntities("The Minister of Mines, Oren Dabiri, resigned. Kenya's trade and industry minister, Amina Wekesa, flew home. " +
    'Its chief executive, Lise Moreau, said little. At the bank, Tom Reyes, a teller, waved.\n');
  assert.deepEqual(find(entities, 'Oren Dabiri').titles, ['Minister of Mines']);
  const amina = find(entities, 'Amina Wekesa');
  assert.deepEqual(amina.titles, ['Trade and Industry Minister']);
  assert.equal(amina.country, 'KEN');
  assert.deepEqual(find(entities, 'Lise Moreau').titles, ['Chief Executive']);
  // no title before the comma: nothing taken from "At the bank"
  assert.ok(!find(entities, 'Tom Reyes').titles.some((t) => /bank/i.test(t)));
});

test('British titles written without a full stop ("Prof", "Cllr", "Lt") are titles, not first names', () => {
  const { entities } = extractEntities('Prof Ana Duarte and Cllr Tom Bryce met Lt Ravi Menon in Leeds.\n');
  assert.deepEqual(find(entities, 'Ana Duarte').titles, ['Prof']);
  assert.deepEqual(find(entities, 'Tom Bryce').titles, ['Cllr']);
  assert.deepEqual(find(entities, 'Ravi Menon').titles, ['Lt']);
});
