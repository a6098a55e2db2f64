/**
 * Moving a keyboard focus through the graph: an arrow key goes to the neighbour that lies most
 * nearly in the arrow's direction on screen. Pure, in screen coordinates (y grows downwards).
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
