import { GAP_MAX, type Pattern } from './patterns.ts';

/** Is key index `id` one of `slot`'s? */
function inSlot(slot: Int32Array, id: number): boolean {
  for (let k = 0; k < slot.length; k++) if (slot[k] === id) return true;
  return false;
}

/**
 * The token after the end of pattern p's later word slots matched from its first word at token i, or -1.
 * `id(k)` is token k's key index, `mark(k)` whether token k is punctuation, `n` where the tokens end.
 * A gap slot skips up to GAP_MAX words (never punctuation) before the next slot's word.
 */
export function matchSlots(p: Pattern, i: number, n: number, id: (k: number) => number, mark: (k: number) => boolean): number {
  const rest = p.restIds;
  let k = i + 1;
  for (let s = 0; s < rest.length; s++) {
    const slot = rest[s];
    if (slot === null) {
      const nextSlot = rest[s + 1]!;
      let g = 0;
      while (g <= GAP_MAX && k + g < n && !inSlot(nextSlot, id(k + g)) && !mark(k + g)) g++;
      if (g > GAP_MAX || k + g >= n || !inSlot(nextSlot, id(k + g))) return -1;
      k += g;
      continue;
    }
    if (k >= n || !inSlot(slot, id(k))) return -1;
    k++;
  }
  return k;
}
