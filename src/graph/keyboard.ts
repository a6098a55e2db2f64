/**
 * The graph's keys, as intentions: a key press becomes what the person asks of the graph
 * (walk to a neighbour, pan, select, clear, zoom, fit), and an arrow picks the neighbour that
 * lies most nearly in its direction on screen. Pure; screen coordinates (y grows downwards).
 * The controller carries the intentions out.
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

export type KeyIntention =
  /** Arrow: focus the neighbour that way (or the first node, when none has the focus). */
  | { type: 'focus-neighbour'; direction: Direction }
  /** Shift + arrow: move the picture by (dx, dy) CSS pixels. */
  | { type: 'pan'; dx: number; dy: number }
  /** Enter or Space: select the focused node. */
  | { type: 'select' }
  /** Escape: clear the focus and the selection. */
  | { type: 'clear' }
  /** + (or =) and -: zoom about the centre of the view. */
  | { type: 'zoom'; factor: number }
  /** 0: show the whole graph, and keep fitting it. */
  | { type: 'fit' };

/** What a key press carries that matters here (a KeyboardEvent has all of it). */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export interface KeyContext {
  /** Whether the graph has a scene drawn: with nothing on screen, every key is the page's. */
  ready: boolean;
}

/** How far Shift with an arrow pans, in CSS pixels. */
export const PAN_STEP = 80;
/** How much + and - zoom. */
export const ZOOM_STEP = 1.5;

/** What a key press asks of the graph; null for keys it leaves to the page. */
export function keyIntention(event: KeyLike, context: KeyContext): KeyIntention | null {
  if (!context.ready || event.altKey || event.ctrlKey || event.metaKey) return null;
  const direction = ARROW_KEYS[event.key];
  if (direction && event.shiftKey) {
    // The view moves towards the arrow: the picture moves the other way.
    const dx = direction === 'left' ? PAN_STEP : direction === 'right' ? -PAN_STEP : 0;
    const dy = direction === 'up' ? PAN_STEP : direction === 'down' ? -PAN_STEP : 0;
    return { type: 'pan', dx, dy };
  }
  if (direction) return { type: 'focus-neighbour', direction };
  switch (event.key) {
    case 'Enter':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'clear' };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
    default:
      return null;
  }
}

export interface Candidate {
  index: number;
  x: number;
  y: number;
}

/**
 * Where an arrow takes the keyboard focus: with no node focused, to the selected node, or else
 * to the best connected one (`first`); from a focused node, to the neighbour in `direction`
 * (`none` when no neighbour lies that way, so the page can say so); null when there is no node
 * to go to at all.
 */
export function walkTarget(
  state: {
    /** The focused node and its neighbours on screen; null when no node has the focus. */
    focused: { from: Candidate; neighbours: readonly Candidate[] } | null;
    selected: number;
    first: number;
  },
  direction: Direction,
): { to: number } | { none: true } | null {
  if (!state.focused) {
    const to = state.selected >= 0 ? state.selected : state.first;
    return to >= 0 ? { to } : null;
  }
  const next = pickInDirection(state.focused.from, state.focused.neighbours, direction);
  return next === null ? { none: true } : { to: next };
}

/**
 * Among `candidates` (indices with their screen positions), the one in `direction` from
 * `from`: within 80 degrees of the arrow, the one with the best mix of small angle and short
 * distance; null when none lies that way.
 */
export function pickInDirection(
  from: { x: number; y: number },
  candidates: readonly Candidate[],
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
