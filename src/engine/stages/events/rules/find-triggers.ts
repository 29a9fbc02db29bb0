import { NOT_TRIGGERS, CUES, FLAG, type Pattern } from '../patterns.ts';
import { matchSlots } from '../match-slots.ts';
import { entryAt, type View, type Trigger } from '../view.ts';
import { W, KEYS } from '../word-class.ts';

/** Words after which an ambiguous form ("attack", "strikes") is read as a noun. */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', "'s", '’s', 'another',
  'any', 'more', 'further', 'new', 'recent', 'latest', 'fresh', 'deadly', 'major', 'first', 'last', 'such', 'every', 'each', 'of', 'for', 'by',
  'against', 'after', 'following', 'during', 'amid', 'since', 'in', 'on', 'no', 'chemical', 'military', 'suicide', 'air', 'missile', 'terrorist',
  'mass', 'general', 'hunger', 'bomb', 'rocket', 'similar', 'possible', 'potential', 'planned', 'alleged', 'official', 'formal', 'peace', 'trade',
  'free-trade', 'humanitarian', 'economic', 'financial', 'food', 'emergency', 'direct', 'joint', 'coordinated', 'large-scale', 'renewed']);

// The view matchFrom reads: set before each matchSlots call, read by viewId and viewMark (no closure per call).
let VIEW: View | null = null;
const viewId = (k: number) => VIEW!.ids[k];
const viewMark = (k: number) => VIEW!.toks[k].kind === 'p';

/** The token after the end of `p` matched from token `i`, or -1. Gaps skip up to GAP_MAX words. */
function matchFrom(v: View, p: Pattern, i: number): number {
  VIEW = v;
  return matchSlots(p, i, v.ids.length, viewId, viewMark);
}

// The longest match of a pattern list (longest): its pattern, and the token after its end.
let bestPat: Pattern | null = null, bestEnd = 0;

/** The first longest match among `list` from token i, into bestPat / bestEnd (bestPat null: none). */
function longest(v: View, list: Pattern[] | undefined, i: number): void {
  bestPat = null; bestEnd = 0;
  if (!list) return;
  for (let n = 0; n < list.length; n++) {
    const j = matchFrom(v, list[n], i);
    if (j > 0 && (bestPat === null || j > bestEnd)) { bestPat = list[n]; bestEnd = j; }
  }
}

/** Read as a noun: after a determiner or modifier, or after a capitalized word ("U.S. strikes"). */
function nounContext(v: View, i: number): boolean {
  if (i === 0) return false;
  const prev = v.lows[i - 1];
  if (NOUN_BEFORE.has(prev) || v.toks[i - 1].kind === 'n') return true;
  // "a government meeting": an -ing form after an article and a group noun is a compound noun.
  if (i > 1 && v.cls[i - 1] & W.actor && !(v.cls[i - 1] & W.upper) && ARTICLE.has(v.lows[i - 2]) && v.lows[i].endsWith('ing')) return true;
  // After an adjective the rules do not list, known by its ending ("logistical support", "diplomatic support").
  if (prev === '' && v.toks[i - 1].kind === 'w' && !(v.cls[i - 1] & W.upper) && adjectiveEnding(v, i - 1)) return true;
  // An -s form after "to" (no infinitive) or after a past form ("viewed attacks") is a plural noun.
  // ("staged rallies" keeps the verb reading: a light verb's object is its own pattern's business.)
  if (v.text.charCodeAt(v.toks[i].end - 1) === 115 && (prev === 'to' || (endsWithEd(v, i - 1) && !(v.cls[i - 1] & W.lightVerb)))) return true;
  return (v.cls[i - 1] & W.upper) !== 0 && i > 1 && v.toks[i - 1].kind === 'w';
}

/** Does token k end as an adjective does: "-al", "-ic" ("logistical", "diplomatic", "regional")? */
function adjectiveEnding(v: View, k: number): boolean {
  const end = v.toks[k].end, t = v.text;
  if (end - v.toks[k].start < 5) return false;
  const a = t.charCodeAt(end - 2) | 32, b = t.charCodeAt(end - 1) | 32;
  return (a === 97 && b === 108) || (a === 105 && b === 99);
}

