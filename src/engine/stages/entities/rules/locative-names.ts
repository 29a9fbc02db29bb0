import type { Candidate } from '../candidate.ts';
import { ORG_HEADS, FAC_HEADS, FIRST_NAMES } from '../lexicon.ts';

/** Words right before a name that make it a place: "in El Alto", "from Cape Girardeau", "near Abu Salim". */
const PLACE_BEFORE = /(?:^|[\s(])(?:in|from|near|outside|across|throughout)\s$/;
/** "the governor of Santa Cruz", "the mayor of West Plains": an office of a place. */
const OFFICE_OF = /\b(?:governor|governorate|mayor|province|prefecture|state|city|town|district|region|department|municipality|county)\s+of\s$/i;
/** First words of place names that are also given names or particles ("Santa Cruz", "El Alto", "San José"). */
const PLACE_PREFIXES = new Set(['El', 'La', 'Las', 'Los', 'San', 'Santa', 'Santo', 'São', 'Saint', 'St', 'Sainte', 'Port', 'Fort', 'Mount', 'Lake', 'Ras', 'Abu', 'Al', 'Ciudad', 'Puerto', 'Villa', 'Nueva', 'Nuevo', 'Cape']);

/** Lower-case facility words after a name make it the facility's ("near Mitiga airport"). */
const FACILITY_AFTER = /^\s+(?:airport|port|base|camp|bridge|hospital|prison|plant|refinery|road|highway|crossing|terminal|station|stadium|square|market)\b/;

/**
 * A name no table knows, read as a person or an organisation for want of anything better, that stands where
 * places stand ("a state of emergency in El Alto", "the governor of Santa Cruz", "a schoolteacher in Abu Salim")
 * is a place (GPE). Not a name with a first name, a title or an organisation or facility head word, nor one
 * owning something ("in Smith's view") or naming a facility ("near Mitiga airport"). `from`: the sentence's first candidate.
 */
export function readLocativeNames(text: string, cands: Candidate[], from: number): void {
  for (let k = from; k < cands.length; k++) {
    const c = cands[k];
    if (c.key !== null || c.kind !== 'name' || c.titles.length || (c.type !== 'PERSON' && c.type !== 'ORG')) continue;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    if (!PLACE_BEFORE.test(before) && !OFFICE_OF.test(before)) continue;
    const after = text.slice(c.end, c.end + 20);
    if (/^['’]s\b/.test(after) || FACILITY_AFTER.test(after)) continue;
    // An acronym ("in AKP", "from NATO") names a body, never a place by its position.
    if (/^[\p{Lu}\d&.-]+$/u.test(c.text)) continue;
    const words = c.text.split(/\s+/);
    if ((FIRST_NAMES.has(words[0]) && !(words.length > 1 && PLACE_PREFIXES.has(words[0]))) || words.some((w) => ORG_HEADS.has(w) || FAC_HEADS.has(w))) continue;
    c.type = 'GPE';
    c.words = undefined;
    c.gender = undefined;
    c.confidence = Math.min(c.confidence, 0.6);
  }
}
