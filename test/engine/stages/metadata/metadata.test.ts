import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, runPipeline } from '../../../../src/engine/pipeline.ts';
import { normalize } from '../../../../src/engine/stages/normalize/index.ts';
import { paragraphs } from '../../../../src/engine/stages/paragraphs/index.ts';
import { metadata } from '../../../../src/engine/stages/metadata/index.ts';
import { parseByline } from '../../../../src/engine/stages/metadata/byline.ts';
import { parseCredit } from '../../../../src/engine/stages/metadata/credit.ts';
import { properCaseName } from '../../../../src/engine/stages/metadata/person-name.ts';
import { process } from '../../../../src/engine/process.ts';
import type { EngineOptions } from '../../../../src/engine/options.ts';

const pipe = createPipeline([normalize, paragraphs, metadata]);
const md = (raw: string, opts: EngineOptions = {}) => runPipeline(pipe, { raw }, opts, []).metadata!;
const BODY = '\n\nThe council met on Tuesday and approved the plan after a long debate.\n';

test('capitalized byline with a month-first numeric timestamp and EDT', () => {
  const m = md('BY ANNA KOWALSKI - 07/04/19 09:15 PM EDT' + BODY);
  assert.deepEqual(m.authors.map((a) => [a.value, a.span!.text]), [['Anna Kowalski', 'ANNA KOWALSKI']]);
  assert.equal(m.published!.value, '2019-07-04T21:15:00-04:00');
  assert.equal(m.published!.raw, '07/04/19 09:15 PM EDT');
  assert.equal(m.published!.zone, 'America/New_York');
});

test('day-first option reads 04/07/19 as 4 July', () => {
  assert.equal(md('By Anna Kowalski | 04/07/19 09:15 BST' + BODY, { dayFirst: true }).published!.value, '2019-07-04T09:15:00+01:00');
});

test('ET resolves to EST in winter and EDT in summer; the abbreviation is kept', () => {
  const winter = md('January 9, 2020 10:08 a.m. ET' + BODY).published!;
  assert.equal(winter.value, '2020-01-09T10:08:00-05:00');
  assert.equal(winter.zoneAbbr, 'EST');
  const summer = md('Published: June 9, 2020, 10:08 p.m. ET' + BODY).published!;
  assert.equal(summer.value, '2020-06-09T22:08:00-04:00');
  assert.equal(summer.zoneAbbr, 'EDT');
});

test('ISO timestamps keep their own offset; a time without zone gets none', () => {
  assert.equal(md('2021-02-03T04:05:06+05:30' + BODY).published!.value, '2021-02-03T04:05:06+05:30');
  assert.equal(md('Posted 3 March 2021 14:20' + BODY).published!.value, '2021-03-03T14:20:00');
});

test('several authors, mixed case, with particles and an agency', () => {
  const m = md('By Ana de la Vega, Piet van Dijk and Sam Lee, Associated Press' + BODY);
  assert.deepEqual(m.authors.map((a) => a.value), ['Ana de la Vega', 'Piet van Dijk', 'Sam Lee']);
  assert.equal(m.publisher!.value, 'Associated Press');
});

test('"Name, Reuters" without "By" is a byline; an ordinary short line is not', () => {
  assert.deepEqual(parseByline('Hana Sato, Reuters')!.authors.map((a) => a.value), ['Hana Sato']);
  assert.equal(parseByline('Prices Rise Again'), null);
  assert.equal(parseByline('Budget talks collapse in the Senate'), null);
});

test('proper-casing of capitalized names', () => {
  assert.equal(properCaseName("SEAN O'NEILL"), "Sean O'Neill");
  assert.equal(properCaseName('MARY-KATE MCDONALD'), 'Mary-Kate McDonald');
  assert.equal(properCaseName('LUDWIG VAN DER BERG'), 'Ludwig van der Berg');
  assert.equal(properCaseName('Kim Jong Un'), 'Kim Jong Un');
});

