import cueTable from '../../data/cue-verbs.json' with { type: 'json' };
import words from '../../data/speaker-words.json' with { type: 'json' };

/** A speech cue verb form: its lemma, whether it takes a reported clause, whether it takes an addressee object. */
export interface Cue { lemma: string; clause: 'bare' | 'that' | 'none'; object: boolean; participle: boolean; particle?: string }

/** Every written form of every cue verb (lower case), generated from the data table once per process. */
export const CUE_FORMS = new Map<string, Cue>();
for (const v of cueTable.verbs) {
  for (const f of v.forms) {
    const cue: Cue = { lemma: v.lemma, clause: v.clause as Cue['clause'], object: !!(v as { object?: boolean }).object, participle: f.endsWith('ing') };
    const particle = (v as { particle?: string }).particle;
    if (particle) cue.particle = particle; // "hit back", "shot back": a cue only with the particle after it
    CUE_FORMS.set(f, cue);
  }
}
/** Verb forms that are also common nouns or adjectives; they count as cues only right after a subject or before a clause. */
export const AMBIGUOUS_CUES = new Set(['says', 'states', 'claims', 'notes', 'remarks', 'calls', 'reports', 'estimates', 'demands', 'counters',
  'answer', 'comment', 'report', 'post', 'state', 'note', 'claim', 'call', 'warning', 'posted', 'ask', 'continued', 'promise', 'address', 'jokes']);

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
export const PERSON_ROLES = lower(words.personRoles);
export const INSTITUTIONS = lower(words.institutions);
/** Title words that may stand before a name in a capitalized run ("Foreign Minister Sergey Lavrov"); matched without a final dot. */
export const TITLE_WORDS = new Set(words.titles.map((w) => w.replace(/\.$/, '')));
export const INDEFINITE = lower(words.anonymousDeterminers);
export const DEFINITE = lower(words.definiteDeterminers);
export const ANONYMITY_MARKERS: readonly string[] = words.anonymityMarkers;
export const PRONOUN_GENDER: Record<string, string> = words.pronouns;
export const GENDER_TITLES: Record<string, string> = words.genderTitles;
/** Nouns that stand for a business named before: "the company said", "the airline added". */
export const COMPANY_NOUNS = lower(words.companyNouns);
/** Nouns for a written text ("a draft", "the memo"): quoted words it holds, with no one saying them, are the text's, not a speaker's. */
export const DOCUMENT_NOUNS = lower(words.documentNouns);
/** Title words a role noun stands for: "the judge" is the person titled Justice. */
export const ROLE_TITLES: Record<string, string[]> = words.roleTitles;

/** Words that never sit inside a speaker phrase: verbs, conjunctions, clause words. Scanning stops at them. */
export const STOP_WORDS = new Set(('that which what and or but nor to is was were are be been being has have had will would could should ' +
  'may might must can did do does not no also as than if when while after before because since although though until so yet ' +
  'then there here who whom whose where how why it he she they we i you him them us me said says say told tell added ' +
  'about into onto over under against between through during without within upon across toward towards per via by with').split(' '));

/** Words skipped between a subject and its cue: auxiliaries, adverbs of time and manner ("last week said", "has also said"). */
export const BETWEEN_SUBJECT_AND_CUE = new Set(('has have had was is were are would will did does do also later earlier previously reportedly ' +
  'recently repeatedly publicly privately separately again then still further once already often had last this next on ' +
  'week month year weekend morning afternoon evening night today yesterday tonight monday tuesday wednesday thursday friday saturday sunday ' +
  'initially subsequently finally first flatly simply just never always long late early').split(' '));

/** Postmodifiers that follow a speaker's head noun ("people familiar with the talks", "officials who spoke ..."). */
export const POSTMODIFIER_STARTS = new Set(['familiar', 'involved', 'close', 'briefed', 'who', 'knowledgeable', 'speaking', 'with', 'aware', 'based', 'in', 'at', 'from', 'for', 'of', 'on',
  // participles that say whom a source works for ("a lawyer representing the families")
  'representing', 'working', 'acting', 'leading', 'overseeing', 'investigating', 'monitoring', 'handling', 'advising']);

/** Pronouns that can be a speaker subject. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Capitalized words that start sentences and are not names. */
export const CAPITALIZED_NON_NAMES = new Set(('The A An But And Or So Yet In On At By For From To With This That These Those His Her Its Their ' +
  'Our My When While After Before As If Since Because Although Though Meanwhile However Still Also Now Then Later Earlier Last Next ' +
  'Some Many Most All No Both Several Other Others Such What Who Which How Why Where There Here It He She They We I You Asked Speaking ' +
  'Instead Separately Privately Publicly Previously Earlier Overall Already Even Only Just Yesterday Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday').split(' '));

/** Auxiliaries and modals: a reported clause usually has one within its first words ("the U.S. will ..."). */
export const FINITE_MARKERS = new Set(('is are was were will would could should can may might must had has have did does do ' +
  "shall need needs wanted wants remains remained plans planned intends intended hopes hoped " +
  // common irregular past tenses, so a bare clause with one counts ("families drove longer distances")
  'went came took made gave drove paid sold bought fell rose grew won lost kept held met ran saw knew thought spent sent built brought ' +
  'began became left led fought stood understood broke chose flew froze hid rode shook spoke stole swore threw wore wrote').split(' '));

