// Named token patterns. Each runs on one token's text (a few dozen characters at most), so none
// can backtrack over the article.

/** A name word: starts with an upper-case letter ("Assad", "O'Neill", "Al-Maeena", "ISIS"). */
export const CAPITALIZED = /^\p{Lu}/u;

/** A word written in capitals, two to six letters: an acronym ("ISIS", "DAB"), not "I" or "A". */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;

/** An initial: one capital, as its own token before a "." token ("L." in "L. Ron Hubbard"). */
export const INITIAL_LETTER = /^\p{Lu}$/u;

/** Dotted initials the tokenizer keeps whole: "J.R.", "U.S.", "D.C". */
export const DOTTED = /^\p{L}(?:\.\p{L})+\.?$/u;

/** A lower-case Arabic article or patronymic joined to a capitalized word: "al-Amr", "bin-Salman". */
export const JOINED_PARTICLE = /^(?:al|el|ad|as|ash|at|ar|bin|ibn|abu|ben)-\p{Lu}/u;

/** The possessive or contracted clitic the tokenizer splits off: "'s", "’s". */
export const POSSESSIVE = /^['’]s$/i;

/** Name suffixes kept in a person's name. */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

/** Opening punctuation after which a capital starts a new sentence-like clause: " “ ‘ ' ( [ : — – - (as codes, for the token loop). */
export const CLAUSE_OPENER_CODES = new Set([...'"“‘\'([:—–-'].map((c) => c.charCodeAt(0)));

/** Lookup key of a token's text: dotted abbreviations lose their final period ("U.S." ≡ "U.S"). */
export function tokenKey(word: string): string {
  return word.length > 2 && word.endsWith('.') && DOTTED.test(word) ? word.slice(0, -1) : word;
}
