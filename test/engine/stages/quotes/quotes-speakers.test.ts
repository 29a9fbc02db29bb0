import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, show } from './fixture.ts';
import { sourcingProfile } from '../../../../src/engine/stages/quotes/index.ts';

const TEXT = [
  'Foreign Minister Anneli Saar met her counterpart on Tuesday.',
  '"We agreed on a timetable," Saar said after the meeting.',
  '"It is a first step," she added.',
  'A senior diplomat who asked not to be named said the timetable was "fragile at best."',
  '"Nobody wants to be first to break it," the diplomat said.',
  'The Kremlin said it had not been informed.',
  'Officials who spoke on condition of anonymity said talks would resume in May.',
].join('\n\n');

test('speakers resolved to entities: short names, pronouns, organisations', () => {
  const { quotes } = runQuotes(TEXT, [
    { type: 'PERSON', name: 'Anneli Saar', forms: ['Anneli Saar', 'Saar'], titles: ['Foreign Minister'] },
    { type: 'ORG', name: 'Kremlin', forms: ['Kremlin'] },
  ]);
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct[0].speaker?.entity, 'e1');
  assert.equal(direct[0].speaker?.name, 'Anneli Saar');
  assert.equal(direct[1].speaker?.entity, 'e1', 'she → the earlier speaker');
  assert.equal(direct[1].speaker?.mention?.text, 'she');
  const kremlin = quotes.find((q) => q.cue && q.speaker?.entity === 'e2');
  assert.equal(kremlin?.content.text, 'it had not been informed');
});

test('anonymous sources keep their description; a later role mention links back to them', () => {
  const { quotes } = runQuotes(TEXT);
  const anon = quotes.filter((q) => q.speaker?.anonymous).map(show);
  assert.deepEqual(anon, [
    'partial [fragile at best.] <- anonymous(A senior diplomat who asked not to be named)',
    'direct [Nobody wants to be first to break it,] <- anonymous(A senior diplomat who asked not to be named)',
    'indirect [talks would resume in May] <- anonymous(Officials who spoke on condition of anonymity)',
  ]);
});

test('without an entities layer a short name is resolved to the full name written earlier', () => {
  const { quotes } = runQuotes(TEXT);
  assert.equal(quotes[0].speaker?.name, 'Anneli Saar');
  assert.equal(quotes[0].speaker?.entity, null);
});

test('the sourcing profile counts named, anonymous and institutional sources', () => {
  const { quotes, entities } = runQuotes(TEXT, [{ type: 'ORG', name: 'Kremlin', forms: ['Kremlin'] }]);
  const p = sourcingProfile(quotes, entities);
  assert.equal(p.statements, quotes.length);
  assert.equal(p.anonymous, 3); // the diplomat twice (one partial, one direct), the officials once
  assert.equal(p.institutional, 1);
  assert.equal(p.named, 2);
  assert.equal(p.speakers.find((s) => s.anonymous)?.statements, 2); // the diplomat: the fragment and the direct quote
});

test('a bare quantifier subject is an unnamed source; a name after a role appositive speaks after a closing mark', () => {
  const { quotes } = runQuotes([
    'Two engineers said the dam was sound. Another said the spillway had cracked.',
    'Others warned that the reservoir was too full.',
    '"The report is complete," his spokeswoman, Lena Holm, said on Friday.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [the dam was sound] <- anonymous(Two engineers)',
    'indirect [the spillway had cracked] <- anonymous(Another)',
    'indirect [the reservoir was too full] <- anonymous(Others)',
    'direct [The report is complete,] <- Lena Holm',
  ]);
});

test('"the judge" is the person titled Justice; "the newspaper" is the outlet named before it', () => {
  const text = [
    'Justice Mara Okafor dismissed the appeal on Monday. The judge said the contract had been signed freely.',
    'The Guardian published the leaked files on Sunday. The company denied moving its assets abroad, the newspaper reported.',
  ].join('\n\n');
  const { quotes } = runQuotes(text, [
    { type: 'PERSON', name: 'Mara Okafor', forms: ['Mara Okafor'], titles: ['Justice'] },
    { type: 'ORG', name: 'The Guardian', forms: ['The Guardian'] },
  ]);
  assert.deepEqual(quotes.map(show), [
    'indirect [the contract had been signed freely] <- Mara Okafor',
    'indirect [The company denied moving its assets abroad] <- The Guardian',
  ]);
});

