import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, find } from './test-helpers.ts';

const REF = { referenceTime: '2017-06-29T09:00:00-04:00' };   // Thursday, ISO week 26
const get = (text: string, phrase: string) => {
  const t = find(extract(text, REF), phrase);
  assert.ok(t, `no timex "${phrase}" in: ${text}`);
  return t;
};

test('deictic days and parts of day', () => {
  assert.equal(get('The senator resigned yesterday after a long fight.', 'yesterday').value, '2017-06-28');
  assert.equal(get('Ministers will gather tomorrow in the capital.', 'tomorrow').value, '2017-06-30');
  assert.equal(get('Markets are calm today in Asia.', 'today').value, '2017-06-29');
  const morning = get('A fire broke out this morning near the port.', 'this morning');
  assert.deepEqual([morning.type, morning.value], ['TIME', '2017-06-29TMO']);
  assert.equal(get('Shots were heard on Tuesday night near the base.', 'Tuesday night').value, '2017-06-27TNI');
  assert.equal(get('The storm hit last night and cut power.', 'last night').value, '2017-06-28TNI');
  assert.equal(get('Prices are now higher than ever.', 'now').value, 'PRESENT_REF');
});

test('weekdays: past in past-tense reporting, future when the verb is future', () => {
  assert.equal(get('The mayor announced the plan Monday at city hall.', 'Monday').value, '2017-06-26');
  assert.equal(get('The two leaders will meet on Monday in Brussels.', 'Monday').value, '2017-07-03');
  assert.equal(get('The court is scheduled to rule Friday on the case.', 'Friday').value, '2017-06-30');
  assert.equal(get('Police said Thursday that two men were held.', 'Thursday').value, '2017-06-29');
  assert.equal(get('The ship sank last Friday off the coast.', 'last Friday').value, '2017-06-23');
  assert.equal(get('The board meets next Tuesday to vote.', 'next Tuesday').value, '2017-07-04');
  assert.equal(get('The fair opens this coming Sunday downtown.', 'this coming Sunday').value, '2017-07-02');
  assert.equal(get('We spoke to him this past Monday about it.', 'this past Monday').value, '2017-06-26');
});

test('last/this/next week, month, year become ISO week, month and year values', () => {
  assert.equal(get('Officials met last week to discuss it.', 'last week').value, '2017-W25');
  assert.equal(get('The report comes out next week, aides said.', 'next week').value, '2017-W27');
  assert.equal(get('The firm hired 200 people last month, it said.', 'last month').value, '2017-05');
  assert.equal(get('Growth will slow next year, economists warn.', 'next year').value, '2018');
  const early = get('The law was passed earlier this month by the assembly.', 'earlier this month');
  assert.deepEqual([early.value, early.mod], ['2017-06', 'START']);
  assert.deepEqual([get('Talks resume late next week in Oslo.', 'late next week').value, get('Talks resume late next week in Oslo.', 'late next week').mod], ['2017-W27', 'END']);
});

test('counting back and forward from the document time', () => {
  assert.equal(get('The deal collapsed two days ago in Paris.', 'two days ago').value, '2017-06-27');
  assert.equal(get('The war ended three years ago, officially.', 'three years ago').value, '2014');
  assert.equal(get('He left office six months ago, aides said.', 'six months ago').value, '2016-12');
  const about = get('The factory closed about five years ago, residents said.', 'about five years ago');
  assert.deepEqual([about.value, about.mod], ['2012', 'APPROX']);
});

test('months without a year: nearest, or ahead when the verb is future', () => {
  assert.equal(get('Voters went to the polls in March amid protests.', 'March').value, '2017-03');
  assert.equal(get('The new rules will take effect in January, officials said.', 'January').value, '2018-01');
  const early = get('Troops left the town in early April, witnesses said.', 'early April');
  assert.deepEqual([early.value, early.mod], ['2017-04', 'START']);
  assert.equal(get('The summit is planned for Sept. 12 in Vienna.', 'Sept. 12').value, '2017-09-12');
});

test('anchoring chains resolve against the last date named and record its id', () => {
  const r = extract('The vote was held on March 4, 2016. The next day, the results were disputed.', REF);
  const first = find(r, 'March 4, 2016')!, next = find(r, 'The next day')!;
  assert.equal(next.value, '2016-03-05');
  assert.equal(next.anchor, first.id);
  assert.equal(find(r, 'March 4, 2016')!.anchor, 'absolute');
  const later = extract('The plant opened on May 2, 2010. Two years later it closed.', REF);
  assert.equal(find(later, 'Two years later')!.value, '2012');
  assert.equal(find(extract('Rebels took the city. Yesterday they left.', REF), 'Yesterday')!.anchor, 'document');
});

test('a month with no tense cue is ahead only when it is close (news reports mostly look back)', () => {
  const october = { referenceTime: '2017-10-30T09:00:00Z' };
  assert.equal(find(extract('Shares hit $30 in March, a low for the firm.', october), 'March')?.value, '2017-03');
  assert.equal(find(extract('Shares hit $30 in January, a low for the firm.', october), 'January')?.value, '2018-01');
});

