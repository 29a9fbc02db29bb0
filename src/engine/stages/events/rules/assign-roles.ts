import { W } from '../word-class.ts';
import { FLAG } from '../patterns.ts';
import { matchActor } from '../actor-lexicon.ts';
import { entryAt, type View, type Trigger, type Actor } from '../view.ts';
import type { ClauseFacts } from './read-clause.ts';

/** Prepositions that put an actor phrase inside a modifier rather than in subject position. */
export const PREPS = new Set(['in', 'of', 'at', 'from', 'near', 'on', 'for', 'with', 'to', 'by', 'against', 'into', 'across', 'inside', 'outside',
  'over', 'under', 'between', 'toward', 'towards', 'throughout', 'within', 'around', 'among', 'about', 'during', 'via', 'like']);
/** Words skipped when looking for the word before a phrase ("by *the* rebels"). */
export const DETS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'some', 'several', 'many', 'other', 'at', 'least', 'about',
  'nearly', 'more', 'than', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands', 'scores', 'of', 'all', 'both']);
/** Settings: a noun event introduced by these involves the clause's own participants. */
const SETTING = new Set(['during', 'at', 'in', 'after', 'before', 'following', 'throughout']);
const MAX_SUBJECT_DISTANCE = 18;
const MAX_OBJECT_DISTANCE = 10;
const MAX_BY_GAP = 7;

export interface Roles {
  source: number; target: number;
  /** the verb's subject is a relative pronoun standing for a thing ("the war, which has killed …", "grain that burned") */
  thingSubject?: boolean;
}

/** The word before token k, skipping determiners and quantifiers (but "of" only after a quantifier). */
export function wordBefore(v: View, k: number): string {
  const m = indexBefore(v, k);
  return m >= 0 ? v.lows[m] : '';
}

/** The token of wordBefore(v, k), or -1 (no word: ''). DETS and PREPS are read as class bits (token-text.ts). */
function indexBefore(v: View, k: number): number {
  let m = k - 1;
  while (m >= 0 && v.cls[m] & W.det && !(v.lows[m] === 'of' && !(m > 0 && v.cls[m - 1] & W.det))) m--;
  return m;
}

/** Is the word before token k (wordBefore) a preposition (PREPS)? */
function prepBefore(v: View, k: number): boolean {
  let m = indexBefore(v, k);
  // Past modifiers the rules do not know: "aid for *livestock* farmers", "in *rural* villages".
  for (let s = 0; s < MAX_MODIFIERS && m > 0 && v.lows[m] === '' && v.toks[m].kind === 'w' && !(v.cls[m] & W.upper); s++) m = indexBefore(v, m);
  return m >= 0 && (v.cls[m] & W.prep) !== 0;
}
/** Unknown modifier words prepBefore looks past. */
const MAX_MODIFIERS = 2;

function brokenBetween(v: View, a: number, b: number, soft: boolean): boolean {
  for (let k = a; k < b; k++) {
    const w = v.lows[k];
    if (v.cls[k] & W.hardBreak) return true;
    if (soft && (w === ',' || v.cls[k] & (W.say | W.subordinator) || w === 'and' || w === 'but')) return true;
  }
  return false;
}

const RELATIVE = new Set(['who', 'which', 'that']);
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'being', 'also', 'still', 'now', 'reportedly', 'allegedly',
  'will', 'would', 'could', 'can', 'may', 'might', 'not', 'never', 'already', 'then']);

/**
 * "the army that is fighting …": the phrase before the relative pronoun is the subject; -1 when
 * there is no relative pronoun, NOT_AN_ACTOR when its antecedent is no actor ("fires that burned").
 */
function relativeAntecedent(v: View, actors: Actor[], i: number): number {
  let k = i - 1;
  while (k >= 0 && AUX.has(v.lows[k])) k--;
  if (k < 1 || !RELATIVE.has(v.lows[k])) return -1;
  const end = v.lows[k - 1] === ',' ? k - 1 : k;
  const a = actors.findIndex((ac) => ac.j === end);
  return a >= 0 ? a : NOT_AN_ACTOR;
}
const NOT_AN_ACTOR = -2;

/** Words an acronym in parentheses may have: "(SAF)", "(OCHA)", "(U.N.)". */
const MAX_ASIDE = 4;