/** Does token k end in "ed" (read in the text: a word outside the lexicon has no `lows` text)? */
export function endsWithEd(v: View, k: number): boolean {
  const end = v.toks[k].end;
  return v.toks[k].kind === 'w' && end - v.toks[k].start > 3 && v.text.charCodeAt(end - 2) === 101 && v.text.charCodeAt(end - 1) === 100;
}

/** Nouns whose "to" infinitive names a right, not an act. */
const RIGHTS = new Set(['right', 'rights', 'freedom']);

/** Marks after which a capitalized word may still be an event word (a quotation's first word). */
const OPENERS = new Set(['"', '“', '‘', "'", '(']);

/**
 * Is token k an opening mark? An apostrophe attached to the word before it closes a possessive
 * ("Citizens' Alliance", "Workers' Party": a name), it opens no quotation.
 */
function opensQuote(v: View, k: number): boolean {
  if (!OPENERS.has(v.lows[k])) return false;
  return !(k > 0 && (v.lows[k] === "'" || v.lows[k] === '’') && v.toks[k - 1].end === v.toks[k].start && v.toks[k - 1].kind === 'w');
}

/**
 * Not an event word here: part of a name ("March", "Strike Force"): 1; or the first word of a
 * fixed phrase ("press release"): the phrase's length, none of whose words is an event word. 0: not excluded.
 */
function excluded(v: View, i: number): number {
  if (i > 0 && v.cls[i] & W.upper && !opensQuote(v, i - 1)) return 1;
  const id = v.ids[i];
  const phrases = id >= 0 ? NOT_TRIGGER_IDS[id] : undefined;
  if (!phrases) return 0;
  const ids = v.ids, n = ids.length;
  for (const rest of phrases) {
    let k = 0;
    while (k < rest.length && i + 1 + k < n && ids[i + 1 + k] === rest[k]) k++;
    if (k === rest.length) return 1 + k;
  }
  return 0;
}

/**
 * NOT_TRIGGERS by the lexicon key index of the phrase's first word, each phrase's later words
 * as key indices (every word of them is in the lexicon: word-class.ts marks them), so a token
 * is compared by its id, not its text.
 */
const NOT_TRIGGER_IDS: Array<Int32Array[] | undefined> = (() => {
  const index = new Map(KEYS.map((k, n) => [k, n]));
  const out: Array<Int32Array[] | undefined> = new Array(KEYS.length).fill(undefined);
  for (const [first, rests] of NOT_TRIGGERS) {
    const at = (w: string) => { const n = index.get(w); if (n === undefined) throw new Error(`not-trigger phrase word outside the lexicon: '${w}'`); return n; };
    out[at(first)] = rests.map((rest) => Int32Array.from(rest, at));
  }
  return out;
})();

const OBJECT_PRONOUNS = new Set(['it', 'us', 'them', 'him', 'me']);

/** Is token k a one-word demonym ("Israeli", "Kenyan"), an adjective before a noun? */
function demonymAdjective(v: View, k: number): boolean {
  const forms = entryAt(v, k).actors;
  if (!forms) return false;
  for (const f of forms) if (f.words.length === 1 && f.word.kind === 'demonym') return true;
  return false;
}

/**
 * A verb made from a noun ("station", "target", "fund") in a form the noun shares is the noun
 * ("polling station", "an inflation target", "pension funds") unless a verb lead stands before it:
 * "to", a modal or auxiliary, a negator, a subject pronoun, a name, an -ly adverb. Inflected
 * forms ("stationed", "targeting") stay verbs. `skip`: the tokens of named mentions.
 */