test('credit lines of each common form', () => {
  assert.deepEqual(parseCredit('© Noor Haddad'), { start: 2, end: 13, value: 'Noor Haddad', role: 'photo' });
  assert.equal(parseCredit('(AP Photo/Evan Brandt)')!.value, 'Evan Brandt');
  assert.equal(parseCredit('(AP Photo/Evan Brandt)')!.organization, 'Associated Press');
  assert.equal(parseCredit('Photo: Lia Chen/Reuters')!.organization, 'Reuters');
  assert.equal(parseCredit('Video: Omar Said')!.role, 'video');
  assert.equal(parseCredit('Credit: Getty Images')!.value, 'Getty Images');
  assert.equal(parseCredit('Chip Moreau/Getty Images')!.value, 'Chip Moreau');
  assert.equal(parseCredit('The minister said the photo was fake.'), null);
});

test('a wire dateline is found and its agency becomes the publisher', () => {
  const m = md('LAGOS, Nigeria (AFP) — The council met on Tuesday.');
  assert.equal(m.dateline!.value, 'LAGOS, Nigeria (AFP) —');
  assert.equal(m.publisher!.value, 'Agence France-Presse');
});

test('a headline first line becomes the title; a first body sentence does not', () => {
  assert.equal(md('Council Approves Harbor Plan' + BODY).title!.value, 'Council Approves Harbor Plan');
  assert.equal(md('The council met on Tuesday. It approved the plan.' + BODY).title, null);
});

test('an "Updated" line after a published one fills updated', () => {
  const m = md('Published March 1, 2022 8:00 AM PT\nUpdated March 2, 2022 9:30 AM PT' + BODY);
  assert.equal(m.published!.value, '2022-03-01T08:00:00-08:00');
  assert.equal(m.updated!.value, '2022-03-02T09:30:00-08:00');
});

test('job titles and places after a byline name are not authors', () => {
  assert.deepEqual(parseByline('By Nora Quinn, Staff Writer')!.authors.map((a) => a.value), ['Nora Quinn']);
  assert.deepEqual(parseByline('By Nora Quinn and Ali Reza, Foreign Correspondents')!.authors.map((a) => a.value), ['Nora Quinn', 'Ali Reza']);
  assert.deepEqual(parseByline('By Nora Quinn at Elm Park')!.authors.map((a) => a.value), ['Nora Quinn']);
});

test('a day-first date with a weekday and a dotted 24-hour time', () => {
  assert.equal(md('Sunday 14 April 2024 18.05 BST' + BODY).published!.value, '2024-04-14T18:05:00+01:00');
});

test('a byline with outlet and time on one line, split by slashes or pipes', () => {
  const m = md('By Tomas Reiter / The Canadian Press / Posted Aug. 14, 2023 6:40 pm ET' + BODY);
  assert.deepEqual(m.authors.map((a) => a.value), ['Tomas Reiter']);
  assert.equal(m.publisher!.value, 'The Canadian Press');
  assert.equal(m.published!.value, '2023-08-14T18:40:00-04:00');
  const p = md('By Tomas Reiter | Reuters | Published Aug. 14, 2023 6:40 pm ET' + BODY);
  assert.equal(p.publisher!.value, 'Reuters');
  assert.equal(p.published!.value, '2023-08-14T18:40:00-04:00');
  // The time may follow other pieces (an e-mail address).
  assert.equal(md('By LENA PARK | lpark@valleynews.example | UPDATED: March 2, 2021 at 7:05 a.m.' + BODY).published!.value, '2021-03-02T07:05:00');
});

test('an outlet written after the name without a separator, or in brackets', () => {
  const m = md('By ELENA RUSSO Associated Press' + BODY);
  assert.deepEqual(m.authors.map((a) => a.value), ['Elena Russo']);
  assert.equal(m.publisher!.value, 'Associated Press');
  const b = md('By Mara Lind (The Harbor Ledger)' + BODY);
  assert.deepEqual(b.authors.map((a) => a.value), ['Mara Lind']);
  assert.equal(b.publisher!.value, 'The Harbor Ledger');
});

