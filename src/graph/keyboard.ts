/**
 * The graph's keys, as intentions: arrows walk from node to neighbour (to the one that lies
 * most nearly in the arrow's direction on screen), Shift with an arrow pans, Enter or Space
 * selects, Escape clears, + and - zoom, 0 shows everything. Pure; screen coordinates (y grows
 * downwards).
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

const ANGLE: Record<Direction, number> = {
  right: 0,
  down: Math.PI / 2,
  left: Math.PI,
  up: -Math.PI / 2,
};

export const ARROW_KEYS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export type KeyAction =
  | { type: 'walk'; direction: Direction }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'select' }
  | { type: 'clear' }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' };

/** How far Shift with an arrow pans, in CSS pixels. */
export const PAN_STEP = 80;

/** What a key press asks of the graph; null for keys it leaves to the page. */
export function keyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): KeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const direction = ARROW_KEYS[event.key];
  if (direction && event.shiftKey) {
    // The view moves towards the arrow: the picture moves the other way.
    const dx = direction === 'left' ? PAN_STEP : direction === 'right' ? -PAN_STEP : 0;
    const dy = direction === 'up' ? PAN_STEP : direction === 'down' ? -PAN_STEP : 0;
    return { type: 'pan', dx, dy };
  }
  if (direction) return { type: 'walk', direction };
  switch (event.key) {
    case 'Enter':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'clear' };
    case '+':
    case '=':
      return { type: 'zoom', factor: 1.5 };
    case '-':
      return { type: 'zoom', factor: 1 / 1.5 };
    case '0':
      return { type: 'fit' };
    default:
      return null;
  }
}

/**
 * Among `candidates` (indices with their screen positions), the one in `direction` from
 * `from`: within 80 degrees of the arrow, the one with the best mix of small angle and short
 * distance; null when none lies that way.
 */
export function pickInDirection(
  from: { x: number; y: number },
  candidates: readonly { index: number; x: number; y: number }[],
  direction: Direction,
): number | null {
  const want = ANGLE[direction];
  let best: number | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance < 1e-6) continue;
    let delta = Math.abs(Math.atan2(dy, dx) - want);
    if (delta > Math.PI) delta = 2 * Math.PI - delta;
    if (delta > (80 * Math.PI) / 180) continue;
    // An off-axis neighbour counts as farther away: at 45 degrees, about twice as far.
    const score = distance * (1 + 3 * (1 - Math.cos(delta)));
    if (score < bestScore || (score === bestScore && best !== null && c.index < best)) {
      best = c.index;
      bestScore = score;
    }
  }
  return best;
}