function nounUse(v: View, p: Pattern, i: number, skip: Uint8Array): boolean {
  if (!p.bare || !p.bare.has(v.lows[i]) || i === 0 || OPENERS.has(v.lows[i - 1])) return false;
  // A relative clause right after it modifies a noun: "warned that fires, which surged …, were a threat".
  const n = v.lows.length, next = i + 1 < n && v.lows[i + 1] === ',' ? i + 2 : i + 1;
  if (next < n && (v.lows[next] === 'which' || v.lows[next] === 'who')) return true;
  const prev = i - 1, c = v.cls[prev];
  if (c & W.verbLead) return false;
  // An object pronoun is no subject: "give it back", "wants us back".
  if (OBJECT_PRONOUNS.has(v.lows[prev])) return true;
  const plural = (v.text.charCodeAt(v.toks[prev].end - 1) | 32) === 115;
  // A plural actor noun is the verb's subject ("officials sign", "Militants target"); a demonym
  // adjective modifies the noun ("Israeli targets").
  if (c & W.actor && plural) return false;
  if (c & W.actor && demonymAdjective(v, prev)) return true;
  if (skip[prev]) return false;
  // A capitalized word is a name, but at the sentence start only a plural one is a subject; a
  // singular one modifies ("Police station").
  if (c & W.upper && v.toks[prev].kind === 'w' && prev > 0) return false;
  return !adverb(v, prev);
}

/** Words of force that keep a bare "strike" an attack even beside a labour word ("drone strike on the miners' camp"). */
const FORCE_WORDS = new Set(['air', 'missile', 'missiles', 'drone', 'drones', 'military', 'army', 'forces', 'troops', 'bomb', 'bombs', 'rocket',
  'rockets', 'jets', 'artillery', 'killed', 'wounded', 'militants', 'targets']);

/** Does the sentence speak of a labour dispute (cues.labour) and of no force (FORCE_WORDS)? */
function labourSentence(v: View): boolean {
  let labour = false;
  for (let k = 0; k < v.lows.length; k++) {
    const w = v.lows[k];
    if (FORCE_WORDS.has(w)) return false;
    if (CUES.labour.has(w)) labour = true;
  }
  return labour;
}

/** The PROTEST (143, strike or boycott) reading of a bare "strike" pattern, one per pattern. */
const LABOUR_STRIKES = new Map<Pattern, Pattern>();
function labourStrike(p: Pattern): Pattern {
  let q = LABOUR_STRIKES.get(p);
  if (!q) LABOUR_STRIKES.set(p, (q = { ...p, plover: 'PROTEST', cameo: '143', flagBits: p.flagBits & ~FLAG.contest }));
  return q;
}

/** Does the sentence read as a sports report: a sports word, or a score ("5-4", "6-3")? */
function sportsSentence(v: View): boolean {
  const n = v.toks.length;
  for (let k = 0; k < n; k++) {
    if (v.cls[k] & W.sport) return true;
    if (v.toks[k].kind === 'n' && k + 2 < n && v.lows[k + 1] === '-' && v.toks[k + 2].kind === 'n'
      && v.toks[k + 1].start === v.toks[k].end && v.toks[k + 2].start === v.toks[k + 1].end) return true;
  }
  return false;
}

/** Words before a target preposition that may stand between a movement verb and it ("flew back to"). */
const NEEDPREP_GAP = 4;

/**
 * A 'needprep' word is an event only with its target preposition: a movement verb toward its
 * target ("travelled to Kyiv", not "from" a place), "a call for"; a 'topic' one not with "about".
 */
function lacksPrep(v: View, p: Pattern, j: number): boolean {
  // "demonstrated that it can deliver", "demonstrated its resolve": showing, not a protest.
  if ((p.flagBits & FLAG.intransitive) !== 0) return j < v.lows.length && (v.lows[j] === 'that' || ARTICLE.has(v.lows[j]) || CUES.questions.has(v.lows[j]));
  // "talked about the border": a topic, with no one talked with.
  if ((p.flagBits & FLAG.topic) !== 0) return j < v.lows.length && v.lows[j] === 'about';
  if (!(p.flagBits & FLAG.needprep)) return false;
  for (let k = j; k < v.lows.length && k - j <= NEEDPREP_GAP; k++) {
    if (p.preps.includes(v.lows[k])) return false;
    if (v.cls[k] & W.hardBreak || v.lows[k] === ',' || v.lows[k] === 'from') return true;
  }
  return true;
}

/** Verbs that with "for" name a cause striven for, not a foe: "fought for independence". */
const CAUSE_VERBS = new Set(['fight']);

/**
 * "fought for independence", "fighting for their lives": a cause, no attack on anyone.
 * "fought for control of the city" is still combat over a place.
 */
