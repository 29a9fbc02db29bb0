import { CATEGORIES, INTENT_CAMEO, THREAT_CAMEO, REJECT_CAMEO, FLAG, type Category } from '../patterns.ts';
import { W } from '../word-class.ts';
import { zeroed, SLOT, type View, type Trigger, type Actor } from '../view.ts';
import type { ClauseFacts } from './read-clause.ts';
import type { Roles } from './assign-roles.ts';
import { subjectOf } from './assign-roles.ts';
import { endsWithEd } from './find-triggers.ts';

/** One event before it gets its context: actor indices into the sentence's actor list. */
export interface Draft {
  plover: Category; cameo: string; mode?: string;
  source: number; target: number;
  /** the source is the quoted speaker (or the subject of the speech verb) */
  sourceIsSpeaker: boolean;
  trigger: Trigger; method: string; confidence: number; reported: boolean;
  /** an agentless passive ("were detained"): no one stands in for the missing agent, not even the speaker */
  agentless: boolean;
}

/** Per trigger: the clause facts, the roles and whether it stands inside a quotation. */
export interface TriggerInfo {
  t: Trigger; facts: ClauseFacts; roles: Roles; quoted: boolean;
  /** the actor named as the speaker in the sentence's own attribution tail, or -1 */
  speaker: number;
}

/** Auxiliaries and copulas that start a new predicate after "and" / "or". */
const COPULA_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'remains', 'remain', 'remained', 'does', 'do', 'did']);
const MAX_COMPLEMENT_GAP = 8;

/** The trigger that a complement-taking trigger governs ("threatened to *ban*"), or -1. */
function complementOf(v: View, infos: TriggerInfo[], n: number): number {
  const g = infos[n].t;
  const next = infos[n + 1];
  if (!next || next.t.i - g.j > MAX_COMPLEMENT_GAP) return -1;
  for (let k = g.j; k < next.t.i; k++) {
    const w = v.lows[k];
    if (v.cls[k] & (W.hardBreak | W.say | W.subordinator) || w === 'but') return -1;
    // "… and is in support of": a second predicate, not the governed action.
    if ((w === 'and' || w === 'or') && COPULA_AUX.has(v.lows[k + 1])) return -1;
  }
  return n + 1;
}

/** The category a stated intention takes: cooperation promised is AGREE, force promised is THREATEN. */
function intention(plover: Category, cameo: string, conflictAs: 'THREATEN' | 'MOBILIZE' = 'THREATEN'): { plover: Category; cameo: string } {
  const kind = CATEGORIES[plover].kind;
  if (kind === 'coop') return { plover: 'AGREE', cameo: INTENT_CAMEO[plover] ?? '030' };
  if (kind !== 'conflict') return { plover, cameo };
  return conflictAs === 'THREATEN' ? { plover: 'THREATEN', cameo: THREAT_CAMEO[plover] ?? '130' } : { plover: 'MOBILIZE', cameo: '150' };
}

function confidenceOf(d: Draft, facts: ClauseFacts, composed: boolean): number {
  let c = d.trigger.pat.pos === 'v' ? 0.6 : 0.5;
  if (composed) c += 0.1;
  if (d.source >= 0 || d.sourceIsSpeaker) c += 0.1;
  if (d.target >= 0) c += 0.08;
  if (d.mode === 'hypothetical' || d.mode === 'denied') c -= 0.35;
  if (facts.subordinate) c -= 0.1;
  c -= Math.min(0.1, 0.004 * d.trigger.i);
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100;
}

/**
 * ", injuring three people" (or "… and injuring", or a purpose "to protest") after an event of
 * the same category in the sentence: a clause that tells more of that event, not another one. Its target fills the event's when that
 * has none ("fired on a boat, injuring three crew members"). True when folded into an earlier draft.
 */
