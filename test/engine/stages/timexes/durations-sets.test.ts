import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, find } from './test-helpers.ts';

const REF = { referenceTime: '2017-06-29' };
const get = (text: string, phrase: string) => {
  const t = find(extract(text, REF), phrase);
  assert.ok(t, `no timex "${phrase}" in: ${text}`);
  return t;
};

test('durations in days, hours, years, decades and fractions', () => {
  const d = get('The strike lasted three days in all.', 'three days');
  assert.deepEqual([d.type, d.value], ['DURATION', 'P3D']);
  assert.equal(get('They held a two-hour meeting with the envoy.', 'two-hour').value, 'PT2H');
  assert.equal(get('He served two years in prison for fraud.', 'two years').value, 'P2Y');
  assert.equal(get('The dispute has run for two decades now.', 'two decades').value, 'P20Y');
  assert.equal(get('The repairs took two and a half years to finish.', 'two and a half years').value, 'P2Y6M');
  assert.equal(get('The crew waited 45 minutes on the runway.', '45 minutes').value, 'PT45M');
  assert.equal(get('Prices have risen over the past three years, data show.', 'the past three years').value, 'P3Y');
  assert.equal(get('The rescue could take several weeks, officials said.', 'several weeks').value, 'PXW');
});

test('quantity modifiers: about, nearly, more than, at least', () => {
  assert.equal(get('The talks went on for about two hours before a break.', 'about two hours').mod, 'APPROX');
  assert.equal(get('The town was cut off for more than three weeks in winter.', 'more than three weeks').mod, 'MORE_THAN');
  assert.equal(get('The mine has been closed for nearly a decade, locals said.', 'nearly a decade').mod, 'EQUAL_OR_LESS');
  assert.equal(get('The ban will last at least six months, the agency said.', 'at least six months').mod, 'EQUAL_OR_MORE');
});

test('sets: every Monday, weekly, each year, rates', () => {
  const s = get('The market opens every Monday in the square.', 'every Monday');
  assert.deepEqual([s.type, s.value], ['SET', 'XXXX-WXX-1']);
  assert.equal(get('The council publishes a weekly bulletin for residents.', 'weekly').value, 'P1W');
  assert.equal(get('The festival is held each year in August.', 'each year').value, 'P1Y');
  assert.equal(get('The ferry runs every two hours in summer.', 'every two hours').value, 'PT2H');
  assert.equal(get('The contract pays $2 million a year to the club.', 'a year').type, 'SET');
});

test('a rate after a counted noun is a SET: "three buses a day", "90 rooms a night"', () => {
  const ref = { referenceTime: '2017-06-29T09:00:00-04:00' };
  const bus = find(extract('The town now gets three buses a day from the coast.', ref), 'a day');
  assert.deepEqual([bus?.type, bus?.value], ['SET', 'P1D']);
  const rooms = find(extract('The hotel rents out 90 rooms a night in summer.', ref), 'a night');
  assert.deepEqual([rooms?.type, rooms?.value], ['SET', 'P1D']);
  assert.equal(find(extract('The rebels must leave within a week.', ref), 'a week')?.type, 'DURATION');
});

test('plural parts of day after weekdays are SETs: "Friday evenings", "Monday and Wednesday mornings"', () => {
  const evenings = get('The club meets on Friday evenings in the old hall.', 'Friday evenings');
  assert.deepEqual([evenings.type, evenings.value], ['SET', 'XXXX-WXX-5TEV']);
  const monday = get('Ferries sail on Monday and Wednesday mornings in winter.', 'Monday');
  assert.deepEqual([monday.type, monday.value], ['SET', 'XXXX-WXX-1TMO']);
  assert.equal(get('Ferries sail on Monday and Wednesday mornings in winter.', 'Wednesday mornings').value, 'XXXX-WXX-3TMO');
  assert.equal(get('The ferry sailed on Monday and Wednesday morning it sank.', 'Monday').type, 'DATE');
});

test('a count with "business", "straight", "full" before the unit is a duration: "ten business days"', () => {
  assert.equal(get('Bidders have ten business days to reply.', 'ten business days').value, 'P10D');
  assert.equal(get('Exports grew for four straight months.', 'four straight months').value, 'P4M');
  assert.equal(get('The crew worked two full weeks without rest.', 'two full weeks').value, 'P2W');
  assert.equal(extract('The firm moved from a fiscal year to a calendar year.', REF).timexes.length, 0);
});

test('vague stretches are durations: "the first hours", "over the years", "in the weeks ahead"; "the days before X" is not', () => {
  assert.equal(get('Dozens were arrested in the first hours of the protest.', 'the first hours').value, 'PTXH');
  assert.equal(get('Over the years, the village shrank.', 'the years').value, 'PXY');
  assert.equal(get('Rates could rise in the months ahead, analysts said.', 'the months ahead').value, 'PXM');
  assert.equal(find(extract('Witnesses saw the van in the days before the fire.', REF), 'the days'), undefined);
});

test('durations of unknown length: "for a while", "for some time", "for a rather long period" (PXX)', () => {
  assert.equal(get('The road will stay closed for a while.', 'a while').value, 'PXX');
  assert.equal(get('Inflation may stay high for some time, she warned.', 'some time').value, 'PXX');
  assert.equal(get('The envoy stayed for a rather long period.', 'a rather long period').value, 'PXX');
  assert.equal(extract('It took quite a while to notice.', REF).timexes.length, 0);
});

test('"-long" adjectives without a count: "a day-long strike" P1D, "a months-long siege" PXM', () => {
  assert.equal(get('Unions held a day-long strike on the docks.', 'day-long').value, 'P1D');
  assert.equal(get('The town endured a months-long siege.', 'months-long').value, 'PXM');
  assert.equal(get('It ended a three-year-long feud.', 'three-year-long').value, 'P3Y');
});

test('"will one day", "hopes to one day": someday (FUTURE_REF); "lasted one day" is a duration', () => {
  assert.equal(get('She believes the city will one day host the games.', 'one day').value, 'FUTURE_REF');
  assert.equal(get('He wants to one day run the firm.', 'one day').value, 'FUTURE_REF');
  assert.equal(get('The blockade lasted one day.', 'one day').value, 'P1D');
});

test('"the next couple of years", "the past couple of days": durations of two units', () => {
  assert.equal(get('Over the next couple of years the plant will expand.', 'the next couple of years').value, 'P2Y');
  assert.equal(get('In the past couple of days, prices fell.', 'the past couple of days').value, 'P2D');
});

test('"the" before a hyphened count and unit belongs to the noun: "the 90-day truce" spans "90-day"', () => {
  assert.equal(get('Both sides broke the 90-day truce within a week.', '90-day').value, 'P90D');
  assert.equal(get('The past four years have been dry.', 'The past four years').value, 'P4Y');
});
