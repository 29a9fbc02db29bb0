import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities, summarize, find } from './fixture.ts';

test('a title before a name is split off and kept as a title', () => {
  const { entities } = extractEntities('Defense Secretary Lloyd Austin arrived in Tokyo on Tuesday for talks.\n');
  const austin = find(entities, 'Lloyd Austin');
  assert.equal(austin.type, 'PERSON');
  assert.deepEqual(austin.titles, ['Defense Secretary']);
  assert.equal(austin.sector, 'GOV');
  assert.equal(find(entities, 'Tokyo').country, 'JPN');
});

test('an organisation before a title is the person\'s affiliation', () => {
  const { entities } = extractEntities('NATO Secretary-General Jens Stoltenberg warned allies on Friday.\n');
  const jens = find(entities, 'Jens Stoltenberg');
  assert.deepEqual(jens.titles, ['Secretary-General']);
  assert.equal(jens.sector, 'IGO');
  assert.equal(find(entities, 'NATO').type, 'ORG');
});

test('a multi-word title with "of" and a demonym give title and country', () => {
  const { entities } = extractEntities('Kenyan Minister of Foreign Affairs Musalia Mudavadi flew to Addis Ababa.\n');
  const m = find(entities, 'Musalia Mudavadi');
  assert.deepEqual(m.titles, ['Minister of Foreign Affairs']);
  assert.equal(m.country, 'KEN');
});

test('initials, particles, al- and accents stay inside the name', () => {
  const { entities } = extractEntities(
    'George W. Bush visited Dallas. Later, Brazilian President Luiz Inácio Lula da Silva met Sheikh Ahmed al-Rashid in Basra.\n');
  assert.equal(find(entities, 'George W. Bush').type, 'PERSON');
  assert.equal(find(entities, 'Luiz Inácio Lula da Silva').country, 'BRA');
  assert.equal(find(entities, 'Ahmed al-Rashid').type, 'PERSON');
  assert.equal(find(entities, 'Basra').country, 'IRQ');
});

test('a possessive is not part of the name, and the owner becomes an affiliation', () => {
  const { entities } = extractEntities("Lawmakers criticised Erdogan's plan. Turkey's Finance Minister Mehmet Simsek defended it.\n");
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.includes("'s"))), summarize(entities).join('\n'));
  const simsek = find(entities, 'Mehmet Simsek');
  assert.equal(simsek.country, 'TUR');
  assert.deepEqual(simsek.titles, ['Finance Minister']);
});

test('capitalized common words at a sentence start are not names', () => {
  const { entities } = extractEntities('Residents fled the valley overnight. Rescuers reached the village at dawn. Meanwhile, officials counted the damage.\n');
  assert.deepEqual(summarize(entities), []);
});

test('a name known from a table wins its type: outlets, organisations, groups', () => {
  const { entities } = extractEntities('The Economist reported that Hezbollah fighters had moved south, according to Amnesty International.\n');
  assert.equal(find(entities, 'The Economist').sector, 'MED');
  assert.equal(find(entities, 'Hezbollah').country, 'LBN');
  assert.equal(find(entities, 'Amnesty International').type, 'ORG');
});

test('unknown names are typed by their head word', () => {
  const { entities } = extractEntities('Delegates gathered at Harborview Convention Hall while the Riverside Farmers Association protested near Lake Oswin.\n');
  assert.equal(find(entities, 'Harborview Convention Hall').type, 'FAC');
  assert.equal(find(entities, 'Riverside Farmers Association').type, 'ORG');
  assert.equal(find(entities, 'Lake Oswin').type, 'LOC');
});

test('a demonym shared with territories means the sovereign state (regression: French → ATF, American → MNP)', () => {
  const { entities } = extractEntities('French officials met American negotiators and Dutch diplomats in Geneva on Monday.\n');
  const country = (text: string) => entities.find((e) => e.mentions.some((m) => m.text === text))?.country;
  assert.equal(country('French'), 'FRA', summarize(entities).join('\n'));
  assert.equal(country('American'), 'USA');
  assert.equal(country('Dutch'), 'NLD');
});