function continuesEarlier(v: View, actors: Actor[], out: Draft[], info: TriggerInfo): boolean {
  const t = info.t;
  if (t.i < 1) return false;
  const lead = v.lows[t.i - 1];
  // "marched through the capital to protest the reform": a purpose infinitive of the same kind is the same act.
  const purpose = lead === 'to' && t.pat.pos === 'v' && v.lows[t.i] === t.pat.lemma;
  if (!purpose && ((lead !== ',' && lead !== 'and') || !endsWithIng(v, t.i))) return false;
  for (let k = out.length - 1; k >= 0; k--) {
    const d = out[k];
    if (d.plover !== t.pat.plover || d.mode) continue;
    const tg = info.roles.target;
    // A place read as the target for want of one ("fired at a boat bound for the shoal") gives way to the people hit.
    if ((d.target < 0 || (actors[d.target].place && !actors[tg]?.place)) && tg >= 0 && tg !== d.source) d.target = tg;
    return true;
  }
  return false;
}

/**
 * Is the noun trigger a bare plural: ending in "s", right after "to", a preposition or a past
 * form ("viewed attacks on …", "extends to attacks on …"), with no article, number or actor?
 */
function barePlural(v: View, t: Trigger): boolean {
  const i = t.i;
  if (t.pat.pos !== 'n' || i === 0 || v.text.charCodeAt(v.toks[t.j - 1].end - 1) !== 115) return false;
  const prev = i - 1;
  if (v.toks[prev].kind !== 'w' || v.cls[prev] & (W.det | W.actor | W.upper | W.lightVerb)) return false;
  return (v.cls[prev] & W.prep) !== 0 || v.lows[prev] === 'to' || endsWithEd(v, prev);
}

const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that make a noun the setting of its clause ("during a visit", "at a meeting", "in meetings"). */
const SETTING_LEAD = new Set(['during', 'at', 'in']);

/** Where the noun phrase of the noun at token i starts: at an actor just before it ("a government meeting", "the cabinet's meeting"), else i. */
function phraseStart(actors: Actor[], i: number, v: View): number {
  for (const ac of actors) if (ac.j === i || (ac.j + 1 === i && (v.lows[ac.j] === "'s" || v.lows[ac.j] === '’s'))) return ac.i;
  return i;
}

const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
/** The word before token k, past articles and possessives ("at *a* meeting" → "at"), or ''. */
function leadWord(v: View, k: number): string {
  let m = k - 1;
  while (m >= 0 && ARTICLES.has(v.lows[m])) m--;
  return m >= 0 ? v.lows[m] : '';
}

/** Does a condition of the sentence open with "if" or "unless" (not "whether", an indirect question)? */
function ifOrUnless(v: View): boolean {
  for (const [c] of v.conditions ?? []) if (v.lows[c] === 'if' || v.lows[c] === 'unless') return true;
  return false;
}

/** Verbs after "declined to" that withhold words, not a proposal: "declined to comment / say / be identified". */
const SPEECH_ACTS = new Set(['say', 'comment', 'elaborate', 'disclose', 'discuss', 'specify', 'confirm', 'answer', 'give', 'identify', 'name', 'be', 'speculate']);

/** "declined to comment", "refused to say", "declined to be identified". */
function declinesToSpeak(v: View, t: Trigger): boolean {
  return t.j + 1 < v.lows.length && v.lows[t.j] === 'to' && SPEECH_ACTS.has(v.lows[t.j + 1]);
}

/** How far after a meeting noun a counterpart it names may stand ("a phone call with the commission's leadership"). */
const COUNTERPART_SPAN = 6;
/** Does an actor start within COUNTERPART_SPAN tokens from token j? */
function actorAfter(actors: Actor[], j: number): boolean {
  for (const ac of actors) if (ac.i >= j && ac.i - j < COUNTERPART_SPAN) return true;
  return false;
}

/** Is the noun at token i the predicate of a copula: "is a promise", "was not a warning", "are the latest attacks"? */
function predicateNoun(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && (v.cls[k] & W.det || v.lows[k] === 'not' || v.lows[k] === '')) {
    if (v.toks[k].kind !== 'w') return false;
    k--;
  }
  return k >= 0 && k < i - 1 && COPULA.has(v.lows[k]);
}

/** How far after a warning its consequence is looked for. */
const CONSEQUENCE_SPAN = 15;

