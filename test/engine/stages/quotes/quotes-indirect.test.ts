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

test('a reported clause stops at a second cue, at a new group of speakers and at the writer\'s comment', () => {
  const { quotes } = runQuotes([
    'Mayor Ilse Brandt said the ferry fare would rise in April, insisting that the increase was modest.',
    'The harbour chief said he had spoken to the unions twice this week, something he had denied on Monday.',
    'Fishermen say the quotas are too tight, and many warned that the fleet would shrink.',
    'Envoy Piet Roos said the vote was a setback and warned that the mission could end early.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => q.content.text), [
    'the ferry fare would rise in April',
    'the increase was modest',
    'he had spoken to the unions twice this week',
    'the quotas are too tight',
    'the fleet would shrink',
    'the vote was a setback',
    'the mission could end early',
  ]);
  assert.equal(show(quotes[1]), 'indirect [the increase was modest] <- Ilse Brandt');
  assert.equal(show(quotes[6]), 'indirect [the mission could end early] <- Piet Roos');
});

test('adjuncts between the cue and "that": "afterwards", "in its filing"; "warned that the council …" has no addressee', () => {
  const { quotes } = runQuotes([
    'Councillor Rhea Moss told reporters afterwards that the budget was balanced.',
    'The shipping firm argued in its filing that the port fees were unlawful.',
    'The auditor warned that the council had overspent by a wide margin.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [the budget was balanced] <- Rhea Moss',
    'indirect [the port fees were unlawful] <- shipping firm',
    'indirect [the council had overspent by a wide margin] <- unnamed',
  ]);
});

test('an ambiguous cue form after an appositive subject; a bare clause with an irregular past verb', () => {
  const { quotes } = runQuotes([
    "The region's health chief, Tomas Varga, says the clinics will reopen next month.",
    'In Lyon, reports of flooding spread quickly.',
    'Union leader Mara Quist said the drivers drove longer routes than before.',
    '"We will not sign," Ana Lind told reporters as she left the hall.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [the clinics will reopen next month] <- Tomas Varga',
    'indirect [the drivers drove longer routes than before] <- Mara Quist',
    'direct [We will not sign,] <- Ana Lind',
  ]);
});

test('"by saying …" shares the subject of the sentence', () => {
  const { quotes } = runQuotes([
    'Senator Aida Kerr closed the hearing by saying the agency had misled the committee.',
    "Chile's delegate, Tomas Ruiz, defended the vote by saying the text protected fishing rights.",
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [the agency had misled the committee] <- Aida Kerr',
    'indirect [the text protected fishing rights] <- Tomas Ruiz',
  ]);
});

test('debate verbs take a "that" clause: retorted, interjected, underscored, reaffirmed', () => {
  const { quotes } = runQuotes([
    'Deputy Ivo Marek retorted that the audit had never been published.',
    'Councillor Nadia Forde interjected that the vote was out of order.',
    'Governor Elsa Brun reaffirmed that the toll would be scrapped.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [the audit had never been published] <- Ivo Marek',
    'indirect [the vote was out of order] <- Nadia Forde',
    'indirect [the toll would be scrapped] <- Elsa Brun',
  ]);
});

test('"…, city officials said" with a noun modifier; "said through a spokesman that"; "told the 15-member council"; hyphenated roles', () => {
  const { quotes } = runQuotes([
    'The ferry resumed service on Sunday, port officials said.',
    'The premier said through a spokesman that the visit was postponed.',
    'Envoy Sara Lunde told the 15-member council that the truce was holding.',
    'The secretary-general said that the convoy had been stopped.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => q.content.text), [
    'The ferry resumed service on Sunday',
    'the visit was postponed',
    'the truce was holding',
    'the convoy had been stopped',
  ]);
  assert.equal(quotes[2].addressee?.mention.text, 'the 15-member council');
});