test('a capitalized word that is no name on its own is not guessed an organisation', () => {
  const { entities } = extractEntities(
    'Fans rallied behind #KeepTheLibrary on Monday, and the town council praised the Library Renovation campaign. '
    + 'The mayor posted on Zentrova.com that the Annual Planning session would move.\n');
  const found = summarize(entities).join('\n');
  for (const w of ['KeepTheLibrary', 'Renovation', 'Zentrova', 'Planning']) {
    assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === w)), `${w} found:\n${found}`);
  }
});

test('a name with a word in capitals is a brand, a name ending in a compass word a district', () => {
  const { entities } = extractEntities('Voters in Harbourside East backed the plan, and Zentrova GX sales rose sharply on Monday.\n');
  assert.equal(find(entities, 'Zentrova GX').type, 'ORG');
  assert.equal(find(entities, 'Harbourside East').type, 'GPE');
});

test('a word after a name in the same run still joins it ("Georgian Dream")', () => {
  const { entities } = extractEntities('Lawmakers from the ruling Georgian Dream party voted on Tuesday.\n');
  assert.ok(entities.some((e) => e.mentions.some((m) => m.text.includes('Dream'))), summarize(entities).join('\n'));
});

test('"the West" is a region, not a person named West', () => {
  const { entities } = extractEntities('Leaders in the West have promised more aid. Critics say the West moved too slowly.\n');
  const west = entities.find((e) => e.name === 'West');
  assert.ok(west && west.type === 'LOC', summarize(entities).join('\n'));
});

test('an unknown name after "the town of" or "the port of" is a place', () => {
  const { entities } = extractEntities('Shelling hit the border town of Velmora overnight. Ships left the port of Draskel at dawn.\n');
  for (const n of ['Velmora', 'Draskel']) assert.equal(find(entities, n).type, 'GPE', summarize(entities).join('\n'));
});

test('an East Asian surname and a hyphenated given name are one person, even when the surname is a place', () => {
  const { entities } = extractEntities('Veteran lawmaker Tong Kin-ting lost his seat, while Ho Mei-ling won. Moon Jae-in congratulated her.\n');
  for (const n of ['Tong Kin-ting', 'Ho Mei-ling', 'Moon Jae-in']) assert.equal(find(entities, n).type, 'PERSON');
  assert.ok(!entities.some((e) => e.name === 'Ho' || e.name === 'Tong'), summarize(entities).join('\n'));
});

test('a country code glued to a dollar sign is a currency, not a mention of the country', () => {
  const { entities } = extractEntities('The firm paid US$ 40,000 and NZ $3 million in fines, and the US regulator welcomed it.\n');
  const us = find(entities, 'United States');
  assert.equal(us.mentions.length, 1, summarize(entities).join('\n'));
  assert.ok(!entities.some((e) => e.name === 'NZ'), summarize(entities).join('\n'));
});

test('a name after a work noun is a title, one after an organisation noun an organisation', () => {
  const { entities } = extractEntities('Critics praised the novel Angel Harwood, and the firm Northwind Maple bought the rights.\n');
  assert.ok(!entities.some((e) => e.name.includes('Angel')), summarize(entities).join('\n'));
  assert.equal(find(entities, 'Northwind Maple').type, 'ORG');
});

test('the same name later goes with a title of a work, not with an organisation', () => {
  const { entities } = extractEntities('She sailed on the ship Seawards in May. Later the Seawards docked at Tunis.\n');
  assert.ok(!entities.some((e) => e.name === 'Seawards'), summarize(entities).join('\n'));
  assert.equal(find(entities, 'Tunis').type, 'GPE');
});

test('two title-case words without a first name, the last one a common word of the article, are no person', () => {
  const { entities } = extractEntities('Leaders of Green Tide marched on Sunday. Activists say the tide of opinion is turning.\n');
  assert.equal(find(entities, 'Green Tide').type, 'ORG');
});

test('products and their versions are no person or organisation, and the company beside them stays', () => {
  const { entities } = extractEntities('Apple said the iPhone 15 outsold Android phones, while Firefox users and iOS17 owners complained to Apple.\n');
  assert.deepEqual(entities.map((e) => e.name), ['Apple'], summarize(entities).join('\n'));
});

test('a title word before an organisation head names the organisation; "University of" opens a name first in a sentence', () => {
  const { entities } = extractEntities('Protesters gathered on Monday. University of Lagos officials said the Student Union president Ada Obi had resigned.\n');
  assert.equal(find(entities, 'Student Union').type, 'ORG');
  assert.equal(find(entities, 'Ada Obi').type, 'PERSON');
  assert.equal(find(entities, 'University of Lagos').type, 'ORG');
});