/**
 * A warning is a threat when it says what will follow: "warned X to stop" / "against" / "of
 * retaliation" just after it, or will / would / must in what it says ("warned that any incursion
 * would be met with force"). "warned that the mission remained underfunded" states a fact: no threat.
 * Likewise "insisted that the law was fair" is no demand; "insisted that X be freed" is one.
 */
function statesConsequence(v: View, t: Trigger): boolean {
  for (let k = t.j; k < v.lows.length && k - t.j <= CONSEQUENCE_SPAN; k++) {
    const w = v.lows[k];
    if (v.cls[k] & W.hardBreak) return false;
    if (k - t.j <= 3 && (w === 'to' || w === 'against' || w === 'of')) return true;
    // "insisted on the release" (not "warned on Monday"); a subjunctive "that X be freed".
    if (k === t.j && w === 'on' && !(k + 1 < v.lows.length && v.cls[k + 1] & W.upper)) return true;
    // will / would / must say what is to follow; could / might / may only predict ("warned that the
    // strikes could disrupt aid": a risk named, nothing threatened).
    if (w === 'be' || v.cls[k] & (W.future | W.would | W.obligation)) return true;
  }
  return false;
}

/** Auxiliaries and adverbs between a subject and its verb. */
const SUBJECT_GAP = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'must', 'also', 'still', 'now', 'then', 'already', 'not', "n't", 'never', 'did', 'do', 'does']);

/**
 * Does a word the rules do not know (a common noun: "parents", "men", "grain") stand as the
 * subject right before the verb at token i, across auxiliaries and -ly adverbs?
 */
function nounSubject(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (SUBJECT_GAP.has(v.lows[k]) || (v.lows[k] === '' && endsWithLy(v, k)))) k--;
  return k >= 0 && v.toks[k].kind === 'w' && v.lows[k] === '' && !endsWithLy(v, k);
}

/** Does token k end in "ly"? */
function endsWithLy(v: View, k: number): boolean {
  const end = v.toks[k].end;
  return end - v.toks[k].start > 3 && (v.text.charCodeAt(end - 2) | 32) === 108 && (v.text.charCodeAt(end - 1) | 32) === 121;
}

/** Does token k end in "ing" (read in the text: a word outside the lexicon has no `lows` text)? */
function endsWithIng(v: View, k: number): boolean {
  const end = v.toks[k].end;
  return end - v.toks[k].start > 4 && (v.text.charCodeAt(end - 3) | 32) === 105 && (v.text.charCodeAt(end - 2) | 32) === 110
    && (v.text.charCodeAt(end - 1) | 32) === 103;
}

/** Generic words for the press: an audience, not a party to a meeting. */
const PRESS = new Set(['journalists', 'reporters', 'press', 'media', 'correspondents', 'newsmen', 'newspaper', 'newspapers']);
function pressActor(v: View, actors: Actor[], k: number): boolean {
  return k >= 0 && PRESS.has(v.lows[actors[k].j - 1]);
}
/** An actor of several: a plural head ("officials", "the two sides") or a group word. */
function pluralActor(v: View, a: Actor): boolean {
  const w = v.lows[a.j - 1];
  if (w === 'both' || w === 'sides' || w === 'parties') return true;
  const tok = v.toks[a.j - 1];
  const last = v.text.charCodeAt(tok.end - 1), before = v.text.charCodeAt(tok.end - 2);
  return (last === 115 || last === 83) && before !== 115 && before !== 83;
}

/**
 * Turn the sentence's triggers into events: complement-taking triggers absorb the event they
 * govern; negation, modality and conditions set the mode or recode a stated intention.
 */
