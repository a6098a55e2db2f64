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

// Type-ahead is shared with the graph's keyboard (model/typeAhead.ts).
export { foldName, typeAhead, typeAheadWord, TYPE_AHEAD_PAUSE } from '../model/typeAhead.ts';
