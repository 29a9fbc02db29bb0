import type { Found } from '../found.ts';
import type { Marked } from './pair-quote-marks.ts';

const hasSpeaker = (f: Found) => !!(f.phrase || f.from);

/** The last statement with a speaker in found[from, to), read backwards, or undefined. */
function lastWithSpeaker(found: Found[], from: number, to: number): Found | undefined {
  for (let k = to - 1; k >= from; k--) if (hasSpeaker(found[k])) return found[k];
  return undefined;
}
/** The first statement with a speaker in found[from, min(to, length)), or undefined. */
function firstWithSpeaker(found: Found[], from: number, to: number): Found | undefined {
  for (let k = from; k < to && k < found.length; k++) if (hasSpeaker(found[k])) return found[k];
  return undefined;
}
/** Whether some statement is in paragraph `para` (and, with `before`, starts before that offset). */
function anyInPara(found: Found[], para: number, before = Infinity): boolean {
  for (let k = 0; k < found.length; k++) if (found[k].para === para && found[k].start < before) return true;
  return false;
}

/**
 * Quotes with no attribution of their own take a neighbour's speaker: the other paragraphs of a
 * quote that runs over several paragraphs first, then the attributed statement just before in the
 * same or previous paragraph, then the one just after. `found` is sorted by position.
 */
export function inheritFloatingSpeakers(found: Found[], marked: Marked[], personIn: (para: number, before?: number) => Found | null): void {
  // the marked passage by start offset (the last of equal starts), built only when a floating statement needs it
  let byStart: Map<number, Marked> | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!f.floating || hasSpeaker(f)) continue;
    if (byStart === null) { byStart = new Map(); for (const m of marked) byStart.set(m.start, m); }
    const starts = byStart;
    const q = starts.get(f.start);
    if (q && (q.continued || q.continues)) {
      const chainNext = (k: number) => found[k] && starts.get(found[k].start)?.continued && found[k].para <= found[k - 1].para + 1;
      let k = i;
      while (k + 1 < found.length && chainNext(k + 1) && !hasSpeaker(found[k + 1])) k++;
      const later = k + 1 < found.length && chainNext(k + 1) ? found[k + 1] : undefined;
      const earlier = q.continued ? lastWithSpeaker(found, 0, i) : undefined;
      const src = earlier && earlier.para >= f.para - 1 ? earlier : later;
      if (src) { f.from = src; f.method = 'quotes/continued-paragraph'; f.confidence = 0.8; continue; }
    }
    const prev = lastWithSpeaker(found, Math.max(0, i - 6), i);
    // A quote paragraph after a paragraph that introduces someone and quotes no one: that person speaks.
    const introduced = f.kind === 'direct' && (!prev || prev.para < f.para - 1) && !anyInPara(found, f.para - 1) ? personIn(f.para - 1) : null;
    if (introduced) { f.from = introduced; f.method = 'quotes/floating-takes-introduced-person'; f.confidence = 0.55; continue; }
    // 'Asked about it, Ruiz smiled. "…"': a lead-in sentence in the quote's own paragraph names the speaker, over an earlier paragraph's speaker.
    const leadIn = f.kind === 'direct' && !q?.continued && prev && prev.para < f.para && !anyInPara(found, f.para, f.start) ? personIn(f.para, f.start - 1) : null;
    if (leadIn) { f.from = leadIn; f.method = 'quotes/floating-takes-lead-in-person'; f.confidence = 0.55; continue; }
    // 'Ana Ruiz, who brought the case, hailed the ruling as "…"': a fragment with no cue is the words of the person its sentence names first
    const subject = f.kind === 'partial' ? personIn(f.para, f.start) : null;
    if (subject) { f.from = subject; f.method = 'quotes/partial-takes-sentence-person'; f.confidence = 0.45; continue; }
    if (prev && prev.para >= f.para - 1) {
      f.from = prev; f.method = f.kind === 'partial' ? 'quotes/partial-takes-previous-speaker' : 'quotes/floating-takes-previous-speaker';
      f.confidence = f.kind === 'partial' ? 0.35 : prev.para === f.para ? 0.75 : 0.6;
      continue;
    }
    if (f.kind !== 'direct') continue;
    const next = firstWithSpeaker(found, i + 1, i + 4);
    if (next && next.para <= f.para + 1) { f.from = next; f.method = 'quotes/floating-takes-next-speaker'; f.confidence = 0.5; }
  }
}