test('"Name in Place" bylines: the names are authors, the place is the dateline', () => {
  const m = md('Ferry strike halts island traffic\n\nMarta Silva and agencies in Oporto\n\nThe council met on Tuesday.');
  assert.deepEqual(m.authors.map((a) => a.value), ['Marta Silva']);
  assert.equal(m.dateline!.value, 'Oporto');
  assert.equal(m.dateline!.span!.text, 'Oporto');
  const r = md('Ferry strike halts island traffic\n\nMarta Silva and Reuters in Oporto\n\nThe council met on Tuesday.');
  assert.equal(r.publisher!.value, 'Reuters');
  // A first line of that shape is a headline.
  assert.equal(md('Dockers Strike in Oporto' + BODY).title!.value, 'Dockers Strike in Oporto');
  assert.equal(parseByline('Floods in Valencia'), null);
});

test('a name with a job title and no "By" is a byline', () => {
  const m = md('Hugo Brandt, Economics Correspondent' + BODY);
  assert.deepEqual(m.authors.map((a) => a.value), ['Hugo Brandt']);
  assert.equal(parseByline('NEW YORK (AP) — Officials said'), null);
});

test('"Reporting from Place" is read as the dateline', () => {
  const m = md('By Ana Ruiz\nReporting from Tbilisi\nJune 3, 2022, 9:15 a.m. ET' + BODY);
  assert.equal(m.dateline!.value, 'Tbilisi');
  assert.equal(m.published!.value, '2022-06-03T09:15:00-04:00');
});

test('a dateline and the time on one header line', () => {
  const m = md('By Ana Ruiz\nOSLO | 3 June 2022, 09:15 CEST' + BODY);
  assert.equal(m.dateline!.value, 'OSLO');
  assert.equal(m.published!.value, '2022-06-03T09:15:00+02:00');
  const u = md('By Ana Ruiz\nTAMPA, Fla. — Updated Friday, June 3, 2022, 9:15 a.m. EDT' + BODY);
  assert.equal(u.dateline!.value, 'TAMPA, Fla.');
  assert.equal(u.published!.value, '2022-06-03T09:15:00-04:00');
});

test('an agency-less dateline after an outlet line and a time line', () => {
  const m = md('By Ana Ruiz\nThe Canadian Press\nPosted June 3, 2022 9:15 pm EDT\n\nHALIFAX — The council met on Tuesday.');
  assert.equal(m.publisher!.value, 'The Canadian Press');
  assert.equal(m.published!.value, '2022-06-03T21:15:00-04:00');
  assert.equal(m.dateline!.value, 'HALIFAX —');
});

test('dateline forms: a closed-up em dash, a title-case place with an agency, an agency alone', () => {
  assert.equal(md('DENVER—Officials said the road would reopen.').dateline!.value, 'DENVER—');
  assert.equal(md('U.S.—Chinese talks resumed on Monday in Geneva.').dateline, null);
  assert.equal(md('Valparaíso (AFP) - Officials said the port would reopen.').dateline!.value, 'Valparaíso (AFP) -');
  assert.equal(md('Pune, Jun 3 (PTI) Officials said the road would reopen.').publisher!.value, 'Press Trust of India');
  assert.equal(md('(Bloomberg) -- Officials said the road would reopen.').dateline!.value, '(Bloomberg) --');
  assert.equal(md('Paris (pictured) - the city said the road would reopen.').dateline, null);
});

test('people in header lines are metadata, not body entities; the place filed from is a place', () => {
  const raw = 'Ferry strike halts island traffic\n\nMarta Silva and agencies in Oporto\nHugo Brandt, Economics Correspondent\n\n' +
    'Dock workers walked out on Tuesday, the union said.\n';
  const entities = process(raw).entities ?? [];
  const names = entities.map((e) => e.name);
  assert.ok(!names.includes('Marta Silva') && !names.includes('Hugo Brandt'), names.join(', '));
  assert.equal(entities.find((e) => e.name === 'Oporto')?.type, 'GPE', names.join(', '));
});

