import { boundedMemo } from '../../../memo.ts';
import { TITLE_WORDS } from '../patterns.ts';

export { capRunAtEnd } from './cap-run.ts';

/** Strip title words off the front of a capitalized run: "Foreign Minister Sergey Lavrov" → "Sergey Lavrov". Results are shared: never mutate one. */
export const stripTitles: (run: string) => { name: string; titled: boolean } = boundedMemo((run) => stripTitlesOnce(run), 2000);
function stripTitlesOnce(run: string): { name: string; titled: boolean } {
  // Words are the runs between white space; a title word (capitalized, final dot dropped) before the last word is cut with all before it.
  let keep = -1, prevTitle = false, regular = true, lastEnd = 0;
  for (let i = 0; i < run.length;) {
    if (isSpace(run.charCodeAt(i))) {
      const from = i;
      while (i < run.length && isSpace(run.charCodeAt(i))) i++;
      if (i - from !== 1 || run.charCodeAt(from) !== 32 || from === 0 || i === run.length) regular = false;
      continue;
    }
    const start = i;
    while (i < run.length && !isSpace(run.charCodeAt(i))) i++;
    if (keep < 0) keep = start;
    if (prevTitle) keep = start;
    const c = run.charCodeAt(start);
    prevTitle = c >= 65 && c <= 90 && TITLE_WORDS.has(run.charCodeAt(i - 1) === 46 ? run.slice(start, i - 1) : run.slice(start, i));
    lastEnd = i;
  }
  if (keep < 0) return { name: '', titled: false };
  const titled = keep > 0 && run.slice(0, keep).trim() !== '';
  if (regular) return { name: run.slice(keep, lastEnd), titled };
  const ws = run.split(/\s+/).filter(Boolean);
  let k = 0;
  for (let i = 0; i < ws.length - 1; i++) if (TITLE_WORDS.has(ws[i].replace(/\.$/, ''))) k = i + 1;
  return { name: ws.slice(k).join(' '), titled: k > 0 };
}
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

/** "a group of Senate Republicans" → "Senate Republicans"; "the White House" → "White House". */
export function stripDeterminers(s: string): string {
  return s.replace(/^(?:(?:the|a|an|one|some|many|several)\s+)?(?:(?:group|number|majority|handful|coalition|bloc|few|dozens|hundreds|members|some|many|most)\s+of\s+)?(?:the\s+)?/i, '');
}

/** The pattern of `fullNameBefore` for a surname, compiled once per surname (bounded). */
const beforeSurname = boundedMemo((surname: string) => {
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`((?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*\\s){1,4})${esc}\\b`, 'gu');
}, 1000);

/** "Tillerson" → "Rex Tillerson": the first earlier occurrence with capitalized words before it, titles dropped. */
export function fullNameBefore(text: string, surname: string, before: number): string {
  const re = beforeSurname(surname);
  re.lastIndex = 0;
  const head = text.slice(0, before);
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const { name } = stripTitles(afterSentenceEnd(`${m[1].trim()} ${surname}`));
    if (name.includes(' ')) return name;
  }
  return surname;
}

/**
 * A name never runs across a sentence end: "Russia. Park" → "Park". A word ending in a dot ends the
 * sentence unless it is an initial ("J."), a dotted abbreviation ("U.S.") or a title ("Gen.", "Dr.").
 * Returns the run after the last such word (the run itself when none).
 */
export function afterSentenceEnd(run: string): string {
  let cut = -1;
  for (let i = run.indexOf('. '); i >= 0; i = run.indexOf('. ', i + 1)) if (endsSentence(run, i)) cut = i + 2;
  return cut < 0 ? run : run.slice(cut).trimStart();
}
/** The run up to its first sentence end: "Ana Ruiz. Then" → "Ana Ruiz". */
export function beforeSentenceEnd(run: string): string {
  for (let i = run.indexOf('. '); i >= 0; i = run.indexOf('. ', i + 1)) if (endsSentence(run, i)) return run.slice(0, i);
  return run;
}
/** The dot at `dot` closes a word that is no initial, dotted abbreviation or title. */
function endsSentence(run: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && !isSpace(run.charCodeAt(k - 1))) k--;
  const word = run.slice(k, dot);
  return word.length > 1 && !word.includes('.') && !TITLE_WORDS.has(word);
}

/**
 * Who holds a role named only by a noun ("the tournament director"): a name written right after the
 * role word ("director Ana Ruiz") or right before it in an appositive ("Ana Ruiz, the director").
 * Looks only at occurrences of the role word within 3,000 characters, each with an anchored pattern.
 */
