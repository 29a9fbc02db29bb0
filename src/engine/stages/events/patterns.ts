// Event trigger patterns, compiled once at module load from data/plover-patterns.json. A pattern
// is a sequence of word slots; each slot is the set of forms it accepts, or a gap of up to
// GAP_MAX words. Verbs are inflected on their first word, nouns on their last.
import table from '../../data/plover-patterns.json' with { type: 'json' };

export type Category = keyof typeof table.categories;
export type Polarity = 'coop' | 'verbal' | 'conflict';
export type Flag = 'future' | 'subjtarget' | 'recip' | 'gov-intent' | 'gov-threat' | 'gov-reject' | 'gov-request'
  | 'gov-accuse' | 'gov-deny' | 'gov-prepare' | 'nounish' | 'contest' | 'needprep'
  | 'question' | 'objactor' | 'topic' | 'consequence' | 'intransitive' | 'needcomp';

export interface Pattern {
  plover: Category; cameo: string; pos: 'v' | 'n'; phrase: string;
  /** the phrase's first word as written in the table (a verb's base form) */
  lemma: string;
  /** Word slots after the first; null = a gap. */
  rest: Array<Set<string> | null>;
  /** The same slots as lexicon key indices (word-class.ts fills them in once the lexicon is built). */
  restIds: Array<Int32Array | null>;
  preps: string[]; flags: Set<Flag>;
  /** the same flags as bits (FLAG), for the rules' per-trigger tests */
  flagBits: number;
  /** the first complement-taking flag it has, in GOVERNORS order, or undefined */
  governor: Flag | undefined;
  /** For a 'nounish' verb: its forms that are also the noun's ("station", "stations"); else null. */
  bare: Set<string> | null;
}

export const GAP_MAX = 3;

const FLAGS: readonly Flag[] = ['future', 'subjtarget', 'recip', 'gov-intent', 'gov-threat', 'gov-reject', 'gov-request', 'gov-accuse',
  'gov-deny', 'gov-prepare', 'nounish', 'contest', 'needprep', 'question', 'objactor', 'topic', 'consequence', 'intransitive', 'needcomp'];
/** Each flag's bit in Pattern.flagBits. */
export const FLAG = Object.fromEntries(FLAGS.map((f, n) => [f, 1 << n])) as Record<Flag, number>;
/** Complement-taking flags, in the order that decides a pattern's governor when it has several. */
export const GOVERNORS: readonly Flag[] = ['gov-threat', 'gov-intent', 'gov-prepare', 'gov-reject', 'gov-request', 'gov-accuse', 'gov-deny'];
export const CATEGORIES = table.categories as Record<Category, { cameo: string; kind: Polarity }>;
export const INTENT_CAMEO = table.intentCameo as Partial<Record<Category, string>>;
export const THREAT_CAMEO = table.threatCameo as Partial<Record<Category, string>>;
export const REJECT_CAMEO = table.rejectCameo as Partial<Record<Category, string>>;

const IRREGULAR = table.irregular as Record<string, string[]>;
const VOWEL = /[aeiou]/;