/**
 * The token after an actor phrase and the acronym in parentheses that follows it: "The Sudanese
 * Armed Forces (SAF) blamed …" (the parentheses close no clause there). An actor that is itself
 * the acronym ends at the closing parenthesis. Else ac.j.
 */
function afterAside(v: View, ac: Actor): number {
  const k = ac.j, n = v.lows.length;
  if (k < n && v.lows[k] === ')' && ac.i > 0 && v.lows[ac.i - 1] === '(') return k + 1;
  if (k >= n || v.lows[k] !== '(') return k;
  for (let m = k + 1; m < n && m - k <= MAX_ASIDE + 1; m++) {
    if (v.lows[m] === ')') return m > k + 1 ? m + 1 : k;
    if (!(v.cls[m] & W.upper) && v.lows[m] !== '.') return k;
  }
  return k;
}

/** Words that open an appositive or relative aside between commas ("X, a critic of the party, said"). */
const ASIDE_OPENERS = new Set(['a', 'an', 'the', 'who', 'which', 'whose']);
/**
 * Does token k open an aside: an article or relative pronoun, a lower-case noun ("leader of the
 * party"), or a possessive name ("Chile's largest union")? A bare name ("Its minister, Ana Ruiz,
 * said") is an apposition that names the subject itself.
 */
function asideOpener(v: View, k: number): boolean {
  if (ASIDE_OPENERS.has(v.lows[k])) return true;
  if (v.toks[k].kind !== 'w') return false;
  if (!(v.cls[k] & W.upper)) return !(v.cls[k] & (W.say | W.subordinator)) && !endsWithLy(v, k);
  return k + 1 < v.lows.length && (v.lows[k + 1] === "'s" || v.lows[k + 1] === '’s');
}

/** How far back the comma that opens an aside is looked for. */
const MAX_APPOSITIVE = 16;

/**
 * The first token of an aside that ends with a comma just before the verb at token i (across
 * auxiliaries): "President X, a critic of the ruling party who has limited powers, has vowed"
 * gives the comma before "a". Actors in the aside are not the verb's subject. -1 when none.
 */
function appositiveStart(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && AUX.has(v.lows[k])) k--;
  if (k < 1 || v.lows[k] !== ',') return -1;
  for (let m = k - 1; m >= 0 && k - m <= MAX_APPOSITIVE; m--) {
    if (v.cls[m] & W.hardBreak) return -1;
    if (v.lows[m] === ',') return m + 1 < k && asideOpener(v, m + 1) ? m : -1;
  }
  return -1;
}

/** The subject of the verb at token i: the nearest actor to the left not inside a prepositional phrase. */
export function subjectOf(v: View, actors: Actor[], i: number): number {
  const antecedent = relativeAntecedent(v, actors, i);
  if (antecedent >= 0) return antecedent;
  // The relative clause is about a thing, not an actor: an actor further left is not its subject.
  if (antecedent === NOT_AN_ACTOR) return -1;
  let inPhrase = -1, pronoun = -1;
  const aside = appositiveStart(v, i);
  for (let a = actors.length - 1; a >= 0; a--) {
    const ac = actors[a];
    if (ac.j > i || (aside >= 0 && ac.i >= aside)) continue;
    const from = afterAside(v, ac);
    if (i - from > MAX_SUBJECT_DISTANCE || brokenBetween(v, from, i, false)) break;
    if (a > 0 && actors[a - 1].coord === a) return a - 1;
    if (ac.place || prepBefore(v, ac.i)) { if (inPhrase < 0) inPhrase = a; continue; }
    if (ac.pronoun && !ac.entity) { if (pronoun < 0) pronoun = a; continue; }
    return a;
  }
  return pronoun >= 0 ? pronoun : inPhrase;
}

/** Words that end a noun phrase or start another: after a place name they leave it the head of its phrase. */
const PHRASE_END = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'into', 'over', 'and', 'or', 'but', 'that', 'which', 'who',
  'as', 'than', 'after', 'before', 'since', 'until', 'during', 'amid', 'against', 'about', 'over', 'if', 'when', 'while', 'because', 'not',
  'yesterday', 'today', 'tonight', 'overnight', 'last', 'this', 'next', 'earlier', 'later', 'again', 'too', 'also', 'instead', 'itself',
  'early', 'late', 'so', 'because', 'where', 'whose']);