function foughtForCause(v: View, p: Pattern, j: number): boolean {
  if (p.pos !== 'v' || !CAUSE_VERBS.has(p.lemma) || j >= v.lows.length || v.lows[j] !== 'for') return false;
  return !(j + 1 < v.lows.length && v.lows[j + 1] === 'control');
}

/** Verbs that give aid only with a concrete object or a recipient ("delivered food", "delivered … to Gaza"). */
const HANDOVER_VERBS = new Set(['deliver', 'provide', 'supply', 'give', 'grant']);
/** Of those, the ones whose recipient alone makes no aid ("gave doctors a pay rise", "gave Baku an account"): goods are needed. */
const GOODS_ONLY = new Set(['give', 'grant']);

/** Things handed over as aid: the objects that make "deliver" an act of aid; sums of money count ("$5 million", "€3m"). */
const AID_GOODS = new Set(['aid', 'food', 'supplies', 'weapons', 'arms', 'fuel', 'medicine', 'medicines', 'ammunition', 'water', 'equipment',
  'vaccines', 'goods', 'shipments', 'tents', 'grain', 'wheat', 'systems', 'missiles', 'tanks', 'assistance', 'relief', 'cash', 'help',
  'money', 'funds', 'funding', 'loan', 'loans', 'credit', 'asylum', 'shelter', 'rice', 'blankets', 'doses', 'tonnes', 'tons', 'million', 'billion',
  'vehicles', 'aircraft', 'jets', 'helicopters', 'drones', 'artillery', 'radar', 'troops', 'training', 'intelligence', '$', '€', '£']);

/** Things said or dealt, not handed over: "delivered a speech to", "deliver a blow to". */
const SPOKEN_THINGS = new Set(['message', 'speech', 'address', 'warning', 'verdict', 'ultimatum', 'remarks', 'statement', 'blow', 'results', 'promise', 'promises']);

/** Words after the verb searched for a recipient or aid goods. */
const HANDOVER_REACH = 6;

/**
 * "can deliver results", "delivered a speech", "provided the evidence", "gave a different account": no
 * goods and no one they go to, so no aid. Aid needs goods (AID_GOODS) or a recipient ("to", a pronoun
 * or actor right after; for "give" and "grant" goods only); a thing said or dealt (SPOKEN_THINGS) before
 * either is no aid even with one ("a message to Moscow").
 */
function abstractHandover(v: View, p: Pattern, j: number): boolean {
  if (p.pos !== 'v' || !HANDOVER_VERBS.has(p.lemma)) return false;
  const goodsOnly = GOODS_ONLY.has(p.lemma);
  if (!goodsOnly && j < v.lows.length && (OBJECT_PRONOUNS.has(v.lows[j]) || v.cls[j] & (W.actor | W.upper))) return false;
  for (let k = j; k < v.lows.length && k - j <= HANDOVER_REACH; k++) {
    const w = v.lows[k];
    if ((w === 'to' && !goodsOnly) || AID_GOODS.has(w)) return false;
    if (SPOKEN_THINGS.has(w)) return true;
    if (v.cls[k] & W.hardBreak || w === ',' || w === 'that') break;
  }
  return true;
}

/** Does token k end in "ly" (an adverb: "repeatedly attacked", "firmly defend")? */
function adverb(v: View, k: number): boolean {
  const end = v.toks[k].end;
  return end - v.toks[k].start > 3 && (v.text.charCodeAt(end - 2) | 32) === 108 && (v.text.charCodeAt(end - 1) | 32) === 121;
}

/**
 * A past participle between a determiner or preposition and the actor it describes is an
 * adjective, not a report of the act: "the injured sailors", "with armed men", "Armed gangs …"
 * at the sentence start. After a subject, "and" or a comma it is the verb ("… and accused the army").
 */
