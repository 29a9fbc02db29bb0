import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities, summarize, find } from './fixture.ts';

test('full name, surname and honorific + surname are one person', () => {
  const { entities } = extractEntities(
    'Turkish President Recep Tayyip Erdogan spoke on Monday. Erdogan said the talks had failed.\n\nMr. Erdogan did not take questions.\n');
  const people = entities.filter((e) => e.type === 'PERSON');
  assert.equal(people.length, 1, summarize(entities).join('\n'));
  assert.equal(people[0].name, 'Recep Tayyip Erdogan');
  assert.equal(people[0].country, 'TUR');
  assert.deepEqual(people[0].mentions.filter((m) => m.kind === 'name').map((m) => m.text), ['Recep Tayyip Erdogan', 'Erdogan', 'Erdogan']);
});

test('a surname that is also a city stays with the person', () => {
  const { entities } = extractEntities('Lawyers for Marisol Paris filed the appeal. Paris told reporters she would keep fighting.\n');
  const p = find(entities, 'Marisol Paris');
  assert.equal(p.mentions.filter((m) => m.kind === 'name').length, 2);
  assert.ok(!entities.some((e) => e.type === 'GPE'), summarize(entities).join('\n'));
});

test('an acronym defined in parentheses joins its organisation', () => {
  const { entities } = extractEntities(
    'The Northern Grid Operators Council (NGOC) approved the plan. A week later the NGOC reversed itself.\n');
  const org = find(entities, 'Northern Grid Operators Council');
  assert.deepEqual(org.mentions.map((m) => `${m.text}/${m.kind}`), ['Northern Grid Operators Council/name', 'NGOC/acronym', 'NGOC/acronym']);
});

test('aliases from the organisation table are one entity with one canonical name', () => {
  const { entities } = extractEntities('Fighters loyal to the Islamic State of Iraq and the Levant retreated. ISIL later denied it, and Islamic State media went quiet.\n');
  const is = find(entities, 'Islamic State');
  assert.equal(is.mentions.length, 3, summarize(entities).join('\n'));
  assert.equal(is.sector, 'REB');
  assert.equal(is.ids?.wikidata, 'Q2429253');
});

test('"State" before "official" is the U.S. Department of State when the article names it', () => {
  const { entities } = extractEntities('The State Department issued a warning. A State official said more sanctions were coming.\n');
  const dos = find(entities, 'U.S. Department of State');
  assert.deepEqual(dos.mentions.map((m) => m.text), ['State Department', 'State']);
  const alone = extractEntities('A State official in Ohio said the roads were closed.\n').entities;
  assert.ok(!alone.some((e) => e.name === 'U.S. Department of State'), summarize(alone).join('\n'));
});

test('an acting capital is its country (metonym); a capital as a place stays a city', () => {
  const { entities } = extractEntities('Beijing warned against the visit. The delegation landed in Beijing on Sunday. China has not commented.\n');
  const china = find(entities, 'China');
  assert.deepEqual(china.mentions.map((m) => `${m.text}/${m.kind}`), ['Beijing/metonym', 'China/name']);
  assert.equal(find(entities, 'Beijing').mentions.length, 1);
});

test('demonyms are NORP mentions with a country, and give a country to people', () => {
  const { entities } = extractEntities('Ukrainian forces advanced near Kharkiv, Ukrainian Defense Minister Rustem Umerov said.\n');
  const norp = find(entities, 'Ukrainians');
  assert.equal(norp.type, 'NORP');
  assert.equal(norp.country, 'UKR');
  assert.equal(norp.mentions[0].kind, 'demonym');
  assert.equal(find(entities, 'Rustem Umerov').country, 'UKR');
});

test('the White House is an organisation; U.S. and United States are one country', () => {
  const { entities } = extractEntities('The White House said the U.S. would respond. Officials in the United States agreed.\n');
  assert.equal(find(entities, 'White House').type, 'ORG');
  assert.deepEqual(find(entities, 'United States').mentions.map((m) => m.text), ['U.S.', 'United States']);
});

test('a capital as the object of an accusation or appeal stands for its state; "in Tehran" stays a city', () => {
  const { entities } = extractEntities('Officials accused Tehran of arming the militia. Envoys urged Ankara to reopen the crossing.\n\nThe talks were held in Tehran.\n');
  const iran = find(entities, 'Iran');
  assert.deepEqual(iran.mentions.map((m) => [m.text, m.kind]), [['Tehran', 'metonym']], summarize(entities).join('\n'));
  assert.ok(entities.some((e) => /Türkiye|Turkey/.test(e.name) && e.mentions.some((m) => m.text === 'Ankara' && m.kind === 'metonym')), summarize(entities).join('\n'));
  assert.ok(entities.some((e) => e.name === 'Tehran' && e.type === 'GPE'), summarize(entities).join('\n'));
});