/** Does token k end in "ly" (either case)? Read in the text: a word outside the lexicon has no `lows` text. */
function endsWithLy(v: View, k: number): boolean {
  const end = v.toks[k].end;
  return end - v.toks[k].start >= 2 && (v.text.charCodeAt(end - 2) | 32) === 108 && (v.text.charCodeAt(end - 1) | 32) === 121;
}

/**
 * "the Geneva process", "the Red Sea city": a city or region between an article and a common
 * noun modifies that noun (it names a venue), so it is not a participant. A country or people
 * so placed is one, as event coding reads it ("rejected an Indian proposal": India).
 */
export function placeModifier(v: View, ac: Actor): boolean {
  if (ac.sector || ac.pronoun) return false;
  if (!ac.place) {
    const forms = v.cls[ac.i] & W.actor ? entryAt(v, ac.i).actors : undefined;
    const m = forms ? matchActor(forms, v.lows, ac.i, true, '', 0, 0) : null;
    if (!m || ac.i + m.words.length !== ac.j || m.word.kind !== 'city') return false;
  }
  const before = ac.i > 0 ? v.lows[ac.i - 1] : undefined, next = ac.j;
  if (before !== 'the' && before !== 'a' && before !== 'an') return false;
  if (next >= v.lows.length || v.toks[next].kind !== 'w' || v.cls[next] & W.upper) return false;
  const w = v.lows[next];
  return !PHRASE_END.has(w) && !endsWithLy(v, next) && !(v.cls[next] & (W.say | W.subordinator | W.negator | W.passiveAux | W.future | W.would | W.hypothetical));
}

/**
 * "struck a fuel depot and an air base in X": an "and" between a common noun and a determiner
 * joins two objects of the verb, not two clauses, so the target search goes on past it.
 */
function objectCoordination(v: View, k: number): boolean {
  if (v.lows[k] !== 'and' || k < 1 || k + 1 >= v.lows.length) return false;
  const prev = k - 1;
  return v.toks[prev].kind === 'w' && !(v.cls[prev] & (W.upper | W.actor | W.det | W.prep)) && (v.cls[k + 1] & W.det) !== 0
    && v.lows[k + 1] !== 'of';
}

/** Is the object search from token j to token end stopped by a clause break (not by a coordinated object)? */
function objectBreak(v: View, j: number, end: number): boolean {
  for (let k = j; k < end; k++) if (!objectCoordination(v, k) && brokenBetween(v, k, k + 1, true)) return true;
  return false;
}

/** Nouns of "the Ukrainian region of X", "the Somali port of Y": the place after "of" names the one meant. */
const PLACE_NOUNS = new Set(['region', 'province', 'city', 'town', 'district', 'port', 'state', 'county', 'island', 'village', 'capital']);

/** Is actor a (a country or demonym) the modifier of a place noun whose name follows ("the Ukrainian region of Odesa")? */
function namedAfter(v: View, actors: Actor[], a: number): boolean {
  const k = actors[a].j;
  return k + 2 < v.lows.length && PLACE_NOUNS.has(v.lows[k]) && v.lows[k + 1] === 'of' && a + 1 < actors.length && actors[a + 1].i === k + 2;
}

/** The target after token j: an actor after one of `preps` if there is one, else the first actor. */
export function objectOf(v: View, actors: Actor[], j: number, preps: string[], skip: number, prepRequired: boolean): number {
  let first = -1, place = -1;
  for (let a = 0; a < actors.length; a++) {
    const ac = actors[a];
    if (ac.i < j || a === skip) continue;
    if (ac.i - j > MAX_OBJECT_DISTANCE || objectBreak(v, j, ac.i)) break;
    if (placeModifier(v, ac) || namedAfter(v, actors, a)) continue;
    const before = wordBefore(v, ac.i);
    if (before === 'by') continue;
    if (preps.includes(before) || (before === 'and' && preps.includes('between'))) return a;
    if (prepRequired) continue;
    if (PREPS.has(before) && before !== 'to' && before !== 'of') { if (place < 0) place = a; continue; }
    if (first < 0) first = a;
  }
  return first >= 0 ? first : prepRequired ? -1 : place;
}

