import { CUE_FORMS, type Cue } from './patterns.ts';

/**
 * The cue forms (every one a-z only) packed for lookup by the char codes of a token, with no string
 * cut: an open-addressing table of a few KB, so the pass over every word of an article stays in cache.
 */
const LIST: Cue[] = [];
/** Chars of form k: CHARS[OFF[k] … OFF[k + 1]). */
const OFF = new Uint16Array(CUE_FORMS.size + 1);
const CHARS = new Uint8Array([...CUE_FORMS.keys()].reduce((n, f) => n + f.length, 0));
let cap = 16;
while (cap < 4 * CUE_FORMS.size) cap *= 2;
const MASK = cap - 1;
/** Slot → index of a form in LIST (-1: empty). */
const SLOTS = new Int16Array(cap).fill(-1);
{
  let o = 0;
  for (const [f, cue] of CUE_FORMS) {
    if (!/^[a-z]+$/.test(f)) throw new Error(`cue form "${f}" is not a-z only`);
    const k = LIST.length;
    LIST.push(cue);
    OFF[k] = o;
    let h = 5381;
    for (let i = 0; i < f.length; i++) { CHARS[o++] = f.charCodeAt(i); h = (Math.imul(h, 33) + f.charCodeAt(i)) | 0; }
    OFF[k + 1] = o;
    let j = h & MASK;
    while (SLOTS[j] >= 0) j = (j + 1) & MASK;
    SLOTS[j] = k;
  }
}

/** The cue whose form is exactly text[s, e) (`CUE_FORMS.get(text.slice(s, e))`), or null. */
export function cueFormAt(text: string, s: number, e: number): Cue | null {
  let h = 5381;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return null;
    h = (Math.imul(h, 33) + c) | 0;
  }
  const len = e - s;
  for (let j = h & MASK; ; j = (j + 1) & MASK) {
    const k = SLOTS[j];
    if (k < 0) return null;
    const o = OFF[k];
    if (OFF[k + 1] - o !== len) continue;
    let i = 0;
    while (i < len && CHARS[o + i] === text.charCodeAt(s + i)) i++;
    if (i === len) return LIST[k];
  }
}
