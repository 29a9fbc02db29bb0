import { wordCount } from './words.ts';

/** Lowercase particles inside names ("Ludwig van Beethoven", "Charles de Gaulle"). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al']);

/** One word of a byline name: capitalized or ALL CAPS, initials, hyphens, apostrophes, particles. */
const NAME_WORD = /^(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:de|del|della|der|den|di|da|dos|du|la|le|van|von|bin|ibn|al|al-\p{L}+))$/u;

/** Whether a phrase looks like a person's name as bylines write it (2-5 name words, no digits). */
export function looksLikePersonName(phrase: string): boolean {
  const t = phrase.trim();
  const count = wordCount(t, 5);
  if (count < 2 || count > 5) return false;
  const words = t.split(/\s+/);
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  return /\p{Lu}/u.test(words[0][0]) && /\p{Lu}/u.test(words[words.length - 1][0]);
}

/** Proper-case a name written in capitals: "REBECCA SAVRANSKY" → "Rebecca Savransky", "O'NEILL" → "O'Neill". */
export function properCaseName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name.trim().replace(/\s+/g, ' ');
  return name.trim().split(/\s+/).map((word, i) => {
    const lower = word.toLowerCase();
    if (i > 0 && PARTICLES.has(lower)) return lower;
    if (/^(?:\p{Lu}\.)+$/u.test(word)) return word;
    return lower.replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
      .replace(/^(Ma?c)(\p{Ll})(?=\p{Ll}{2})/u, (_, pre: string, c: string) => (pre === 'Mc' ? pre + c.toUpperCase() : pre + c));
  }).join(' ');
}