test('a floating quote after a lead-in that names its subject takes that person, not the last paragraph\'s speaker', () => {
  const text = [
    '"The levy is unfair," Ruth Amadi said.',
    'Asked about the criticism, Tomas Berg shrugged. "She has a point. We will look at it again."',
    'Speaking later to Radio Sur, he was blunter. "It will not change."',
  ].join('\n\n');
  const { quotes } = runQuotes(text, [
    { type: 'PERSON', name: 'Ruth Amadi', forms: ['Ruth Amadi'] },
    { type: 'PERSON', name: 'Tomas Berg', forms: ['Tomas Berg'] },
    { type: 'PERSON', name: 'Radio Sur', forms: ['Radio Sur'] },
  ]);
  assert.deepEqual(quotes.map(show), [
    'direct [The levy is unfair,] <- Ruth Amadi',
    'direct [She has a point. We will look at it again.] <- Tomas Berg',
    'direct [It will not change.] <- Tomas Berg',
  ]);
});

test('a participle postmodifier stays in an unnamed source; a determiner after an addressee opens the clause', () => {
  const { quotes } = runQuotes([
    'A lawyer representing the miners said they would appeal.',
    'Director Ola Berg told lawmakers the audit would be published in May.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map(show), [
    'indirect [they would appeal] <- anonymous(A lawyer representing the miners)',
    'indirect [the audit would be published in May] <- Ola Berg',
  ]);
  assert.equal(quotes[1].addressee?.mention.text, 'lawmakers');
});

test('a short name is never completed across a sentence end; initials and titles still join it', () => {
  const { quotes } = runQuotes([
    'Exporters fear the new duties on Brazil. Moreau said that the talks had stalled. "We are waiting," Moreau said.',
    'Dr. Ines Varga opened the clinic. "It took years," Varga said.',
    'Paul R. Okonjo chaired the panel. "We listened," Okonjo said.',
  ].join('\n\n'));
  assert.deepEqual(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name), ['Moreau', 'Ines Varga', 'Paul R. Okonjo']);
});

test('an unnamed spokesperson right after a sentence whose subject is a named body speaks for it; otherwise stays unnamed', () => {
  const text = [
    'Tidewell Ferries cancelled its winter timetable on Monday. A spokeswoman said the boats needed repairs.',
    'Passengers blamed Tidewell Ferries for the delays. A spokesman said refunds would be paid.',
  ].join('\n\n');
  const { quotes } = runQuotes(text, [{ type: 'ORG', name: 'Tidewell Ferries', forms: ['Tidewell Ferries'] }]);
  assert.deepEqual(quotes.map(show), [
    'indirect [the boats needed repairs] <- Tidewell Ferries',
    'indirect [refunds would be paid] <- anonymous(A spokesman)',
  ]);
});

test('a pronoun subject of a relative clause is not the person the clause fronts as its object ("whose leader, X, he called")', () => {
  const text = [
    'Governor Nadia Ferro said the budget was balanced.',
    'She mocked the Green bloc, whose chair, Ivo Lenz, she has called "a prophet of gloom."',
    'She also attacked Omar Reyes, whom she called "the architect of the deficit."',
  ].join('\n\n');
  const { quotes } = runQuotes(text, [
    { type: 'PERSON', name: 'Nadia Ferro', forms: ['Nadia Ferro'] },
    // an entities layer that linked each "she" to the nearest name before it
    { type: 'PERSON', name: 'Ivo Lenz', forms: ['Ivo Lenz'], pronouns: [['she', 0]] },
    { type: 'PERSON', name: 'Omar Reyes', forms: ['Omar Reyes'], pronouns: [['she', 1]] },
  ]);
  assert.deepEqual(quotes.filter((q) => q.kind === 'partial').map((q) => q.speaker?.name), ['Nadia Ferro', 'Nadia Ferro']);
});

