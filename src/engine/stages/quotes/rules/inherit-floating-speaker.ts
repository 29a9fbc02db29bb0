import type { Found } from '../found.ts';
import type { Marked } from './pair-quote-marks.ts';

const hasSpeaker = (f: Found) => !!(f.phrase || f.from);

/**
 * Quotes with no attribution of their own take a neighbour's speaker: the other paragraphs of a
 * quote that runs over several paragraphs first, then the attributed statement just before in the
 * same or previous paragraph, then the one just after. `found` is sorted by position.
 */
export function inheritFloatingSpeakers(found: Found[], marked: Marked[], personIn: (para: number, before?: number) => Found | null): void {
  const byStart = new Map(marked.map((q) => [q.start, q]));
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!f.floating || hasSpeaker(f)) continue;
    const q = byStart.get(f.start);
    if (q && (q.continued || q.continues)) {
      const chainNext = (k: number) => found[k] && byStart.get(found[k].start)?.continued && found[k].para <= found[k - 1].para + 1;
      let k = i;
      while (k + 1 < found.length && chainNext(k + 1) && !hasSpeaker(found[k + 1])) k++;
      const later = k + 1 < found.length && chainNext(k + 1) ? found[k + 1] : undefined;
      const earlier = q.continued ? found.slice(0, i).reverse().find(hasSpeaker) : undefined;
      const src = earlier && earlier.para >= f.para - 1 ? earlier : later;
      if (src) { f.from = src; f.method = 'quotes/continued-paragraph'; f.confidence = 0.8; continue; }
    }
    const prev = found.slice(Math.max(0, i - 6), i).reverse().find((g) => hasSpeaker(g));
    // A quote paragraph after a paragraph that introduces someone and quotes no one: that person speaks.
    const introduced = f.kind === 'direct' && (!prev || prev.para < f.para - 1) && !found.some((g) => g.para === f.para - 1) ? personIn(f.para - 1) : null;
    if (introduced) { f.from = introduced; f.method = 'quotes/floating-takes-introduced-person'; f.confidence = 0.55; continue; }
    // 'Asked about it, Ruiz smiled. "…"': a lead-in sentence in the quote's own paragraph names the speaker, over an earlier paragraph's speaker.
    const leadIn = f.kind === 'direct' && !q?.continued && prev && prev.para < f.para && !found.some((g) => g.para === f.para && g.start < f.start) ? personIn(f.para, f.start - 1) : null;
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
    const next = found.slice(i + 1, i + 4).find(hasSpeaker);
    if (next && next.para <= f.para + 1) { f.from = next; f.method = 'quotes/floating-takes-next-speaker'; f.confidence = 0.5; }
  }
}