test('a title before a person whose surname is a head word stays a title', () => {
  const { entities } = extractEntities('Gov. Ellen Park signed the bill, and Mayor Tom Union praised her.\n');
  assert.equal(find(entities, 'Ellen Park').type, 'PERSON');
  assert.equal(find(entities, 'Tom Union').type, 'PERSON');
});

test('a leading head word before a place names a lake, a mountain or a team, not the place', () => {
  const { entities } = extractEntities('The team rested. Team Kenya won gold. Boats crossed Lake Chad and climbers reached Mount Lebanon.\n');
  assert.equal(find(entities, 'Team Kenya').type, 'ORG');
  assert.equal(find(entities, 'Lake Chad').type, 'LOC');
  assert.equal(find(entities, 'Mount Lebanon').type, 'LOC');
  assert.ok(!entities.some((e) => e.name === 'Kenya' || e.name === 'Chad'), summarize(entities).join('\n'));
});

test('an unknown name before a landform noun is a location', () => {
  const { entities } = extractEntities('Refugees crossed the Morava corridor and camped in the Tisza valley.\n');
  assert.equal(find(entities, 'Morava').type, 'LOC');
  assert.equal(find(entities, 'Tisza').type, 'LOC');
});

test('a compass word before a demonym names the people of a region', () => {
  const { entities } = extractEntities('West African leaders met, and South American farmers protested.\n');
  assert.equal(find(entities, 'West Africans').type, 'NORP');
  assert.equal(find(entities, 'South Americans').type, 'NORP');
  assert.ok(!entities.some((e) => e.name === 'West' || e.name === 'South' || e.name === 'Americans'), summarize(entities).join('\n'));
});

test('a name before an organisation noun is the organisation, a city only before "party"', () => {
  const { entities } = extractEntities('Leaders of the Tovara party met reporters, and the Kastel news agency said the Lyon company agreed.\n');
  assert.equal(find(entities, 'Tovara').type, 'ORG');
  assert.equal(find(entities, 'Kastel').type, 'ORG');
  assert.equal(find(entities, 'Lyon').type, 'GPE');
});

test('a verb that is also a work noun leaves the place after it alone', () => {
  const { entities } = extractEntities('The allies will ship Odesa more grain, and the novel Quiet Harbour sold well.\n');
  assert.equal(find(entities, 'Odesa').type, 'GPE');
  assert.ok(!entities.some((e) => e.name.includes('Harbour')), summarize(entities).join('\n'));
});

test('"the" or "at" before a two-word name with no first name makes it an organisation, not a person', () => {
  const { entities } = extractEntities('Minister Ruth Kamau told the Coastal Herald on Monday that talks had stalled. The Front Vaudois said it would abstain.\n');
  assert.equal(find(entities, 'Coastal Herald').type, 'ORG', summarize(entities).join('\n'));
  assert.equal(find(entities, 'Front Vaudois').type, 'ORG', summarize(entities).join('\n'));
  assert.equal(find(entities, 'Ruth Kamau').type, 'PERSON');
  const at = extractEntities('Economists at Larkspur Economics expect the rate to fall.\n').entities;
  assert.equal(find(at, 'Larkspur Economics').type, 'ORG', summarize(at).join('\n'));
});

test('party adjectives are NORP; plural role acronyms such as MPs are no entity', () => {
  const { entities } = extractEntities('Socialist lawmakers walked out, and several Communist MPs joined them. The Social Democrats stayed.\n');
  assert.equal(find(entities, 'Socialists').type, 'NORP', summarize(entities).join('\n'));
  assert.equal(find(entities, 'Communists').type, 'NORP');
  assert.equal(find(entities, 'Social Democrats').type, 'NORP');
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === 'MPs')), summarize(entities).join('\n'));
});

test('an organisation written as an acronym inside a hyphenated word is a mention of it ("EU-wide", "NATO-led")', () => {
  const { entities } = extractEntities('Ministers backed an EU-wide ban, and a NATO-led patrol will enforce it.\n');
  assert.deepEqual(find(entities, 'European Union').mentions.map((m) => m.text), ['EU']);
  assert.deepEqual(find(entities, 'NATO').mentions.map((m) => m.text), ['NATO']);
});