/** The agent in "… by X" after token j, across words like "believed to be carried out". */
export function agentAfter(v: View, actors: Actor[], j: number, loose = 0): number {
  let k = j;
  while (k < v.lows.length && k - j <= MAX_BY_GAP && v.lows[k] !== 'by' && (v.cls[k] & W.byGap || (k - j < loose && v.toks[k].kind === 'w'))) k++;
  if (k >= v.lows.length || v.lows[k] !== 'by') return -1;
  return actors.findIndex((ac) => ac.i > k && ac.i - k <= 3 && !brokenBetween(v, k, ac.i, true));
}

/** Words that make the -ing form after them a clause without a subject of its own ("by pinning", ", setting off"). */
const GERUND_LEAD = new Set([',', 'by', 'after', 'before', 'while', 'without', 'when', 'through', 'despite', 'since', 'instead', 'of']);

/**
 * The subject of a participial or gerund clause ("…, saying", "by pinning responsibility"): the
 * first actor of the clause it hangs on (not one inside a prepositional phrase), not the nearest
 * noun, which is usually that clause's object.
 */
const gerundAt = (v: View, i: number) => i > 0 && v.lows[i].endsWith('ing') && GERUND_LEAD.has(v.lows[i - 1]) && !verbAfter(v, i + 1);

/** Past forms that follow an -ing noun used as a subject ("since fighting broke out"). */
const PAST_AFTER_SUBJECT = new Set(['broke', 'began', 'begun', 'spread', 'rose', 'grew', 'went', 'came', 'erupted', 'resumed', 'ended', 'continued',
  'intensified', 'escalated', 'flared', 'subsided', 'killed', 'left', 'forced', 'displaced']);

/**
 * Does a past verb stand at token k ("since fighting *broke* out", "after shelling *killed* five")?
 * Then the -ing word before it is that verb's subject, a noun, not a gerund clause hanging on the sentence.
 */
function verbAfter(v: View, k: number): boolean {
  return k < v.lows.length && v.toks[k].kind === 'w' && PAST_AFTER_SUBJECT.has(v.lows[k]);
}

/** "moved from killing X to attacking Y": an -ing verb after "from" or "to" has its clause's subject, not the object before it. */
const gerundComplement = (v: View, i: number) => i > 0 && v.lows[i].endsWith('ing') && (v.lows[i - 1] === 'to' || v.lows[i - 1] === 'from');

function clauseSubject(v: View, actors: Actor[], i: number): number {
  const startOf = (k: number) => { while (k > 0 && v.lows[k - 1] !== ',' && !(v.cls[k - 1] & W.hardBreak)) k--; return k; };
  // After a comma the clause is the one before the comma; after a preposition, the one holding it.
  const from = v.lows[i - 1] === ',' ? startOf(i - 1) : startOf(i);
  for (let a = 0; a < actors.length; a++) {
    const ac = actors[a];
    if (ac.i < from) continue;
    if (ac.j > i) break;
    if (ac.place || prepBefore(v, ac.i)) continue;
    return a;
  }
  return -1;
}

