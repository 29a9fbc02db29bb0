import type { Span } from '../../../../model/index.ts';
import type { SpeakerPhrase } from './scan-speaker-phrase.ts';
import { bestName, type Resolved, type EntityIndex } from './entity-index.ts';
import { PRONOUN_GENDER } from '../patterns.ts';

/**
 * "he said" → the nearest earlier speaker or person of a compatible kind and gender: the entities
 * layer's own pronoun link when it names a person, else recent speakers, else recent person mentions.
 */
export function resolvePronoun(p: SpeakerPhrase, mention: Span, history: readonly Resolved[], ix: EntityIndex): Resolved {
  const g = PRONOUN_GENDER[lowerCase(mention.text)];
  const personal = g === 'm' || g === 'f';
  const genderOk = (x: string | undefined) => !x || !personal || x === g;
  const at = p.start;
  const own = ix.covering(p.start, p.end, (m) => m.kind === 'pronoun');
  if (own && (personal ? own.entity.type === 'PERSON' : own.entity.type !== 'PERSON') && genderOk(ix.genderOf(own.entity.id))) {
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

/** `s.toLowerCase()`, without the call when s is already lower-case ASCII (the usual "he", "they"). */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return s.toLowerCase();
  }
  return s;
}