test('a title word after "of" in an organisation\'s name stays in it; a demonym before "Court of …" opens the name', () => {
  const { entities } = extractEntities('The Ministry of Justice appealed, and the Peruvian Court of Justice agreed to hear the case.\n');
  assert.equal(find(entities, 'Ministry of Justice').type, 'ORG', summarize(entities).join('\n'));
  assert.equal(find(entities, 'Peruvian Court of Justice').type, 'ORG', summarize(entities).join('\n'));
});

test('a name with a particle before a landform noun is a place, not a person', () => {
  const { entities } = extractEntities('Fishing boats crossed the Wadi el-Nour valley at dawn.\n');
  assert.equal(find(entities, 'Wadi el-Nour').type, 'LOC', summarize(entities).join('\n'));
});

test('title words before an organisation head name it: "the National Party", "Scottish National Party"', () => {
  const { entities } = extractEntities('The National Party won in the south, while the Scottish National Party held its seats.\n');
  assert.equal(find(entities, 'National Party').type, 'ORG', summarize(entities).join('\n'));
  assert.equal(find(entities, 'Scottish National Party').type, 'ORG', summarize(entities).join('\n'));
});

test('a city and a compass word is one district; Lib Dem and Free Democrat are party NORPs; "Shadow" is a title word', () => {
  const { entities } = extractEntities('The member for Bristol East, Nadia Corr, joined the Lib Dems. Shadow chancellor Owen Pryce and two Free Democrats objected.\n');
  assert.equal(find(entities, 'Bristol East').type, 'GPE', summarize(entities).join('\n'));
  assert.equal(find(entities, 'Liberal Democrats').type, 'NORP');
  assert.equal(find(entities, 'Free Democrats').type, 'NORP');
  assert.ok(!entities.some((e) => e.name === 'Shadow'), summarize(entities).join('\n'));
  assert.equal(find(entities, 'Owen Pryce').type, 'PERSON');
});

test('"and" inside an organisation\'s name that ends in a head word keeps the name whole', () => {
  const { entities } = extractEntities('Delegates of the Ocean and Climate Council met in Nairobi. The Space and Robotics Agency declined to comment.\n');
  assert.equal(find(entities, 'Ocean and Climate Council').type, 'ORG');
  assert.equal(find(entities, 'Space and Robotics Agency').type, 'ORG');
  assert.ok(!entities.some((e) => e.name === 'Ocean' || e.name === 'Space'), summarize(entities).join('\n'));
});

test('an organisation before its own organ named with "and" is one name; two places joined by "and" stay two', () => {
  const { entities } = extractEntities('The African Union Peace and Security Council met. Trade between Kenya and the European Union grew.\n');
  assert.equal(find(entities, 'African Union Peace and Security Council').type, 'ORG');
  assert.equal(find(entities, 'Kenya').type, 'GPE');
  assert.equal(find(entities, 'European Union').type, 'ORG');
});

test('an Arabic place word before "al-"/"el-" names a place, though it is also a first name', () => {
  const { entities } = extractEntities('Ships crossing the Bab el-Sahel were rerouted. Wadi al-Nakhl flooded overnight, and Ras al-Maqta lost power.\n');
  assert.equal(find(entities, 'Bab el-Sahel').type, 'LOC');
  assert.equal(find(entities, 'Wadi al-Nakhl').type, 'LOC');
  assert.equal(find(entities, 'Ras al-Maqta').type, 'GPE');
});

test('a known outlet or department whose name holds a number or a comma is one name', () => {
  const { entities } = extractEntities('The minister told France 24 on Monday. The Department for Environment, Food and Rural Affairs said it would respond.\n');
  assert.equal(find(entities, 'France 24').type, 'ORG');
  assert.equal(find(entities, 'Department for Environment, Food and Rural Affairs').type, 'ORG');
});

test('a title word first in a sentence and capitalized nowhere else is a common word, not an organisation', () => {
  const { entities } = extractEntities('Trade between the two ports doubled last year. Senior officials in Mombasa welcomed it.\n');
  assert.ok(!entities.some((e) => e.name === 'Trade' || e.name === 'Senior'), summarize(entities).join('\n'));
});