test('closing credit trailers: reporters are authors, editors are credits, the line is no body text', () => {
  const raw = 'Ferry strike halts island traffic\n\nDock workers walked out on Tuesday, the union said.\n\n' +
    '(Reporting by Ines Vidal in Faro and Rui Costa; Editing by Pia Holm)\n';
  const m = md(raw);
  assert.deepEqual(m.authors.map((a) => a.value), ['Ines Vidal', 'Rui Costa']);
  assert.deepEqual(m.credits.map((c) => [c.value, c.role]), [['Pia Holm', 'other']]);
  const names = (process(raw).entities ?? []).map((e) => e.name);
  assert.ok(!names.includes('Ines Vidal') && !names.includes('Pia Holm'), names.join(', '));
  const c = md('Dock workers walked out on Tuesday.\n\nAssociated Press writers Ines Vidal in Faro and Rui Costa contributed to this report.\n');
  assert.deepEqual(c.credits.map((x) => x.value), ['Ines Vidal', 'Rui Costa']);
  const n = md('Dock workers walked out on Tuesday.\n\nInes Vidal is a freelance reporter based in Faro.\n');
  assert.deepEqual(n.authors.map((a) => a.value), ['Ines Vidal']);
  // A body line that is not only credits stays body text.
  assert.equal(md('Dock workers walked out on Tuesday.\n\nReporting by unions was thin, officials said.\n').credits.length, 0);
});

test('"Story by", "Words:" and "Text by" open a byline too', () => {
  assert.deepEqual(parseByline('Story by Ines Vidal and Rui Costa')!.authors.map((a) => a.value), ['Ines Vidal', 'Rui Costa']);
  const w = md('Words: Ines Vidal | Photos: Rui Costa' + BODY);
  assert.deepEqual(w.authors.map((a) => a.value), ['Ines Vidal']);
  assert.deepEqual(w.credits.map((c) => [c.value, c.role]), [['Rui Costa', 'photo']]);
  assert.deepEqual(parseByline('Text by INES VIDAL')!.authors.map((a) => a.value), ['Ines Vidal']);
});

test('a dateline after a short header line the stage cannot read', () => {
  const m = md('By Ana Ruiz\nWeekend Edition: Coastal Towns\n\nHALIFAX — The council met on Tuesday.\n\nIt approved the plan.');
  assert.equal(m.dateline!.value, 'HALIFAX —');
  assert.equal(md('The port is closed.\n\nHALIFAX — The council met on Tuesday.').dateline, null);
});

test('each author may carry a place; a region may follow it', () => {
  const b = parseByline('By Ines Vidal in Faro and Rui Costa in Porto')!;
  assert.deepEqual(b.authors.map((a) => a.value), ['Ines Vidal', 'Rui Costa']);
  assert.equal(b.place!.value, 'Faro');
  const r = parseByline('Ines Vidal in Faro, Portugal')!;
  assert.deepEqual(r.authors.map((a) => a.value), ['Ines Vidal']);
  assert.equal(r.place!.value, 'Faro, Portugal');
});

test('bylines with no person: an agency, staff and agencies; a handle after a name', () => {
  const m = md('By Reuters' + BODY);
  assert.equal(m.publisher!.value, 'Reuters');
  assert.equal(m.authors.length, 0);
  assert.ok(parseByline('Staff and agencies'));
  assert.equal(parseByline('Staff shortages'), null);
  assert.deepEqual(parseByline('By Ines Vidal @ividal')!.authors.map((a) => a.value), ['Ines Vidal']);
});

test('datelines naming two cities, and colon datelines, but not a label before a colon', () => {
  assert.equal(md('OSLO/STOCKHOLM, May 4 (Reuters) - The council met on Tuesday.').dateline!.value, 'OSLO/STOCKHOLM, May 4 (Reuters) -');
  assert.equal(md('PORT LOUIS/NAIROBI (Reuters) - The council met on Tuesday.').publisher!.value, 'Reuters');
  assert.equal(md('NEW DELHI: The council met on Tuesday.').dateline!.value, 'NEW DELHI:');
  assert.equal(md('BREAKING: The council met on Tuesday.').dateline, null);
  assert.equal(md("EDITOR'S NOTE: The council met on Tuesday.").dateline, null);
});

