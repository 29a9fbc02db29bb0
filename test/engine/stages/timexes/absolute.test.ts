import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, find } from './test-helpers.ts';
import type { EngineOptions } from '../../../../src/engine/options.ts';

const REF = { referenceTime: '2017-06-29T09:00:00-04:00' };   // a Thursday
const value = (text: string, phrase: string, options: EngineOptions = REF) => {
  const t = find(extract(text, options), phrase);
  assert.ok(t, `no timex "${phrase}" in: ${text}`);
  return t;
};

test('full dates in the common news forms', () => {
  const t = value('The treaty was signed on Aug. 12, 1998, in Geneva.', 'Aug. 12, 1998');
  assert.deepEqual([t.type, t.value, t.anchor], ['DATE', '1998-08-12', 'absolute']);
  assert.equal(value('She arrived on 14 February 2011 after a delay.', '14 February 2011').value, '2011-02-14');
  assert.equal(value('Officials met on Tuesday, March 7, to talk.', 'Tuesday, March 7').value, '2017-03-07');
  assert.equal(value('The order is dated 2015-11-30 and was filed late.', '2015-11-30').value, '2015-11-30');
  assert.equal(value('The fireworks start on the 4th of July as usual.', 'the 4th of July').value, '2017-07-04');
  assert.equal(value('The plant closed in September 2009 for good.', 'September 2009').value, '2009-09');
});

test('numeric dates follow options.dayFirst', () => {
  assert.equal(value('The notice of 03/07/2016 was withdrawn.', '03/07/2016').value, '2016-03-07');
  assert.equal(value('The notice of 03/07/2016 was withdrawn.', '03/07/2016', { ...REF, dayFirst: true }).value, '2016-07-03');
  assert.equal(value('The notice of 25/07/2016 was withdrawn.', '25/07/2016').value, '2016-07-25');
});

test('clock times with and without zones', () => {
  const a = value('The polls closed at 8 p.m. EDT on Tuesday, officials said.', '8 p.m. EDT on Tuesday');
  assert.deepEqual([a.type, a.value], ['TIME', '2017-06-27T20:00-04:00']);
  assert.equal(value('The blast came at 14:30 GMT in the old town.', '14:30 GMT').value, '2017-06-29T14:30+00:00');
  assert.equal(value('Trading resumed at 9:45 a.m. ET on March 3, 2017, after a halt.', '9:45 a.m. ET on March 3, 2017').value, '2017-03-03T09:45-05:00');
  assert.equal(value('The talks ended at 10:15 +02:00 without a deal.', '10:15 +02:00').value, '2017-06-29T10:15+02:00');
  assert.equal(value('He spoke shortly after noon in the square.', 'noon').value, '2017-06-29T12:00');
});

test('years, decades, centuries, fiscal years, seasons and quarters', () => {
  assert.equal(value('The company was founded in 1987 by two engineers.', '1987').value, '1987');
  assert.equal(value('Crime fell sharply in the 1990s across the city.', 'the 1990s').value, '199');
  assert.equal(value('The church dates from the 12th century and still stands.', 'the 12th century').value, '11');
  assert.equal(value('Revenue rose in fiscal 2016 to a record.', 'fiscal 2016').value, '2016');
  assert.equal(value('The river flooded last summer and again in spring.', 'last summer').value, '2016-SU');
  assert.equal(value('Profit fell in the third quarter of 2015, the firm said.', 'the third quarter of 2015').value, '2015-Q3');
  assert.equal(value('Sales jumped in Q1 2016 on strong demand.', 'Q1 2016').value, '2016-Q1');
  assert.equal(value('The band was huge in the mid-1980s in Europe.', 'the mid-1980s').mod, 'MID');
});

test('holidays take the year from the document time or the text', () => {
  assert.equal(value('Stores opened early on Thanksgiving 2016 for the first time.', 'Thanksgiving 2016').value, '2016-11-24');
  assert.equal(value('Shoppers crowded the mall before Christmas, retailers said.', 'Christmas').value, '2016-12-25');
});

test('a list of years and "post-"/"pre-" years: "in 2003, 2005 and 2009", "pre-2008 levels"', () => {
  const r = extract('Floods hit the valley in 2003, 2005 and 2009, officials said.', REF);
  assert.deepEqual(['2003', '2005', '2009'].map((y) => find(r, y)?.value), ['2003', '2005', '2009']);
  assert.equal(find(extract('Output is back to pre-2008 levels.', REF), '2008')?.value, '2008');
  assert.equal(find(extract('The shop sold 1950, 1960 boxes.', REF), '1960'), undefined);
});

test('a month before a noun after an article is a date: "an April deadline"; "the March on Rome" and "the May cabinet" are not', () => {
  const jan = { referenceTime: '2019-01-15T09:00:00Z' };
  assert.equal(find(extract('Ministers missed an April deadline for the deal.', jan), 'April')?.value, '2018-04');
  assert.equal(find(extract('The June summit will decide.', jan), 'June')?.value, '2019-06');
  assert.equal(find(extract('Historians studied the March on Rome.', jan), 'March'), undefined);
  assert.equal(find(extract('The May cabinet met again.', jan), 'May'), undefined);
});

test('spoken years joined to a month or a season are one date', () => {
  const a = value('The second blast came in February nineteen ninety-eight, near the old port.', 'February nineteen ninety-eight');
  assert.deepEqual([a.type, a.value], ['DATE', '1998-02']);
  assert.equal(value('Oil last sold that cheaply in the summer of nineteen eighty-six.', 'the summer of nineteen eighty-six').value, '1986-SU');
  assert.equal(value('The band split up in nineteen seventy-two.', 'nineteen seventy-two').value, '1972');
});