function participleAdjective(v: View, p: Pattern, i: number, j: number, skip: Uint8Array): boolean {
  if (p.pos !== 'v' || j !== i + 1 || j >= v.lows.length) return false;
  const w = v.lows[i];
  if (!(w.endsWith('ed') || w.endsWith('en')) || v.toks[j].kind !== 'w') return false;
  // After an article or possessive any noun may follow: "visited the injured crew", "its destroyed bridge".
  if (i > 0 && ARTICLE.has(v.lows[i - 1]) && !(v.cls[j] & (W.det | W.prep)) && v.lows[j] !== 'by') return true;
  // After a lower-case word the rules do not know (a verb or noun: "to contain armed gangs"), a
  // participle before a noun is no finite verb of that word's clause; a known word (a subject, an
  // auxiliary, "and", "who", an adverb) leaves it the verb.
  const prev = i - 1;
  if (i > 0 && v.lows[prev] === '' && v.toks[prev].kind === 'w' && !(v.cls[prev] & W.upper) && !skip[prev] && !adverb(v, prev)
    && (v.lows[j] === '' || v.cls[j] & W.actor) && !(v.cls[j] & (W.upper | W.det | W.prep))) return true;
  if (!(v.cls[j] & (W.actor | W.upper))) return false;
  return i === 0 || (v.cls[i - 1] & (W.det | W.prep)) !== 0;
}

/** Articles and possessives: after them a word is part of a noun phrase. */
const ARTICLE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);

/**
 * A verb with no noun pattern inside a noun phrase: any form after an article or possessive, the
 * bare form after an article and one more word ("suffered a head wound"): the noun, not the act.
 */
function bareVerbAsNoun(v: View, p: Pattern, i: number, j: number): boolean {
  if (p.pos !== 'v' || i === 0) return false;
  const prev = i - 1;
  // No finite verb follows an article or possessive: "its forces had carried out", "their funding", "the blockades".
  if (ARTICLE.has(v.lows[prev])) return true;
  if (j !== i + 1 || v.lows[i] !== p.lemma) return false;
  return prev > 0 && ARTICLE.has(v.lows[prev - 1]) && v.lows[prev] === '' && v.toks[prev].kind === 'w' && !(v.cls[prev] & W.upper);
}

/** Endings of a noun (plural or not) that no verb form has: "deliveries", "operations", "movement". */
const NOUN_ENDINGS = ['ies', 'ion', 'ions', 'ment', 'ments'];

/** Does token k end in one of NOUN_ENDINGS (read in the text: a word outside the lexicon has no `lows` text)? */
function nounEnding(v: View, k: number): boolean {
  const { start, end } = v.toks[k], t = v.text;
  for (const e of NOUN_ENDINGS) {
    if (end - start <= e.length + 2) continue;
    let m = 0;
    while (m < e.length && (t.charCodeAt(end - e.length + m) | 32) === e.charCodeAt(m)) m++;
    if (m === e.length) return true;
  }
  return false;
}

/**
 * A one-word event noun in the singular that modifies the noun after it names no act: "aid
 * deliveries", "relief supplies", "attack helicopters", "protest leaders". The noun after it is a
 * lower-case group noun of the actor lexicon or has a noun's ending (NOUN_ENDINGS). `noun`: the
 * word has a noun pattern (a verb reading of it is weighed too).
 */
function compoundModifier(v: View, p: Pattern, i: number, j: number, noun: boolean): boolean {
  if (!noun || j !== i + 1 || j >= v.lows.length || v.toks[j].kind !== 'w' || v.cls[j] & (W.upper | W.det | W.prep)) return false;
  // A plural ("talks") is no modifier; an -ing form takes an object ("from killing civilians").
  if ((v.text.charCodeAt(v.toks[i].end - 1) | 32) === 115 || v.lows[i].endsWith('ing')) return false;
  // Read as a verb ("could disrupt aid deliveries"), only where no verb lead, subject or name stands before it.
  if (p.pos === 'v' && (i === 0 || v.cls[i - 1] & (W.verbLead | W.actor | W.upper) || v.toks[i - 1].kind !== 'w')) return false;
  if (v.cls[j] & W.actor && !(v.cls[j] & W.trigger)) return entryAt(v, j).uncased;
  return nounEnding(v, j);
}

/** Marks after which a bare "asked" reports a question ("…?" she asked, according to …). */
const QUESTION_END = new Set(['.', ',', '?', '!', '"', '”', '’', "'"]);

/**
 * "ask" as a question, not a request: "asked whether / if / about …", "ask what …", or a bare
 * "X asked." that reports the question; "asked X to …" / "asked for …" stay requests.
 */