test('a bare name over an outlet or job-title line is the author (BBC style)', () => {
  const m = md('Ferry strike halts island traffic\n\nInes Vidal\nBBC News, Faro\n\nThe council met on Tuesday.');
  assert.deepEqual(m.authors.map((a) => a.value), ['Ines Vidal']);
  assert.equal(m.publisher!.value, 'BBC');
  assert.equal(m.dateline!.value, 'Faro');
  assert.deepEqual(md('Ferry strike halts island traffic\n\nInes Vidal\nEurope correspondent\n\nThe council met on Tuesday.').authors.map((a) => a.value), ['Ines Vidal']);
  assert.equal(md('Ferry strike halts island traffic\n\nInes Vidal\nThe council met on Tuesday.').authors.length, 0);
});

test('a first sentence that opens with a name, a role and a place is body text, not a byline', () => {
  const raw = 'Ferry strike halts island traffic\n\nTom Reed, an official in Rome, said the talks had failed.\n\nThe ministry did not comment.\n';
  const m = md(raw);
  assert.deepEqual(m.authors, []);
  const rec = process(raw);
  assert.ok((rec.entities ?? []).some((e) => e.name === 'Tom Reed' && e.type === 'PERSON'));
  assert.equal(rec.quotes?.length, 1);
});

test('a name and a job title on one line, with no comma, under the headline', () => {
  const m = md('Harbour workers vote to end their strike\n\nOwen Pryce Transport correspondent\nFri 6 Feb 2026 08.15 GMT' + BODY);
  assert.deepEqual(m.authors.map((a) => [a.value, a.method]), [['Owen Pryce', 'metadata/name-role-line']]);
  assert.equal(m.published!.value, '2026-02-06T08:15:00+00:00');
  // a sentence that merely ends with a role word is no byline
  assert.equal(md('Harbour workers vote to end their strike\n\nThe union thanked its editor' + BODY).authors.length, 0);
});

test('a standfirst under the headline, then a name line, a place line in capitals and the time', () => {
  const raw = 'Flood barriers fail in river towns\n\nThousands of homes were evacuated overnight as water rose\n\n' +
    'Ines Varga\nSZEGED\nMonday 2 March 2026 21:05 CET' + BODY;
  const m = md(raw);
  assert.deepEqual(m.authors.map((a) => a.value), ['Ines Varga']);
  assert.equal(m.dateline!.value, 'SZEGED');
  assert.equal(m.published!.value, '2026-03-02T21:05:00+01:00');
  // the standfirst stays a body sentence; the name, place and time lines do not
  const rec = process(raw, { referenceTime: '2026-03-02' });
  assert.ok(rec.sentences!.some((s) => s.text.startsWith('Thousands of homes')));
  assert.ok(!rec.sentences!.some((s) => /Ines Varga|SZEGED/.test(s.text)));
});

test('a short first paragraph with no header after it is the body, not a standfirst', () => {
  const m = md('Flood barriers fail in river towns\n\nThousands of homes were evacuated overnight\n\nWater rose past the barriers at dawn, officials said.\n');
  assert.equal(m.authors.length, 0);
  assert.equal(m.dateline, null);
});

test('"Name | Published <date>" is a byline; a place and a time under a name line give the dateline and the zoned time', () => {
  const a = md('Senate passes the budget\n\nSara Iqbal | Published March 3, 2026' + BODY);
  assert.deepEqual(a.authors.map((x) => x.value), ['Sara Iqbal']);
  assert.equal(a.published!.value, '2026-03-03');
  // "Place - date" alone is no byline (the place is not an author)
  assert.equal(md('Senate passes the budget\n\nSanta Rosa - March 3, 2026' + BODY).authors.length, 0);
  const b = md('Strike grips the capital\n\nTruckers blocked the ring road for a third day.\n\nMATEO ROJAS\nLa Paz - Mar 3, 2026 - 08:15 BOT' + BODY);
  assert.deepEqual(b.authors.map((x) => x.value), ['Mateo Rojas']);
  assert.equal(b.dateline!.value, 'La Paz');
  assert.equal(b.published!.value, '2026-03-03T08:15:00-04:00');
});