test('"today" meaning nowadays is PRESENT_REF ("today\'s youth", "the schools of today"); "as of today" is the day', () => {
  assert.equal(get('Jobs are scarce for today\'s youth in the region.', 'today').value, 'PRESENT_REF');
  assert.equal(get('The schools of today need more teachers.', 'today').value, 'PRESENT_REF');
  assert.equal(get('We are building the cities of tomorrow, she said.', 'tomorrow').value, 'FUTURE_REF');
  assert.equal(get('The offer stands as of today, the bank said.', 'today').value, '2017-06-29');
  assert.equal(get('Today\'s vote was close.', 'Today').value, '2017-06-29');
});

test('"in the morning", "by mid-afternoon": a part of the last day named, else of the document day', () => {
  const day = extract('The strike began on Monday. Pickets gathered in the morning outside the gates.', REF);
  assert.deepEqual([find(day, 'the morning')?.type, find(day, 'the morning')?.value], ['TIME', '2017-06-26TMO']);
  assert.equal(get('By mid-afternoon, the river had burst its banks.', 'mid-afternoon').value, '2017-06-29TAF');
  assert.equal(find(extract('Shares rose in the morning session.', REF), 'the morning'), undefined);
  assert.equal(find(extract('He was seen on the morning of May 3.', REF), 'the morning'), undefined);
});

test('"a month or so ago" counts back from the document time, approximately', () => {
  const t = get('The talks stalled a month or so ago, diplomats said.', 'a month or so ago');
  assert.deepEqual([t.type, t.value, t.mod], ['DATE', '2017-05', 'APPROX']);
});

test('"overnight" is the night before the document day (TNI); "an overnight stay" is not a time', () => {
  const t = get('Drones hit two power stations overnight, the army said.', 'overnight');
  assert.deepEqual([t.type, t.value], ['TIME', '2017-06-28TNI']);
  assert.equal(find(extract('The overnight rate was left unchanged.', REF), 'overnight'), undefined);
});

test('a passive after "will be" or "to be" is still to come, however far back the "will" is', () => {
  // "will" is more than the tense window away from the month; the participle after "be" carries it.
  assert.equal(get('The research group will be awarded a national prize for its long study of coastal erosion in March.', 'March').value, '2018-03');
  assert.equal(get('The city has long wanted the old stadium next to the river to be demolished for a new park in April.', 'April').value, '2018-04');
  // "could be" in past reporting is no plan.
  assert.equal(get('Neither of the two missing climbers could be reached Tuesday by phone.', 'Tuesday').value, '2017-06-27');
});

test('a day exactly half a year away with no tense cue is the past one (news mostly looks back)', () => {
  assert.equal(get('The index sits 40 points below its record high of Dec. 29 in thin trading.', 'Dec. 29').value, '2016-12-29');
});

test('a fronted month takes the tense of the main verb even after a long aside', () => {
  assert.equal(get('In September, a week after the first big report on the finances of the city schools and its many debts, a fire destroyed the old town hall.', 'September').value, '2016-09');
  assert.equal(get('In September, a week after the first big report on the finances of the city schools and its many debts, the council will vote on the budget.', 'September').value, '2017-09');
});

test('a present-tense verb of a timetable puts the weekday or month ahead', () => {
  assert.equal(get('The two foreign ministers meet separately Monday with the envoy.', 'Monday').value, '2017-07-03');
  assert.equal(get('Peace talks between the factions resume on Tuesday in Oslo.', 'Tuesday').value, '2017-07-04');
  assert.equal(get('The new tariff on steel takes effect in January.', 'January').value, '2018-01');
  // Not after "did", "to", or a determiner.
  assert.equal(get('The two sides did not meet Monday as planned.', 'Monday').value, '2017-06-26');
  assert.equal(get('His return Monday surprised the fans.', 'Monday').value, '2017-06-26');
  // A form that is also a noun needs a subject before it.
  assert.equal(get('Shares got off to a strong start Monday in Tokyo.', 'Monday').value, '2017-06-26');
  assert.equal(get('They meet Monday in the capital.', 'Monday').value, '2017-07-03');
  // A place between the verb and the day; a present copula.
  assert.equal(get('The pope arrives in Lisbon on Tuesday for a short visit.', 'Tuesday').value, '2017-07-04');
  assert.equal(get('The filing deadline is Monday for most firms.', 'Monday').value, '2017-07-03');
  assert.equal(get('The filing deadline was Monday for most firms.', 'Monday').value, '2017-06-26');
  assert.equal(get('The regional games open on Saturday in Porto.', 'Saturday').value, '2017-07-01');
  assert.equal(get('The beaches were open Saturday despite the storm.', 'Saturday').value, '2017-06-24');
});

test('a lone clock time falls on the last day named, else on the document day', () => {
  const r = extract('The fire broke out on Monday in the old mill. Crews had it under control by 6 p.m., officials said.', REF);
  assert.equal(find(r, '6 p.m.')?.value, '2017-06-26T18:00');
  assert.equal(find(r, '6 p.m.')?.anchor, find(r, 'Monday')?.id);
  assert.equal(get('Crews had the fire under control by 6 p.m., officials said.', '6 p.m.').value, '2017-06-29T18:00');
});

test('"forecast to", "likely to", "projected to" look ahead like "expected to"', () => {
  assert.equal(get('The storm is forecast to reach the coast late Sunday.', 'late Sunday').value, '2017-07-02');
  assert.equal(get('The court is likely to rule on Friday on the appeal.', 'Friday').value, '2017-06-30');
});
