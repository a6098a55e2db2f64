/**
 * Keyboard movement between the places drawn on the map: arrow keys go to the nearest place in
 * that direction, letters jump to the next name starting with what was typed (type-ahead, with
 * the rule in typeAheadWord). Pure.
 */

export interface Spot {
  key: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function directionOf(key: string): Direction | undefined {
  return ARROWS[key];
}

/** Reading order of the list: west to east, then north to south. */
export function readingOrder<T extends Spot>(spots: readonly T[]): T[] {
  return [...spots].sort((a, b) => a.x - b.x || a.y - b.y || (a.key < b.key ? -1 : 1));
}

/**
 * The nearest spot in a direction: ahead along the axis, with sideways distance counting
 * double, so "right" prefers what is level with the current spot over what is far below it.
 */
export function nearestInDirection<T extends Spot>(
  spots: readonly T[],
  from: Spot,
  direction: Direction,
): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const s of spots) {
    if (s.key === from.key) continue;
    const dx = s.x - from.x;
    const dy = s.y - from.y;
    const ahead =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0 || aside > ahead * 3) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

/** The spot nearest a position (to keep focus in place when the items are laid out again). */
export function nearestTo<T extends Spot>(
  spots: readonly T[],
  x: number,
  y: number,
): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  for (const s of spots) {
    const d = (s.x - x) ** 2 + (s.y - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  return best;
}

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
 * - A space only ever adds to a word (on its own it selects); other keys that are not letters
 *   or digits are not type-ahead.
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
  if (!letter && !(key === ' ' && typed !== '')) return null;
  if (typed === '') return key;
  const longer = typed + key;
  if (!paused) return longer;
  const wanted = foldName(longer);
  const fits = names.some((group) => group.some((n) => foldName(n).startsWith(wanted)));
  if (fits) return longer;
  return letter ? key : null;
}