test('a lone name with an age in apposition is a person, even first in a sentence', () => {
  const { entities } = extractEntities('Okonkwo-Reyes, 61, told the inquiry she had not been warned. The panel said Halvard, 47, agreed.\n');
  assert.equal(find(entities, 'Okonkwo-Reyes').type, 'PERSON');
  assert.equal(find(entities, 'Halvard').type, 'PERSON');
});

test('a national capital that no city table lists is still its country\'s capital', () => {
  const { entities } = extractEntities('Vaduz rejected the proposal on Monday, and tourists in Valletta were unaffected.\n');
  assert.equal(find(entities, 'Liechtenstein').mentions[0].kind, 'metonym');
  assert.equal(find(entities, 'Valletta').country, 'MLT');
});

test('a world region and one unknown word ending the name is a company; with a head word the head decides', () => {
  const { entities } = extractEntities('Shares of Pacific Verdanta fell after the storm crossed the Pacific Ocean. The Asia Cup was postponed.\n');
  assert.equal(find(entities, 'Pacific Verdanta').type, 'ORG');
  assert.equal(find(entities, 'Asia Cup').type, 'EVENT');
  assert.ok(!entities.some((e) => e.name === 'Pacific' || e.name === 'Cup'), summarize(entities).join('\n'));
});

test('a region\'s branch of a national party is one organisation', () => {
  const { entities } = extractEntities('The Welsh Labour Party chose a new leader on Saturday.\n');
  const p = find(entities, 'Welsh Labour Party');
  assert.equal(p.type, 'ORG');
  assert.equal(p.sector, 'PTY');
});

test('a plural\'s apostrophe or a collective\'s "\'s" before a head word stays inside the name', () => {
  const { entities } = extractEntities('Delegates of the Dockers\' Federation met the Women\'s Party in Valparaíso. Okafor\'s Office was closed.\n');
  assert.equal(find(entities, "Dockers' Federation").type, 'ORG');
  assert.equal(find(entities, "Women's Party").type, 'ORG');
  assert.ok(!entities.some((e) => e.name.includes("Okafor's")), summarize(entities).join('\n'));
});

test('a title-holder\'s office named with a possessive is one organisation, places and titles in it included', () => {
  const { entities } = extractEntities('The case was referred to the Harlan County Prosecutor\'s Office on Monday. The Sheriff\'s Department declined to comment.\n');
  assert.equal(find(entities, "Harlan County Prosecutor's Office").type, 'ORG');
  assert.equal(find(entities, "Sheriff's Department").type, 'ORG');
});

test('a party-and-place label after a legislator names the place, known or not', () => {
  const { entities } = extractEntities('Rep. Dana Whitcombe (D-Wauconda) voted no, and state Sen. Paul Ortiz, R-Bellmead, agreed. Allied troops landed on D-Day.\n');
  assert.equal(find(entities, 'Wauconda').type, 'GPE');
  assert.equal(find(entities, 'Bellmead').country, 'USA');
  assert.ok(!entities.some((e) => e.name === 'Day' || e.name.startsWith('D-W')), summarize(entities).join('\n'));
});

test('"Urban"/"Rural" before a place only modify it; after one they name its district', () => {
  const { entities } = extractEntities('Turnout in Urban Mysore lagged again, while Mysore Rural queued early. Mysore counted late.\n');
  assert.ok(!entities.some((e) => e.type === 'PERSON'), summarize(entities).join('\n'));
  assert.equal(find(entities, 'Mysore Rural').type, 'GPE');
});

test('an unknown name after a place word first in a sentence is a place ("In Tarvia, …")', () => {
  const { entities } = extractEntities('In Tarvia, the polls closed at six. At Velmora, counting began.\n');
  assert.equal(find(entities, 'Tarvia').type, 'GPE');
  assert.equal(find(entities, 'Velmora').type, 'GPE');
});

test('a law or treaty is no entity, and its acronym goes with it', () => {
  const { entities } = extractEntities('Regulators cited the Online Safety Act (OSA) on Monday. Platforms said the OSA was vague.\n');
  assert.ok(!entities.some((e) => e.name.includes('Safety') || e.name === 'OSA'), summarize(entities).join('\n'));
});