function nounRoles(v: View, actors: Actor[], t: Trigger): Roles {
  let source = agentAfter(v, actors, t.j);
  let start = t.i;
  const pre = actors.findIndex((ac) => ac.j === t.i || (ac.j + 1 === t.i && /^['’]s$/.test(v.lows[ac.j])));
  if (pre >= 0) start = actors[pre].i;
  if (source < 0 && pre >= 0) source = pre;
  const lead = wordBefore(v, start);
  let target = objectOf(v, actors, t.j, t.pat.preps, source, true);
  // "the raid on X (post) by Y": the agent follows the target.
  if (source < 0 && target >= 0) source = agentAfter(v, actors, actors[target].j, 2);
  // "attacks on power plants by X": a thing, not an actor, between the noun and its agent.
  else if (source < 0 && target < 0) source = agentAfter(v, actors, t.j, 4);
  if (target >= 0 && source < 0 && wordBefore(v, actors[target].i) === 'between' && actors[target].coord !== undefined) {
    source = target; target = actors[target].coord!;
  }
  if (SETTING.has(lead) && (source < 0 || source === pre)) {
    // "… made the comments to X during a meeting": the clause's subject and its other actor.
    const subj = subjectOf(v, actors, start - 1);
    if (subj >= 0) {
      if (target < 0) target = actors.findIndex((ac, a) => a !== subj && a !== pre && ac.i > actors[subj].j && ac.j <= start && !ac.place && !placeModifier(v, ac));
      source = subj;
    }
  } else if (source < 0 && gerundAt(v, t.i)) {
    // "by shelling villages" read as a noun: its agent is the subject of the clause it hangs on.
    source = clauseSubject(v, actors, t.i);
  } else if (source < 0) {
    for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
      if (v.cls[k] & W.lightVerb) { source = subjectOf(v, actors, k); break; }
    }
  }
  return { source, target: target === source ? -1 : target };
}

const VENUE_PREPS = new Set(['in', 'at', 'near']);

/** The first actor of the sentence before token i that is not inside a prepositional phrase nor a place, or -1. */
function sentenceSubject(v: View, actors: Actor[], i: number): number {
  for (let a = 0; a < actors.length && actors[a].j <= i; a++) {
    const ac = actors[a];
    if (brokenBetween(v, ac.j, i, false)) return -1;
    if (!ac.place && !prepBefore(v, ac.i)) return a;
  }
  return -1;
}

/** Source and target of a trigger, from voice, prepositions and the trigger's own flags. */
export function assignRoles(v: View, actors: Actor[], t: Trigger, facts: ClauseFacts): Roles {
  if (t.pat.pos === 'n') return nounRoles(v, actors, t);
  const passive = facts.passive || (t.j < v.lows.length && v.lows[t.j] === 'by' && /ed$/.test(v.lows[t.i]));
  if (passive) {
    // "a statement released by his office": a participle right after a noun that is no actor
    // modifies that noun, which is what was acted on; the actor further left is not.
    const prev = t.i - 1;
    const reduced = !facts.passive && prev >= 0 && v.toks[prev].kind === 'w' && !AUX.has(v.lows[prev]) && !endsWithLy(v, prev)
      && !(v.cls[prev] & (W.actor | W.upper | W.negator)) && !actors.some((ac) => ac.j === t.i);
    return { source: agentAfter(v, actors, t.j), target: reduced ? -1 : subjectOf(v, actors, t.i) };
  }
  let subject = gerundAt(v, t.i) || gerundComplement(v, t.i) ? clauseSubject(v, actors, t.i) : subjectOf(v, actors, t.i);
  // "X announced aid for farmers and promised …": a second verb after "and" shares the first one's
  // subject, not the nearest noun inside a prepositional phrase.
  // After ", and" / "but" the verb continues the sentence's first clause ("X said …, and accused Y").
  const lead = t.i > 0 ? v.lows[t.i - 1] : '';
  const afterClause = lead === 'but' || (lead === 'and' && t.i > 1 && v.lows[t.i - 2] === ',');
  if ((afterClause || ((subject < 0 || prepBefore(v, actors[subject].i) || actors[subject].place) && lead === 'and'))) {
    const first = sentenceSubject(v, actors, t.i);
    if (first >= 0) subject = first;
  }
  if ((t.pat.flagBits & FLAG.subjtarget) !== 0) return { source: -1, target: subject };
  let target = objectOf(v, actors, t.j, t.pat.preps, subject, false);
  const thingSubject = subject < 0 && relativeAntecedent(v, actors, t.i) === NOT_AN_ACTOR;
  // "Serbia and Kosovo met": a mutual act's coordinated subject gives both parties. "Kenya and
  // Ghana backed the plan" is two sources acting alike, neither the other's target.
  // A place after the verb ("met in Lima", "held talks in Baghdad") is the venue, not the other party.
  if ((target < 0 || actors[target].place || VENUE_PREPS.has(wordBefore(v, actors[target].i))) && subject >= 0
    && actors[subject].coord !== undefined && (t.pat.flagBits & FLAG.recip) !== 0) target = actors[subject].coord!;
  // "The two leaders signed a deal in Hanoi": with a plural subject and no second party named, the venue is no party either.
  else if (target >= 0 && subject >= 0 && (t.pat.flagBits & FLAG.recip) !== 0 && VENUE_PREPS.has(wordBefore(v, actors[target].i))) target = -1;
  return thingSubject ? { source: subject, target, thingSubject } : { source: subject, target };
}