/**
 * Adjuncts between a cue verb and its clause or addressee: "said in a statement", "said Monday",
 * "told reporters at the Capitol", "said in an interview with CNN". Anchored at the start of a short
 * window; every repeat is bounded, so no backtracking blow-up.
 */
export const ADJUNCT = /^\s*(?:,\s*)?(?:(?:on |late on |early on |last |this |earlier this |later )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|morning|afternoon|evening|night)(?:'s)?|(?:yesterday|today|tonight|again|also|previously|repeatedly|publicly|privately|recently|separately|earlier|later|then|flatly|simply|firmly|bluntly|afterwards?|subsequently)|(?:in|during|at|on|via|through|after|before|from) (?:(?:a|an|the|his|her|its|their|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)(?: [\w'’-]+){0,4}? |court )?(?:statement|interview|briefing|conference|speech|post|posting|tweet|email|e-mail|message|letter|call|meeting|appearance|address|session|hearing|remarks|comments|release|video|broadcast|podcast|op-ed|column|news release|summit|visit|forum|rally|event|ceremony|debate|session|report|session|trip|claim|filing|filings|lawsuit|suit|complaint|petition|submission|testimony|affidavit|appeal|motion|papers|documents|spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|attorneys|interpreter|translator|aide|court|website|page|account|blog|channel|feed|platform)s?(?: (?:with|to|on|at|in|for|of|from) (?:the )?[\w.'’&-]+(?: [\w.'’&-]+){0,3}?(?=[\s,.;:]|$))?|(?:on|in) (?:X|Twitter|Facebook|Telegram|Instagram|television|TV|radio|camera|the sidelines of [\w'’ -]{1,40}?(?=[,.]))|(?:in|at|from|during) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?=,? that\b)|(?:at|outside|in|from|on) the (?:[A-Z][\w.'’-]*(?: (?:of )?[A-Z][\w.'’-]*){0,4}|floor|podium|scene|site|airport|border|embassy|summit|talks|meeting))(?=[\s,.;:]|$)/;

/** "that" opening a reported clause after the cue and adjuncts. */
export const THAT = /^\s*,?\s*that\b/;

/**
 * Where a reported clause stops: a trailing attribution or a new verb phrase of the subject; a second
 * cue with its own clause (", arguing that …", "and warned that …"), or a speech act of the same speaker (", calling it …",
 * "and accused X of …", "and urged X to …"); a new group of speakers (", and several warned …");
 * the writer's comment on the clause (", something he had not disclosed", ", a claim the firm denies"); the writer's
 * contrast with a named party (", while the Farmers Union welcomed …").
 */
export const CLAUSE_END = /,\s*(?:according to\b|citing\b|saying\b|adding\b|noting\b|he said\b|she said\b|they said\b|\p{Ll}{3,}ing that\b|(?:calling|describing|urging|accusing|blaming|branding|dismissing|critici[sz]ing|praising|welcoming|condemning|vowing|pledging|promising|insisting|arguing|claiming|warning|denying)\s|(?:while|whereas)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.&-]*\s+){1,5}(?:\p{Ll}+\s+){0,2}(?:\p{Ll}+ed|said|told|went|took|made|gave|spoke)\b|(?:something|a (?:move|claim|charge|figure|step|view|position|assertion|allegation|accusation))\s|(?:(?:and|but|while|though|although|even as)\s+(?:(?:also|then|later|several|some|others|many|most|one|another|a few|few|two|three)\s+)?(?:\p{Ll}+ed|declined|said|told|urged|added|warned|went|took|made|sent|gave|spoke)\b))|\s(?:and|but)\s+(?:also\s+)?\p{Ll}{3,}ed that\b|\s(?:and|but)\s+(?:also\s+)?(?:accused|urged|called on|criticised|criticized|condemned|denounced|dismissed|vowed|pledged|promised|warned)\s|\s+(?:—|–|--)\s|;\s|\s\((?:Reporting|Editing)\b/u;

/** Speech context for a partial quote when no cue verb is found: noun cues and fixed phrases. */
export const SPEECH_NOUNS = new Set(cueTable.nouns);

/** Outlet verbs: "Foreign Policy reported", "according to Reuters", "citing X". */
export const VIA_VERBS = new Set(['reported', 'reports', 'reporting', 'quoted', 'quoting', 'cited', 'citing']);

/** Any cue form as a whole word: a sentence without one has no reported speech and is skipped in one regex test. */
export const ANY_CUE = new RegExp(`\\b(?:according|${[...CUE_FORMS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

/**
 * `ANY_CUE.test(s)` without the regex: the pattern's alternatives are all ASCII word characters
 * bounded by `\b`, so a match is exactly a maximal run of [A-Za-z0-9_] whose ASCII lower case is
 * "according" or a cue form.
 */
export function hasAnyCue(s: string): boolean {
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (word) { if (start < 0) start = i; continue; }
    if (start < 0) continue;
    const len = i - start;
    if (len >= CUE_MIN && len <= CUE_MAX) {
      const w = s.slice(start, i).toLowerCase();
      if (w === 'according' || CUE_FORMS.has(w)) return true;
    }
    start = -1;
  }
  return false;
}
let CUE_MIN = 9, CUE_MAX = 9;
for (const f of CUE_FORMS.keys()) { CUE_MIN = Math.min(CUE_MIN, f.length); CUE_MAX = Math.max(CUE_MAX, f.length); }