export function composeEvents(v: View, actors: Actor[], infos: TriggerInfo[]): Draft[] {
  const consumed = zeroed(SLOT.consumed, infos.length);
  // "accused X of bombing Y": the accusation's target is the bombing's agent (by trigger index; -1 none).
  let accusedAgent: number[] | null = null;
  const out: Draft[] = [];
  for (let n = 0; n < infos.length; n++) {
    if (consumed[n]) continue;
    const { t, facts, roles, quoted, speaker } = infos[n];
    if (continuesEarlier(v, actors, out, infos[n])) continue;
    if ((t.pat.flagBits & FLAG.future) !== 0 && !facts.future) continue;
    let plover = t.pat.plover, cameo = t.pat.cameo, mode: string | undefined, method = t.pat.pos === 'v' ? 'events/verb-pattern' : 'events/noun-pattern';
    let { source, target } = roles;
    // "received a visitor" is a meeting; "received support / a letter" is not: no actor, no meeting.
    if ((t.pat.flagBits & FLAG.objactor) !== 0 && target < 0) continue;
    let sourceIsSpeaker = false, composed = false;
    const gov = t.pat.governor;
    const emb = gov ? complementOf(v, infos, n) : -1;
    if ((t.pat.flagBits & FLAG.consequence) !== 0 && !statesConsequence(v, t)) continue;
    // "the talks failed": a governor that needs the act it governs ("failed to agree") is nothing alone.
    if ((t.pat.flagBits & FLAG.needcomp) !== 0 && emb < 0) continue;
    // "addressing journalists", "told reporters": the press is whom an actor speaks through, not the other side of a meeting.
    if (plover === 'CONSULT' && (pressActor(v, actors, source) || pressActor(v, actors, target))) continue;
    // "an official, who spoke on condition of anonymity to discuss internal deliberations": one party alone consults no one.
    if (t.pat.pos === 'v' && t.pat.lemma === 'discuss' && target < 0 && (source < 0 || (actors[source].coord === undefined && !pluralActor(v, actors[source])))) continue;
    // "declined to comment / to be identified / to give her name": no proposal is rejected, nothing given.
    if (gov === 'gov-reject' && declinesToSpeak(v, t)) { if (emb >= 0) consumed[emb] = 1; continue; }
    // "the war, which has killed thousands", "a deal that would free detainees": the act's subject
    // is a thing, no political actor; no speaker or sayer stands in for it.
    if (roles.thingSubject) continue;
    if (gov && emb >= 0) {
      const e = infos[emb];
      composed = true;
      method = `events/${gov.slice(4)}-complement`;
      if (gov === 'gov-threat') { plover = 'THREATEN'; cameo = THREAT_CAMEO[e.t.pat.plover] ?? '130'; }
      else if (gov === 'gov-intent') ({ plover, cameo } = intention(e.t.pat.plover, e.t.pat.cameo));
      else if (gov === 'gov-prepare') ({ plover, cameo } = intention(e.t.pat.plover, e.t.pat.cameo, 'MOBILIZE'));
      else if (gov === 'gov-reject') cameo = REJECT_CAMEO[e.t.pat.plover] ?? '120';
      else if (gov === 'gov-deny') { plover = e.t.pat.plover; cameo = e.t.pat.cameo; mode = 'denied'; }
      if (target < 0 || gov === 'gov-threat' || gov === 'gov-intent') target = e.roles.target >= 0 && e.roles.target !== source ? e.roles.target : target;
      // The act an accusation names is a reported event of its own, whose agent is the accused.
      if (gov === 'gov-accuse') {
        // Only the actor named between the two ("accused *X* of"), not the act's own target ("condemned the raid on X").
        if (target >= 0 && actors[target].i >= t.j && actors[target].j <= e.t.i) (accusedAgent ??= new Array<number>(infos.length).fill(-1))[emb] = target;
      } else consumed[emb] = 1;
    }
    const accused = accusedAgent ? accusedAgent[n] : -1;
    if (accused >= 0) { source = accused; if (target === accused) target = -1; }
    if (!mode) {
      if (facts.obligation >= 0 && (facts.say >= 0 || quoted) && !facts.negated && !composed) {
        plover = 'REQUEST'; cameo = '100'; method = 'events/obligation-request';
        target = subjectOf(v, actors, facts.obligation);
        source = facts.say >= 0 ? subjectOf(v, actors, facts.say) : -1;
        sourceIsSpeaker = source < 0;
      } else if (facts.hypothetical && !(facts.future && !facts.inCondition)) mode = 'hypothetical';
      else if (facts.negated) {
        if ((facts.future || facts.willing) && CATEGORIES[plover].kind === 'coop') {
          cameo = REJECT_CAMEO[plover] ?? '120'; plover = 'REJECT'; method = 'events/refused-intention';
        } else mode = 'denied';
      } else if ((facts.future || facts.willing) && !composed) {
        const next = intention(plover, cameo);
        if (next.plover !== plover) method = 'events/stated-intention';
        ({ plover, cameo } = next);
      }
    }
    if (!mode && plover === 'AGREE' && facts.unless && t.pat.plover !== 'AGREE') {
      // "will withdraw … unless": an action held over the target is a threat, not an offer.
      plover = 'THREATEN'; cameo = '130'; method = 'events/conditional-threat';
    }
    // "called a national strike if Congress passes the bill": force or protest on a condition is a threat.
    if (!mode && facts.conditional && CATEGORIES[plover].kind === 'conflict' && plover !== 'THREATEN' && ifOrUnless(v)
      && !(t.pat.pos === 'v' && endsWithIng(v, t.i))) {
      cameo = THREAT_CAMEO[plover] ?? '130'; plover = 'THREATEN'; method = 'events/conditional-threat';
    }
    if (!mode && (plover === 'THREATEN' || plover === 'AGREE') && facts.conditional) mode = 'conditional';
    const reported = quoted || facts.say >= 0 || accused >= 0;
    const src = source >= 0 ? actors[source] : null;
    const speaks = t.pat.pos === 'v' || composed;
    // The speaker of "said two workers had been killed" reports the killing; they are not its agent.
    // Not a bare form read as a participle ("is to lift"), a stative "is committed / prepared to"
    // or a phrase ("were engaged in ethnic cleansing"), whose subject is the agent; "was ordered
    // to", "was accused of" are passives.
    const agentless = facts.passive && source < 0 && t.j === t.i + 1 && v.lows[t.i] !== t.pat.lemma
      && (!gov || gov === 'gov-request' || gov === 'gov-accuse');
    // "My parents fought for independence," she said: a subject that is no actor is still the agent, not the speaker.
    const thingAgent = !src && t.pat.pos === 'v' && !composed && nounSubject(v, t.i);
    if (speaks && !agentless && !thingAgent && (!src || (src.pronoun && !src.entity) || (t.pat.flagBits & FLAG.subjtarget) !== 0) && reported && !sourceIsSpeaker) {
      const sayer = facts.say >= 0 ? subjectOf(v, actors, facts.say) : -1;
      if (speaker >= 0 && speaker !== target) source = speaker;
      else if (sayer >= 0 && sayer !== target) source = sayer;
      else if (quoted) { source = -1; sourceIsSpeaker = true; }
    }
    // "excuses for more attacks", "draw them into a strike": an unrealised happening named by a
    // noun, with no agent of its own, is a topic of the sentence rather than an event it reports
    // (and the quotation's speaker is not its agent).
    if (mode === 'hypothetical' && !speaks && source < 0) continue;
    // "viewed attacks on civilian infrastructure as a red line", "a treaty that extends to attacks
    // on its ships": a bare plural noun with no agent names a kind of act, not one that happened.
    if (!speaks && source < 0 && barePlural(v, t)) continue;
    // "Every ship here is a promise", "it was not a warning": a noun after a copula says what
    // something is; it reports no act. "said during a visit to a farm", "at a government
    // meeting": a meeting with no one met is the setting of the clause, not an event of it.
    if (t.pat.pos === 'n' && (predicateNoun(v, t.i)
      || (plover === 'CONSULT' && target < 0 && SETTING_LEAD.has(leadWord(v, phraseStart(actors, t.i, v))) && !actorAfter(actors, t.j)))) continue;
    // "The EU warned … EU norms": one entity is not its own target.
    if (target >= 0 && source >= 0 && actors[target].entity !== null && actors[target].entity === actors[source].entity) target = -1;
    const draft: Draft = { plover, cameo, mode, source, target: target === source ? -1 : target, sourceIsSpeaker, trigger: t, method, reported, confidence: 0, agentless };
    draft.confidence = confidenceOf(draft, facts, composed);
    out.push(draft);
  }
  return out;
}