export function findRoleHolder(text: string, role: string, near: number): string | null {
  const from = Math.max(0, near - 3000), win = text.slice(from, near + 3000), r = role.toLowerCase();
  // The role word in any case: a case-blind search where that is the same thing, else in a lower-cased copy.
  const re = plainCase(text) ? roleSearch(r) : null;
  const lower = re === null ? lowerSlice(text, from, near + 3000, win) : '';
  const next = (at: number): number => {
    if (re === null) return lower.indexOf(r, at);
    re.lastIndex = at;
    return re.test(win) ? re.lastIndex - r.length : -1;
  };
  let best: string | null = null, dist = Infinity;
  for (let i = next(0); i !== -1; i = next(i + 1)) {
    const d = Math.abs(from + i - near);
    if (d === 0 || d >= dist) continue;
    NAME_AFTER.lastIndex = i + r.length;
    const a = NAME_AFTER.exec(win);
    // a name after the role word ends at a sentence end, one before it (read only when none follows) starts after one
    const b = a ? null : nameBefore(win, Math.max(0, i - 90), i);
    const got = a ? beforeSentenceEnd(a[1]) : b ? afterSentenceEnd(b[1].trim()) : '';
    if (!got) continue;
    const { name } = stripTitles(got.trim());
    if (name.includes(' ')) { best = name; dist = d; }
  }
  return best;
}
/** After a role word: a name of two to four capitalized words ("director Ana Ruiz"). Sticky: tried only where the role word ends. */
const NAME_AFTER = /\s+((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s?){2,4})/uy;
/**
 * Before a role word: "Ana Ruiz, the [up to four words]" ending right where the role word starts, as
 * `NAME_BEFORE.exec(s.slice(from, to))`. Neither the name nor what follows its comma holds a comma,
 * so the comma is the last one: the tail after it is tested first, the name only when it passes.
 */
function nameBefore(s: string, from: number, to: number): RegExpExecArray | null {
  const k = s.lastIndexOf(',', to - 1);
  if (k < from || !AFTER_NAME.test(s.slice(k, to))) return null;
  return NAME_AT_END.exec(s.slice(from, k));
}
const AFTER_NAME = /^,\s+(?:the|a|an|its|his|her)\s+(?:[\w'’-]+\s+){0,4}$/u;
const NAME_AT_END = /((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s){1,3}[\p{Lu}][\p{L}\p{M}'’.-]*)$/u;

/** Whether s may hold an upper-case letter: false for ASCII with no A-Z ("the ", "a senior"). */
function mayHoldUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if ((c >= 65 && c <= 90) || c > 127) return true; }
  return false;
}
/** The last capitalized run in a string, possessive dropped: "Mali's transitional" → "Mali". */
export function lastCapRun(s: string): string {
  if (!mayHoldUpper(s)) return '';
  const runs = s.match(/(?:[\p{Lu}][\p{L}\p{M}\d.&'’-]*\s?)+/gu);
  if (!runs) return '';
  const run = stripDeterminers(afterSentenceEnd(runs[runs.length - 1].trim()).replace(/['’]s?$/, '').replace(/^(?:A|An|The)\s+/, ''));
  return /^(?:A|An|The|One|Two|Three|Some|Several|Many)$/.test(run) ? '' : run;
}

/**
 * `text.slice(from, to).toLowerCase()`, cut from one lower-cased copy of the whole text when that
 * is the same thing: lower-casing keeps every length and no context-dependent letter (capital
 * sigma) occurs. Otherwise the window is lower-cased on its own.
 */
/**
 * Whether lower-casing the text is a letter-for-letter map in which only A-Z become ASCII letters:
 * no dotted capital I (lower-cases to two units), no capital sigma (depends on context), no Kelvin sign
 * (lower-cases to "k"). Then an ASCII word occurs in the lower-cased text exactly where a case-blind regex finds it.
 */
function plainCase(text: string): boolean {
  if (plainOf.text !== text) plainOf = { text, ok: !text.includes('\u0130') && !text.includes('\u03A3') && !text.includes('\u212A') };
  return plainOf.ok;
}
let plainOf = { text: '', ok: true };
/** A case-blind search for an ASCII role word, compiled once per word (bounded); null for any other word. */
const roleSearch = boundedMemo((r: string): RegExp | null => (/^[a-z]+$/.test(r) ? new RegExp(r, 'gi') : null), 1000);
let lowerOf: { text: string; lower: string | null } = { text: '', lower: '' };
function lowerSlice(text: string, from: number, to: number, win: string): string {
  if (lowerOf.text !== text) {
    const lower = text.toLowerCase();
    lowerOf = { text, lower: lower.length === text.length && !text.includes('\u03A3') ? lower : null };
  }
  return lowerOf.lower === null ? win.toLowerCase() : lowerOf.lower.slice(from, to);
}