test('a name of three words defined by an acronym in brackets is an organisation, particles or not', () => {
  const { entities } = extractEntities('The Frente Amplio de Trabajadores (FAT) called a strike; the FAT said 40,000 would join.\n');
  const fat = find(entities, 'Frente Amplio de Trabajadores');
  assert.equal(fat.type, 'ORG');
  assert.ok(fat.mentions.some((m) => m.text === 'FAT'));
});

test('a state\'s or city\'s own body named after the national one is its own organisation', () => {
  const { entities } = extractEntities('The Ohio Supreme Court heard the appeal, and the U.S. Supreme Court declined to intervene.\n');
  const ohio = find(entities, 'Ohio Supreme Court');
  assert.equal(ohio.type, 'ORG');
  assert.ok(!ohio.mentions.some((m) => m.text === 'Supreme Court'));
});

test('an ampersand joins a firm\'s name, glued or spaced, and an organisation\'s name before its head', () => {
  const { entities } = extractEntities('Shares of Harlow & Finch and of B&Q rose; the Kestrel Ocean & Climate Institute disagreed.\n');
  assert.equal(find(entities, 'Harlow & Finch').type, 'ORG');
  assert.equal(find(entities, 'B&Q').type, 'ORG');
  assert.equal(find(entities, 'Kestrel Ocean & Climate Institute').type, 'ORG');
});

test('a numbered head word and its number are one name; a road number where a road is named is a facility', () => {
  const { entities } = extractEntities('Members of Teamsters Local 742 walked out. Trucks blocked the N4 and N7 roads, and traffic on the M62 stalled near Terminal 3.\n');
  assert.equal(find(entities, 'Teamsters Local 742').type, 'ORG');
  assert.equal(find(entities, 'N7').type, 'FAC');
  assert.equal(find(entities, 'M62').type, 'FAC');
  assert.equal(find(entities, 'Terminal 3').type, 'FAC');
});

test('a hyphenated name of two capitalized parts is a name even first in a sentence; a combining form is not', () => {
  const { entities } = extractEntities('Harland-Voss said orders rose. Anglo-Irish ties were discussed.\n');
  assert.ok(entities.some((e) => e.name === 'Harland-Voss'), summarize(entities).join('\n'));
  assert.ok(!entities.some((e) => e.name === 'Anglo-Irish'), summarize(entities).join('\n'));
});

test('words before a known body\'s generic short form name another body', () => {
  const { entities } = extractEntities('The Regional Security Council met in Dakar, while the UN Security Council adjourned.\n');
  assert.equal(find(entities, 'Regional Security Council').type, 'ORG');
  assert.deepEqual(find(entities, 'UN Security Council').mentions.map((m) => m.text), ['UN Security Council']);
});

test('a country\'s own body under another body\'s short name is its own organisation; an acronym is not', () => {
  const { entities } = extractEntities('Kenya\'s Supreme Court annulled the vote, and Kenya\'s UN envoy welcomed it.\n');
  const court = entities.find((e) => e.name === 'Supreme Court');
  assert.ok(court && court.country === 'KEN', summarize(entities).join('\n'));
  assert.equal(find(entities, 'United Nations').type, 'ORG');
});

test('a lone double-barrelled name right after a speech verb is a person, not an organisation', () => {
  const { entities } = extractEntities('The ministry said Brandt-Ollila had stepped down. "We will appeal," insisted Marek-Sowa.\n');
  assert.equal(find(entities, 'Brandt-Ollila').type, 'PERSON');
  assert.equal(find(entities, 'Marek-Sowa').type, 'PERSON');
});

test('names listed before a plural place noun ("counties") are places, and join no person of the same name', () => {
  const { entities } = extractEntities('Floods hit the region. The governor sent aid to Harlan, Doyle and Pruett counties. Senator Maya Doyle toured the levee.\n');
  for (const n of ['Harlan', 'Pruett']) assert.equal(find(entities, n).type, 'GPE');
  assert.ok(entities.some((e) => e.type === 'GPE' && e.mentions.some((m) => m.text === 'Doyle')), summarize(entities).join('\n'));
  assert.equal(find(entities, 'Maya Doyle').mentions.length, 1);
});

test('given names of many countries start a name, as English ones do; one never stands for an acronym', () => {
  const { entities } = extractEntities('Her deputy, Bala Yusuf Garba, met Emre Aydın and Kwame Boateng in Accra. Asean officials attended.\n');
  for (const name of ['Bala Yusuf Garba', 'Emre Aydın', 'Kwame Boateng']) assert.equal(find(entities, name).type, 'PERSON');
  assert.ok(!entities.some((e) => e.name === 'Asean' && e.type === 'PERSON'));
});