test('a name read as a person for want of a first name joins the organisation the article names the same', () => {
  const { entities } = extractEntities('Wong Tat of Silver Lantern lost. The protest group Silver Lantern vowed to fight on, and Lam Tak quit Silver Lantern.\n');
  const org = find(entities, 'Silver Lantern');
  assert.equal(org.type, 'ORG');
  assert.equal(org.mentions.length, 3, summarize(entities).join('\n'));
});

test('a surname first in a clause is a name when the article wrote it after an initial ("Mary T. Oduya")', () => {
  const { entities } = extractEntities('Judge Mary T. Oduya ruled on Monday. "The law is clear," Oduya wrote.\n');
  const judge = find(entities, 'Mary T. Oduya');
  assert.equal(judge.type, 'PERSON');
  assert.deepEqual(judge.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text), ['Mary T. Oduya', 'Oduya']);
});

test('a country whose table lists its own name as its demonym is a place ("ships bound for Djibouti")', () => {
  const { entities } = extractEntities('Two ships bound for Djibouti turned back on Friday, the port authority said.\n');
  assert.equal(find(entities, 'Djibouti').type, 'GPE', summarize(entities).join('\n'));
});

test('a surname-first name whose surname is also an English word: the surname alone is that person', () => {
  const { entities } = extractEntities(
    'Trade Minister Park Soo-min toured the new park on Friday. Park said the port would reopen.\n');
  const park = find(entities, 'Park Soo-min');
  assert.deepEqual(park.mentions.map((m) => m.text), ['Park Soo-min', 'Park']);
});

test('a surname that starts every sentence it is in is still the person named in full', () => {
  const { entities } = extractEntities('Song Hae-jin chaired the panel. Song later told reporters the vote was close.\n');
  assert.deepEqual(find(entities, 'Song Hae-jin').mentions.map((m) => m.text), ['Song Hae-jin', 'Song']);
});

test('a surname that is also a place brings the place\'s country to nobody', () => {
  const { entities } = extractEntities('Ho Man-lok, a councillor, spoke first. Ho said the budget was short.\n');
  const ho = find(entities, 'Ho Man-lok');
  assert.equal(ho.country, undefined);
  assert.equal(ho.mentions.length, 2);
});

test('"Island" alone is no country (Iceland\'s own name is Ísland)', () => {
  const { entities } = extractEntities('The ferry to Fraser Island was cancelled; the Island ferry company blamed the wind.\n');
  assert.ok(!entities.some((e) => e.country === 'ISL'), summarize(entities).join('\n'));
});

test('a capital as the object of a verb that takes an actor is its state, whatever adverbial follows', () => {
  const { entities } = extractEntities('Canberra warned Jakarta on Friday against new tariffs. Officials asked Hanoi again to reconsider.\n');
  assert.equal(find(entities, 'Indonesia').mentions[0].kind, 'metonym');
  assert.equal(find(entities, 'Vietnam').mentions[0].kind, 'metonym');
});

test('two capitals joined by "and" act together; after "between" both stay places', () => {
  const { entities } = extractEntities('Ottawa and Canberra agreed on a joint statement. Ferries between Athens and Lisbon resumed.\n');
  assert.equal(find(entities, 'Canada').mentions[0].kind, 'metonym');
  assert.equal(find(entities, 'Athens').type, 'GPE');
  assert.equal(find(entities, 'Lisbon').type, 'GPE');
});

test('an organisation named without and then with its head word is one organisation', () => {
  const { entities } = extractEntities('Welsh Labour lost two seats on Friday. A Welsh Labour Party spokesman blamed turnout.\n');
  const orgs = entities.filter((e) => e.type === 'ORG' && e.name.startsWith('Welsh'));
  assert.equal(orgs.length, 1, summarize(entities).join('\n'));
  assert.equal(orgs[0].name, 'Welsh Labour Party');
  assert.equal(orgs[0].mentions.length, 2);
});

test('a capital after words of relations between states stands for its state, and so does one joined to it by "and"', () => {
  const { entities } = extractEntities('The deal pushed Hanoi closer to Tokyo and Canberra, while flights between Lima and Quito resumed.\n');
  assert.deepEqual(find(entities, 'Japan').mentions.map((m) => [m.text, m.kind]), [['Tokyo', 'metonym']]);
  assert.deepEqual(find(entities, 'Australia').mentions.map((m) => [m.text, m.kind]), [['Canberra', 'metonym']]);
  assert.equal(find(entities, 'Lima').type, 'GPE');
});

test('a Spanish or Portuguese name used by its first surname alone is the same person', () => {
  const { entities } = extractEntities('Labour Minister Rosa Choquehuanca Ferreyra met the unions. Later Choquehuanca said the offer stood.\n');
  assert.deepEqual(find(entities, 'Rosa Choquehuanca Ferreyra').mentions.map((m) => m.text), ['Rosa Choquehuanca Ferreyra', 'Choquehuanca']);
});