function askedQuestion(v: View, p: Pattern, j: number): boolean {
  if (!(p.flagBits & FLAG.question)) return false;
  const n = v.lows.length;
  if (j >= n || QUESTION_END.has(v.lows[j])) return true;
  for (let k = j; k < n && k - j <= NEEDPREP_GAP; k++) {
    const w = v.lows[k];
    if (CUES.questions.has(w)) return true;
    if (w === 'to' || w === 'for' || w === 'that' || v.cls[k] & W.hardBreak) return false;
  }
  return false;
}

/** Words that open a quantity: "received about 50,000 refugees" takes in things, it hosts no one. */
const QUANTITY = new Set(['about', 'more', 'less', 'nearly', 'almost', 'some', 'no', 'over']);

/** An 'objactor' verb whose object is a quantity ("received 300 applications", "received no reply"), not a number of actors ("released 12 hostages"). */
function quantityObject(v: View, p: Pattern, j: number): boolean {
  return (p.flagBits & FLAG.objactor) !== 0 && j < v.lows.length && (v.toks[j].kind === 'n' || QUANTITY.has(v.lows[j]))
    && !(j + 1 < v.lows.length && (v.cls[j + 1] & W.actor) !== 0);
}

/**
 * Every trigger in the sentence, left to right, without overlaps. Where a form is both a verb
 * and a noun pattern, the words before it decide; the longest match wins.
 */
export function findTriggers(v: View, skip: Uint8Array): Trigger[] {
  const out: Trigger[] = [];
  const cls = v.cls, toks = v.toks, n = cls.length;
  let sports: boolean | undefined;
  for (let i = 0; i < n; i++) {
    if (!(cls[i] & W.trigger) || skip[i] || toks[i].kind !== 'w') continue;
    // "the right to protest", "freedom to assemble": a right named, not an act.
    if (i > 1 && v.lows[i - 1] === 'to' && RIGHTS.has(v.lows[i - 2])) continue;
    const { verbs, nouns } = entryAt(v, i);
    const fixed = excluded(v, i);
    if (fixed) { i += fixed - 1; continue; }
    longest(v, verbs, i);
    const verb = bestPat, verbEnd = bestEnd;
    longest(v, nouns, i);
    const noun = bestPat, nounEnd = bestEnd;
    let pat: Pattern, j: number;
    if (verb && noun) {
      // A longer phrase beats the POS guess ("hunger strike" over "strike").
      // A sentence opens with no -s verb form ("Protests by farmers spread …"): the plural noun.
      const asNoun = verbEnd !== nounEnd ? nounEnd > verbEnd
        : nounContext(v, i) || (i === 0 && v.lows[i] !== verb.lemma && v.text.charCodeAt(toks[i].end - 1) === 115);
      pat = asNoun ? noun : verb; j = asNoun ? nounEnd : verbEnd;
    } else if (verb) {
      if (bareVerbAsNoun(v, verb, i, verbEnd)) continue;
      pat = verb; j = verbEnd;
    }
    else if (noun) { pat = noun; j = nounEnd; }
    else continue;
    if (nounUse(v, pat, i, skip) || lacksPrep(v, pat, j) || askedQuestion(v, pat, j) || quantityObject(v, pat, j)
      || foughtForCause(v, pat, j) || abstractHandover(v, pat, j)
      || participleAdjective(v, pat, i, j, skip) || compoundModifier(v, pat, i, j, noun !== null)) continue;
    // "beat the Cardinals 5-4", "struck out three": a sports result is no use of force.
    if ((pat.flagBits & FLAG.contest) !== 0 && (sports ??= sportsSentence(v))) continue;
    if (pat.lemma === 'strike' && pat.rest.length === 0 && pat.plover === 'ASSAULT' && labourSentence(v)) pat = labourStrike(pat);
    // "used tear gas to disperse the crowd": the dispersal is the purpose of the force already found, not a second act.
    if (pat.plover === 'COERCE' && i > 0 && v.lows[i - 1] === 'to' && out.length && out[out.length - 1].pat.plover === 'ASSAULT') continue;
    out.push({ pat, i, j });
    i = j - 1;
  }
  return out;
}
