/**
 * A small word table asked about a stretch of the text in place: no slice, no new string to hash.
 * The hot loops of the stage ask it of most tokens ("is this a particle, a pronoun?"), where
 * slicing each token first cost more than the answer. Buckets are keyed by length and first
 * character code; `foldCase` compares ASCII letters without regard to case ("He" ≡ "he").
 */
export class SpanWords<V = true> {
  private readonly buckets = new Map<number, Array<[string, V]>>();
  private readonly foldCase: boolean;
  constructor(entries: Iterable<readonly [string, V]>, foldCase = false) {
    this.foldCase = foldCase;
    for (const [word, value] of entries) {
      const w = foldCase ? word.toLowerCase() : word;
      const k = bucketKey(w.length, w.charCodeAt(0), foldCase);
      const list = this.buckets.get(k) ?? [];
      list.push([w, value]);
      this.buckets.set(k, list);
    }
  }
  /** The value of the word text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const list = this.buckets.get(bucketKey(end - start, text.charCodeAt(start), this.foldCase));
    if (!list) return undefined;
    for (let k = 0; k < list.length; k++) if (this.same(list[k][0], text, start)) return list[k][1];
    return undefined;
  }
  has(text: string, start: number, end: number): boolean { return this.get(text, start, end) !== undefined; }
  private same(w: string, text: string, start: number): boolean {
    if (!this.foldCase) return text.startsWith(w, start);
    for (let k = 0; k < w.length; k++) {
      let c = text.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c |= 32;
      if (c !== w.charCodeAt(k)) return false;
    }
    return true;
  }
}
const bucketKey = (len: number, c0: number, fold: boolean) => len * 65536 + (fold && c0 >= 65 && c0 <= 90 ? c0 | 32 : c0);
/** A SpanWords set from a list of words. */
export const spanSet = (words: Iterable<string>): SpanWords => new SpanWords([...words].map((w) => [w, true] as const));
