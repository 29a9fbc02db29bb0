import type { Entity, Span } from '../../../../model/index.ts';
import type { SpeakerPhrase } from './scan-speaker-phrase.ts';
import { bestName, type Resolved, type EntityIndex } from './entity-index.ts';
import { PRONOUN_GENDER } from '../patterns.ts';

/**
 * "he said" → the nearest earlier speaker or person of a compatible kind and gender: the entities
 * layer's own pronoun link when it names a person, else recent speakers, else recent person mentions.
 */
export function resolvePronoun(text: string, p: SpeakerPhrase, mention: Span, history: readonly Resolved[], ix: EntityIndex): Resolved {
  const g = PRONOUN_GENDER[lowerCase(mention.text)];
  const personal = g === 'm' || g === 'f';
  const genderOk = (x: string | undefined) => !x || !personal || x === g;
  const at = p.start;
  const own = ix.covering(p.start, p.end, (m) => m.kind === 'pronoun');
  const barred = personal ? barredPerson(text, at, ix) : null;
  if (own && own.entity !== barred && (personal ? own.entity.type === 'PERSON' : own.entity.type !== 'PERSON') && genderOk(ix.genderOf(own.entity.id))) {
    return { entity: own.entity.id, mention, name: bestName(own.entity), anonymous: false, kind: personal ? 'person' : 'org', phraseText: mention.text, at };
  }
  const fits = (r: Resolved) => g === 'p' ? r.kind === 'group' || r.kind === 'org' || r.anonymous
    : g === 'n' ? r.kind === 'org' : (r.kind === 'person' || r.kind === 'unknown') && genderOk(r.gender);
  let spoke: Resolved | undefined;
  for (let i = history.length - 1; i >= 0 && i >= history.length - 6; i--) {
    if (fits(history[i]) && at - history[i].at < 3000) { spoke = history[i]; break; }
  }
  let named;
  if (personal) {
    // mentions starting after `at` end after it: start below the first of them
    const ms = ix.mentions;
    let lo = 0, hi = ms.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].start <= at) lo = mid + 1; else hi = mid; }
    for (let i = lo - 1; i >= 0; i--) {
      const m = ms[i];
      if (m.end > at || m.entity.type !== 'PERSON' || m.kind === 'pronoun' || !genderOk(ix.genderOf(m.entity.id))) continue;
      if (m.entity === barred) continue;
      if (at - m.end < 1500) named = m;
      break;
    }
  }
  if (named && (!spoke || named.start > spoke.at)) {
    return { entity: named.entity.id, mention, name: bestName(named.entity), anonymous: false, kind: 'person', gender: ix.genderOf(named.entity.id), phraseText: mention.text, at };
  }
  if (spoke) return { ...spoke, mention, phraseText: mention.text, at };
  return { entity: null, mention, name: null, anonymous: false, kind: 'unknown', phraseText: mention.text, at };
}

/**
 * The person the relative clause holding the pronoun is about, as its object: "…the party, whose leader,
 * Tom Brandt, he has called …" or "…Tom Brandt, whom he called …". The pronoun is that verb's subject, so it
 * cannot be them. Looks only at a person name (the longest) in the 60 characters before the pronoun.
 */
function barredPerson(text: string, at: number, ix: EntityIndex): Entity | null {
  const m = ix.covering(Math.max(0, at - 60), at, (x) => x.entity.type === 'PERSON' && x.kind !== 'pronoun' && x.end <= at);
  if (!m) return null;
  const between = text.slice(m.end, at);
  if (/[.;:!?"“”]/.test(between)) return null;
  return WHOM_AFTER.test(between) || RELATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ? m.entity : null;
}
/** "whose" or "whom" and at most four words (no sentence end) right before a name. */
const RELATIVE_BEFORE = /\b(?:whose|whom)\b(?:[^.;:!?"“”\s]*\s+){0,4}$/;
/** ", whom" right after the name. */
const WHOM_AFTER = /^,?\s+whom\b/;

/** `s.toLowerCase()`, without the call when s is already lower-case ASCII (the usual "he", "they"). */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return s.toLowerCase();
  }
  return s;
}
