// Regex fragments for the timexes rules, generated once at module load from data/timex-words.json.
// Every fragment is a plain alternation of literal words or a bounded digit run, so composing
// them never nests quantifiers over overlapping classes (no catastrophic backtracking).
import words from '../../data/timex-words.json' with { type: 'json' };
import { ZONE_ABBRS } from '../../time/zones.ts';

export const WORDS = words;
const alt = (list: string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.'’]/g, (c) => (c === '.' ? '\\.' : "['’]")).replace(/ /g, '\\s+')).join('|');

/** Month names; short forms take an optional period ("Sept.", "Jan"). Checked for a capital in code. */
export const MONTH = `(?:${Object.keys(words.months).sort((a, b) => b.length - a.length)
  .map((w) => (w.length <= 4 && w !== 'may' && w !== 'june' && w !== 'july' ? `${w}\\.?` : w)).join('|')})(?![a-z])`;
/** Full weekday names only: "Sun"/"Sat" alone are too often other words. */
export const WEEKDAY = `(?:${Object.keys(words.weekdays).join('|')})`;
/** Abbreviated weekday, only used before a month-day ("Tue., July 4"). */
export const WEEKDAY_ABBR = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?';
/** Day of month 1-31, optional ordinal suffix; not followed by another digit or a colon (10:30). */
export const DAYNUM = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)';
/** A plausible calendar year, not part of a longer number ("2,016", "1990.5", "2000%"). */
export const YEAR = '(?:1\\d{3}|20\\d{2})(?![\\d%]|[,.]\\d)';
/** Cardinal number words ("twenty", "four"); "a"/"an" are handled apart. */
const NUMWORD = alt(Object.keys(words.numbers).filter((w) => w !== 'a' && w !== 'an'));
/** A count: digits (with thousands commas, a decimal or a half: "2 1/2"), number words ("twenty-four", "two and a half"), or a vague count. */
export const NUMBER = `(?:half\\s+an?|\\d{1,3}(?:,\\d{3})+|\\d{1,4}(?:\\.\\d{1,2}|\\s1/2|½)?|(?:${NUMWORD})(?:(?:[- ]|\\s+and\\s+(?:a\\s+)?)(?:${NUMWORD})){0,3}|${alt(words.vagueNumbers)}|couple\\s+of|an?)`;
/** Calendar units; plural added by the rules. */
export const UNIT = '(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centuries|millenni(?:um|a))';
export const SEASON = `(?:${Object.keys(words.seasons).join('|')})`;
export const PART_OF_DAY = `(?:${Object.keys(words.partsOfDay).join('|')})`;
export const ORDINAL = `(?:${alt(Object.keys(words.ordinals))}|\\d{1,2}(?:st|nd|rd|th))`;
/**
 * "early", "mid-", "the end of", "later" before a date: the TIMEX3 mod START/MID/END. The nouns take "of" ("the start
 * of May", "end-June"): "talks start Monday", "the strike will end Friday" are verbs before a plain date.
 */
export const POSITION = `(?:(?:the\\s+)?(early|earlier|late|later|mid|middle|end|start|beginning)(?:(?<=early|earlier|late|later|mid)(?:\\s+(?:of|in))?|\\s+of|(?<=end)(?=-))(?:\\s+the)?(?:\\s+|-))`;
/** "about", "more than", "nearly" before an amount: APPROX, MORE_THAN, EQUAL_OR_LESS ... */
export const QUANTITY_MOD = `(?:(${alt(Object.keys(words.quantityMods))})\\s+)`;
/** Zone after a clock time: the zone table's abbreviations, GMT/UTC offsets, numeric offsets. Upper case checked in code. */
export const ZONE = `(?:(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|(?:${ZONE_ABBRS.join('|')})(?![a-z]))`;
export const HOLIDAY = `(?:${alt(Object.keys(words.holidays))})`;

/** Words just before a bare month or season that make it a date ("in May", "last March", "since April"). */
export const DATE_CUE_BEFORE = /(?:\b(?:in|on|since|until|till|by|before|after|from|through|to|during|of|and|or|between|early|late|mid|last|next|this|that|each|every|past|coming|end|beginning|start|middle|as)\s*-?)\s*$/i;
/** A capital first letter: month and weekday names must be capitalized ("may" is the verb). */
export const isCapitalized = (s: string): boolean => s[0] >= 'A' && s[0] <= 'Z';

/** Ready-made flags: global and case-insensitive; one regex object per rule, built once. */
export const rx = (source: string): RegExp => new RegExp(source, 'gi');