test('a lower-case role, a name, then "of"/"from" a body: the named person speaks, not the body', () => {
  const { quotes } = runQuotes([
    '"Freight rates have peaked," said analyst Mira Szabo of Northgate Capital.',
    '"Not yet," senior trader Olek Bauer from Harwell Commodities said.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ['Mira Szabo', 'Olek Bauer']);
});

test('a role noun capitalized only because it opens the sentence heads its phrase ("Fishermen in Tarifa said")', () => {
  const { quotes } = runQuotes('Residents in Tarifa said the catch had halved since spring.');
  assert.deepEqual(quotes.map(show), ['indirect [the catch had halved since spring] <- anonymous(Residents in Tarifa)']);
});

test('common trades are source nouns: "Fishermen in Tarifa", "two paramedics at the scene" speak unnamed', () => {
  const { quotes } = runQuotes('Fishermen in Tarifa said the catch had halved. Two paramedics at the scene said the driver was conscious.');
  assert.deepEqual(quotes.map((q) => q.speaker?.description ?? q.speaker?.name), ['Fishermen in Tarifa', 'Two paramedics at the scene']);
});

test('"the company" / "the airline" stands for the business that spoke last, else the organisation named before it', () => {
  const text = [
    'Harlow Air cancelled 40 flights on Monday. The airline said the strike had grounded its crews.',
    'Dunmore Foods said it would cut prices. "We are listening," the company said.',
  ].join('\n\n');
  const { quotes } = runQuotes(text, [
    { type: 'ORG', name: 'Harlow Air', forms: ['Harlow Air'] },
    { type: 'ORG', name: 'Dunmore Foods', forms: ['Dunmore Foods'] },
  ]);
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ['Harlow Air', 'Dunmore Foods', 'Dunmore Foods']);
});

test('a participle phrase after the subject\'s head noun stays in the subject, also when the head opens the sentence', () => {
  const { quotes } = runQuotes([
    'Passengers queuing at the ferry terminal said the crossing was cancelled.',
    'Tenants representing the building said the heating had failed.',
    'The residents living near the quarry said the blasts cracked their walls.',
  ].join('\n\n'));
  assert.deepEqual(quotes.map((q) => `${q.content.text} <- ${q.speaker?.mention?.text}`), [
    'the crossing was cancelled <- Passengers queuing at the ferry terminal',
    'the heating had failed <- Tenants representing the building',
    'the blasts cracked their walls <- The residents living near the quarry',
  ]);
});

test('an organisation named "X of Y" speaks as itself (its last word is no role), and so does its short form', () => {
  const { quotes } = runQuotes('The National Union of Dockworkers said the port would close. The National Union said talks had failed.',
    [{ type: 'ORG', name: 'National Union of Dockworkers', forms: ['National Union of Dockworkers', 'National Union'] }]);
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ['National Union of Dockworkers', 'National Union of Dockworkers']);
  assert.ok(quotes.every((q) => !q.speaker?.anonymous));
});

test('a report whose author an apposition names speaks for that author', () => {
  const { quotes } = runQuotes('The audit, released on Friday by the Court of Auditors, said the fund had lost track of its loans.',
    [{ type: 'ORG', name: 'European Court of Auditors', forms: ['Court of Auditors'] }]);
  assert.equal(quotes[0].speaker?.name, 'European Court of Auditors');
  const plain = runQuotes('The audit said the fund had lost track of its loans.').quotes;
  assert.notEqual(plain[0]?.speaker?.name, 'European Court of Auditors');
});

test('"Its spokeswoman said": the possessive is no name; the organisation named before speaks', () => {
  const q = runQuotes('The Transport Ministry kept silent for days. Its spokeswoman said on Friday the line would reopen.',
    [{ type: 'ORG', name: 'Transport Ministry', forms: ['Transport Ministry'] }]).quotes;
  assert.equal(q[0].speaker?.name, 'Transport Ministry');
  const alone = runQuotes('Its spokeswoman said on Friday the line would reopen.').quotes;
  assert.notEqual(alone[0].speaker?.name, 'Its');
});
