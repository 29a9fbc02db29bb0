// TimeML/TimeBank conventions fixed after the second measurement (our own sentences; the
// development data is never copied here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, find } from './test-helpers.ts';

const REF = { referenceTime: '2017-06-29T09:00:00-04:00' };   // Thursday, ISO week 26, Q2
const get = (text: string, phrase: string) => {
  const t = find(extract(text, REF), phrase);
  assert.ok(t, `no timex "${phrase}" in: ${text}`);
  return t;
};
const none = (text: string, phrase: string) => assert.equal(find(extract(text, REF), phrase), undefined, `"${phrase}" fired in: ${text}`);

test('"three days later", "an hour earlier": the amount is a DURATION, the direction word its signal', () => {
  const later = get('The plant shut on May 2. Four days later the workers returned.', 'Four days');
  assert.deepEqual([later.type, later.value], ['DURATION', 'P4D']);
  assert.equal(get('Rescuers arrived. Just over an hour later the fire was out.', 'Just over an hour').value, 'PT1H');
  assert.equal(get('Talks began on Monday. A few weeks earlier the envoy had resigned.', 'A few weeks').value, 'PXW');
  // Years still name a year, and "ago" still counts back from the document time.
  assert.equal(get('The plant opened on May 2, 2010. Three years later it closed.', 'Three years later').value, '2013');
  assert.equal(get('The mine closed two weeks ago.', 'two weeks ago').value, '2017-W24');
});

test('"up to 90 days" is a bound, not a range', () => {
  const t = get('The court can hold suspects for up to 90 days without charge.', 'up to 90 days');
  assert.equal(t.value, 'P90D');
  assert.equal(get('Repairs will take two to three weeks.', 'two to three weeks').value, 'PXW');
});

test('"fall" after an infinitive "to" is the verb; "from spring to fall" is the season', () => {
  none('Analysts expect the currency to fall further.', 'fall');
  none('The coalition began to fall apart in the spring.', 'fall');
  assert.match(get('The work lasted from spring to fall.', 'fall').value, /^\d{4}-FA$/);
});

test('a growth rate "8% annually" is no SET; "meets annually" is', () => {
  none('Sales are forecast to rise 8% annually through 2020.', 'annually');
  none('Revenue grew 12 percent annually for a decade.', 'annually');
  assert.equal(get('The council meets annually in the capital.', 'annually').value, 'P1Y');
});

test('"this year through August": the end of a stretch of the document year', () => {
  assert.equal(get('The index has gained 4% this year through August, a survey said.', 'August').value, '2017-08');
  assert.equal(get('Exports have fallen this year through Sept. 30.', 'Sept. 30').value, '2017-09-30');
});

test('"the week of March 6" is the ISO week of that day', () => {
  const t = get('A hearing is set for the week of March 6.', 'the week of March 6');
  assert.deepEqual([t.type, t.value], ['DATE', '2017-W10']);
});

test('the second day of "May 24 and 25" is a date of its own', () => {
  // "will be held" is future: the next May 24 after the June document date.
  const r = extract('The summit will be held on May 24 and 25 in the capital.', REF);
  assert.equal(find(r, 'May 24')!.value, '2018-05-24');
  assert.equal(find(r, '25')!.value, '2018-05-25');
  none('Turnout rose on May 3 and 2 others fell.', '2');
});

test('clock hours told by the part of day: "4 in the morning", "11 at night"', () => {
  const t = get('The convoy left at 4 in the morning.', '4 in the morning');
  assert.deepEqual([t.type, t.value], ['TIME', '2017-06-29T04:00']);
  assert.equal(get('The shop closes at 11 at night.', '11 at night').value, '2017-06-29T23:00');
  assert.equal(get('Prayers began at 7 in the evening.', '7 in the evening').value, '2017-06-29T19:00');
});

test('a part of day before the day word: "mid-afternoon yesterday"', () => {
  const t = get('Shares were down 3% in mid-afternoon yesterday.', 'mid-afternoon yesterday');
  assert.deepEqual([t.type, t.value], ['TIME', '2017-06-28TAF']);
});

test('"the quarter a year ago" is the year-earlier quarter; a historical quarter is not the report\'s', () => {
  const r = extract('Net income rose in the second quarter. Profit in the quarter a year ago was lower.', REF);
  assert.equal(find(r, 'the quarter a year ago')!.value, '2016-Q2');
  const h = extract('Sales were last this weak in the third quarter of 2009. Second-quarter profit fell from a year ago.', REF);
  assert.equal(find(h, 'a year ago')!.value, '2016-Q2');
});

test('"the past year" and "the last decade" name the previous year and decade; with a count they are durations', () => {
  assert.equal(get('Membership grew sharply over the past year.', 'the past year').value, '2016');
  assert.equal(get('Wages lagged inflation in the last decade.', 'the last decade').value, '200');
  assert.equal(get('Prices rose over the past two years.', 'the past two years').value, 'P2Y');
});

test('"before the summer" is the summer of the document year, even after a past verb', () => {
  const march = { referenceTime: '2019-03-12T10:00:00Z' }, october = { referenceTime: '2019-10-12T10:00:00Z' };
  assert.equal(find(extract('The union said the strike ended before the summer holidays began.', march), 'the summer')?.value, '2019-SU');
  assert.equal(find(extract('Negotiators stalled the bill before the summer.', march), 'the summer')?.value, '2019-SU');
  assert.equal(find(extract('Negotiators stalled the bill before the summer.', october), 'the summer')?.value, '2019-SU');
  assert.equal(find(extract('The council will vote before the summer.', october), 'the summer')?.value, '2020-SU');
});

test('"start", "end", "beginning" mark START/END only with "of" (or "end-June"); before a plain date they are verbs', () => {
  const REF2 = { referenceTime: '2017-06-29' };
  const r = extract('The trial will start Monday and the strike will end Friday.', REF2);
  assert.deepEqual([find(r, 'Monday')?.value, find(r, 'Monday')?.mod], ['2017-07-03', undefined]);
  assert.equal(find(r, 'Friday')?.mod, undefined);
  assert.equal(find(extract('Sales slowed at the start of 2016.', REF2), 'the start of 2016')?.mod, 'START');
  assert.equal(find(extract('The deal should close by end-June.', REF2), 'end-June')?.mod, 'END');
});

test('"the" before a hyphened quarter or year-ago adjective belongs to the noun it modifies', () => {
  const REF3 = { referenceTime: '2017-10-26' };
  assert.ok(find(extract('The third-quarter profit beat forecasts.', REF3), 'third-quarter'));
  assert.ok(find(extract('The year-ago figures were restated.', REF3), 'year-ago'));
  // With its own time noun the phrase keeps "the".
  assert.ok(find(extract('Sales fell in the third quarter and in the year-ago quarter.', REF3), 'the year-ago quarter'));
});
