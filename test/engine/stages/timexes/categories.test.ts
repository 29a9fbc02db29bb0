// One test per error category fixed after the first TimeBank/AQUAINT measurement (our own
// sentences; the development data is never copied here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, find } from './test-helpers.ts';
import { triggerMask, K } from '../../../../src/engine/stages/timexes/triggers.ts';

const REF = { referenceTime: '2017-06-29T09:00:00-04:00' };   // Thursday, ISO week 26, Q2
const get = (text: string, phrase: string, ref: { referenceTime: string } = REF) => {
  const t = find(extract(text, ref), phrase);
  assert.ok(t, `no timex "${phrase}" in: ${text}`);
  return t;
};

test('weekday tense: fronted verbs, past perfect plans, "next to" and "due to" are no future cues', () => {
  assert.equal(get('On Monday, the ministry planned a second round of talks.', 'Monday').value, '2017-06-26');
  assert.equal(get('The offer had been scheduled to expire Tuesday evening.', 'Tuesday evening').value, '2017-06-27TEV');
  assert.equal(get('Two people died in a fire next to the station on Tuesday.', 'Tuesday').value, '2017-06-27');
  assert.equal(get('Flights were cancelled due to the storm on Monday.', 'Monday').value, '2017-06-26');
  assert.equal(get('The union says it will strike on Monday unless talks resume.', 'Monday').value, '2017-07-03');
});

test('month-day year: an attributive "the Oct. 3 attack" has happened; "payable Jan. 15" is ahead', () => {
  const attack = get('Investigators are still studying the Oct. 3 attack on the depot.', 'Oct. 3');
  assert.deepEqual([attack.span.text, attack.value], ['Oct. 3', '2016-10-03']);
  assert.equal(get('The dividend is payable Jan. 15 to holders of record.', 'Jan. 15').value, '2018-01-15');
});

test('report years: "the fiscal year" is the document year, "the year ended June 30" a duration', () => {
  assert.equal(get('The company expects higher sales in the current fiscal year.', 'the current fiscal year').value, '2017');
  assert.equal(get('Profit for the full year rose 4 percent.', 'the full year').value, '2017');
  const ended = get('Revenue for the year ended March 31 reached $2 billion.', 'the year');
  assert.deepEqual([ended.type, ended.value], ['DURATION', 'P1Y']);
  assert.equal(get('It lost money in the latest fiscal year.', 'the latest fiscal year').value, '2016');
});

test('report quarters: "the quarter ended Sept. 30", the first quarter named stays the report\'s', () => {
  assert.equal(get('The bank earned $3 million in the quarter ended March 31.', 'the quarter').value, '2017-Q1');
  const r = extract('Net income rose in the first quarter. After a weak fourth quarter, sales recovered. Profit was $2 a share, up from $1 a year earlier.', REF);
  assert.equal(find(r, 'a year earlier')!.value, '2016-Q1');
  const q = extract('The quarter-to-quarter comparison was flattered by charges.', REF);
  assert.equal(q.timexes.length, 0);
});

test('"current" and "recent" before a noun are PRESENT_REF / PAST_REF; "current account" is not', () => {
  assert.equal(get('Under the current rules, refugees may not work.', 'current').value, 'PRESENT_REF');
  assert.equal(get('A recent survey found little support.', 'recent').value, 'PAST_REF');
  assert.equal(find(extract('The current account deficit widened.', REF), 'current'), undefined);
});

test('durations: halves, "more", "a couple of", ranges', () => {
  assert.equal(get('The lease runs for 3 1/2 years.', '3 1/2 years').value, 'P3Y6M');
  assert.equal(get('The talks lasted an hour and a half.', 'an hour and a half').value, 'PT1H30M');
  assert.equal(get('The base may stay for at least 15 more years.', 'at least 15 more years').value, 'P15Y');
  assert.equal(get('Rates will stay low for a couple of years.', 'a couple of years').value, 'P2Y');
  assert.equal(get('Repairs should take three to four weeks.', 'three to four weeks').value, 'PXW');
});

test('"that year" leans on the last year named; "the previous Friday" on the last day named', () => {
  assert.equal(get('She left the country in May 2009 and came back later that year.', 'later that year').value, '2009');
  assert.equal(get('The index closed at 980 on Friday, June 23, up 2% from the previous Friday.', 'the previous Friday').value, '2017-06-16');
});

test('pre-filter: trigger kinds of compact forms', () => {
  assert.ok(triggerMask('Sales rose in FY17.') & K.Year4);
  assert.ok(triggerMask('Revenue rose in Q3.') & K.QCode);
  assert.ok(triggerMask('The music of the \'80s') & K.Year4);
  assert.ok(triggerMask('They met at 3pm.') & K.Clock);
  assert.ok(triggerMask('By the year two thousand, it was gone.') & K.Spoken);
  assert.equal(triggerMask('The mayor spoke to reporters.'), 0);
});

test('tense cues: a participle after "be"/"is" and an -ed adjective after a determiner carry no past tense', () => {
  const march = { referenceTime: '2017-03-10T09:00:00Z' };
  assert.equal(get('The new stadium will be opened in January by the mayor.', 'January', march).value, '2018-01');
  assert.equal(get('The appeal is heard in February before three judges.', 'February', march).value, '2017-02');
  assert.equal(get('Bonuses would go out on a yet undecided date in January.', 'January', march).value, '2018-01');
  assert.equal(get('The council presented the revised budget on Monday.', 'Monday').value, '2017-06-26');
  assert.equal(get('Storms that flooded the valley in January are over.', 'January', march).value, '2017-01');
});

test('"the following month", "that month" lean on the month of the last date named', () => {
  const r = extract('In February, the mill shut. The following month, its owners sold it.', REF);
  assert.equal(find(r, 'The following month')?.value, '2017-03');
  assert.equal(find(extract('The vote was held on Nov. 3, 2015. The previous month, polls had tightened.', REF), 'The previous month')?.value, '2015-10');
});

test('"in recent years", "in the coming weeks": durations of unknown length (TimeML PXY, PXW); "recently" stays PAST_REF', () => {
  const years = get('Rents have doubled in recent years across the region.', 'recent years');
  assert.deepEqual([years.type, years.value], ['DURATION', 'PXY']);
  assert.equal(get('A decision is due in the coming weeks, aides said.', 'the coming weeks').value, 'PXW');
  assert.equal(get('The mayor recently resigned.', 'recently').value, 'PAST_REF');
});