/** Every inflected form of a regular English verb, plus the table's irregular ones. */
export function verbForms(lemma: string): string[] {
  const out = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const last = lemma.at(-1)!, prev = lemma.at(-2) ?? '';
  out.add(/(?:s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : last === 'y' && !VOWEL.test(prev) ? lemma.slice(0, -1) + 'ies' : lemma + 's');
  if (last === 'e') { out.add(lemma + 'd'); out.add(lemma.endsWith('ee') ? lemma + 'ing' : lemma.slice(0, -1) + 'ing'); }
  else if (last === 'y' && !VOWEL.test(prev)) { out.add(lemma.slice(0, -1) + 'ied'); out.add(lemma + 'ing'); }
  else {
    out.add(lemma + 'ed'); out.add(lemma + 'ing');
    // Consonant doubling ("ban" → "banned") is generated for any consonant-vowel-consonant ending;
    // a spurious form ("visitted") never occurs in text, so it costs nothing.
    if (/[^aeiou][aeiou][^aeiouwxy]$/.test(lemma)) { out.add(lemma + last + 'ed'); out.add(lemma + last + 'ing'); }
  }
  return [...out];
}

/** Singular and plural of a noun. */
export function nounForms(noun: string): string[] {
  if (noun.endsWith('s')) return [noun];
  const plural = /(?:sh|ch|x|z)$/.test(noun) ? noun + 'es' : /[^aeiou]y$/.test(noun) ? noun.slice(0, -1) + 'ies' : noun + 's';
  return [noun, plural];
}

function compile(entry: string, plover: Category, pos: 'v' | 'n'): { first: string[]; pattern: Pattern } {
  const [phrase, cameo, preps = '-', flags = ''] = entry.split('|');
  const words = phrase.split(' ');
  const slots = words.map((w, i): Set<string> | null => {
    if (w === '*') return null;
    if (pos === 'v' && i === 0) return new Set(verbForms(w));
    if (pos === 'n' && i === words.length - 1) return new Set(nounForms(w));
    return new Set([w]);
  });
  const pattern: Pattern = {
    plover, cameo, pos, phrase, lemma: words[0], rest: slots.slice(1), restIds: [],
    preps: preps === '-' ? [] : preps.split(','),
    flags: new Set(flags ? (flags.split(',') as Flag[]) : []),
    flagBits: 0, governor: undefined,
    bare: null,
  };
  for (const f of pattern.flags) {
    if (!(f in FLAG)) throw new Error(`event patterns: unknown flag '${f}'`);
    pattern.flagBits |= FLAG[f];
  }
  pattern.governor = GOVERNORS.find((g) => pattern.flags.has(g));
  if (pos === 'v' && pattern.flags.has('nounish')) pattern.bare = new Set(nounForms(words[0]));
  return { first: [...slots[0]!], pattern };
}

function buildIndex(section: Record<string, string[]>, pos: 'v' | 'n'): Map<string, Pattern[]> {
  const index = new Map<string, Pattern[]>();
  for (const [plover, entries] of Object.entries(section)) {
    for (const entry of entries) {
      const { first, pattern } = compile(entry, plover as Category, pos);
      for (const f of first) {
        const list = index.get(f) ?? [];
        list.push(pattern);
        index.set(f, list);
      }
    }
  }
  return index;
}

/** Verb patterns by the lower-cased form of their first word. */
export const VERB_INDEX = buildIndex(table.verbs, 'v');
/** Noun patterns by the lower-cased form of their first word. */
export const NOUN_INDEX = buildIndex(table.nouns, 'n');

/** Phrases whose first word is not an event word here ("press secretary"), by that first word. */
export const NOT_TRIGGERS = new Map<string, string[][]>();
for (const phrase of table.notTriggers) {
  const words = phrase.split(' ');
  NOT_TRIGGERS.set(words[0], [...(NOT_TRIGGERS.get(words[0]) ?? []), words.slice(1)]);
}

const cueSet = (k: keyof typeof table.cues) => new Set(table.cues[k]);
/** Closed word classes the clause readers consult (all lower case). */
export const CUES = {
  negators: cueSet('negators'), future: cueSet('future'), would: cueSet('conditionalModal'),
  hypothetical: cueSet('hypotheticalModals'), obligation: cueSet('obligation'), say: cueSet('say'),
  willing: cueSet('willing'), irrealis: cueSet('irrealis'), conditionals: cueSet('conditionals'),
  subordinators: cueSet('subordinators'), passiveAux: cueSet('passiveAux'), byGap: cueSet('byGap'),
  lightVerbs: cueSet('lightVerbs'), verbLead: cueSet('verbLead'), sports: cueSet('sports'),
  questions: cueSet('questions'), labour: cueSet('labour'),
};