test('the words before an acronym in brackets that spell it are one name, whatever the tables say of its words', () => {
  const { entities } = extractEntities('The Ghana Nurses Union (GNU) and the Alliance of South-east Island States (Asis) met officials of the ' +
    'Ministry of the Interior Audit Office (MIAO) in Accra. The GNU said talks would resume.\n');
  const gnu = find(entities, 'Ghana Nurses Union');
  assert.equal(gnu.type, 'ORG');
  assert.equal(gnu.country, 'GHA');
  assert.deepEqual(gnu.mentions.map((m) => m.text), ['Ghana Nurses Union', 'GNU', 'GNU']);
  assert.deepEqual(find(entities, 'Alliance of South-east Island States').mentions.map((m) => m.text), ['Alliance of South-east Island States', 'Asis']);
  // the initials may pass over a word, never the first or the last
  assert.equal(find(entities, 'Ministry of the Interior Audit Office').type, 'ORG');
  assert.ok(!entities.some((e) => e.name === 'Ghana' && e.type === 'GPE'));
});

test('a given name that is also a town starts a name before a surname', () => {
  const { entities } = extractEntities('The spokesperson of the port authority, Ngozi Adebayo, said the berths were closed.\n');
  assert.equal(find(entities, 'Ngozi Adebayo').type, 'PERSON');
});

test('"and" inside a ministry\'s remit stays in the name; before a country it ends the name', () => {
  const { entities } = extractEntities('Officials of the Department for Culture and Digital Media met the Ministry of Interior and Chile.\n');
  assert.equal(find(entities, 'Department for Culture and Digital Media').type, 'ORG');
  assert.equal(find(entities, 'Chile').type, 'GPE');
});

test('the words before "of" in an organisation\'s name, used later, are that organisation', () => {
  const { entities } = extractEntities('The Federation of Bus Drivers voted to strike. Later the Federation of Taxi Owners met, and the National Union of Dockworkers joined. The National Union said it would picket.\n');
  assert.deepEqual(find(entities, 'National Union of Dockworkers').mentions.map((m) => m.text), ['National Union of Dockworkers', 'National Union']);
});

test('an acronym may take a letter from an inner word, and the name it defines is an organisation', () => {
  const { entities } = extractEntities('The African Union Observer Mission in Chad (AUOMIC) and the Sahel Policy Forum (SPF) issued reports.\n');
  const m = find(entities, 'African Union Observer Mission in Chad');
  assert.equal(m.type, 'ORG');
  assert.deepEqual(m.mentions.map((x) => x.text), ['African Union Observer Mission in Chad', 'AUOMIC']);
  assert.equal(find(entities, 'Sahel Policy Forum').type, 'ORG');
});

test('a name no table knows is a place where places stand ("in El Alto", "the governor of Santa Fe"), not where people do', () => {
  const { entities } = extractEntities('Troops were sent to restore order in El Alto. The governor of San Tadeo, Lucia Ortega, objected. A baker in Abu Nawas closed.\n');
  for (const name of ['El Alto', 'San Tadeo', 'Abu Nawas']) assert.equal(find(entities, name).type, 'GPE', name);
  assert.equal(find(entities, 'Lucia Ortega').type, 'PERSON');
});

test('a "Conference" or "Forum" that acts is a body; one that opens is an event', () => {
  const { entities } = extractEntities('The Andean Bishops Conference urged calm. The Lisbon Climate Forum opened on Monday.\n');
  assert.equal(find(entities, 'Andean Bishops Conference').type, 'ORG');
  assert.equal(find(entities, 'Lisbon Climate Forum').type, 'EVENT');
});

test('an acronym the article defines overrides a table\'s reading of it, in its later mentions too', () => {
  const { entities } = extractEntities('Members of the Peoples Trust Initiative (PTI) marched. Later PTI organisers said the march would go on.\n');
  const pti = find(entities, 'Peoples Trust Initiative');
  assert.deepEqual(pti.mentions.map((m) => m.text), ['Peoples Trust Initiative', 'PTI', 'PTI']);
  assert.ok(!entities.some((e) => /Press Trust/.test(e.name)));
});
