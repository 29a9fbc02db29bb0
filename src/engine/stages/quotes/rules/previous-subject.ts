// "Harbourline cut 300 jobs on Monday. A spokesperson said …": the body an unnamed spokesperson speaks for is the
// organisation that is the subject of the sentence before.
import type { Entity } from '../../../../model/index.ts';
import type { EntityIndex } from './entity-index.ts';

/** How far back the two sentence starts are looked for (characters). */
const REACH = 800;

/** Start of the sentence holding `pos`: just after the last ". ", "? ", "! " or line break before it (within `floor`). */
function sentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    // a full stop, question or exclamation mark before white space, or one closed by a quote mark ('…."')
    if ((c === 32 || c === 9) && (isStop(text.charCodeAt(i - 1)) || (isCloser(text.charCodeAt(i - 1)) && isStop(text.charCodeAt(i - 2))))) return i + 1;
  }
  return floor;
}
const isStop = (c: number) => c === 46 || c === 63 || c === 33;
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41;

/** The organisation named as the subject of the sentence before the one holding `pos` (its first words), or null. */
export function previousSubjectOrg(text: string, pos: number, ix: EntityIndex): Entity | null {
  const floor = Math.max(0, pos - REACH);
  const here = sentenceStart(text, pos, floor);
  if (here <= floor) return null;
  let prev = here - 1;
  while (prev > floor && /\s/.test(text[prev - 1])) prev--;
  const start = sentenceStart(text, prev - 1, floor);
  const m = ix.covering(start, start + 5, (x) => x.start >= start && x.start < here);
  if (!m || m.entity.type !== 'ORG') return null;
  // the subject opens the sentence: nothing or an article before it
  return /^(?:(?:The|the)\s+)?$/.test(text.slice(start, m.start)) ? m.entity : null;
}
