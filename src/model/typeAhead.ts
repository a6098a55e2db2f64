/**
 * Type-ahead for lists of places and nodes (the map's places, the graph's nodes): the word a
 * person is typing, and the next name that starts with it, ignoring case and accents. Pure.
 */

/**
 * Index of the next spot (after `start`, wrapping) with a name that starts with `prefix`,
 * ignoring case and accents; -1 when none does. A cluster has the names of all its members.
 */
export function typeAhead(
  names: readonly (readonly string[])[],
  start: number,
  prefix: string,
): number {
  const wanted = foldName(prefix);
  if (!wanted) return -1;
  for (let step = 1; step <= names.length; step++) {
    const i = (start + step) % names.length;
    if ((names[i] ?? []).some((n) => foldName(n).startsWith(wanted))) return i;
  }
  return -1;
}

/** Keys typed closer together than this always belong to one word (ms, by event time). */
export const TYPE_AHEAD_PAUSE = 800;

/** Folds a name for type-ahead: no case, no accents. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The word type-ahead looks for after `key`, given the word typed so far (`typed`, '' when no
 * run is going on) and whether the key came after a pause (TYPE_AHEAD_PAUSE or more since the
 * previous one). The rule, so that typing a name works however slowly its keys arrive:
 *
 * - Enter, Escape, arrows, Home and End end a run: the caller sets `typed` back to ''. So does
 *   leaving the list.
 * - Without a pause, a key adds to the word.
 * - After a pause, a key still adds to the word when the word with it starts some name in
 *   `names`; otherwise it starts a new word. (Typing the same letter again after a pause thus
 *   goes to the next name with that letter, as in any list.)
 * - A space only ever adds to a word going on (on its own it selects); a punctuation mark
 *   adds to it when the word with it still starts a name (the hyphen of "GLAM-Wiki"), and is
 *   otherwise the key it is (- zooms out); other keys are not type-ahead.
 *
 * Returns the new word, or null when the key is not type-ahead.
 */
export function typeAheadWord(
  typed: string,
  key: string,
  paused: boolean,
  names: readonly (readonly string[])[],
): string | null {
  const letter = key.length === 1 && /\p{L}|\p{N}/u.test(key);
  const fits = (word: string) => {
    const wanted = foldName(word);
    return names.some((group) => group.some((n) => foldName(n).startsWith(wanted)));
  };
  if (!letter) {
    if (typed === '') return null;
    if (key === ' ') return !paused || fits(typed + key) ? typed + key : null;
    // Punctuation inside a name ("GLAM-Wiki"); otherwise the key keeps its meaning (+ zooms).
    const mark = [...key].length === 1 && /[\p{P}\p{S}]/u.test(key);
    return mark && fits(typed + key) ? typed + key : null;
  }
  if (typed === '') return key;
  const longer = typed + key;
  if (!paused) return longer;
  if (fits(longer)) return longer;
  return letter ? key : null;
}