test('settings between the cue and "that": "in court papers", "in court", "in interviews", "in Brussels", "in January", "on its website"', () => {
  const { quotes } = runQuotes([
    'Prosecutors alleged in court papers that the broker had hidden the losses.',
    'The pilot testified in court that the radar had failed.',
    'Mayor Lia Horvat said in interviews that the tram line would be finished.',
    'Minister Karl Dunn told reporters in Brussels that the quota was final.',
    'Governor Ama Osei said in January that fares would rise.',
    'The port authority said on its website that the terminal would reopen.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => q.content.text), [
    'the broker had hidden the losses',
    'the radar had failed',
    'the tram line would be finished',
    'the quota was final',
    'fares would rise',
    'the terminal would reopen',
  ]);
});

test('"according to court filings / government figures" cites a document: no statement and no speaker "court"', () => {
  const { quotes } = runQuotes([
    'According to court filings, the mooring fees have passed two million euros.',
    'Exports fell by a fifth last year, according to government figures.',
    'The ferry was overloaded, according to two crew members present at the inquiry.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => q.content.text), ['The ferry was overloaded']);
});

test('a cue after an appositive subject with nothing after it reports nothing; a clause before the subject still does', () => {
  const { quotes } = runQuotes([
    'The harbour master for the northern ports, Ruth Okello, agreed.',
    'The levy will stay, the finance chief, Omar Dede, said.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), ['indirect [The levy will stay] <- Omar Dede']);
});

test('an attribution set off by commas inside the statement: the statement runs from its subject to the sentence end', () => {
  const { quotes } = runQuotes([
    'The new bridge, two engineers said, cracked during the first winter.',
    'The main hurdle, according to people close to the board, is the price of steel.',
    'The vote was close, according to the mayor, who counted twice.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [The new bridge, two engineers said, cracked during the first winter] <- anonymous(two engineers)',
    'indirect [The main hurdle, according to people close to the board, is the price of steel] <- anonymous(people close to the board)',
    'indirect [The vote was close] <- unnamed',
  ]);
});

test('two-word cues "hit back", "shot back", "fired back", "pushed back" attribute; the verb alone does not', () => {
  const { quotes } = runQuotes([
    'Mayor Lina Ortiz fired back that the audit had been rigged.',
    '"Pure fiction," Ortiz shot back.',
    'Councillor Dev Rao pushed back at the mayor, saying the audit was fair.',
    'Police shot two suspects near the station, Rao said.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [the audit had been rigged] <- Lina Ortiz',
    'direct [Pure fiction,] <- Lina Ortiz',
    'indirect [the audit was fair] <- Dev Rao',
    'indirect [Police shot two suspects near the station] <- Dev Rao',
  ]);
});

test('a clause then "said" and the speaker ("…, said Ana Ruiz, the port director") is reported; a participle clause is not', () => {
  const { quotes } = runQuotes([
    'The cranes will be replaced by June, said Ana Ruiz, the port director.',
    'The quay, said Ruiz, flooded twice last winter.',
    'The plan, announced on Monday, would cut fees for small boats.',
    'The mayor, accused the council of delays, left early.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [The cranes will be replaced by June] <- Ana Ruiz',
    'indirect [The quay, said Ruiz, flooded twice last winter] <- Ana Ruiz',
  ]);
});

test('a clause then "X told reporters in Rome." is reported, the addressee kept', () => {
  const { quotes } = runQuotes('The border crossing will reopen on Sunday, Interior Minister Pia Lund told reporters in Oslo.');
  assert.deepEqual(quotes.map(show), ['indirect [The border crossing will reopen on Sunday] <- Pia Lund']);
  assert.equal(quotes[0].addressee?.mention.text, 'reporters');
});

test('a reported clause stops before the writer\'s ", while <named party> <verb>" contrast; a lower-case one stays in', () => {
  const { quotes } = runQuotes([
    'Retail chief Nina Holt said shops were losing trade, while the Porto Traders Guild welcomed the ban.',
    'Holt said sales fell, while costs rose sharply.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => q.content.text), ['shops were losing trade', 'sales fell, while costs rose sharply']);
});

test('a cue other than "said" followed by a preposition has an object, not a clause ("warned about fees", "urged them to act")', () => {
  const { quotes } = runQuotes([
    'The regulator warned about fees charged to small shops.',
    'The mayor warned residents to stay indoors.',
    'The union warned about 300 jobs would be lost.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => q.content.text), ['about 300 jobs would be lost']);
});

test('a reported clause ends before the same speaker\'s next speech act (", calling it …", ", blaming …")', () => {
  const { quotes } = runQuotes([
    'The Green Party said it would oppose the budget, calling it "a gift to polluters."',
    'The ministry said 40 people were hurt, blaming organisers for the crush.',
  ].join('\n\n'));
  assert.deepEqual(quotes.filter((q) => q.kind === 'indirect').map((q) => q.content.text), ['it would oppose the budget', '40 people were hurt']);
});

test('", which said …" after a prepositional object: the antecedent speaks; an "according to" before it keeps its own statement', () => {
  const { quotes } = runQuotes([
    'The closures were ordered by the Coastal Safety Board, which said two piers had cracked.',
    'Ferries were halted at dawn, according to the harbour police, which said 12 boats were stranded.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => `${q.content.text} <- ${q.speaker?.mention?.text}`), [
    'two piers had cracked <- the Coastal Safety Board',
    'Ferries were halted at dawn <- the harbour police',
    '12 boats were stranded <- the harbour police',
  ]);
});

test('after "said", an approximator or quantifier opens a bare reported clause ("said roughly half of …")', () => {
  const { quotes } = runQuotes('The grocer said roughly half of her stock comes from local farms. Her partner said nearly 40 suppliers send produce weekly.');
  assert.deepEqual(quotes.map((q) => q.content.text), ['roughly half of her stock comes from local farms', 'nearly 40 suppliers send produce weekly']);
});

test('"denied"/"confirmed" take a bare clause, but not a noun that takes its own "that" clause, nor an object before a comma', () => {
  const { quotes } = runQuotes([
    'The mayor denied any payment had changed hands.',
    'The bakery confirmed it had closed two of its shops.',
    'Police denied rumours that the suspect had escaped.',
    'The club denied the accusations that players were paid.',
    'The ministry confirmed the sale on Tuesday, and prices fell.',
    'The coach insists the idea is still alive.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => q.content.text), ['any payment had changed hands', 'it had closed two of its shops', 'the idea is still alive']);
});

test('a reported clause stops at "and accused" / "and urged": the speaker\'s next act is not part of what was said', () => {
  const { quotes } = runQuotes('Mira Osei, an aide to the governor, told reporters that the budget would pass by June and accused the opposition of "stalling for time".',
    [{ type: 'PERSON', name: 'Mira Osei', forms: ['Mira Osei'] }]);
  assert.deepEqual(quotes.map(show), ['indirect [the budget would pass by June] <- Mira Osei', 'partial [stalling for time] <- Mira Osei']);
});

test('"while X\'s health ministry said" ends the first clause; "replied when asked" reports nothing; a statement speaks for its author', () => {
  const a = runQuotes("Chad's army said it had pushed the rebels back, while Sudan's foreign ministry said the border was calm.").quotes;
  assert.deepEqual(a.map((q) => q.content.text), ['it had pushed the rebels back', 'the border was calm']);
  const b = runQuotes('"Never," Ms. Ruiz replied when pressed about a second term.').quotes;
  assert.deepEqual(b.map((q) => q.kind), ['direct']);
  const c = runQuotes('A statement from the Vatican said the pope would travel in May.', [{ type: 'ORG', name: 'Holy See', forms: ['Vatican'] }]).quotes;
  assert.equal(c[0].speaker?.name, 'Holy See');
});

test('"told X" and a bare clause: the addressee stops where the clause\'s subject starts', () => {
  const a = runQuotes('The mayor told the council the bridge would reopen in March.').quotes;
  assert.deepEqual(a.map(show), ['indirect [the bridge would reopen in March] <- unnamed']);
  assert.equal(a[0].addressee?.mention.text, 'the council');
  const b = runQuotes('The mayor told the head of the council that the bridge would reopen.').quotes;
  assert.equal(b[0].addressee?.mention.text, 'the head of the council');
  assert.deepEqual(runQuotes('The mayor told reporters the news at noon.').quotes, []);
});
