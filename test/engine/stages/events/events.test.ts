// Hand-built layers: tokens from the tokenizer, sentences split here, entities, timexes and
// quotes written by hand, so these tests do not depend on the other stages' quality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Event, Quote, Timex } from '../../../../src/model/index.ts';
import { tokenize } from '../../../../src/engine/stages/tokens/index.ts';
import { extractEvents } from '../../../../src/engine/stages/events/extract.ts';

interface Extra { entities?: Entity[]; timexes?: Timex[]; quotes?: Quote[] }

function spanOf(text: string, s: string, from = 0) {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, `"${s}" not in text`);
  return { start, end: start + s.length, text: s };
}

function run(text: string, extra: Extra = {}): Event[] {
  const sentences = [];
  let at = 0;
  for (const part of text.split(/(?<=[.!?]["”]?)\s+/)) { const s = spanOf(text, part, at); sentences.push(s); at = s.end; }
  const events = extractEvents({ text, sentences, tokens: tokenize(text), ...extra });
  for (const e of events) assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
  return events;
}

const timex = (text: string, s: string, value: string, id = 't1'): Timex =>
  ({ id, span: spanOf(text, s), type: 'DATE', value, anchor: 'document', method: 'test', confidence: 1 });
const top = (events: Event[]) => [...events].sort((a, b) => b.confidence - a.confidence)[0];
const occurred = (events: Event[], plover: string) => events.filter((e) => e.code.plover === plover && !e.code.mode);

test('active voice: sector noun and demonym give the actors', () => {
  const e = top(run('Iraqi police arrested twelve Iranian smugglers in Basra.'));
  assert.equal(e.code.plover, 'COERCE');
  assert.deepEqual([e.source?.country, e.source?.sector, e.target?.country], ['IRQ', 'COP', 'IRN']);
});

test('passive voice: "was ambushed by" puts the agent in the source', () => {
  const text = 'A convoy of Malian soldiers was ambushed by jihadists on Friday.';
  const e = top(run(text, { timexes: [timex(text, 'Friday', '2021-03-05')] }));
  assert.equal(e.code.plover, 'ASSAULT');
  assert.equal(e.source?.sector, 'REB');
  assert.deepEqual([e.target?.country, e.target?.sector], ['MLI', 'MIL']);
  assert.equal(e.timex, 't1');
});

test('nominalisation: "the raid on X by Y"', () => {
  const events = run('Officials condemned the raid on a Kenyan police post by Somali militants.');
  const raid = events.find((e) => e.code.plover === 'ASSAULT');
  assert.ok(raid, 'an ASSAULT event');
  assert.deepEqual([raid.source?.country, raid.source?.sector, raid.target?.country, raid.target?.sector], ['SOM', 'REB', 'KEN', 'COP']);
  assert.ok(events.some((e) => e.code.plover === 'ACCUSE'));
});

test('negation: "did not fire on" is denied, never an occurred assault', () => {
  const events = run('Egyptian troops did not fire on the protesters.');
  assert.equal(occurred(events, 'ASSAULT').length, 0);
  assert.equal(events.find((e) => e.code.plover === 'ASSAULT')?.code.mode, 'denied');
});

test('modality: "might strike" is hypothetical', () => {
  const events = run('Analysts said Iranian forces might strike Saudi oil facilities.');
  assert.equal(occurred(events, 'ASSAULT').length, 0);
  assert.equal(events.find((e) => e.code.plover === 'ASSAULT')?.code.mode, 'hypothetical');
});

test('a conditional threat in a quotation is attributed to the speaker and linked to the quote', () => {
  const text = '"If they cross the border again, they will pay a heavy price," the Ethiopian foreign ministry said.';
  const ministry: Entity = { id: 'e1', type: 'ORG', name: 'Ministry of Foreign Affairs of Ethiopia', titles: [], country: 'ETH', sector: 'GOV',
    mentions: [{ ...spanOf(text, 'Ethiopian foreign ministry'), kind: 'name' }], confidence: 0.9 };
  const quote: Quote = { id: 'q1', kind: 'direct', content: spanOf(text, 'If they cross the border again, they will pay a heavy price,'),
    cue: spanOf(text, 'said'), speaker: { entity: 'e1', mention: spanOf(text, 'Ethiopian foreign ministry'), name: null, anonymous: false },
    method: 'test', confidence: 0.9 };
  for (const extra of [{ entities: [ministry], quotes: [quote] }, {}]) {
    const e = run(text, extra).find((x) => x.code.plover === 'THREATEN');
    assert.ok(e, 'a THREATEN event');
    assert.equal(e.code.mode, 'conditional');
    assert.equal(e.reported, true);
    assert.equal(e.source?.country, 'ETH');
    assert.equal(e.quote, extra.quotes ? 'q1' : null);
  }
});

test('"threatened to expel" is a threat coded with the threatened sanction', () => {
  const e = top(run('Pakistan threatened to expel Afghan diplomats.'));
  assert.deepEqual([e.code.plover, e.code.cameo, e.source?.country, e.target?.country], ['THREATEN', '131', 'PAK', 'AFG']);
});

test('a stated intention to help is AGREE; a refusal to meet is REJECT', () => {
  const agree = top(run('Norway will send food aid to Yemen.'));
  assert.deepEqual([agree.code.plover, agree.source?.country, agree.target?.country], ['AGREE', 'NOR', 'YEM']);
  const reject = top(run('Hungary refused to meet the Serbian delegation.'));
  assert.deepEqual([reject.code.plover, reject.code.cameo, reject.target?.country], ['REJECT', '125', 'SRB']);
});

test('"X said Y must …" is a request from X to Y', () => {
  const e = top(run('Brazil said Venezuela must release the detained journalists.'));
  assert.deepEqual([e.code.plover, e.source?.country, e.target?.country], ['REQUEST', 'BRA', 'VEN']);
});

test('actors and place resolve through the entities layer', () => {
  const text = 'President Mbeki met Zimbabwean leaders in Pretoria on Monday.';
  const entities: Entity[] = [
    { id: 'e1', type: 'PERSON', name: 'Thabo Mbeki', titles: ['President'], country: 'ZAF', sector: 'GOV', mentions: [{ ...spanOf(text, 'President Mbeki'), kind: 'name' }], confidence: 0.9 },
    { id: 'e2', type: 'GPE', name: 'Pretoria', titles: [], country: 'ZAF', mentions: [{ ...spanOf(text, 'Pretoria'), kind: 'name' }], confidence: 0.9 },
  ];
  const e = top(run(text, { entities, timexes: [timex(text, 'Monday', '2004-05-10')] }));
  assert.equal(e.code.plover, 'CONSULT');
  assert.deepEqual(e.source, { entity: 'e1', text: 'President Mbeki', country: 'ZAF', sector: 'GOV' });
  assert.deepEqual([e.target?.country, e.target?.sector], ['ZWE', 'GOV']);
  assert.deepEqual(e.location, { name: 'Pretoria', entity: 'e2', country: 'ZAF' });
  assert.equal(e.timex, 't1');
});

test('the same event mentioned twice is one event with two evidence spans', () => {
  const events = run('Turkish troops shelled Syrian positions on Monday. The shelling of Syrian positions by Turkish troops went on for hours.');
  const assaults = events.filter((e) => e.code.plover === 'ASSAULT');
  assert.equal(assaults.length, 1);
  assert.equal(assaults[0].moreEvidence?.length, 1);
  assert.deepEqual(events.map((e) => e.id), events.map((_, k) => `v${k + 1}`));
});

test('words that are not events here: "press secretary", a capitalized month', () => {
  assert.deepEqual(run('The Kenyan press secretary spoke in March.'), []);
});

test('a city between an article and a noun is a venue, not a target ("the Istanbul framework")', () => {
  const events = run('Ukraine remains committed to the Istanbul framework.');
  assert.ok(events.length > 0);
  for (const e of events) assert.notEqual(e.target?.text, 'Istanbul');
  // a people or country so placed is still the other party
  const reject = top(run('Hungary rejected a Serbian proposal.'));
  assert.equal(reject.target?.country, 'SRB');
});

test('the subject of an -ing clause is its own clause\'s subject, not the nearest noun', () => {
  const byGerund = run('Rebel fighters tried to provoke the Malian army by shelling villages.').find((e) => e.code.plover === 'ASSAULT');
  assert.equal(byGerund?.source?.sector, 'REB');
  const afterComma = run('Militants stormed a police station in Kano on Monday, killing three officers.')
    .filter((e) => e.code.plover === 'ASSAULT');
  assert.ok(afterComma.length > 0);
  for (const e of afterComma) assert.equal(e.source?.sector, 'REB');
});

test('an unrealised attack named by a noun, with no agent, is not an event; with its agent it is kept', () => {
  const text = '"They must not use the talks as a pretext for new attacks on Kurdish towns," the Iraqi foreign minister said.';
  assert.equal(run(text).filter((e) => e.code.plover === 'ASSAULT').length, 0);
  const kept = run('Officials fear possible attacks by Somali militants.').find((e) => e.code.plover === 'ASSAULT');
  assert.deepEqual([kept?.code.mode, kept?.source?.country], ['hypothetical', 'SOM']);
});

test('an event is dated by its sentence, or else by the article (marked so, and less sure)', () => {
  const text = 'Turkish troops shelled Syrian positions on Monday. Kurdish fighters attacked a Turkish convoy.';
  const sentences = [spanOf(text, 'Turkish troops shelled Syrian positions on Monday.'), spanOf(text, 'Kurdish fighters attacked a Turkish convoy.')];
  const events = extractEvents({ text, sentences, tokens: tokenize(text), timexes: [timex(text, 'Monday', '2019-10-14')], articleDate: '2019-10-15T09:30:00+03:00' });
  const [shelled, attacked] = events;
  assert.deepEqual(shelled.date, { value: '2019-10-14', source: 'sentence' });
  assert.equal(attacked.timex, null);
  assert.deepEqual(attacked.date, { value: '2019-10-15', source: 'article' });
  assert.ok(attacked.confidence < shelled.confidence);
  assert.equal(run('Kurdish fighters attacked a Turkish convoy.')[0].date, undefined);
});

test('an interaction with no actor on either side is not an event', async () => {
  const { process: run } = await import('../../../../src/engine/process.ts');
  const a = run('The board met on Monday and will meet again next week.', { referenceTime: '2024-03-01' });
  assert.deepEqual(a.events!.filter((v) => !v.source && !v.target), []);
  const b = run('Kenya and Uganda agreed on Monday to reopen the border.', { referenceTime: '2024-03-01' });
  assert.ok(b.events!.some((v) => v.code.plover === 'AGREE'), JSON.stringify(b.events));
  assert.deepEqual(b.events!.map((v) => v.id), b.events!.map((_, i) => `v${i + 1}`));
});

test('negation: "has not yet signed" is denied, not an occurred signing', () => {
  const events = run('Pakistani officials have not yet signed the water accord with Indian negotiators.');
  assert.equal(occurred(events, 'SUPPORT').length, 0);
  assert.equal(events.find((e) => e.code.plover === 'SUPPORT')?.code.mode, 'denied');
});

test('a hoped-for meeting is an intention (AGREE), not a meeting that took place', () => {
  const events = run('Ukrainian officials hope to meet Turkish mediators in Ankara.');
  assert.equal(occurred(events, 'CONSULT').length, 0);
  assert.ok(events.some((e) => e.code.plover === 'AGREE'));
});

test('"accused X of V-ing": the accusation, and the act it names as a reported event whose agent is X', () => {
  const events = run('Lithuania accused Belarusian border guards of beating migrants near the frontier.');
  const accuse = events.find((e) => e.code.plover === 'ACCUSE');
  assert.deepEqual([accuse?.source?.country, accuse?.target?.country], ['LTU', 'BLR']);
  const act = events.find((e) => e.code.plover === 'ASSAULT');
  assert.equal(act?.source?.country, 'BLR');
  assert.equal(act?.reported, true);
});

test('", wounding two sailors" tells more of the event before it, not another one', () => {
  const assaults = run('Armenian troops fired on a Georgian patrol boat, wounding two sailors.').filter((e) => e.code.plover === 'ASSAULT');
  assert.equal(assaults.length, 1);
  assert.equal(assaults[0].source?.country, 'ARM');
});

test('an agentless passive has no source: the speaker who reports it is not its agent', () => {
  const e = run('A police spokesman in Lahore said four protesters had been killed.').find((x) => x.code.plover === 'ASSAULT');
  assert.equal(e?.source, null);
  assert.equal(e?.target?.sector, 'CVL');
  assert.equal(e?.reported, true);
});

test('a coordinated subject is two sources, except of a mutual act, where the second is the target', () => {
  const praise = run('Chile and Peru praised the ruling.').find((e) => e.code.plover === 'SUPPORT');
  assert.deepEqual([praise?.source?.country, praise?.target ?? null], ['CHL', null]);
  const met = run('Chile and Peru met in Lima.').find((e) => e.code.plover === 'CONSULT');
  assert.deepEqual([met?.source?.country, met?.target?.country], ['CHL', 'PER']);
});

test('an acronym in parentheses after the subject does not cut it off from its verb', () => {
  const e = run('The Chadian National Army (ANT) accused Libyan militias of the raid.').find((x) => x.code.plover === 'ACCUSE');
  assert.equal(e?.source?.country, 'TCD');
  assert.equal(e?.target?.country, 'LBY');
});

test('"moved from killing X to attacking Y": both acts have the clause\'s subject as agent', () => {
  const assaults = run('The rebels have moved from killing villagers to attacking Malian army convoys.').filter((e) => e.code.plover === 'ASSAULT');
  assert.equal(assaults.length, 2);
  for (const e of assaults) assert.equal(e.source?.sector, 'REB');
});

test('two acts with one side unknown are merged only when they share a place or a date', () => {
  const text = 'Drones struck a fuel depot on Monday. A rebel spokesman accused the army of bombing markets.';
  const assaults = run(text).filter((e) => e.code.plover === 'ASSAULT');
  assert.equal(assaults.length, 2);
  const again = run('Drones struck a fuel depot in Khartoum. Later, drones struck the airport in Khartoum.').filter((e) => e.code.plover === 'ASSAULT');
  assert.equal(again.length, 1);
});

test('the speaker of a reported noun event with no agent is not its agent ("the attack was the third", X said)', () => {
  const text = 'Ukraine said the attack was the third on Kherson this month.';
  const ukraine: Entity = { id: 'e1', type: 'GPE', name: 'Ukraine', titles: [], country: 'UKR',
    mentions: [{ ...spanOf(text, 'Ukraine'), kind: 'name' }], confidence: 0.9 };
  const quote: Quote = { id: 'q1', kind: 'indirect', content: spanOf(text, 'the attack was the third on Kherson this month'),
    cue: spanOf(text, 'said'), speaker: { entity: 'e1', mention: spanOf(text, 'Ukraine'), name: null, anonymous: false },
    method: 'test', confidence: 0.9 };
  for (const e of run(text, { entities: [ukraine], quotes: [quote] })) if (e.code.plover === 'ASSAULT') assert.equal(e.source, null);
});

test('"was ordered to" is an agentless passive request; "opened investigations" is the subject\'s act', () => {
  const order = run('Kenyan police had been ordered to show restraint, the minister said.').find((e) => e.code.plover === 'REQUEST');
  assert.equal(order?.source ?? null, null);
  const probe = run('Peruvian prosecutors opened investigations into Chilean officials.').find((e) => e.code.plover === 'ACCUSE');
  assert.equal(probe?.source?.country, 'PER');
});

test('"working to deliver" is a stated intention (AGREE), not a delivery', () => {
  const codes = run('Allies were working to deliver more air defence systems to Ukraine, the NATO chief said.').map((e) => e.code.plover);
  assert.ok(codes.includes('AGREE'));
  assert.ok(!codes.includes('AID'));
});

test('a release of prisoners is RETREAT, as the CAMEO-to-PLOVER table codes 0841', () => {
  const e = run('Malian rebels released forty Nigerien soldiers on Friday.').find((x) => x.code.cameo === '0841');
  assert.equal(e?.code.plover, 'RETREAT');
});

test('"… and injuring four workers" continues the strike before it; announced drills are a show of force', () => {
  const assaults = run('Russian drones struck the port, damaging two silos and injuring four Ukrainian workers.').filter((e) => e.code.plover === 'ASSAULT');
  assert.equal(assaults.length, 1);
  assert.equal(assaults[0].source?.country, 'RUS');
  assert.ok(run('The Russian navy will conduct drills near Latvia.').some((e) => e.code.plover === 'THREATEN'));
});

test('an aside between commas ("X, a critic of the party, has vowed") is not the subject', () => {
  const e = run('Ghana, a close ally of the Nigerian army, has refused to send troops.').find((x) => x.code.plover === 'REJECT');
  assert.equal(e?.source?.country, 'GHA');
});

test('a second verb after "and" shares the first one\'s subject, not a noun in a phrase', () => {
  const text = 'The Kenyan prime minister, who took office last month, announced new funds for Somali refugees and promised to open talks.';
  const e = run(text).find((x) => x.code.plover === 'AGREE');
  assert.equal(e?.source?.country, 'KEN');
});

test('a venue after a mutual act is not the other party; one entity is not its own target', () => {
  const talks = run('Officials from Chad and Niger held talks in Niamey.').find((e) => e.code.plover === 'CONSULT');
  assert.equal(talks?.target?.country, 'NER');
  assert.equal(talks?.target?.text, 'Niger');
  const text = 'The European Union warned that the law broke EU rules and could end its talks with Serbia.';
  const eu: Entity = { id: 'e1', type: 'ORG', name: 'European Union', titles: [], sector: 'IGO',
    mentions: [{ ...spanOf(text, 'European Union'), kind: 'name' }, { ...spanOf(text, 'EU'), kind: 'acronym' }], confidence: 0.9 };
  for (const e of run(text, { entities: [eu] })) if (e.source?.entity === 'e1') assert.notEqual(e.target?.entity, 'e1');
});

test('"for both delegations": delegations are government actors', () => {
  const e = run('The Iraqi prime minister hosted a lunch for both delegations.').find((x) => x.code.plover === 'CONSULT');
  assert.equal(e?.target?.sector, 'GOV');
});

test('force or protest on a condition is a threat ("called a strike if Congress passes the bill")', () => {
  const e = run('Chilean unions called a national strike for April if Congress passes the bill.').find((x) => x.code.plover === 'THREATEN');
  assert.equal(e?.code.mode, 'conditional');
});

test('an aside opened by a role noun or a possessive name is not the subject', () => {
  const text = 'Talks collapsed after Ana Ruiz, leader of the Peruvian opposition, walked out of the negotiations.';
  const ruiz: Entity = { id: 'e1', type: 'PERSON', name: 'Ana Ruiz', titles: [], country: 'PER',
    mentions: [{ ...spanOf(text, 'Ana Ruiz'), kind: 'name' }], confidence: 0.9 };
  const walked = run(text, { entities: [ruiz] }).find((e) => e.code.plover === 'REJECT');
  assert.equal(walked?.source?.text, 'Ana Ruiz');
  const union = 'The CUT, Chile\'s largest union, called for a strike against the Peruvian company.';
  const cut: Entity = { id: 'e1', type: 'ORG', name: 'Central Unitaria de Trabajadores', titles: [], country: 'CHL',
    mentions: [{ ...spanOf(union, 'CUT'), kind: 'acronym' }], confidence: 0.9 };
  assert.equal(run(union, { entities: [cut] }).find((e) => e.code.plover === 'PROTEST')?.source?.entity, 'e1');
});

test('a verb after ", and" or "but" continues the first clause; a modifier does not lift a noun out of its phrase', () => {
  const text = 'Kremlin spokesman Ivan Petrov said Moscow had nothing to do with Georgia\'s politics, and accused Western countries of meddling.';
  const petrov: Entity = { id: 'e1', type: 'PERSON', name: 'Ivan Petrov', titles: [], country: 'RUS', sector: 'GOV',
    mentions: [{ ...spanOf(text, 'Kremlin spokesman Ivan Petrov'), kind: 'name' }], confidence: 0.9 };
  assert.equal(run(text, { entities: [petrov] }).find((e) => e.code.plover === 'ACCUSE')?.source?.entity, 'e1');
  const aid = run('The French prime minister announced new aid for livestock farmers and promised to cut Belgian tariffs.').find((e) => e.code.plover === 'AGREE');
  assert.equal(aid?.source?.country, 'FRA');
});

test('"a deal brokered by China" is mediation by China; "proposed a dialogue with" an offer to negotiate', () => {
  const brokered = run('Iran and Bahrain restored relations in a deal brokered by China.').find((e) => e.code.plover === 'CONSULT');
  assert.equal(brokered?.source?.country, 'CHN');
  const proposed = run('The Kenyan president proposed a dialogue with the Somali government.').find((e) => e.code.plover === 'AGREE');
  assert.equal(proposed?.target?.country, 'SOM');
});

test('a quoted act whose subject is a common noun is not the speaker\'s; member states are actors', () => {
  const text = '"My grandparents fought for independence from Russia," she said.';
  for (const e of run(text)) assert.notEqual(e.source?.text, 'she');
  const pledged = run('The force received a third of the $600 million pledged by member states.').find((e) => e.code.plover === 'AGREE');
  assert.equal(pledged?.source?.sector, 'GOV');
});

test('a participle modifier on a condition is no conditional threat', () => {
  assert.ok(!run('"If we do nothing, the Chilean people marching today will be poor," the minister said.').some((e) => e.code.plover === 'THREATEN'));
});

test('", injuring three sailors" gives the event its target in place of a place read for want of one', () => {
  const e = run('Chinese vessels fired water cannon at a supply boat bound for Manila, injuring three Filipino sailors.').find((x) => x.code.plover === 'ASSAULT');
  assert.equal(e?.target?.country, 'PHL');
  assert.notEqual(e?.target?.text, 'Manila');
});

test('a coordinated object does not stop the target search ("hit a depot and an air base in X")', () => {
  const e = run('Rebel drones hit a fuel depot and an air base in Mogadishu on Monday.').find((x) => x.code.plover === 'ASSAULT');
  assert.ok(e, 'an ASSAULT event');
  assert.match(e.target?.text ?? '', /Mogadishu/);
});

test('people who are no named actor are targets: crew members, partners, allies', () => {
  const hit = run('Pirates attacked the crew members of a cargo ship off Somalia.').find((x) => x.code.plover === 'ASSAULT');
  assert.match(hit?.target?.text ?? '', /crew members/);
  const asked = run('The Kenyan government urged its partners to send more food.').find((x) => x.code.plover === 'REQUEST');
  assert.match(asked?.target?.text ?? '', /partners/);
  const warned = run('Oslo warned allies against a hasty withdrawal.').find((x) => x.target !== null);
  assert.match(warned?.target?.text ?? '', /allies/);
});

test('"the Ukrainian region of X": the place named after "of" is the target, not the demonym before the place noun', () => {
  const hit = run('Russian missiles struck a power plant in the northeastern Ukrainian region of Kharkiv on Sunday.').find((x) => x.code.plover === 'ASSAULT');
  assert.equal(hit?.target?.text, 'Kharkiv');
  const shelled = run('Rebels shelled a market in the Somali capital of Mogadishu.').find((x) => x.code.plover === 'ASSAULT');
  assert.equal(shelled?.target?.text, 'Mogadishu');
  // With no name after it the demonym still gives the target.
  assert.equal(run('Rebels shelled a market in the Somali capital.').find((x) => x.code.plover === 'ASSAULT')?.target?.text, 'Somali');
});

test('crowd-control weapons used on people are an assault: "used tear gas", "fired rubber bullets at"', () => {
  const used = run('Riot police used tear gas and rubber bullets to disperse the crowd in Lima.').find((x) => x.code.plover === 'ASSAULT');
  assert.equal(used?.target?.sector, 'CVL');
  assert.ok(run('Kenyan police fired rubber bullets at students on Monday.').some((x) => x.code.plover === 'ASSAULT'));
});

test('a "nobody" subject denies the act: "Nobody is arresting anyone"', () => {
  const events = run('"Nobody is arresting anyone," the Kenyan minister said.');
  assert.equal(occurred(events, 'COERCE').length, 0);
  assert.equal(events.find((e) => e.code.plover === 'COERCE')?.code.mode, 'denied');
});

test('weapons after a demonym are that country\'s military: "Belarusian rockets", "Iranian ballistic missiles"', () => {
  const hit = run('Belarusian rockets struck a depot near the border on Friday.').find((x) => x.code.plover === 'ASSAULT');
  assert.equal(hit?.source?.text, 'Belarusian rockets');
  assert.equal(hit?.source?.country, 'BLR');
  assert.equal(hit?.source?.sector, 'MIL');
  const fired = run('Iranian ballistic missiles hit an air base in the desert.').find((x) => x.code.plover === 'ASSAULT');
  assert.equal(fired?.source?.sector, 'MIL');
});

test('stones, rocks and petrol bombs hurled or thrown at someone are a violent protest (145)', () => {
  for (const s of ['Rioters hurled stones at the police station in Kumasi.', 'Students threw petrol bombs at riot police.', 'Fans pelted the officers with bottles.']) {
    const events = run(s);
    assert.deepEqual(events.map((e) => `${e.code.plover} ${e.code.cameo}`), ['PROTEST 145'], s);
  }
});

test('a mutual act with a plural subject: the place after "in" is the venue, not the other party', () => {
  const events = run('The two leaders signed a border treaty in Astana.');
  assert.ok(events.some((e) => e.source?.text === 'leaders'));
  assert.ok(events.every((e) => e.target?.text !== 'Astana'), events.map((e) => e.target?.text).join());
  // "signed" and "treaty" name one act: the record without actors gives way to the one with them
  assert.equal(events.length, 1);
});
