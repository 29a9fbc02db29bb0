// Classes of false positives: trigger words in a noun, sports or movement sense, and fixed
// phrases. Each case pairs the false reading with the event sense that must still be found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../../../src/model/index.ts';
import { tokenize } from '../../../../src/engine/stages/tokens/index.ts';
import { extractEvents } from '../../../../src/engine/stages/events/extract.ts';

function run(text: string): Event[] {
  const sentences = [];
  let at = 0;
  for (const part of text.split(/(?<=[.!?]["”]?)\s+/)) {
    const start = text.indexOf(part, at);
    sentences.push({ start, end: start + part.length, text: part });
    at = start + part.length;
  }
  return extractEvents({ text, sentences, tokens: tokenize(text) });
}
const codes = (text: string) => run(text).map((e) => e.code.plover + (e.code.mode ? `/${e.code.mode}` : ''));

test('noun uses of verbs made from nouns are not events', () => {
  assert.ok(!codes('Angry villagers gathered outside the police station in Kisumu.').includes('MOBILIZE'));
  assert.ok(!codes('Police station guards were replaced after the riot.').includes('MOBILIZE'));
  assert.ok(!codes('Voters queued at polling stations across Lagos.').includes('MOBILIZE'));
  assert.ok(!codes('The Kenyan central bank missed its inflation target again.').includes('ASSAULT'));
  assert.ok(!codes('Protesters carried signs and flags past the Turkish embassy.').includes('SUPPORT'));
  assert.ok(!codes('The Chilean pension fund lost money on the deal.').includes('AID'));
  assert.ok(!codes('Engineers repaired the gas pipeline near the Estonian border.').includes('ASSAULT'));
  // A demonym before the word is an adjective: "Syrian targets" is a noun phrase.
  assert.equal(codes('Jordan could hit Syrian targets, Jordanian officials said.').filter((c) => c.startsWith('ASSAULT')).length, 1);
});

test('the same words as verbs are still events', () => {
  assert.ok(codes('The Polish army stationed troops in the border town.').includes('MOBILIZE'));
  assert.ok(codes('Militants target Kenyan police posts near the border.').includes('ASSAULT'));
  assert.ok(codes('Somali rebels will target Kenyan police posts.').some((c) => c.startsWith('THREATEN')));
  assert.ok(codes('Turkish officials sign a trade deal with Iraqi ministers.').includes('SUPPORT'));
});

test('sports results are not assaults', () => {
  assert.deepEqual(codes('The Chicago Bulls beat the Boston Celtics 101-99 on Sunday.').filter((c) => c.startsWith('ASSAULT')), []);
  assert.deepEqual(codes('The Brazilian champions were beaten twice in the league this spring.').filter((c) => c.startsWith('ASSAULT')), []);
  assert.deepEqual(codes('Ramos struck out four times against the Mexican pitcher.').filter((c) => c.startsWith('ASSAULT')), []);
  assert.deepEqual(codes('The French striker hit the post in the final minute.').filter((c) => c.startsWith('ASSAULT')), []);
  // Soldiers beating protesters is force, with no sports word or score about.
  assert.ok(codes('Soldiers beat Sudanese protesters with batons on Monday.').includes('ASSAULT'));
});

test('"strike down" is annulling, not force', () => {
  assert.deepEqual(codes('The Kenyan Supreme Court struck down the election law.').filter((c) => c.startsWith('ASSAULT')), []);
});

test('movement from a place is no visit; travel to an actor is', () => {
  assert.ok(!codes('The Kenyan minister travelled from Nairobi by road.').includes('CONSULT'));
  assert.ok(!codes('Ugandan refugees arrived too late at the clinic.').includes('CONSULT'));
  assert.ok(codes('The Kenyan minister travelled to Uganda for the summit.').includes('CONSULT'));
});

test('no word of a fixed phrase is a trigger ("press releases")', () => {
  assert.deepEqual(codes('The Kenyan ministry issued two press releases on Monday.'), []);
});

test('"spoke by phone with" is a consultation, though "phone" after "by" is the noun', () => {
  assert.ok(codes('The Kenyan president spoke by phone with Ugandan officials on Sunday.').includes('CONSULT'));
});

test('the anonymity formula and legal pleas are no requests', () => {
  assert.deepEqual(codes('A Kenyan official, who asked not to be named, described the mood as grim.'), []);
  assert.deepEqual(codes('Two Nigerian officers pleaded guilty to fraud on Monday.').filter((c) => c.startsWith('REQUEST')), []);
  assert.deepEqual(codes('Under her plea agreement, the Ghanaian banker will testify.').filter((c) => c.startsWith('REQUEST')), []);
});

test('"ask" as a question is no request; "asked X to" still is', () => {
  assert.deepEqual(codes('Asked whether Kenyan troops would withdraw, the minister smiled.').filter((c) => c.startsWith('REQUEST')), []);
  assert.deepEqual(codes('Reporters asked the Nigerian minister about the strike.').filter((c) => c.startsWith('REQUEST')), []);
  assert.deepEqual(codes('"Who pays for this?" the Nigerian senator asked.').filter((c) => c.startsWith('REQUEST')), []);
  assert.ok(codes('The Kenyan government asked Ugandan officials to reopen the border.').includes('REQUEST'));
});

test('"talk about" names a topic; "a call" needs "for"; "calls" may name', () => {
  assert.ok(!codes('Nigerian voters talk about prices every day.').includes('CONSULT'));
  assert.ok(codes('Nigerian officials talked with Chadian envoys on Monday.').includes('CONSULT'));
  assert.deepEqual(codes('Tanzanian officials said it was a difficult call.').filter((c) => c.startsWith('REQUEST')), []);
  assert.deepEqual(codes('Kenyan officials took the island, which Ugandan officials call Migingo.').filter((c) => c.startsWith('REQUEST')), []);
  assert.ok(codes('The Kenyan government renewed its call for a ceasefire.').includes('REQUEST'));
});

test('"received" a quantity or a thing is no meeting; "received" an actor is', () => {
  assert.ok(!codes('Chad has received about 50,000 Sudanese refugees since June.').includes('CONSULT'));
  assert.ok(!codes('The Kenyan ministry received no reply.').includes('CONSULT'));
  assert.ok(codes('The Kenyan president received Ugandan officials in Nairobi.').includes('CONSULT'));
});

test('market and transport senses: bond yields, share trading, a train', () => {
  assert.ok(!codes('Kenyan bond yields rose on Monday.').includes('CONCEDE'));
  assert.ok(!codes('Shares of the Nigerian bank fell in Lagos trading.').includes('COOPERATE'));
  assert.ok(!codes('Kenyan commuters waited for a train.').includes('COOPERATE'));
  assert.ok(codes('Kenyan officials trade with Ugandan merchants.').includes('COOPERATE'));
  assert.ok(codes('Turkish officers trained Somali troops.').includes('COOPERATE'));
});

test('an alliance is an event only "with" someone', () => {
  assert.ok(!codes('The Kenyan opposition alliance held a rally.').includes('COOPERATE'));
  assert.ok(codes('Mali announced an alliance with Burkina Faso.').includes('COOPERATE'));
});

test('a possessive apostrophe opens no quotation: "Workers\' Alliance" is a name', () => {
  assert.ok(!codes('Kenyan officials accused the Workers\' Alliance of fraud.').includes('COOPERATE'));
});

test('"released" a report is no release; released prisoners are', () => {
  assert.ok(!codes('A Kenyan government report released last week found shortages.').includes('RETREAT'));
  assert.ok(codes('Ethiopian authorities released twelve Eritrean prisoners.').includes('RETREAT'));
});

test('a participle after a determiner is an adjective: "with armed men"', () => {
  assert.ok(!codes('Sudanese villagers fled from the armed militants.').includes('AID'));
  assert.ok(codes('Iranian officials armed Houthi militants.').includes('AID'));
});

test('"back" as an adverb is no support; "back" with a subject before it is', () => {
  assert.ok(!codes('The Kenyan minister came back from Kampala on Monday.').includes('SUPPORT'));
  assert.ok(!codes('"We will never step back," the Nigerian senator said.').some((c) => c.startsWith('SUPPORT')));
  assert.ok(codes('Kenyan officials back the Ugandan proposal.').includes('SUPPORT'));
});

test('a player "signed" in a sports report is no political support', () => {
  assert.ok(!codes('The Brazilian striker, signed from a Spanish club, scored in the league opener.').includes('SUPPORT'));
});

test('an object pronoun before a bare form is no subject: "give it back"', () => {
  assert.ok(!codes('"Kenyan officials took my land and I want them to give it back," she said.').includes('SUPPORT'));
});

test('a declared strike is a labour protest, not an attack', () => {
  const c = codes('The Kenyan doctors\' union declared a week-long strike on Monday.');
  assert.ok(c.includes('PROTEST'));
  assert.ok(!c.includes('ASSAULT'));
});

test('a participle used as an adjective is no report of the act', () => {
  // after an article, before any noun
  assert.ok(!codes('The Danish minister visited the wounded ferry passengers at a clinic in Aarhus.').includes('ASSAULT'));
  // after a verb the rules do not know, before a noun
  assert.ok(!codes('The Chadian army has tried to contain armed bandits in the east.').includes('AID'));
  // the verb reading stays: after a subject, after "and"
  assert.ok(codes('Chadian troops wounded three bandits.').includes('ASSAULT'));
  assert.ok(codes('Bandits raided the village and wounded three Chadian soldiers.').includes('ASSAULT'));
});

test('a verb in its bare form inside a noun phrase is the noun ("a leg wound")', () => {
  assert.ok(!codes('The Egyptian envoy said a guard suffered a leg wound in the crash.').includes('ASSAULT'));
  assert.ok(codes('Egyptian police wound two smugglers near the border.').includes('ASSAULT'));
});

test('a warning that only states a fact is no threat; one that names what will follow is', () => {
  assert.ok(!codes('The Nigerian minister warned that the border force remained short of money.').some((c) => c.startsWith('THREATEN')));
  assert.ok(codes('Ankara warned Syrian Kurdish fighters against crossing the river.').some((c) => c.startsWith('THREATEN')));
  assert.ok(codes('Beijing warned Hanoi to stop drilling near the islands.').some((c) => c.startsWith('THREATEN')));
  assert.ok(codes('Israel warned that any attack on its territory would be answered with force.').some((c) => c.startsWith('THREATEN')));
});

test('a bare plural with no agent names a kind of act, not one that happened', () => {
  assert.ok(!codes('Jordan said it viewed attacks on power plants as a grave escalation.').includes('ASSAULT'));
  assert.ok(!codes('The Estonian pact extends to attacks on Latvian ships.').includes('ASSAULT'));
  // with its agent, or after a light verb, the act is reported
  assert.ok(codes('Syrian rebels launched attacks on Turkish border posts.').includes('ASSAULT'));
  assert.ok(codes('Jordan condemned attacks on power plants by Syrian militias.').includes('ASSAULT'));
});

test('a verb after an article or possessive, or opening a sentence in its -s form, is a noun', () => {
  assert.ok(!codes('Uganda said its forces had carried out patrols near the Congolese border.').includes('SANCTION'));
  assert.ok(!codes('Kenyan farmers said the blockades would go on.').includes('ASSAULT'));
  const protest = run('Protests by Kenyan farmers spread to Nairobi.').find((e) => e.code.plover === 'PROTEST');
  assert.equal(protest?.source?.country, 'KEN');
});

test('"logistical support" is no political support; "asks the same question" is no request', () => {
  assert.ok(!codes('Washington will provide $60 million in trucks and logistical support.').includes('SUPPORT'));
  assert.ok(codes('Kenya expressed support for the Haitian government.').includes('SUPPORT'));
  assert.ok(!codes('Every Kenyan captain asks the same question now.').includes('REQUEST'));
});

test('a noun after a copula says what something is; a meeting with no one met is a setting', () => {
  assert.ok(!codes('"Every convoy you see here is a promise," the Estonian minister said.').includes('AGREE'));
  assert.ok(!codes('The Kenyan minister spoke during a visit to a tea farm.').includes('CONSULT'));
  assert.ok(codes('The Kenyan minister spoke during a visit to Uganda.').includes('CONSULT'));
});

test('"demonstrated that …" is showing, not protest; "insisted that X was …" is no demand', () => {
  assert.ok(!codes('Beijing said the Kenyan force had not demonstrated that it can deliver results.').some((c) => c.startsWith('PROTEST')));
  assert.ok(codes('Students demonstrated against the Kenyan government.').includes('PROTEST'));
  assert.ok(!codes('The Georgian prime minister insisted that the law was about transparency.').includes('REQUEST'));
  assert.ok(codes('The Yemeni delegation insisted that the former minister be freed.').includes('REQUEST'));
});

test('"a statement released by his office" releases no one; "joined the consultations" is the subject\'s meeting', () => {
  assert.ok(!codes('The Kenyan envoy said in a statement released by his office that talks would resume.').includes('RETREAT'));
  assert.ok(codes('Somali rebels released by Kenyan police returned home.').includes('RETREAT'));
  const e = run('The Kenyan president joined the consultations for an hour.').find((x) => x.code.plover === 'CONSULT');
  assert.equal(e?.source?.country, 'KEN');
});

test('a noun before a relative clause is no verb; a participle before "the" stays the verb', () => {
  assert.ok(!codes('Kenyan rangers warned that fires, which spread last year, were a bigger danger.').includes('ASSAULT'));
  assert.ok(codes('The Kenyan union said members supported the plan.').includes('SUPPORT'));
});

test('a meeting as a setting is kept when it names its counterpart', () => {
  assert.ok(codes('The Kenyan president raised the issue in a phone call with the commission\'s leadership.').includes('CONSULT'));
});

test('"the right to protest" names a right; "marched … to protest" is one protest', () => {
  assert.ok(!codes('The Kenyan president said he respects the right to protest.').includes('PROTEST'));
  assert.equal(codes('Thousands of Kenyan teachers marched through Nairobi to protest the pay freeze.').filter((c) => c === 'PROTEST').length, 1);
});

test('a warning of what could happen names a risk, not a threat', () => {
  assert.ok(!codes('The UN agency warned that the Kenyan floods could disrupt food deliveries to Somalia.').some((c) => c.startsWith('THREATEN')));
});

test('"riot police" are police, not a riot', () => {
  assert.ok(!codes('Kenyan riot police dispersed the crowd outside parliament.').includes('PROTEST'));
  const e = run('Kenyan riot police dispersed the crowd outside parliament.').find((x) => x.code.plover === 'COERCE');
  assert.equal(e?.source?.sector, 'COP');
});

test('"declined to comment" rejects nothing; an act whose subject is a thing has no political agent', () => {
  assert.ok(!codes('A Kenyan official, who declined to be identified, said talks would resume.').includes('REJECT'));
  assert.ok(!codes('The Ugandan envoy declined to say where the talks would be held.').includes('REJECT'));
  assert.deepEqual(codes('A Kenyan relative who declined to give her name spoke to reporters.'), []);
  assert.ok(codes('The Ugandan envoy declined to meet the Kenyan delegation.').includes('REJECT'));
  assert.ok(!codes('The war, which has killed thousands of Yemenis, entered its tenth year.').includes('ASSAULT'));
  assert.ok(codes('The rebels, who killed twelve Yemeni soldiers, withdrew.').includes('ASSAULT'));
});

test('"whether" sets no condition that makes an act a threat; a meeting named by its host is still a setting', () => {
  assert.ok(!codes('African leaders failed to agree on whether to readmit the three states suspended by the Sahel bloc.').includes('THREATEN'));
  assert.ok(!codes('"We want to know who pays," he said at a government meeting on Monday.').includes('CONSULT'));
  assert.ok(!codes('"We want to know who pays," he said at the Kenyan cabinet\'s meeting on Monday.').includes('CONSULT'));
});

test('"meets their demands" is no meeting; meeting someone is', () => {
  assert.ok(!codes('Kenyan farmers vowed to stay until the government meets their demands.').includes('CONSULT'));
  assert.ok(codes('The Kenyan president met Ugandan officials in Entebbe.').includes('CONSULT'));
});

test('"since fighting broke out": the -ing noun is the subject, so the clause before gives it no agent', () => {
  for (const e of run('Ten million Sudanese have fled their homes since fighting broke out in Darfur.')) assert.equal(e.source, null);
  assert.ok(codes('Sudanese rebels provoked the army by shelling villages.').includes('ASSAULT'));
});

test('an event noun that modifies the noun after it is no act: "aid shipments", "relief deliveries", "protest equipment"', () => {
  const text = 'Floods could delay aid shipments, and most relief deliveries to Malawi now go by road.';
  assert.equal(run(text).filter((e) => e.code.plover === 'AID').length, 0);
  const choppers = 'Nigeria bought attack helicopters and protest equipment last year.';
  assert.equal(run(choppers).filter((e) => e.code.plover === 'ASSAULT' || e.code.plover === 'PROTEST').length, 0);
  // An -ing form keeps its object, and a verb after "to" stays a verb.
  assert.ok(run('The rebels moved from burning villages to killing civilians.').some((e) => e.code.plover === 'ASSAULT'));
  assert.ok(run('Donors pledged to aid refugees in Chad.').some((e) => e.target !== null));
});

test('"fight for <cause>" attacks no one; "fight for control of" a place is still combat', () => {
  assert.ok(!codes('The islanders fought for self-rule from Denmark for decades.').some((c) => c.startsWith('ASSAULT')));
  assert.ok(!codes('Nurses are fighting for better pay.').some((c) => c.startsWith('ASSAULT')));
  assert.ok(codes('Militias fought for control of the harbour.').some((c) => c.startsWith('ASSAULT')));
});

test('"deliver" is aid only with goods or a recipient, not "deliver results" or "a speech"', () => {
  assert.ok(!codes('The coach says his squad can deliver results this season.').some((c) => c.startsWith('AID')));
  assert.ok(!codes('The senator delivered a speech to the graduates in Ohio.').some((c) => c.startsWith('AID')));
  assert.ok(codes('Volunteers delivered blankets and water to the flooded town.').some((c) => c.startsWith('AID')));
  assert.ok(codes('Norway delivered the refugees tents.').some((c) => c.startsWith('AID')));
});

test('"returned fire" is an exchange of fire, not a return home', () => {
  assert.deepEqual(codes('Border guards returned fire on the smugglers near Sarpi.'), ['ASSAULT']);
  assert.deepEqual(codes('The peacekeepers returned to their base after the patrol.'), ['RETREAT']);
});

test('"give", "grant" and "provide" are aid only when something is handed over', () => {
  assert.deepEqual(codes('The ministry gave a detailed account of the accident.'), []);
  assert.deepEqual(codes('The mayor had given the nurses a small pay rise.'), []);
  assert.deepEqual(codes('The agency provided an update on the budget.'), []);
  assert.deepEqual(codes('Norway gave Moldova 40 generators and $2 million for the winter.'), ['AID']);
  assert.deepEqual(codes('Canada provided Haiti with medical supplies.'), ['AID']);
});

test('a "strike" in a labour dispute is a protest, not an attack; with force words it stays an attack', () => {
  assert.deepEqual(codes('The transport union called off its nationwide strike on Friday.'), ['PROTEST']);
  assert.deepEqual(codes('Clinics cancelled surgery during the nurses\' strike over pay.'), ['PROTEST']);
  assert.deepEqual(codes('A drone strike hit the fuel depot outside Kherson.'), ['ASSAULT']);
});

test('force used "to disperse" a crowd is one act of force; an arrest beside it is another act', () => {
  assert.deepEqual(codes('Riot police used tear gas to disperse the students outside the ministry.'), ['ASSAULT']);
  assert.deepEqual(codes('Riot police fired tear gas and detained 30 students outside the ministry.'), ['ASSAULT', 'COERCE']);
});

test('talking to the press, discussing alone and a bare "failed" are no events; a failure to agree is', () => {
  assert.deepEqual(codes('Addressing reporters on Tuesday, the mayor said the budget was balanced.'), []);
  assert.deepEqual(codes('An aide, who spoke on condition of anonymity to discuss the plan, said it was ready.'), []);
  assert.deepEqual(codes('The harbour vote failed last spring.'), []);
  assert.deepEqual(codes('Peru failed to reach a deal with Chile.'), ['REJECT']);
  assert.deepEqual(codes('The ministers discussed fishing quotas with Norway.'), ['CONSULT']);
});

test('a number of actors after "released" is still an object actor; a bare quantity is not', () => {
  assert.deepEqual(codes('The kidnappers released 9 hostages near Gao.'), ['RETREAT']);
  assert.deepEqual(codes('The ministry received 300 applications.'), []);
});
